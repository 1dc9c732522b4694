import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listSessionsForUser } from '@/db/queries/sessions';
import { requireSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { PROFILE_DATE_TIME } from '@/lib/profile/date-format';
import { Notice } from '../_components/notice';
import { EndSessionForm } from './end-session-form';
import { SignOutEverywhereForm } from './sign-out-everywhere-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ beendet?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfileSessions' });
  return { title: t('title'), robots: { index: false } };
}

/** "Sitzungen": the person's signed-in browsers (family and times, never an IP), each but this one can be ended. */
export default async function SessionsPage({ params, searchParams }: Props) {
  const [{ locale }, { beendet }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { session: current, user } = await requireSession(locale);
  const [sessions, t, format] = await Promise.all([
    listSessionsForUser(await getDatabase(), user.id),
    getTranslations('ProfileSessions'),
    getFormatter(),
  ]);
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      {beendet ? <Notice>{t('ended')}</Notice> : null}
      <p>{t('lead')}</p>
      <section aria-labelledby="sessions-title" className="mt-8">
        <h2 id="sessions-title" className="mb-4 text-2xl font-bold">
          {t('listTitle')}
        </h2>
        <ul className="flex flex-col gap-4">
          {sessions.map((session, index) => {
            const isCurrent = session.id === current.id;
            const id = `session-${index}`;
            return (
              <li key={session.id} className="flex flex-wrap items-end justify-between gap-4 rounded-xl border border-brand-100 p-4">
                <div>
                  <h3 id={`${id}-title`} className="text-lg font-semibold text-brand-800">
                    {t('browser', { browser: session.browser })}
                    {isCurrent ? ' ' : null}
                    {isCurrent ? <span className="ml-3 rounded-md bg-brand-700 px-2 py-0.5 text-sm text-white">{t('thisSession')}</span> : null}
                  </h3>
                  <dl id={`${id}-times`} className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
                    <dt className="font-semibold">{t('started')}</dt>
                    <dd>{format.dateTime(session.createdAt, PROFILE_DATE_TIME)}</dd>
                    <dt className="font-semibold">{t('lastUsed')}</dt>
                    <dd>{format.dateTime(session.lastUsedAt, PROFILE_DATE_TIME)}</dd>
                  </dl>
                </div>
                {isCurrent ? null : <EndSessionForm sessionId={session.id} describedBy={`${id}-title ${id}-times`} />}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="everywhere-title" className="mt-10 border-t border-brand-100 pt-8">
        <h2 id="everywhere-title" className="mb-4 text-2xl font-bold">
          {t('everywhereTitle')}
        </h2>
        <p>{t('everywhereText')}</p>
        <SignOutEverywhereForm email={user.email} />
      </section>
    </article>
  );
}
