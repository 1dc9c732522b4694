import { type AppLocale, routing } from './routing';

/**
 * The request header next-intl's server functions (getLocale(), getTranslations() outside a [locale] page, so
 * server actions and the global not-found page) read the locale from. next-intl's middleware would set it; our
 * proxy.ts does (see there why it does not use that middleware).
 */
export const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

/** English lives under /en, German everywhere else: the address alone decides (no Accept-Language, no cookie). */
export function localeOfPath(pathname: string): AppLocale {
  const first = pathname.split('/')[1];
  const prefixed = routing.locales.find((locale) => locale !== routing.defaultLocale && locale === first);
  return prefixed ?? routing.defaultLocale;
}
