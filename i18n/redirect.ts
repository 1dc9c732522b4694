import type { Locale } from 'next-intl';
import { redirect } from 'next/navigation';
import { getPathname } from './navigation';

/** A redirect to a page in the given language, typed `never` so actions can end with it. */
export function redirectTo(href: string, locale: Locale): never {
  redirect(getPathname({ href, locale }));
}
