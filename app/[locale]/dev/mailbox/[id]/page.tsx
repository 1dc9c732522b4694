import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { z } from 'zod';
import { getDatabase } from '@/lib/database';
import { mailboxMail } from '@/lib/mail/retention';
import { Link } from '@/i18n/navigation';
import { requireMailboxAccess } from '@/lib/mail/mailbox-guard';
import { mailForFrame } from '@/lib/mail/frame';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Mailbox' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MailPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await connection();
  await requireMailboxAccess();
  if (!z.uuid().safeParse(id).success) notFound();
  const mail = await mailboxMail(await getDatabase(), id);
  if (!mail) notFound();
  const t = await getTranslations('Mailbox');
  return (
    <div className="flex flex-col gap-6">
      <Link href={routes.mailbox} className="text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold text-brand-800">{mail.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">{t('to')}</dt>
        <dd>{mail.to}</dd>
        <dt className="font-semibold">{t('subject')}</dt>
        <dd>{mail.subject}</dd>
      </dl>
      <section aria-labelledby="html-part">
        <h2 id="html-part" className="mb-2 text-xl font-bold">
          {t('htmlPart')}
        </h2>
        <iframe
          title={t('htmlFrameTitle', { subject: mail.subject })}
          srcDoc={mailForFrame(mail.html)}
          // The mail's own scripts never run; its links open in this window, as a mail client would open them.
          sandbox="allow-top-navigation-by-user-activation allow-popups"
          className="h-[36rem] w-full rounded-xl border border-brand-100"
        />
      </section>
      <section aria-labelledby="text-part">
        <h2 id="text-part" className="mb-2 text-xl font-bold">
          {t('textPart')}
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded-xl bg-brand-50 p-4 font-mono text-sm">{mail.text}</pre>
      </section>
    </div>
  );
}
