import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { companies } from '../schema';

export type CompanyOverview = {
  id: string;
  name: string;
  active: boolean;
  createdAt: Date;
  domains: string[];
  /** Profiles (`users` rows), confirmed or not. */
  profiles: number;
  confirmed: number;
  /** Addresses with a registration waiting for confirmation (each counted once, however many attempts). */
  pending: number;
  /** Profiles made in the `recentDays` before `now`. */
  recentProfiles: number;
};

/** Every company with its domains and how many people it has, by name, for the operators' overview. */
export async function listCompaniesWithCounts(db: Executor, now: Date, recentDays = 30): Promise<CompanyOverview[]> {
  const since = new Date(now.getTime() - recentDays * 24 * 60 * 60 * 1000).toISOString();
  return db
    .select({
      id: companies.id,
      name: companies.name,
      active: companies.active,
      createdAt: companies.createdAt,
      // Written out qualified: in a select from one table Drizzle leaves its columns unqualified, and an unqualified
      // "id" inside these subqueries would name the subquery's own table.
      domains: sql<string[]>`coalesce((select array_agg(d.domain order by d.domain) from company_domains d where d.company_id = companies.id), '{}')`,
      profiles: sql<number>`(select count(*)::int from users u where u.company_id = companies.id)`,
      confirmed: sql<number>`(select count(*)::int from users u where u.company_id = companies.id and u.confirmed_at is not null)`,
      pending: sql<number>`(select count(distinct r.email)::int from registrations r where r.company_id = companies.id)`,
      recentProfiles: sql<number>`(select count(*)::int from users u where u.company_id = companies.id and u.created_at >= ${since}::timestamptz)`,
    })
    .from(companies)
    .orderBy(asc(sql`lower(${companies.name})`));
}
