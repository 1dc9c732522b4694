import type { Executor } from '@/db';
import { findCompanyForEmail } from '@/db/queries/companies';
import { createUser } from '@/db/queries/users';
import type { NewUser, User } from '@/db/schema';
import type { CompletedDraft } from '@/lib/registration/complete-registration';

// Shared by the database tests: one person, Erika Mustermann, at whichever demo company an address belongs to.

/** A well-formed argon2id hash for profiles whose password no test checks. */
export const SOME_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';

/** A registration that went through steps 1 and 2, ready for "Akzeptieren". */
export function testDraft(email: string, overrides: Partial<CompletedDraft> = {}): CompletedDraft {
  return {
    firstName: 'Erika',
    lastName: 'Mustermann',
    email,
    passwordHash: SOME_PASSWORD_HASH,
    officeWorkplace: true,
    disciplinaryReports: false,
    birthYear: null,
    gender: null,
    language: null,
    ...overrides,
  };
}

/** A profile at the demo company of the address's domain (the database must be seeded); unconfirmed by default. */
export async function addTestUser(db: Executor, email: string, overrides: Partial<NewUser> = {}): Promise<User> {
  const company = await findCompanyForEmail(db, email);
  if (!company) throw new Error(`no demo company for ${email}`);
  return createUser(db, {
    companyId: company.id,
    firstName: 'Erika',
    lastName: 'Mustermann',
    email,
    passwordHash: SOME_PASSWORD_HASH,
    officeWorkplace: true,
    disciplinaryReports: false,
    ...overrides,
  });
}
