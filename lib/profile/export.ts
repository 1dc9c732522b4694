import type { Executor } from '@/db';
import { listAuditEventsAbout, recordAudit } from '@/db/queries/audit-log';
import { findCompanyById } from '@/db/queries/companies';
import { listConsents } from '@/db/queries/consents';
import { listEmailLinksForUser } from '@/db/queries/email-tokens';
import { listMailSummariesTo } from '@/db/queries/mail-outbox';
import { listSessionsForUser } from '@/db/queries/sessions';
import { findUserById } from '@/db/queries/users';
import { auditIpHash } from '@/lib/security/ip-hash';

type Stamp = string;
const iso = (at: Date): Stamp => at.toISOString();
const isoOrNull = (at: Date | null): Stamp | null => (at ? at.toISOString() : null);

/**
 * Everything stored about one person (GDPR Art. 15 and 20), as the page shows it and the download carries it.
 * Every field is named here, copied one by one from queries keyed by the person's id: a column added to a table
 * later stays out until someone adds it here, so no password hash, token hash, keyed IP hash, session id, mail
 * body or anyone else's data can slip in.
 */
export type ProfileExport = {
  format: 'mein-ias-export/1';
  exportedAt: Stamp;
  profile: {
    /** The pseudonym under which consent proof and audit events outlive a deleted profile. */
    id: string;
    email: string;
    firstName: string;
    lastName: string;
    officeWorkplace: boolean;
    disciplinaryReports: boolean;
    birthYear: number | null;
    gender: string | null;
    language: string | null;
    role: string;
    createdAt: Stamp;
    confirmedAt: Stamp | null;
    updatedAt: Stamp;
    mailBouncedAt: Stamp | null;
  };
  company: { name: string } | null;
  consents: { kind: string; textVersion: string; locale: string | null; granted: boolean; createdAt: Stamp }[];
  sessions: { browser: string; createdAt: Stamp; lastUsedAt: Stamp; expiresAt: Stamp; current: boolean }[];
  emailLinks: { purpose: string; email: string; createdAt: Stamp; expiresAt: Stamp; usedAt: Stamp | null; revokedAt: Stamp | null }[];
  mails: { template: string; locale: string; status: string; createdAt: Stamp; deliveredAt: Stamp | null }[];
  auditEvents: { event: string; createdAt: Stamp }[];
};

/** The person's data, or undefined when there is no profile under this id. */
export async function buildProfileExport(
  db: Executor,
  userId: string,
  options: { currentSessionId?: string; now?: Date } = {},
): Promise<ProfileExport | undefined> {
  const now = options.now ?? new Date();
  const user = await findUserById(db, userId);
  if (!user) return undefined;
  const [company, consents, sessions, links, mails, events] = await Promise.all([
    findCompanyById(db, user.companyId),
    listConsents(db, user.id),
    listSessionsForUser(db, user.id, now),
    listEmailLinksForUser(db, user.id),
    listMailSummariesTo(db, user.email),
    listAuditEventsAbout(db, user.id),
  ]);
  return {
    format: 'mein-ias-export/1',
    exportedAt: iso(now),
    profile: {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      officeWorkplace: user.officeWorkplace,
      disciplinaryReports: user.disciplinaryReports,
      birthYear: user.birthYear,
      gender: user.gender,
      language: user.language,
      role: user.role,
      createdAt: iso(user.createdAt),
      confirmedAt: isoOrNull(user.confirmedAt),
      updatedAt: iso(user.updatedAt),
      mailBouncedAt: isoOrNull(user.mailBouncedAt),
    },
    company: company ? { name: company.name } : null,
    consents: consents.map((c) => ({ kind: c.kind, textVersion: c.textVersion, locale: c.locale, granted: c.granted, createdAt: iso(c.createdAt) })),
    sessions: sessions.map((s) => ({
      browser: s.browser,
      createdAt: iso(s.createdAt),
      lastUsedAt: iso(s.lastUsedAt),
      expiresAt: iso(s.expiresAt),
      current: s.id === options.currentSessionId,
    })),
    emailLinks: links.map((l) => ({
      purpose: l.purpose,
      email: l.email,
      createdAt: iso(l.createdAt),
      expiresAt: iso(l.expiresAt),
      usedAt: isoOrNull(l.usedAt),
      revokedAt: isoOrNull(l.revokedAt),
    })),
    mails: mails.map((m) => ({ template: m.template, locale: m.locale, status: m.status, createdAt: iso(m.createdAt), deliveredAt: isoOrNull(m.deliveredAt) })),
    auditEvents: events.map((e) => ({ event: e.event, createdAt: iso(e.createdAt) })),
  };
}

/** "Herunterladen": the export as a file, and an audit event saying it was taken (and from which IP, keyed). */
export async function exportProfileData(
  db: Executor,
  input: { userId: string; currentSessionId?: string; ip: string },
  now = new Date(),
): Promise<{ fileName: string; json: string } | undefined> {
  const data = await buildProfileExport(db, input.userId, { currentSessionId: input.currentSessionId, now });
  if (!data) return undefined;
  await recordAudit(db, { event: 'data_exported', userId: input.userId, ipHash: auditIpHash(input.ip) });
  return { fileName: exportFileName(now), json: `${JSON.stringify(data, null, 2)}\n` };
}

/** mein-ias-daten-2026-11-28.json (the day in UTC). */
export function exportFileName(now: Date): string {
  return `mein-ias-daten-${now.toISOString().slice(0, 10)}.json`;
}
