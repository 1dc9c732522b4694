import { describe, expect, it } from 'vitest';
import { recordAudit } from '@/db/queries/audit-log';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { writeOrRehearse } from './write-or-rehearse';

describe.each(testDatabaseKinds)('writeOrRehearse on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled, { seed: false });
  const events = async () => (await open.db.select({ event: auditLog.event }).from(auditLog)).map((row) => row.event).sort();

  it.skipIf(!enabled)('keeps the work of a known address, rolls back a rehearsal, and keeps the caller’s own writes either way', async () => {
    await open.db.transaction(async (tx) => {
      await recordAudit(tx, { event: 'sign_out' });
      await writeOrRehearse(tx, false, async (savepoint) => {
        await recordAudit(savepoint, { event: 'confirmation_resend_requested' });
      });
      await writeOrRehearse(tx, true, async (savepoint) => {
        await recordAudit(savepoint, { event: 'password_reset_requested' });
      });
    });
    expect(await events()).toEqual(['password_reset_requested', 'sign_out']);
  });

  it.skipIf(!enabled)('lets a real failure through, with nothing of the transaction kept', async () => {
    const before = await events();
    await expect(
      open.db.transaction(async (tx) => {
        await recordAudit(tx, { event: 'sign_out' });
        await writeOrRehearse(tx, false, async () => {
          throw new Error('disk full');
        });
      }),
    ).rejects.toThrow('disk full');
    expect(await events()).toEqual(before);
  });
});
