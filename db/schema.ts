import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const localeEnum = pgEnum('locale', ['de', 'en']);
export const genderEnum = pgEnum('gender', ['female', 'male', 'diverse']);
export const consentKindEnum = pgEnum('consent_kind', ['terms_of_use', 'email_information']);
/** `change_email`: a link to a new address a signed-in person wants to use; `email` holds that new address. */
export const tokenPurposeEnum = pgEnum('token_purpose', ['confirm_email', 'reset_password', 'change_email']);
export const mailStatusEnum = pgEnum('mail_status', ['pending', 'sent', 'captured', 'failed']);
export const audienceEnum = pgEnum('audience', ['everyone', 'office', 'non_office', 'leaders']);
/** An operator is ias staff: signs in like everyone, and may use the console. Granted only from the command line. */
export const userRoleEnum = pgEnum('user_role', ['person', 'operator']);

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    /**
     * A company that no longer uses the portal: its people can neither sign in nor register, and its data stays
     * until deleted. Operators find companies by name whatever its case, hence the second unique index.
     */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('companies_name_lower_idx').on(sql`lower(${t.name})`)],
);

/** A customer company owns one or more e-mail domains; subdomains of a domain belong to it too. */
export const companyDomains = pgTable('company_domains', {
  domain: text('domain').primaryKey(),
  companyId: uuid('company_id')
    .notNull()
    .references(() => companies.id, { onDelete: 'cascade' }),
});

/** What a person enters about themselves: a registration attempt holds it until it becomes the profile's. */
const personColumns = () => ({
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  officeWorkplace: boolean('office_workplace').notNull(),
  disciplinaryReports: boolean('disciplinary_reports').notNull(),
  birthYear: smallint('birth_year'),
  gender: genderEnum('gender'),
  language: localeEnum('language'),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id),
    email: text('email').notNull(),
    ...personColumns(),
    /** Operators (granted only from the command line: npm run ops) also see the console at /verwaltung. */
    role: userRoleEnum('role').notNull().default('person'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** Set when the mail provider reports a hard bounce: no further mail goes to this address. */
    mailBouncedAt: timestamp('mail_bounced_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`),
    index('users_unconfirmed_created_idx').on(t.createdAt).where(sql`${t.confirmedAt} is null`),
  ],
);

/**
 * A registration waiting for its address to be confirmed: everything entered in one run through the three
 * steps, "Akzeptieren" included. Each run is its own attempt, so a stranger registering the same address
 * cannot change what the owner's link confirms; confirming one attempt makes the profile (users) and the
 * consent ledger rows from it and discards the other attempts for that address.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lowercased. Not unique: every attempt for an address is kept apart until one is confirmed. */
    email: text('email').notNull(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ...personColumns(),
    /** The language the registration happened in: its mails use the chosen Sprache, else this. */
    pageLocale: localeEnum('page_locale').notNull(),
    /** The consents given with "Akzeptieren", written to the ledger when the address is confirmed. */
    termsVersion: text('terms_version').notNull(),
    emailInformation: boolean('email_information').notNull(),
    emailInformationVersion: text('email_information_version').notNull(),
    /** When "Akzeptieren" was pressed: the time of the consents. */
    createdAt: createdAt(),
    /** Deleted after this (7 days after the newest confirmation link), as the registration mail promises. */
    keepUntil: timestamp('keep_until', { withTimezone: true }).notNull(),
  },
  (t) => [index('registrations_email_idx').on(t.email), index('registrations_keep_until_idx').on(t.keepUntil)],
);

/** What `browserFamily` makes of a User-Agent: enough for a person to tell their sessions apart, nothing more. */
export const browserFamilies = ['Chrome', 'Edge', 'Firefox', 'Safari', 'other'] as const;
export type BrowserFamily = (typeof browserFamilies)[number];

/**
 * A signed-in browser. The Auth.js cookie carries only the id; every request looks the row up, so deleting it
 * ends that session at once ("Abmelden", a new password, a deleted profile). The id is 256 random bits; it is
 * stored as it is because it only works inside a cookie sealed with AUTH_SECRET.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    /** Fixed at sign-in (8 hours later): using the session never moves it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Written at most every few minutes, so reading a session rarely writes. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
    browser: text('browser').$type<BrowserFamily>().notNull(),
    /** A keyed hash of the IP signed in from (lib/security/ip-hash.ts), never the IP itself. */
    ipHash: text('ip_hash').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Append-only: a withdrawal is a new row with granted = false, never an update. The proof outlives the profile:
 * `user_id` has no foreign key, so deleting a profile leaves its rows, which name nobody (an id, a text version, a
 * time), marked with `profile_deleted_at` and deleted after the retention in lib/legal/retention.ts.
 */
export const consents = pgTable(
  'consents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: consentKindEnum('kind').notNull(),
    textVersion: text('text_version').notNull(),
    /** The language the text was shown in (null for rows from before it was recorded). */
    locale: localeEnum('locale'),
    granted: boolean('granted').notNull(),
    createdAt: createdAt(),
    /** When the profile was deleted: from then on the row is pseudonymous proof, kept for the stated retention. */
    profileDeletedAt: timestamp('profile_deleted_at', { withTimezone: true }),
  },
  (t) => [index('consents_user_idx').on(t.userId, t.kind)],
);

/** Links sent by mail. Only the SHA-256 of the token is stored; the token itself exists only in the mail. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The profile a reset link belongs to. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /**
     * The registration attempt a confirmation link confirms. Set to null when the attempt is discarded (another
     * one was confirmed): the link stays, revoked, until it expires, so it can still explain what happened.
     */
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    purpose: tokenPurposeEnum('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Set when a newer link of the same purpose replaced this one; the old link then explains that. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('email_tokens_user_idx').on(t.userId, t.purpose),
    index('email_tokens_registration_idx').on(t.registrationId),
    index('email_tokens_expires_idx').on(t.expiresAt),
  ],
);

/** Every mail is written here first, in the transaction of the data it belongs to, and delivered afterwards. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    template: text('template').notNull(),
    locale: localeEnum('locale').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** A mail carrying a link is deleted when the link expires, whatever its status: nothing usable lies around. */
    discardAfter: timestamp('discard_after', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt), index('mail_outbox_to_idx').on(t.to)],
);

/** Fixed-window counters shared by every instance (sign-in, resend, reset throttling). */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

export const contentItems = pgTable('content_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  audience: audienceEnum('audience').notNull(),
  /** An unpublished item is shown to nobody, whatever it is unlocked for (a draft, or one taken down). */
  published: boolean('published').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

export const contentTranslations = pgTable(
  'content_translations',
  {
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    locale: localeEnum('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown, rendered without raw HTML where it is shown. */
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contentId, t.locale] })],
);

/** A content item is visible only to employees of the companies it is unlocked for. */
export const contentUnlocks = pgTable(
  'content_unlocks',
  {
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.contentId, t.companyId] })],
);

/** Security events. Never holds a password, a token, a hash or a full e-mail address. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    event: text('event').notNull(),
    userId: uuid('user_id'),
    ipHash: text('ip_hash'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    createdAt: createdAt(),
  },
  // created_at alone for the retention purge, which deletes by age whoever the event is about.
  (t) => [index('audit_log_user_idx').on(t.userId, t.createdAt), index('audit_log_created_idx').on(t.createdAt)],
);

export type Company = typeof companies.$inferSelect;
export type Gender = (typeof genderEnum.enumValues)[number];
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type Consent = typeof consents.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type OutboxMail = typeof mailOutbox.$inferSelect;
export type Registration = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;
export type Locale = (typeof localeEnum.enumValues)[number];
export type Audience = (typeof audienceEnum.enumValues)[number];
export type UserRole = (typeof userRoleEnum.enumValues)[number];
