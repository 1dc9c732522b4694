import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { seal, unseal } from '@/lib/security/seal';
import { stepTwoSchema } from '@/lib/validation/registration';

/** The registration in progress. Lives only in an encrypted cookie: nothing is stored before "Akzeptieren". */
const draftSchema = z.object({
  /** Random: "Akzeptieren" uses it up, so a copy of the cookie replayed later sends no further mail. */
  id: z.string().min(16).max(64),
  stepOne: z
    .object({
      firstName: z.string().max(100),
      lastName: z.string().max(100),
      email: z.string().max(254),
      passwordHash: z.string().startsWith('$argon2id$').max(200),
    })
    .optional(),
  /** Valid step 2 answers, once "Registrieren" accepted them (the form's own schema). */
  stepTwo: stepTwoSchema.optional(),
  /** Step 2 entries kept by "Zurück" even when incomplete, so going forward again shows them. */
  stepTwoEntries: z.record(z.string(), z.string().max(20)).optional(),
  expiresAt: z.number(),
});

export type Draft = z.output<typeof draftSchema>;

export const DRAFT_COOKIE = 'mein-ias-registration';
export const DRAFT_TTL_SECONDS = 60 * 60;
const PURPOSE = 'registration-draft';

export function emptyDraft(now = Date.now()): Draft {
  return { id: randomBytes(16).toString('base64url'), expiresAt: now + DRAFT_TTL_SECONDS * 1000 };
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
