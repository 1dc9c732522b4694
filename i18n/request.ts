import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // The portal's time zone (every date shown names it as well). Without one, next-intl asks
    // Intl.DateTimeFormat for the server's on every request: a visible cost in the CPU profile.
    timeZone: 'Europe/Berlin',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
