/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce. Next reads the nonce from
 * the request's CSP header and puts it on its own scripts; 'strict-dynamic' lets those load their chunks, and
 * nothing else runs: no inline script without the nonce, no eval, no script from another origin.
 */
export type PolicyOptions = {
  nonce: string;
  /** `next dev` rebuilds server error stacks in the browser with eval; a production build never needs it. */
  development: boolean;
  /** Served over https (APP_URL): ask the browser to fetch any http:// subresource over https as well. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Inline styles stay allowed: the dev mailbox shows mails, which carry only inline styles, in a srcdoc frame
    // that inherits this policy. Styles cannot run code; a nonce here would switch 'unsafe-inline' off.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** 128 random bits, base64: unguessable, and new for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
