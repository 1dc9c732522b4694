import type { Locale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { routes } from '@/lib/routes';

/** The distinct http(s) links of a mail's HTML, in order, with HTML entities in them decoded. */
export function linksIn(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="(https?:\/\/[^"]+)"/gi)) {
    links.add(match[1]!.replaceAll('&amp;', '&'));
  }
  return [...links];
}

/**
 * An absolute link for a mail, in the mail's language: the routing's rule (the default language without prefix,
 * the others under /<locale>) applied to the deployment's address.
 */
export function mailUrl(appUrl: string, locale: Locale, href: `/${string}`): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return `${appUrl}${prefix}${href}`;
}

/** The consents page of "Mein Profil", linked from the footer of every mail to a person with a profile. */
export function consentsUrl(appUrl: string, locale: Locale): string {
  return mailUrl(appUrl, locale, routes.profileConsents);
}
