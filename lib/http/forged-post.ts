/**
 * A POST to a page (a server action, with or without JavaScript) that Next itself would answer with a 500: sent
 * from another site (Next's own origin check throws "Invalid Server Actions request"), with a multipart body
 * that does not parse ("Unexpected end of form") or past Next's 1 MB limit. It gets a plain 403, 400 or 413
 * here, before Next reads it; the route handlers under /api/ check their own callers. The origin rule is Next's:
 * the Origin's host against the first X-Forwarded-Host, else Host (a proxy of ours that rewrites Host sets it).
 */
export async function refuseForgedPost(request: Request): Promise<Response | undefined> {
  if (request.method !== 'POST' || new URL(request.url).pathname.startsWith('/api/')) return undefined;
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
    const originHost = URL.canParse(origin) ? new URL(origin).host : undefined;
    if (!originHost || originHost !== host) return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (length > BODY_LIMIT) return tooLarge();
  if (/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
    const body = await request.clone().arrayBuffer();
    if (body.byteLength > BODY_LIMIT) return tooLarge();
    try {
      await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    } catch {
      return new Response('Bad Request', { status: 400, headers: { 'Cache-Control': 'no-store' } });
    }
  }
  return undefined;
}

/** Next's limit for a server action's body (serverActions.bodySizeLimit, 1 MB): past it a form post got a 500. */
const BODY_LIMIT = 1024 * 1024;
const tooLarge = () => new Response('Payload Too Large', { status: 413, headers: { 'Cache-Control': 'no-store' } });
