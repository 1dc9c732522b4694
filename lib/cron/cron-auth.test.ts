import { describe, expect, it } from 'vitest';
import { checkCronAuthorization, refuseUnlessCron } from './cron-auth';

const secret = 'a-cron-secret-of-32-characters!!';
const call = (authorization?: string) =>
  new Request('http://portal.test/api/cron/purge-unconfirmed', { headers: authorization ? { authorization } : {} });

describe('cron route protection', () => {
  it('lets in exactly the bearer secret', () => {
    expect(checkCronAuthorization(`Bearer ${secret}`, secret)).toBe('ok');
    expect(refuseUnlessCron(call(`Bearer ${secret}`), secret)).toBeNull();
  });

  it('refuses a missing, wrong, truncated or unprefixed secret with 401', async () => {
    for (const header of [undefined, 'Bearer wrong', `Bearer ${secret.slice(0, -1)}`, secret, `Basic ${secret}`, `bearer ${secret}`]) {
      const response = refuseUnlessCron(call(header), secret);
      expect(response?.status, String(header)).toBe(401);
      expect(JSON.stringify(await response!.json())).not.toContain(secret);
    }
    expect(checkCronAuthorization(`Bearer ${secret} `, secret)).toBe('unauthorized');
  });

  it('refuses everyone with 503 when no secret is configured', () => {
    expect(checkCronAuthorization('Bearer ', undefined)).toBe('not-configured');
    expect(refuseUnlessCron(call('Bearer undefined'), undefined)?.status).toBe(503);
    expect(refuseUnlessCron(call(), '')?.status).toBe(503);
  });
});
