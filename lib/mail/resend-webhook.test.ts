import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db';
import { findMail } from '@/db/queries/mail-outbox';
import { createUser, findUserByEmail } from '@/db/queries/users';
import { companies } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, testDatabaseKinds } from '@/db/testing';
import { deliverDueMail, type MailTransport } from './deliver';
import { handleResendWebhook } from './resend-webhook';
import { sendMail } from './send-mail';

const key = randomBytes(24);
const config = { apiKey: 're_test_key', webhookSecret: `whsec_${key.toString('base64')}` };

/** Signs like Resend (Svix): HMAC-SHA256 over "id.timestamp.body" with the secret's key bytes. */
function signedRequest(body: object, options: { secretKey?: Buffer; tamper?: boolean } = {}): Request {
  const payload = JSON.stringify(body);
  const id = `msg_${randomBytes(6).toString('hex')}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', options.secretKey ?? key).update(`${id}.${timestamp}.${payload}`).digest('base64');
  return new Request('http://portal.test/api/webhooks/resend', {
    method: 'POST',
    headers: { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': `v1,${signature}` },
    body: options.tamper ? payload.replace('Permanent', 'Transient') : payload,
  });
}

const bounce = (to: string, type: string) => ({
  type: 'email.bounced',
  created_at: new Date().toISOString(),
  data: { email_id: 'e1', from: 'x', to: [to], subject: 's', created_at: 'c', message_id: 'm', bounce: { type, subType: 'General', message: 'no such user' } },
});

describe.each(testDatabaseKinds)('bounce webhook on $label', ({ kind, enabled }) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    if (!enabled) return;
    open = await createTestDatabase(kind);
    await seedDemoData(open.db);
    const [company] = await open.db.select().from(companies).limit(1);
    for (const email of ['hard@example.com', 'soft@example.com', 'forged@example.com']) {
      await createUser(open.db, {
        companyId: company!.id,
        firstName: 'E',
        lastName: 'M',
        email,
        passwordHash: 'x',
        officeWorkplace: true,
        disciplinaryReports: false,
      });
    }
  });
  afterAll(async () => {
    await open?.close();
  });

  it.skipIf(!enabled)('a verified hard bounce marks the address, and its pending mail is not sent again', async () => {
    const response = await handleResendWebhook(open.db, signedRequest(bounce('Hard@example.com', 'Permanent')), config);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 'email.bounced', marked: 1 });
    expect((await findUserByEmail(open.db, 'hard@example.com'))!.mailBouncedAt).toBeInstanceOf(Date);

    const id = await sendMail(open.db, { to: 'hard@example.com', template: 'test', locale: 'de', data: { portalUrl: 'http://x/' } });
    const sent: string[] = [];
    const transport: MailTransport = { deliveredStatus: 'sent', send: async (mail) => (sent.push(mail.to), { ok: true }) };
    expect(await deliverDueMail(open.db, transport)).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(sent).toEqual([]);
    expect(await findMail(open.db, id)).toMatchObject({ status: 'failed', lastError: 'address bounced earlier' });
  });

  it.skipIf(!enabled)('a transient bounce changes nothing', async () => {
    const response = await handleResendWebhook(open.db, signedRequest(bounce('soft@example.com', 'Transient')), config);
    expect(await response.json()).toEqual({ received: 'email.bounced', marked: 0 });
    expect((await findUserByEmail(open.db, 'soft@example.com'))!.mailBouncedAt).toBeNull();
  });

  it.skipIf(!enabled)('refuses a wrong signature, an altered body, missing headers and a missing secret', async () => {
    const event = bounce('forged@example.com', 'Permanent');
    expect((await handleResendWebhook(open.db, signedRequest(event, { secretKey: randomBytes(24) }), config)).status).toBe(400);
    expect((await handleResendWebhook(open.db, signedRequest(event, { tamper: true }), config)).status).toBe(400);
    const unsigned = new Request('http://portal.test/api/webhooks/resend', { method: 'POST', body: JSON.stringify(event) });
    expect((await handleResendWebhook(open.db, unsigned, config)).status).toBe(400);
    expect((await handleResendWebhook(open.db, signedRequest(event), { apiKey: 're_test_key' })).status).toBe(503);
    expect((await findUserByEmail(open.db, 'forged@example.com'))!.mailBouncedAt).toBeNull();
  });
});
