import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.databaseUrl).toBeUndefined();
    expect(env.devMailboxEnabled).toBe(true);
    expect(env.appUrl).toBe('http://localhost:3000');
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names a malformed DATABASE_URL in one line without echoing its value', () => {
    expect(() => parseEnv({ DATABASE_URL: 'nonsense-secret-value' })).toThrow(EnvError);
    try {
      parseEnv({ DATABASE_URL: 'nonsense-secret-value' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration: DATABASE_URL must be a postgres/);
      expect(message).not.toContain('nonsense-secret-value');
      expect(message).not.toContain('\n');
    }
  });

  it('has no development AUTH_SECRET in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required in production/);
    expect(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }).authSecret).toBe('x'.repeat(32));
  });

  it('needs a server database on Vercel and switches the dev mailbox off where Resend delivers', () => {
    expect(() => parseEnv({ VERCEL: '1', AUTH_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL is required on Vercel/);
    const resend = parseEnv({ RESEND_API_KEY: 're_123', EMAIL_FROM: 'Mein ias <meinias@example.com>' });
    expect(resend.devMailboxEnabled).toBe(false);
    expect(() => parseEnv({ RESEND_API_KEY: 're_123' })).toThrow(/EMAIL_FROM/);
  });

  it('takes the public address from Vercel when APP_URL is not set', () => {
    const env = parseEnv({ VERCEL_ENV: 'preview', VERCEL_URL: 'portal-git-x.vercel.app' });
    expect(env.appUrl).toBe('https://portal-git-x.vercel.app');
    expect(env.devMailboxEnabled).toBe(true);
    expect(parseEnv({ VERCEL_ENV: 'production', CRON_SECRET: 'c'.repeat(32) }).devMailboxEnabled).toBe(false);
  });

  it('needs CRON_SECRET on Vercel production, of 16+ characters wherever it is set', () => {
    expect(() => parseEnv({ VERCEL_ENV: 'production' })).toThrow(/CRON_SECRET is required on Vercel production/);
    expect(() => parseEnv({ CRON_SECRET: 'short' })).toThrow(/CRON_SECRET must be at least 16 characters/);
  });
});
