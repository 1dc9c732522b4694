import { CONSENT_PROOF_RETENTION_YEARS } from '@/lib/legal/retention';
import { cliActor } from '@/lib/operations/actor';
import { deletePerson, endPersonSessions, findPerson, liftPersonThrottle, type PersonView } from '@/lib/operations/people';
import type { Command } from '../context';
import { isoOrNever, masked, report } from '../report';

function describePerson(address: string, person: PersonView): string[] {
  const who = masked(address);
  const throttle = person.throttle
    ? `until ${person.throttle.until.toISOString()} (${person.throttle.by === 'pair' ? 'from at least one IP' : 'from every IP'})`
    : 'no';
  const company = (c: { name: string; active: boolean } | undefined) => (c ? `${c.name}${c.active ? '' : ' (deactivated)'}` : '-');
  if (person.status === 'unknown') return [`${who}: nothing stored (no profile, no registration)`, `  throttled:      ${throttle}`];
  if (person.status === 'pending') {
    return [
      `${who}: pending, ${person.attempts} registration attempt(s) waiting for confirmation`,
      `  company:        ${company(person.company)}`,
      `  registered:     ${person.registeredAt.toISOString()} (newest attempt)`,
      `  deleted after:  ${person.keepUntil.toISOString()} unless confirmed`,
      `  throttled:      ${throttle}`,
    ];
  }
  return [
    `${who}: ${person.status} profile`,
    `  id:             ${person.userId}`,
    `  role:           ${person.role}`,
    `  company:        ${company(person.company)}`,
    `  created:        ${person.createdAt.toISOString()}`,
    `  confirmed:      ${isoOrNever(person.confirmedAt)}`,
    `  last sign-in:   ${isoOrNever(person.lastSignInAt)}`,
    `  throttled:      ${throttle}`,
    `  mail bounced:   ${person.mailBouncedAt ? person.mailBouncedAt.toISOString() : 'no'}`,
  ];
}

export const userCommands: Record<string, Command> = {
  'user find': {
    usage: 'user find <address>',
    summary: 'status of the exact address: pending or confirmed, company, last sign-in, throttled, bounced',
    run: async ({ positionals: [address] }, ctx) =>
      report(await findPerson(await ctx.database(), cliActor, address!, ctx.now()), ctx, (r) => describePerson(address!, r.person)),
  },
  'user delete': {
    usage: 'user delete <address>',
    summary: 'deletes the profile, its registrations, links, sessions and mail (consents kept without name or address)',
    run: async ({ positionals: [address] }, ctx) =>
      report(await deletePerson(await ctx.database(), cliActor, address!, ctx.now()), ctx, ({ report: r }) => {
        const who = masked(address!);
        if (!r.userId && r.registrations === 0 && r.mails === 0 && r.emailTokens === 0) return `nothing stored for ${who}; nothing deleted`;
        return [
          `deleted for ${who}: ${r.userId ? `profile ${r.userId}` : 'no profile'}, ${r.registrations} registration attempt(s), ${r.emailTokens} link(s), ${r.mails} mail(s)`,
          ...(r.consentsKept > 0 ? [`kept ${r.consentsKept} consent record(s) under the id only, for ${CONSENT_PROOF_RETENTION_YEARS} years`] : []),
        ];
      }),
  },
  'user end-sessions': {
    usage: 'user end-sessions <address>',
    summary: 'signs the person out everywhere',
    run: async ({ positionals: [address] }, ctx) =>
      report(await endPersonSessions(await ctx.database(), cliActor, address!), ctx, (r) => `ended ${r.ended} session(s) of ${masked(address!)}`),
  },
  'user lift-throttle': {
    usage: 'user lift-throttle <address>',
    summary: "forgets the address's failed sign-ins from every IP",
    run: async ({ positionals: [address] }, ctx) =>
      report(await liftPersonThrottle(await ctx.database(), cliActor, address!), ctx, (r) =>
        r.cleared > 0 ? `cleared ${r.cleared} sign-in counter(s) of ${masked(address!)}` : `${masked(address!)} was not throttled; nothing changed`,
      ),
  },
};
