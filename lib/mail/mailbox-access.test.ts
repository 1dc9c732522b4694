import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { mayReadMailbox } from './mailbox-access';

const secret = 'a-mailbox-secret-of-32-characters';
const productionMailbox = parseEnv({
  NODE_ENV: 'production',
  AUTH_SECRET: 'x'.repeat(32),
  APP_URL: 'https://preview.example.com',
  MAIL_TRANSPORT: 'mailbox',
  MAILBOX_SECRET: secret,
});

describe('who may read the built-in mailbox', () => {
  it('in production, only a request carrying the bearer secret', () => {
    expect(mayReadMailbox(productionMailbox, `Bearer ${secret}`)).toBe(true);
    for (const header of [null, undefined, '', secret, `Bearer ${secret.slice(0, -1)}`, `bearer ${secret}`, `Basic ${secret}`, `Bearer ${secret} `]) {
      expect(mayReadMailbox(productionMailbox, header), String(header)).toBe(false);
    }
  });

  it('nobody where Resend delivers, however they ask', () => {
    const resend = parseEnv({ RESEND_API_KEY: 're_1', EMAIL_FROM: 'a@example.com', MAILBOX_SECRET: secret });
    expect(mayReadMailbox(resend, `Bearer ${secret}`)).toBe(false);
    expect(mayReadMailbox(resend, null)).toBe(false);
  });

  it('everybody on a development machine', () => {
    expect(mayReadMailbox(parseEnv({ NODE_ENV: 'development' }), null)).toBe(true);
  });
});
