import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { redirectTo } from '@/i18n/redirect';
import { currentUser } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { inspectEmailChangeLink } from '@/lib/profile/change-email';
import { emailChangeLink } from '@/lib/profile/email-change-link-cookie';
import { routes, withQuery } from '@/lib/routes';
import { TextPage } from '@/app/_components/text-page';
import { ConfirmLinkForm } from '@/app/_components/form/confirm-link-form';
import { confirmEmailChangeAction } from './actions';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ergebnis?: string }> };

const outcomes = {
  changed: { title: 'changedTitle', text: 'changedText' },
  already: { title: 'alreadyTitle', text: 'alreadyText' },
  replaced: { title: 'replacedTitle', text: 'replacedText' },
  expired: { title: 'expiredTitle', text: 'expiredText' },
  invalid: { title: 'invalidTitle', text: 'invalidText' },
  refused: { title: 'refusedTitle', text: 'refusedText' },
} as const;

function outcomeOf(value: string | undefined) {
  return value && value in outcomes ? outcomes[value as keyof typeof outcomes] : outcomes.invalid;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, { ergebnis }] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: 'ProfileEmailConfirm' });
  return { title: t(ergebnis === undefined ? 'title' : outcomeOf(ergebnis).title), robots: { index: false } };
}

/**
 * Reached from the link in the mail to the new address (through …/bestaetigen, which left the token in a sealed
 * cookie): whose profile and which address, and a button that confirms. With `?ergebnis=` it says how a
 * confirmation, or the link, turned out.
 */
export default async function ConfirmEmailChangePage({ params, searchParams }: Props) {
  const [{ locale }, { ergebnis }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations('ProfileEmailConfirm');
  if (ergebnis !== undefined) {
    const outcome = outcomeOf(ergebnis);
    const signedIn = Boolean(await currentUser());
    return (
      <TextPage title={t(outcome.title)}>
        <p>{t(outcome.text)}</p>
        <Link href={signedIn ? routes.profileEmail : routes.signIn} className="button-primary">
          {t(signedIn ? 'toProfile' : 'signIn')}
        </Link>
      </TextPage>
    );
  }
  const found = await inspectEmailChangeLink(await getDatabase(), await emailChangeLink.read());
  if (found.state !== 'pending') redirectTo(withQuery(routes.profileEmailConfirmation, { ergebnis: found.state }), locale);
  const format = await getFormatter();
  return (
    <TextPage title={t('title')}>
      <p>{t('lead')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-brand-100 bg-brand-50 p-5">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>
          {found.firstName} {found.lastName}
        </dd>
        <dt className="font-semibold">{t('newEmail')}</dt>
        <dd>{found.newEmail}</dd>
        <dt className="font-semibold">{t('requestedAt')}</dt>
        <dd>{format.dateTime(found.requestedAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' })}</dd>
      </dl>
      <ConfirmLinkForm action={confirmEmailChangeAction} namespace="ProfileEmailConfirm" />
      <p className="text-sm">{t('notYou')}</p>
    </TextPage>
  );
}
