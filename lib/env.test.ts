import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const SECRET = 'x'.repeat(32);
/** The least a self-hosted production start needs, with Resend delivering. */
const production = {
  NODE_ENV: 'production',
  AUTH_SECRET: SECRET,
  APP_URL: 'https://meinias.example.com',
  RESEND_API_KEY: 're_123',
  EMAIL_FROM: 'Mein ias <meinias@example.com>',
};

function refusal(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('runs on embedded defaults with nothing set: PGlite, the open dev mailbox, localhost', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.databaseUrl).toBeUndefined();
    expect(env.mailTransport).toBe('mailbox');
    expect(env.mailbox).toEqual({ secret: undefined });
    expect(env.appUrl).toBe('http://localhost:3000');
    expect(env.secureCookies).toBe(false);
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names a malformed DATABASE_URL in one line without echoing its value', () => {
    const message = refusal({ DATABASE_URL: 'nonsense-secret-value' });
    expect(message).toMatch(/^Invalid configuration: DATABASE_URL must be a postgres/);
    expect(message).not.toContain('nonsense-secret-value');
    expect(message).not.toContain('\n');
  });

  it('has no development AUTH_SECRET in production', () => {
    expect(refusal({ ...production, AUTH_SECRET: undefined })).toMatch(/AUTH_SECRET is required in production/);
    expect(parseEnv(production).authSecret).toBe(SECRET);
  });

  it('assumes no mail transport in production and says which variables choose one', () => {
    const message = refusal({ ...production, RESEND_API_KEY: undefined, EMAIL_FROM: undefined });
    expect(message).toMatch(/MAIL_TRANSPORT is required in production: set MAIL_TRANSPORT=resend with RESEND_API_KEY/);
    expect(parseEnv(production).mailTransport).toBe('resend');
    expect(parseEnv(production).mailbox).toBeUndefined();
    expect(refusal({ ...production, MAIL_TRANSPORT: 'smtp' })).toMatch(/MAIL_TRANSPORT must be "mailbox" or "resend"/);
    expect(refusal({ MAIL_TRANSPORT: 'resend' })).toMatch(/RESEND_API_KEY is required with MAIL_TRANSPORT=resend; EMAIL_FROM/);
  });

  it('keeps the mailbox in production behind a secret of 32+ characters, and never on Vercel production', () => {
    const mailbox = { ...production, MAIL_TRANSPORT: 'mailbox', RESEND_API_KEY: undefined };
    expect(refusal(mailbox)).toMatch(/MAILBOX_SECRET is required with MAIL_TRANSPORT=mailbox in production/);
    expect(refusal({ ...mailbox, MAILBOX_SECRET: 'short' })).toMatch(/MAILBOX_SECRET must be at least 32 characters/);
    expect(parseEnv({ ...mailbox, MAILBOX_SECRET: 'm'.repeat(32) }).mailbox).toEqual({ secret: 'm'.repeat(32) });
    const vercelProduction = { ...mailbox, MAILBOX_SECRET: 'm'.repeat(32), VERCEL: '1', VERCEL_ENV: 'production', DATABASE_URL: 'postgres://db/portal', CRON_SECRET: 'c'.repeat(32) };
    expect(refusal(vercelProduction)).toMatch(/MAIL_TRANSPORT mailbox is refused on Vercel production/);
    // A preview may capture mail, for QA, behind the secret.
    expect(parseEnv({ ...vercelProduction, VERCEL_ENV: 'preview', VERCEL_URL: 'portal-git-x.vercel.app' }).mailbox).toBeDefined();
  });

  it('makes the end-to-end operator only with the mailbox on the embedded database, never with real mail or on Vercel', () => {
    const seam = { E2E_OPERATOR_EMAIL: 'op@example.com', E2E_OPERATOR_PASSWORD: 'p'.repeat(12) };
    const e2eServer = { ...production, MAIL_TRANSPORT: 'mailbox', MAILBOX_SECRET: 'm'.repeat(32), RESEND_API_KEY: undefined, ...seam };
    expect(parseEnv(e2eServer).e2eOperator).toEqual({ email: 'op@example.com', password: 'p'.repeat(12) });
    expect(parseEnv(production).e2eOperator).toBeUndefined();
    expect(refusal({ ...production, ...seam })).toMatch(/E2E_OPERATOR_EMAIL is only for the end-to-end test server/);
    expect(refusal({ ...e2eServer, DATABASE_URL: 'postgres://db/portal' })).toMatch(/E2E_OPERATOR_EMAIL is only for/);
    expect(refusal({ ...e2eServer, VERCEL: '1', VERCEL_ENV: 'preview', DATABASE_URL: 'postgres://db/portal' })).toMatch(/E2E_OPERATOR_EMAIL is only for/);
    expect(refusal({ ...e2eServer, E2E_OPERATOR_PASSWORD: undefined })).toMatch(/E2E_OPERATOR_PASSWORD is required/);
  });

  it('needs APP_URL in a self-hosted production, and makes cookies Secure when it is https', () => {
    expect(refusal({ ...production, APP_URL: undefined })).toMatch(/APP_URL is required in production/);
    expect(refusal({ ...production, APP_URL: 'ftp://portal' })).toMatch(/APP_URL must be an http/);
    expect(parseEnv(production).secureCookies).toBe(true);
    expect(parseEnv({ ...production, APP_URL: 'http://intranet.example:8080/' }).appUrl).toBe('http://intranet.example:8080');
  });

  it('needs a server database on Vercel and takes the public address from Vercel', () => {
    expect(refusal({ VERCEL: '1', AUTH_SECRET: SECRET })).toMatch(/DATABASE_URL is required on Vercel/);
    const env = parseEnv({ VERCEL_ENV: 'preview', VERCEL_URL: 'portal-git-x.vercel.app' });
    expect(env.appUrl).toBe('https://portal-git-x.vercel.app');
  });

  it('needs CRON_SECRET on Vercel production, of 16+ characters wherever it is set', () => {
    expect(refusal({ VERCEL_ENV: 'production', RESEND_API_KEY: 're', EMAIL_FROM: 'a@b.de' })).toMatch(
      /CRON_SECRET is required on Vercel production/,
    );
    expect(refusal({ CRON_SECRET: 'short' })).toMatch(/CRON_SECRET must be at least 16 characters/);
  });

  it('counts trusted proxy hops from 0 to 10', () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(refusal({ TRUSTED_PROXY_HOPS: '-1' })).toMatch(/TRUSTED_PROXY_HOPS must be 0 or more/);
    expect(refusal({ TRUSTED_PROXY_HOPS: 'one' })).toMatch(/TRUSTED_PROXY_HOPS/);
  });
});
