import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  });

const DEV_AUTH_SECRET = 'development-only-secret-do-not-use-in-production-0123456789';

export type MailTransportName = 'mailbox' | 'resend';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optional.pipe(postgresUrl.optional()),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
    DATABASE_PREPARE: z.enum(['true', 'false']).default('true'),
    PGLITE_DIR: optional,
    APP_URL: optional.pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
    AUTH_SECRET: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    MAIL_TRANSPORT: optional.pipe(z.enum(['mailbox', 'resend'], { error: 'must be "mailbox" or "resend"' }).optional()),
    MAILBOX_SECRET: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    RESEND_API_KEY: optional,
    EMAIL_FROM: optional.pipe(z.string().min(3).optional()),
    RESEND_WEBHOOK_SECRET: optional,
    CRON_SECRET: optional.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    /** How many proxies of our own stand in front of a self-hosted server (lib/security/client-ip.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, 'must be 0 or more').max(10, 'must be at most 10').default(0),
    /**
     * The end-to-end suite's operator (e2e/support/global-setup.ts): a confirmed profile with the operator role,
     * made at start-up. Only with the built-in mailbox on the embedded database, never on Vercel (see below).
     */
    E2E_OPERATOR_EMAIL: optional.pipe(z.email('must be an e-mail address').optional()),
    E2E_OPERATOR_PASSWORD: optional.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    VERCEL: optional,
    VERCEL_ENV: optional,
    VERCEL_PROJECT_PRODUCTION_URL: optional,
    VERCEL_URL: optional,
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    const onVercel = Boolean(env.VERCEL);
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (onVercel && !env.DATABASE_URL) fail('DATABASE_URL', 'is required on Vercel (no local disk for PGlite)');
    if (production && !env.AUTH_SECRET) fail('AUTH_SECRET', 'is required in production');
    // Mail links point here: a default of localhost would send every person a link that cannot work.
    if (production && !onVercel && !env.APP_URL) fail('APP_URL', 'is required in production (the address in every mail link)');
    if (env.VERCEL_ENV === 'production' && !env.CRON_SECRET) {
      fail('CRON_SECRET', 'is required on Vercel production (the cron routes)');
    }
    const transport = mailTransportOf(env);
    if (!transport) {
      fail('MAIL_TRANSPORT', 'is required in production: set MAIL_TRANSPORT=resend with RESEND_API_KEY, or MAIL_TRANSPORT=mailbox with MAILBOX_SECRET');
      return;
    }
    if (transport === 'resend') {
      if (!env.RESEND_API_KEY) fail('RESEND_API_KEY', 'is required with MAIL_TRANSPORT=resend');
      if (!env.EMAIL_FROM) fail('EMAIL_FROM', 'is required with MAIL_TRANSPORT=resend');
    }
    if (env.E2E_OPERATOR_EMAIL) {
      // An operator made from the environment is a test seam. It is allowed only where the mailbox already shows
      // every sign-in link (so it grants nothing a mailbox reader could not take) and on the embedded database a
      // real deployment does not use.
      if (transport !== 'mailbox' || env.DATABASE_URL || onVercel) {
        fail('E2E_OPERATOR_EMAIL', 'is only for the end-to-end test server (MAIL_TRANSPORT=mailbox, no DATABASE_URL, not on Vercel)');
      }
      if (!env.E2E_OPERATOR_PASSWORD) fail('E2E_OPERATOR_PASSWORD', 'is required with E2E_OPERATOR_EMAIL');
    }
    if (transport === 'mailbox') {
      // The mailbox shows every confirmation and reset link: on the live site it would hand out every account.
      if (env.VERCEL_ENV === 'production') fail('MAIL_TRANSPORT', 'mailbox is refused on Vercel production (it would publish every mail link)');
      if (production && !env.MAILBOX_SECRET) fail('MAILBOX_SECRET', 'is required with MAIL_TRANSPORT=mailbox in production (it guards /dev/*)');
    }
  })
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    const appUrl = (
      env.APP_URL ??
      (env.VERCEL_PROJECT_PRODUCTION_URL && env.VERCEL_ENV === 'production'
        ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`
        : env.VERCEL_URL
          ? `https://${env.VERCEL_URL}`
          : 'http://localhost:3000')
    ).replace(/\/+$/, '');
    const mailTransport = mailTransportOf(env)!;
    return {
      ...env,
      databaseUrl: env.DATABASE_URL,
      appUrl,
      /** Cookies and HSTS follow the public address: https there means Secure, __Host- cookies. */
      secureCookies: appUrl.startsWith('https://'),
      authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
      mailTransport,
      e2eOperator:
        env.E2E_OPERATOR_EMAIL && env.E2E_OPERATOR_PASSWORD ? { email: env.E2E_OPERATOR_EMAIL.toLowerCase(), password: env.E2E_OPERATOR_PASSWORD } : undefined,
      /**
       * The built-in mailbox (/dev/*) exists only with the mailbox transport. In production it answers only
       * requests that carry `Authorization: Bearer $MAILBOX_SECRET`; in development it is open.
       */
      mailbox:
        mailTransport === 'mailbox'
          ? { secret: production ? env.MAILBOX_SECRET : undefined }
          : undefined,
    };
  });

/**
 * The transport this configuration delivers with: the explicit MAIL_TRANSPORT, else Resend when a key is set,
 * else the mailbox outside production. In production nothing is assumed (undefined: start-up refuses).
 */
function mailTransportOf(env: {
  NODE_ENV: string;
  MAIL_TRANSPORT?: MailTransportName;
  RESEND_API_KEY?: string;
}): MailTransportName | undefined {
  if (env.MAIL_TRANSPORT) return env.MAIL_TRANSPORT;
  if (env.RESEND_API_KEY) return 'resend';
  return env.NODE_ENV === 'production' ? undefined : 'mailbox';
}

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {}

/** One line per bad variable, naming it, without echoing its value (it may be a secret). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  throw new EnvError(`Invalid configuration: ${lines.join('; ')}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
