import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { currentSession } from '@/lib/auth/session';
import { describeError } from '@/lib/log';
import { UnavailableContent } from '../_components/unavailable-content';
import { Document } from '../_components/document';
import '../globals.css';

type Props = { children: ReactNode; modal: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('title'), template: t('titleTemplate', { title: '%s' }) },
    description: t('description'),
  };
}

/**
 * Every page of a signed-in person starts by reading the session's row (the header too). When the database does
 * not answer, the layout puts the translated error page in the page's place itself: an error thrown by a page
 * while the server renders it leaves an empty document for a browser without JavaScript (React renders error
 * boundaries, error.tsx among them, only in the browser). Without a session cookie nothing is read here.
 */
async function sessionReadable(): Promise<boolean> {
  try {
    await currentSession();
    return true;
  } catch (error) {
    console.error('session could not be read:', describeError(error));
    return false;
  }
}

export default async function LocaleLayout({ children, modal, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (!(await sessionReadable())) {
    return (
      <Document locale={locale}>
        <UnavailableContent />
      </Document>
    );
  }
  return (
    <Document locale={locale} dialog={modal}>
      {children}
    </Document>
  );
}
