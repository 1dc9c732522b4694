/** Auth.js's own pages (unbranded, English) and the portal page each one stands for. */
const PORTAL_PAGES = new Map([
  ['signin', '/anmelden'],
  ['signout', '/'],
  ['error', '/anmelden'],
  ['verify-request', '/anmelden'],
]);

/**
 * The answer for a request to one of Auth.js's own pages, with or without a provider suffix: a GET goes to the
 * portal's page, anything else finds nothing. Our actions sign in and out on the server (Auth.js's `signIn`
 * and `signOut` do not pass through the route), so nobody needs these. Other requests (the session, the CSRF
 * token) get `undefined` and go on to Auth.js.
 */
export function portalPageInstead(request: Request): Response | undefined {
  const { pathname } = new URL(request.url);
  const action = /^\/api\/auth\/([^/]+)/.exec(pathname)?.[1];
  const page = action ? PORTAL_PAGES.get(action) : undefined;
  if (!page) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 404 });
  // A relative Location: the portal's own host, whatever host the request was addressed to.
  return new Response(null, { status: 303, headers: { Location: page, 'Cache-Control': 'no-store' } });
}

/** Auth.js's callback-URL cookie, under either name (`__Secure-` over https). */
const CALLBACK_COOKIE = /^\s*(__Secure-)?authjs\.callback-url\s*=/;

/**
 * The request without a `callbackUrl` parameter or callback-URL cookie. Auth.js answers a 500 to one it cannot
 * parse as a URL of this site (`?callbackUrl=%20`), and the portal uses neither: its actions sign in and out on the
 * server, and Auth.js sets the cookie afresh when it is missing. A request without them is passed on as it came.
 */
export async function withoutCallbackUrls<R extends Request>(request: R, rebuild: (url: URL, init: RequestInit) => R): Promise<R> {
  const url = new URL(request.url);
  const cookies = (request.headers.get('cookie') ?? '').split(';');
  const kept = cookies.filter((pair) => !CALLBACK_COOKIE.test(pair));
  if (!url.searchParams.has('callbackUrl') && kept.length === cookies.length) return request;
  url.searchParams.delete('callbackUrl');
  const headers = new Headers(request.headers);
  if (kept.some((pair) => pair.trim())) headers.set('cookie', kept.join(';'));
  else headers.delete('cookie');
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return rebuild(url, { method: request.method, headers, body });
}
