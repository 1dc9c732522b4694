import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/db/testing';
import { describeError, maskEmail } from './log';

describe('log lines', () => {
  it('mask an address down to its first letter and domain', () => {
    expect(maskEmail('erika.mustermann@example.com')).toBe('e***@example.com');
    expect(maskEmail('kaputt')).toBe('***');
  });

  it('describe a failed query without the values it carried', async () => {
    const open = await createTestDatabase('pglite');
    try {
      const error = await open.db
        .execute(sql`select ${'erika@example.com token=AbC123secret'}::int`)
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain('erika@example.com');
      const line = describeError(error);
      expect(line).toBe('query failed: select $1::int [SQLSTATE 22P02]');
      expect(line).not.toContain('erika@example.com');
      expect(line).not.toContain('AbC123secret');
    } finally {
      await open.close();
    }
  });
});
