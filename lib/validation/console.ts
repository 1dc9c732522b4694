import { z } from 'zod';
import { audienceEnum } from '@/db/schema';
import { email, printable, requiredText } from './fields';
import { vm } from './messages';

// The console's forms. Names, domains and slugs are only checked for presence and length here; whether they are
// well-formed, free or known is the operation's answer (lib/operations), translated from its refusal code.

/** A hidden field naming what a button acts on (a company's id, a domain, a slug, a mail's id). */
const reference = z
  .string({ error: vm('required') })
  .trim()
  .min(1, vm('required'))
  .max(300, vm('tooLong', { max: 300 }))
  .refine(printable, vm('unprintable'));
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

export const createCompanySchema = z.object({ name: requiredText(200), domain: requiredText(253) });
export const renameCompanySchema = z.object({ company: reference, name: requiredText(200) });
export const companyActivitySchema = z.object({ company: reference, active: z.enum(['true', 'false'], vm('invalidChoice')) });
export const addDomainSchema = z.object({ company: reference, domain: requiredText(253) });
export const removeDomainSchema = z.object({ company: reference, domain: reference });

export const contentSchema = z.object({
  mode: z.enum(['create', 'update'], vm('invalidChoice')),
  slug: requiredText(100),
  audience: z.enum(audienceEnum.enumValues, vm('invalidChoice')),
  published: checkbox,
  titleDe: requiredText(200),
  summaryDe: requiredText(500),
  bodyDe: requiredText(100_000),
  titleEn: requiredText(200),
  summaryEn: requiredText(500),
  bodyEn: requiredText(100_000),
});
/** The ticked companies arrive as several `companies` entries, read from the form data (a schema sees one). */
export const contentCompaniesSchema = z.object({ slug: reference });

export const personIntents = ['find', 'resend', 'endSessions', 'liftThrottle', 'delete'] as const;
export const personSchema = z.object({
  intent: z.enum(personIntents, vm('invalidChoice')),
  address: email,
  confirmDelete: checkbox,
});

export const retryMailSchema = z.object({ mail: reference });
