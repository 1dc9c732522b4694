import { isDeepStrictEqual } from 'node:util';
import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findContentItemBySlug, lockContent, unlockContent, upsertContentItem } from '@/db/queries/content-admin';
import type { Company } from '@/db/schema';
import { parseContentFile } from '@/lib/content/content-file';
import { slug as slugSchema } from '@/lib/validation/operations';
import { type Actor, auditedBy } from './actor';
import { resolveCompany } from './companies';
import { inTransaction, type OpsResult, parseInput, refuse } from './result';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Writes a content file (lib/content/content-file.ts) by its slug, in one transaction: a new item is unlocked for
 * nobody yet; an existing one keeps its unlocks and its place. Importing the same file again changes nothing.
 */
export async function importContent(
  db: Database,
  actor: Actor,
  source: string,
): Promise<OpsResult<{ slug: string; outcome: ImportOutcome; published: boolean }>> {
  const parsed = parseContentFile(source);
  if (!parsed.ok) return refuse('invalidContentFile', { reason: parsed.reason });
  const { item } = parsed;
  return inTransaction(db, async (tx) => {
    const before = await findContentItemBySlug(tx, item.slug);
    if (before && isDeepStrictEqual({ ...before, id: undefined }, { ...item, id: undefined })) {
      return { ok: true, slug: item.slug, outcome: 'unchanged', published: item.published };
    }
    const id = await upsertContentItem(tx, item);
    const outcome = before ? 'updated' : 'created';
    await recordAudit(tx, { event: 'content_imported', ...auditedBy(actor, { content: id, slug: item.slug, outcome, published: item.published }) });
    return { ok: true, slug: item.slug, outcome, published: item.published };
  });
}

/** Unlocks the item for the company's people (of its audience), or locks it again. Idempotent. */
export async function setContentUnlocked(
  db: Database,
  actor: Actor,
  input: { slug: string; company: string; unlocked: boolean },
): Promise<OpsResult<{ slug: string; company: Company; changed: boolean; published: boolean }>> {
  const slug = parseInput(slugSchema, input.slug, 'invalidSlug');
  if (!slug.ok) return slug;
  return inTransaction(db, async (tx) => {
    const item = await findContentItemBySlug(tx, slug.value);
    if (!item) return refuse('unknownSlug', { slug: slug.value });
    const found = await resolveCompany(tx, input.company);
    if (!found.ok) return found;
    const { company } = found;
    const changed = input.unlocked ? await unlockContent(tx, item.id, company.id) : await lockContent(tx, item.id, company.id);
    if (changed) {
      const event = input.unlocked ? 'content_unlocked' : 'content_locked';
      await recordAudit(tx, { event, ...auditedBy(actor, { content: item.id, slug: item.slug, company: company.id }) });
    }
    return { ok: true, slug: item.slug, company, changed, published: item.published };
  });
}
