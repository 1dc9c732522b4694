import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyForEmail } from '@/db/queries/companies';
import { createUser, findUserByEmail, setUserRole } from '@/db/queries/users';
import { hashPassword } from '@/lib/security/passwords';

/**
 * The end-to-end suite's operator (E2E_OPERATOR_EMAIL, allowed only on a test server: lib/env.ts): a confirmed
 * profile at the demo company of its domain, with the operator role. Idempotent, so a restart changes nothing.
 */
export async function seedE2eOperator(db: Database, operator: { email: string; password: string }, now = new Date()): Promise<void> {
  const existing = await findUserByEmail(db, operator.email);
  if (existing) {
    await setUserRole(db, existing.id, 'operator', now);
    return;
  }
  const company = await findCompanyForEmail(db, operator.email);
  if (!company) throw new Error('E2E_OPERATOR_EMAIL must be at a demo company domain (db/seed-data.ts)');
  const user = await createUser(db, {
    companyId: company.id,
    email: operator.email,
    firstName: 'Olga',
    lastName: 'Operator',
    passwordHash: await hashPassword(operator.password),
    officeWorkplace: true,
    disciplinaryReports: false,
    role: 'operator',
    confirmedAt: now,
  });
  await recordAudit(db, { event: 'operator_granted', details: { via: 'e2e', subject: user.id } });
}
