import type { Executor } from '@/db';
import { findCompanyForEmail } from '@/db/queries/companies';
import { createUser } from '@/db/queries/users';
import type { Locale, NewUser, User } from '@/db/schema';
import type { RegistrationData } from '@/lib/registration/answers';
import type { RegistrationInput } from '@/lib/registration/complete-registration';

// Shared by the database tests: one person, Erika Mustermann, at whichever demo company an address belongs to.

/** A well-formed argon2id hash for profiles whose password no test checks. */
export const SOME_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';

/** What one run through steps 1 and 2 collected, ready for "Akzeptieren". */
export function testRegistration(email: string, overrides: Partial<RegistrationData> = {}): RegistrationData {
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

let draftSerial = 0;

/** "Akzeptieren" for testRegistration(email, data), each call from a draft of its own. */
export function acceptInput(
  email: string,
  options: { data?: Partial<RegistrationData>; emailInformation?: boolean; pageLocale?: Locale; now?: Date; draftId?: string } = {},
): RegistrationInput {
  return {
    data: testRegistration(email, options.data),
    draftId: options.draftId ?? `test-draft-${process.pid}-${++draftSerial}-${Math.random().toString(36).slice(2)}`,
    emailInformation: options.emailInformation ?? false,
    pageLocale: options.pageLocale ?? 'de',
    appUrl: 'http://portal.test',
    now: options.now,
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
