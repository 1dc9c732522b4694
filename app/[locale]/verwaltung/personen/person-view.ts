import type { Locale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { PersonView } from '@/lib/operations/people';

/** What the support page shows of a person, in the page's language: rows of label and value, and what can be done. */
export type PersonDisplay = {
  address: string;
  known: boolean;
  rows: { label: string; value: string }[];
  canResend: boolean;
  hasProfile: boolean;
  throttled: boolean;
};

export type PersonAnswer = { person?: PersonDisplay; notice?: string; confirmMissing?: boolean };

export async function displayPerson(address: string, person: PersonView, locale: Locale): Promise<PersonDisplay> {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'Console.people' }), getFormatter({ locale })]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const throttledUntil = person.throttle?.until;
  const base = { address, throttled: Boolean(throttledUntil) };
  if (person.status === 'unknown') return { ...base, known: false, rows: [], canResend: false, hasProfile: false };
  const company = person.company ? (person.company.active ? person.company.name : t('companyInactive', { name: person.company.name })) : t('noCompany');
  const throttleRow = { label: t('throttledUntil'), value: throttledUntil ? date(throttledUntil) : t('notThrottled') };
  if (person.status === 'pending') {
    return {
      ...base,
      known: true,
      canResend: true,
      hasProfile: false,
      rows: [
        { label: t('status'), value: t('statuses.pending') },
        { label: t('company'), value: company },
        { label: t('created'), value: date(person.registeredAt) },
        { label: t('attempts'), value: String(person.attempts) },
        { label: t('keepUntil'), value: date(person.keepUntil) },
        throttleRow,
      ],
    };
  }
  return {
    ...base,
    known: true,
    canResend: false,
    hasProfile: true,
    rows: [
      { label: t('status'), value: t(`statuses.${person.status}`) },
      { label: t('company'), value: company },
      { label: t('role'), value: t(`roles.${person.role}`) },
      { label: t('created'), value: date(person.createdAt) },
      { label: t('lastSignIn'), value: person.lastSignInAt ? date(person.lastSignInAt) : t('never') },
      throttleRow,
      { label: t('bounced'), value: person.mailBouncedAt ? date(person.mailBouncedAt) : t('notBounced') },
    ],
  };
}
