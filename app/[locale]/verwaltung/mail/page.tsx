import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { failedMails, mailStatistics } from '@/lib/operations/mail';
import { ConsoleForm } from '../_components/console-form';
import { retryMailAction } from './actions';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.mail' });
  return { title: t('title') };
}

/** The outbox in numbers, and the mails that failed for good with their reason; never a mail's content. */
export default async function MailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const db = await getDatabase();
  const [t, format, counts, failed] = await Promise.all([getTranslations('Console.mail'), getFormatter(), mailStatistics(db), failedMails(db)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mt-2 max-w-prose">{t('intro')}</p>
      </div>
      <section aria-labelledby="mail-counts-title" className="flex flex-col gap-4">
        <h2 id="mail-counts-title" className="text-xl font-bold">
          {t('countsTitle')}
        </h2>
        {counts.length === 0 ? (
          <p>{t('noMail')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('countsCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-brand-100">
                  <th scope="col" className="p-2">{t('template')}</th>
                  <th scope="col" className="p-2 text-right">{t('pending')}</th>
                  <th scope="col" className="p-2 text-right">{t('sent')}</th>
                  <th scope="col" className="p-2 text-right">{t('failed')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map((row) => (
                  <tr key={row.template} className="border-b border-brand-100">
                    <th scope="row" className="p-2 font-semibold">{row.template}</th>
                    <td className="p-2 text-right">{row.pending}</td>
                    <td className="p-2 text-right">{row.sent}</td>
                    <td className="p-2 text-right">{row.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="mail-failed-title" className="flex flex-col gap-4">
        <h2 id="mail-failed-title" className="text-xl font-bold">
          {t('failedTitle')}
        </h2>
        {failed.length === 0 ? (
          <p>{t('noFailed')}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {failed.map((mail) => (
              <li key={mail.id} className="flex flex-col gap-2 rounded-xl border border-brand-100 p-4">
                <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t('to')}</dt>
                  <dd>{mail.maskedTo}</dd>
                  <dt className="font-semibold">{t('template')}</dt>
                  <dd>{mail.template}</dd>
                  <dt className="font-semibold">{t('written')}</dt>
                  <dd>{date(mail.createdAt)}</dd>
                  <dt className="font-semibold">{t('attempts')}</dt>
                  <dd>{mail.attempts}</dd>
                  <dt className="font-semibold">{t('reason')}</dt>
                  <dd className="break-words">{mail.reason}</dd>
                </dl>
                <ConsoleForm
                  action={retryMailAction}
                  id={`retry-${mail.id}`}
                  fields={[{ kind: 'hidden', name: 'mail', value: mail.id }]}
                  submit={t('retry')}
                  submitLabel={t('retryLabel', { to: mail.maskedTo, date: date(mail.createdAt) })}
                  variant="secondary"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
