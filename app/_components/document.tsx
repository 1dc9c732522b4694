import type { Locale } from 'next-intl';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { sourceSans, sourceSansExtended } from '../fonts';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The whole page around any content: <html lang>, skip link, header, main landmark, footer, and the route dialog. */
export async function Document({ locale, dialog, children }: { locale: Locale; dialog?: ReactNode; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  return (
    <html lang={locale} className={`${sourceSans.variable} ${sourceSansExtended.variable}`}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t('skipToContent')}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
            {children}
          </main>
          <SiteFooter />
          {dialog}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
