import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Document } from './_components/document';
import { NotFoundContent } from './_components/not-found-content';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

// Every address that matches no page lands here, server-rendered, in the language of its path (the proxy tells).
export default async function GlobalNotFound() {
  const locale = await getLocale();
  return (
    <Document locale={locale}>
      <NotFoundContent />
    </Document>
  );
}
