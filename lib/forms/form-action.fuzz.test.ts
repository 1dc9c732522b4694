import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import * as consoleForms from '@/lib/validation/console';
import { acceptTermsSchema, emailInformationSchema } from '@/lib/validation/consents';
import { printable } from '@/lib/validation/fields';
import * as profileAccess from '@/lib/validation/profile-access';
import * as profileData from '@/lib/validation/profile-data';
import * as registration from '@/lib/validation/registration';
import { resendConfirmationSchema } from '@/lib/validation/resend-confirmation';
import * as signIn from '@/lib/validation/sign-in';
import { testMailSchema } from '@/lib/validation/test-mail';
import { formAction } from './form-action';

// The door runs outside a request here: the request's address and language are all it asks Next for.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '10.0.0.1' }) }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'de' }));

/** Every schema a form action of the portal parses its FormData with. */
const schemas: Record<string, z.ZodObject<z.ZodRawShape>> = {
  ...pick(registration, ['stepOneSchema', 'stepOneKeepPasswordSchema', 'stepTwoSchema', 'consentSchema', 'profileDetailsSchema']),
  ...pick(signIn, ['signInSchema', 'resetRequestSchema', 'newPasswordSchema']),
  ...pick(profileAccess, ['changePasswordFormSchema', 'changeEmailFormSchema']),
  ...pick(profileData, ['endSessionSchema', 'signOutEverywhereFormSchema', 'deleteProfileFormSchema']),
  ...pick(consoleForms, ['createCompanySchema', 'renameCompanySchema', 'companyActivitySchema', 'addDomainSchema', 'removeDomainSchema', 'contentSchema', 'contentCompaniesSchema', 'personSchema', 'retryMailSchema']),
  resendConfirmationSchema,
  testMailSchema,
  acceptTermsSchema,
  emailInformationSchema,
};

function pick<M extends Record<string, unknown>>(module: M, names: (keyof M & string)[]) {
  return Object.fromEntries(names.map((name) => [name, module[name] as z.ZodObject<z.ZodRawShape>]));
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Hostile entries: any Unicode (lone surrogates and NUL included), oversized, or almost right. */
const entry = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', 'on', 'yes', 'no', 'true', '1984', 'de', 'en', 'office', 'erika@example.com', '\u0000', '\uD800', '<script>alert(1)</script>', "' or 1=1 --"),
  fc.nat(300_000).map((n) => 'a'.repeat(n)),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('@example.com', '@EXAMPLE.com', '@example.com\u0000', '@exa mple.com')).map(([a, b]) => a + b),
);

type Entry = [name: string, value: string, twice: boolean];

/** A form as a forged request could send it: the schema's fields or not, extra ones, some twice, a file. */
const entriesFor = (fields: string[]) =>
  fc.tuple(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 12 })), entry, fc.boolean()), { maxLength: fields.length + 4 }), fc.boolean());

function formData(entries: Entry[], fileIn?: string): FormData {
  const form = new FormData();
  for (const [name, value, twice] of entries) {
    form.append(name, value);
    if (twice) form.append(name, `${value}x`);
  }
  if (fileIn) form.append(fileIn, new Blob(['%PDF']), 'a.pdf');
  return form;
}

/** Every text the handler would get and might store (passwords are hashed, never stored: any character goes). */
function storedTexts(data: Record<string, unknown>): string[] {
  return Object.entries(data).flatMap(([key, value]) => (typeof value === 'string' && !/password/i.test(key) ? [value] : []));
}

describe('every form action, fed random and forged FormData', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: answers every input (${RUNS} runs), hands the handler only valid, storable text, echoes no secret`, async () => {
      const fields = Object.keys(schema.shape);
      const problems: string[] = [];
      const action = formAction({
        name,
        schema,
        handler: async (data) => {
          for (const text of storedTexts(data)) {
            if (!printable(text)) problems.push(`unprintable text reached the handler: ${JSON.stringify(text.slice(0, 40))}`);
            if (text.length > 100_000) problems.push(`${text.length} characters reached the handler`);
          }
          return { status: 'success', data: undefined };
        },
      });
      await fc.assert(
        fc.asyncProperty(entriesFor(fields), async ([entries, withFile]) => {
          problems.length = 0;
          const state = await action({ status: 'idle' }, formData(entries, withFile ? fields[0] : undefined));
          expect(problems).toEqual([]);
          expect(['success', 'error']).toContain(state.status);
          if (state.status === 'error') {
            expect(state.formError, 'an input error, never the unexpected-failure answer').toBeUndefined();
            for (const [field, value] of Object.entries(state.values)) {
              expect(field).not.toMatch(/password/i);
              expect(String(value).length).toBeLessThanOrEqual(1000);
            }
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
