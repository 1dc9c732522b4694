import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { requireSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { AUDIT_EVENT_RETENTION_YEARS } from '@/lib/legal/retention';
import { PROFILE_DATE_TIME } from '@/lib/profile/date-format';
import { buildProfileExport } from '@/lib/profile/export';
import { routes } from '@/lib/routes';
import { DataTable } from './data-table';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfileData' });
  return { title: t('title'), robots: { index: false } };
}

/** "Meine Daten": the export (lib/profile/export.ts) as a page, and the link that downloads it as a file. */
export default async function MyDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { session, user } = await requireSession(locale);
  const [data, t, format] = await Promise.all([
    buildProfileExport(await getDatabase(), user.id, { currentSessionId: session.id }),
    getTranslations('ProfileData'),
    getFormatter(),
  ]);
  if (!data) notFound();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), PROFILE_DATE_TIME) : '–');
  const { profile } = data;
  const fields: [string, string][] = [
    [t('firstName'), profile.firstName],
    [t('lastName'), profile.lastName],
    [t('email'), profile.email],
    [t('company'), data.company?.name ?? t('none')],
    [t('officeWorkplace'), t('yesNo', { value: String(profile.officeWorkplace) })],
    [t('disciplinaryReports'), t('yesNo', { value: String(profile.disciplinaryReports) })],
    [t('birthYear'), profile.birthYear?.toString() ?? t('none')],
    [t('gender'), t('genderValue', { gender: profile.gender ?? 'none' })],
    [t('language'), t('languageValue', { language: profile.language ?? 'none' })],
    [t('createdAt'), when(profile.createdAt)],
    [t('confirmedAt'), when(profile.confirmedAt)],
    [t('updatedAt'), when(profile.updatedAt)],
    [t('id'), profile.id],
  ];
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p>{t('lead')}</p>
      <section aria-labelledby="download-title" className="mt-8 rounded-xl bg-brand-50 p-5">
        <h2 id="download-title" className="mb-2 text-2xl font-bold">
          {t('downloadTitle')}
        </h2>
        <p>{t('downloadText')}</p>
        {/* A plain link, not next/link: the answer is a file to save, not a page to render. */}
        <a href={getPathname({ href: routes.profileDataDownload, locale })} download className="button-primary">
          {t('download')}
        </a>
      </section>
      <section aria-labelledby="profile-title" className="mt-10">
        <h2 id="profile-title" className="mb-3 text-2xl font-bold">
          {t('profileTitle')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="mb-2 break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DataTable
        id="consents-title"
        title={t('consentsTitle')}
        empty={t('empty')}
        columns={[t('consent'), t('decision'), t('textVersion'), t('language'), t('when')]}
        rows={data.consents.map((c, i) => ({
          key: String(i),
          cells: [
            t('consentKind', { kind: c.kind }),
            t('granted', { granted: String(c.granted) }),
            c.textVersion,
            t('languageValue', { language: c.locale ?? 'none' }),
            when(c.createdAt),
          ],
        }))}
      />
      <DataTable
        id="data-sessions-title"
        title={t('sessionsTitle')}
        empty={t('empty')}
        columns={[t('browser'), t('started'), t('lastUsed')]}
        rows={data.sessions.map((s, i) => ({
          key: String(i),
          cells: [`${s.browser}${s.current ? ` ${t('thisSession')}` : ''}`, when(s.createdAt), when(s.lastUsedAt)],
        }))}
      />
      <DataTable
        id="links-title"
        title={t('linksTitle')}
        empty={t('empty')}
        columns={[t('linkKind'), t('sentTo'), t('when'), t('validUntil'), t('linkState')]}
        rows={data.emailLinks.map((l, i) => ({
          key: String(i),
          cells: [
            t('purpose', { purpose: l.purpose }),
            l.email,
            when(l.createdAt),
            when(l.expiresAt),
            l.usedAt ? t('linkUsed') : l.revokedAt ? t('linkRevoked') : l.expiresAt <= data.exportedAt ? t('linkExpired') : t('linkOpen'),
          ],
        }))}
      />
      <DataTable
        id="mails-title"
        title={t('mailsTitle')}
        note={t('mailsNote')}
        empty={t('empty')}
        columns={[t('mail'), t('when'), t('mailStatus')]}
        rows={data.mails.map((m, i) => ({
          key: String(i),
          // ICU select keys take no hyphen: confirm-email is asked for as confirm_email.
          cells: [t('template', { template: m.template.replaceAll('-', '_') }), when(m.createdAt), t('status', { status: m.status })],
        }))}
      />
      <DataTable
        id="events-title"
        title={t('eventsTitle')}
        note={t('eventsNote', { years: AUDIT_EVENT_RETENTION_YEARS })}
        empty={t('empty')}
        columns={[t('event'), t('when')]}
        rows={data.auditEvents.map((e, i) => ({ key: String(i), cells: [t('eventName', { event: e.event }), when(e.createdAt)] }))}
      />
    </article>
  );
}
