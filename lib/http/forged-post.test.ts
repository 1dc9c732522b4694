import { expect, it } from 'vitest';
import { refuseForgedPost } from './forged-post';

const post = (headers: Record<string, string>, body?: BodyInit, path = '/anmelden') =>
  refuseForgedPost(new Request(`http://portal.test${path}`, { method: 'POST', headers: { host: 'portal.test', ...headers }, body }));

it('refuses a POST to a page from another site, or with an Origin that is no URL, with a 403', async () => {
  expect((await post({ origin: 'https://evil.example' }))?.status).toBe(403);
  expect((await post({ origin: 'null' }))?.status).toBe(403);
  expect((await post({ origin: 'http://portal.test', 'x-forwarded-host': 'other.example' }))?.status).toBe(403);
  expect(await post({ origin: 'http://portal.test' })).toBeUndefined();
  expect(await post({})).toBeUndefined();
});

it('refuses a multipart body that does not parse with a 400, and passes a well-formed one on', async () => {
  expect((await post({ 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'))?.status).toBe(400);
  const form = new FormData();
  form.append('email', 'erika@example.com');
  expect(await refuseForgedPost(new Request('http://portal.test/anmelden', { method: 'POST', headers: { host: 'portal.test' }, body: form }))).toBeUndefined();
});

it('refuses a body past the 1 MB a server action may take with a 413, announced or not', async () => {
  expect((await post({ 'content-length': String(2 * 1024 * 1024) }))?.status).toBe(413);
  const huge = `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${'a'.repeat(1_100_000)}\r\n--x--\r\n`;
  expect((await post({ 'content-type': 'multipart/form-data; boundary=x' }, huge))?.status).toBe(413);
});

it('leaves GET requests and the route handlers under /api/ alone', async () => {
  expect(await refuseForgedPost(new Request('http://portal.test/anmelden', { headers: { origin: 'https://evil.example' } }))).toBeUndefined();
  expect(await post({ origin: 'https://evil.example' }, undefined, '/api/webhooks/resend')).toBeUndefined();
});
