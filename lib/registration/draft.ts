import { z } from 'zod';
import { seal, unseal } from '@/lib/security/seal';

/** The registration in progress. Lives only in an encrypted cookie: nothing is stored before "Akzeptieren". */
const draftSchema = z.object({
  stepOne: z
    .object({
      firstName: z.string().max(100),
      lastName: z.string().max(100),
      email: z.string().max(254),
      passwordHash: z.string().startsWith('$argon2id$').max(200),
    })
    .optional(),
  /** Valid step 2 answers, once "Registrieren" accepted them. */
  stepTwo: z
    .object({
      officeWorkplace: z.enum(['yes', 'no']),
      disciplinaryReports: z.enum(['yes', 'no']),
      birthYear: z.string().max(4),
      gender: z.enum(['', 'female', 'male', 'diverse']),
      language: z.enum(['', 'de', 'en']),
    })
    .optional(),
  /** Step 2 entries kept by "Zurück" even when incomplete, so going forward again shows them. */
  stepTwoEntries: z.record(z.string(), z.string().max(20)).optional(),
  expiresAt: z.number(),
});

export type Draft = z.output<typeof draftSchema>;

export const DRAFT_COOKIE = 'mein-ias-registration';
export const DRAFT_TTL_SECONDS = 60 * 60;
const PURPOSE = 'registration-draft';

export function emptyDraft(now = Date.now()): Draft {
  return { expiresAt: now + DRAFT_TTL_SECONDS * 1000 };
}

export function sealDraft(draft: Draft, secret: string, now = Date.now()): string {
  return seal({ ...draft, expiresAt: now + DRAFT_TTL_SECONDS * 1000 }, secret, PURPOSE);
}

/** A draft that is intact, ours and not expired; anything else counts as no draft at all. */
export function openDraft(sealed: string | undefined, secret: string, now = Date.now()): Draft | undefined {
  if (!sealed) return undefined;
  const parsed = draftSchema.safeParse(unseal(sealed, secret, PURPOSE));
  if (!parsed.success || parsed.data.expiresAt < now) return undefined;
  return parsed.data;
}
