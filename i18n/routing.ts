import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['de', 'en'],
  defaultLocale: 'de',
  // German lives at the root, English under /en.
  localePrefix: 'as-needed',
  // The portal is German first: the address decides the language, not the browser's Accept-Language.
  localeDetection: false,
  // No NEXT_LOCALE cookie: nothing reads it when the address decides, and a cookie not set needs no Secure flag.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
