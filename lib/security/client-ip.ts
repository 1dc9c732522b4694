/**
 * The client's address as the platform reports it: Vercel and most proxies put it first in x-forwarded-for.
 * Only used as a rate-limit subject, never trusted for anything else.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
