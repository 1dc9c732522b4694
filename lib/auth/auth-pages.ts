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
