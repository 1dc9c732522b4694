import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireMailboxAccess } from '@/lib/mail/mailbox-guard';
import { connection } from 'next/server';
import { getDatabase } from '@/lib/database';
import { mailboxMails } from '@/lib/mail/retention';
import { Link } from '@/i18n/navigation';
import { TestMailForm } from './test-mail-form';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Mailbox' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MailboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  await requireMailboxAccess();
  const [t, format, mails] = await Promise.all([
    getTranslations('Mailbox'),
    getFormatter(),
    getDatabase().then((db) => mailboxMails(db, { limit: 100 })),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mt-2 max-w-prose">{t('intro')}</p>
      </div>
      <section aria-labelledby="mail-list-title">
        <h2 id="mail-list-title" className="text-xl font-bold">
          {t('listLabel')}
        </h2>
        {mails.length === 0 ? (
          <p className="mt-2">{t('empty')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-brand-100 rounded-xl border border-brand-100">
            {mails.map((mail) => (
              <li key={mail.id} className="flex flex-col gap-1 p-4">
                <Link href={`${routes.mailbox}/${mail.id}`} className="font-semibold text-brand-700 underline">
                  {t('mailLink', { to: mail.to, subject: mail.subject })}
                </Link>
                <span className="text-sm text-muted">
                  {t('sentAt', { date: format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'medium' }) })}{' '}
                  · {t('status', { status: mail.status })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TestMailForm />
    </div>
  );
}
