import { isDeepStrictEqual } from 'node:util';
import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { listCompaniesWithCounts } from '@/db/queries/company-overview';
import {
  type ContentItemInput,
  findContentItemBySlug,
  listUnlockedCompanyIds,
  lockContent,
  type StoredContentItem,
  unlockContent,
  upsertContentItem,
} from '@/db/queries/content-admin';
import type { Audience, Company } from '@/db/schema';
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

/**
 * The console's content form: `create` refuses a slug in use (so a new item never overwrites another), `update`
 * an unknown one. Either keeps the item's unlocks and its place in the list. Audited with what happened.
 */
export async function saveContent(
  db: Database,
  actor: Actor,
  input: ContentItemInput,
  mode: 'create' | 'update',
): Promise<OpsResult<{ slug: string; changed: boolean }>> {
  const slug = parseInput(slugSchema, input.slug, 'invalidSlug');
  if (!slug.ok) return slug;
  const item = { ...input, slug: slug.value };
  return inTransaction(db, async (tx) => {
    const before = await findContentItemBySlug(tx, item.slug);
    if (mode === 'create' && before) return refuse('slugTaken', { slug: item.slug });
    if (mode === 'update' && !before) return refuse('unknownSlug', { slug: item.slug });
    if (before && isDeepStrictEqual({ ...before, id: undefined }, { ...item, id: undefined })) return { ok: true, slug: item.slug, changed: false };
    const id = await upsertContentItem(tx, item);
    const outcome = before ? 'updated' : 'created';
    await recordAudit(tx, { event: 'content_saved', ...auditedBy(actor, { content: id, slug: item.slug, outcome, published: item.published }) });
    return { ok: true, slug: item.slug, changed: true };
  });
}

/**
 * The console's unlock form: the item is unlocked for exactly these companies (by id) and locked for every
 * other, in one transaction; each change is audited as the command line's unlock and lock are.
 */
export async function setContentCompanies(
  db: Database,
  actor: Actor,
  input: { slug: string; companyIds: string[] },
): Promise<OpsResult<{ unlocked: number; locked: number }>> {
  return inTransaction(db, async (tx) => {
    const item = await findContentItemBySlug(tx, input.slug);
    if (!item) return refuse('unknownSlug', { slug: input.slug });
    const companies = await listCompaniesWithCounts(tx, new Date());
    const unknown = input.companyIds.find((id) => !companies.some((c) => c.id === id));
    if (unknown !== undefined) return refuse('unknownCompany', { company: unknown });
    const before = new Set(await listUnlockedCompanyIds(tx, item.id));
    let unlocked = 0;
    let locked = 0;
    for (const company of companies) {
      const wanted = input.companyIds.includes(company.id);
      if (wanted === before.has(company.id)) continue;
      if (wanted) await unlockContent(tx, item.id, company.id);
      else await lockContent(tx, item.id, company.id);
      if (wanted) unlocked++;
      else locked++;
      const event = wanted ? 'content_unlocked' : 'content_locked';
      await recordAudit(tx, { event, ...auditedBy(actor, { content: item.id, slug: item.slug, company: company.id }) });
    }
    return { ok: true, unlocked, locked };
  });
}

/** Whether people of an audience are meant to see an item of `itemAudience` (audiencesOf in db/queries/content.ts). */
export function seenBy(itemAudience: Audience, audience: Audience): boolean {
  return itemAudience === 'everyone' || itemAudience === audience;
}

export type ContentForEditing = StoredContentItem & { unlockedFor: string[] };

/** An item with both languages and the ids of the companies it is unlocked for, as the console edits it. */
export async function contentForEditing(db: Database, slug: string): Promise<ContentForEditing | undefined> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return undefined;
  const item = await findContentItemBySlug(db, parsed.data);
  return item && { ...item, unlockedFor: await listUnlockedCompanyIds(db, item.id) };
}
