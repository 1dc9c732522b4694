import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit-log';
import { getDatabase } from '@/lib/database';
import { describeError } from '@/lib/log';
import { clientIp } from '@/lib/security/client-ip';
import { auditIpHash } from '@/lib/security/ip-hash';
import { vm } from '@/lib/validation/messages';
import type { FieldErrors, FormState } from './form-state';
import { checkLimits, type LimitCheck } from './limits';

type Shape = z.ZodObject<z.ZodRawShape>;
type FieldName<S extends Shape> = Extract<keyof z.input<S>, string>;

/** Fields whose entries are never sent back to the browser. */
const SECRET = /password|token/i;

export function formValues(formData: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === 'string' && !SECRET.test(name)) values[name] = value.slice(0, 1000);
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** What every handler gets besides its data: the request's client address and language, and the raw form. */
export type ActionContext = { formData: FormData; ip: string; locale: Locale };

type State<S extends Shape, D> = FormState<FieldName<S>, D>;

export type FormActionOptions<S extends Shape, D> = {
  /** For the log line of an unexpected failure and the audit entry of a refused one. */
  name: string;
  /** The schema, or a function choosing it per request (e.g. whether a password is already on file). */
  schema: S | (() => Promise<S>);
  /**
   * The limits this action counts, once its input parsed and before the handler runs: declared here, next to
   * the schema, so no action can forget them. Each request counts, whatever the handler would find.
   */
  limits?: (data: z.output<S>, context: ActionContext) => LimitCheck[];
  /**
   * The answer over a limit. By default the translated "too many attempts, try again in N minutes"; forms that
   * must not differ for any address (reset) answer exactly as they do otherwise.
   */
  whenLimited?: (retryAfterSeconds: number, data: z.output<S>, context: ActionContext) => Promise<State<S, D>>;
  handler: (data: z.output<S>, context: ActionContext) => Promise<State<S, D>>;
};

/**
 * The one door for form actions, in the order lucia's examples run them: parse the FormData with the schema
 * (every field error at once), count the limits, run the handler with typed data, and turn any unexpected failure
 * into one translated message while logging its cause. Redirects and not-found thrown by the handler pass through.
 */
export function formAction<S extends Shape, D = undefined>(options: FormActionOptions<S, D>) {
  return async (_previous: State<S, D>, sent: FormData): Promise<State<S, D>> => {
    // A forged request can call the action with any arguments (`[1]` as a text body): then it is an empty form.
    const formData = sent instanceof FormData ? sent : new FormData();
    const schema = typeof options.schema === 'function' ? await options.schema() : options.schema;
    const names = Object.keys(schema.shape);
    const values = formValues(formData, names) as Partial<Record<FieldName<S>, string>>;
    const raw = Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) as FieldErrors<FieldName<S>>, values };
    }
    try {
      const context: ActionContext = { formData, ip: clientIp(await headers()), locale: await getLocale() };
      const checks = options.limits?.(parsed.data, context) ?? [];
      if (checks.length > 0) {
        const db = await getDatabase();
        const verdict = await checkLimits(db, checks);
        if (!verdict.ok) {
          await recordAudit(db, {
            event: 'rate_limited',
            ipHash: auditIpHash(context.ip),
            details: { action: options.name, rule: verdict.rule.name },
          });
          if (options.whenLimited) return await options.whenLimited(verdict.retryAfterSeconds, parsed.data, context);
          return { status: 'error', fieldErrors: {}, formError: vm('rateLimited', { minutes: Math.ceil(verdict.retryAfterSeconds / 60) }), values };
        }
      }
      return await options.handler(parsed.data, context);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`${options.name} failed:`, describeError(error));
      return { status: 'error', fieldErrors: {}, formError: 'unexpected', values };
    }
  };
}
