import { createHash, timingSafeEqual } from 'node:crypto';

export type CronVerdict = 'ok' | 'unauthorized' | 'not-configured';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Vercel Cron calls with `Authorization: Bearer $CRON_SECRET`. Both sides are hashed first, so the comparison
 * takes the same time whatever the length or content of the guess. Without a secret nobody gets in.
 */
export function checkCronAuthorization(header: string | null, secret: string | undefined): CronVerdict {
  if (!secret) return 'not-configured';
  if (!header) return 'unauthorized';
  return timingSafeEqual(digest(header), digest(`Bearer ${secret}`)) ? 'ok' : 'unauthorized';
}

/** The answer to a refused call, or null when the job may run. */
export function refuseUnlessCron(request: Request, secret: string | undefined): Response | null {
  const verdict = checkCronAuthorization(request.headers.get('authorization'), secret);
  if (verdict === 'ok') return null;
  // 503 tells an operator the deployment lacks CRON_SECRET; 401 says nothing about the secret.
  return verdict === 'not-configured'
    ? Response.json({ error: 'CRON_SECRET is not configured' }, { status: 503 })
    : Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
