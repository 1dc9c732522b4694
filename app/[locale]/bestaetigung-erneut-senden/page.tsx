import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ResendForm } from './resend-form';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ResendConfirmation' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ResendConfirmationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ResendConfirmation');
  return (
    <section aria-labelledby="resend-title" className="mx-auto max-w-2xl rounded-2xl border border-brand-100 p-6 shadow-sm sm:p-10">
      <h1 id="resend-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">
        {t('title')}
      </h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <ResendForm />
      <p className="mt-8 max-w-prose text-sm">
        {t.rich('registerAgain', {
          link: (chunks) => (
            <Link href={routes.register} className="font-semibold text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
