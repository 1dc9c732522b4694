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

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optional.pipe(postgresUrl.optional()),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
    DATABASE_PREPARE: z.enum(['true', 'false']).default('true'),
    PGLITE_DIR: optional,
    APP_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
    AUTH_SECRET: optional.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    RESEND_API_KEY: optional,
    EMAIL_FROM: optional.pipe(z.string().min(3).optional()),
    RESEND_WEBHOOK_SECRET: optional,
    CRON_SECRET: optional.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    VERCEL: optional,
    VERCEL_ENV: optional,
    VERCEL_PROJECT_PRODUCTION_URL: optional,
    VERCEL_URL: optional,
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    const deployed = Boolean(env.VERCEL);
    if (deployed && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required on Vercel (no local disk for PGlite)' });
    }
    if (production && !env.AUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required in production' });
    }
    if (env.VERCEL_ENV === 'production' && !env.CRON_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['CRON_SECRET'], message: 'is required on Vercel production (the cron routes)' });
    }
    if (env.RESEND_API_KEY && !env.EMAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_FROM'], message: 'is required when RESEND_API_KEY is set' });
    }
  })
  .transform((env) => ({
    ...env,
    databaseUrl: env.DATABASE_URL,
    appUrl: (
      env.APP_URL ??
      (env.VERCEL_PROJECT_PRODUCTION_URL && env.VERCEL_ENV === 'production'
        ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`
        : env.VERCEL_URL
          ? `https://${env.VERCEL_URL}`
          : 'http://localhost:3000')
    ).replace(/\/+$/, ''),
    authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
    /** The built-in mailbox captures mail whenever no provider is configured, but never on Vercel production. */
    devMailboxEnabled: !env.RESEND_API_KEY && env.VERCEL_ENV !== 'production',
  }));

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
