import type { Locale } from 'next-intl';
import { redirect, RedirectType } from 'next/navigation';
import { getPathname } from './navigation';

/**
 * A redirect to a page in the given language, typed `never` so actions can end with it. `replace` swaps the
 * current history entry instead of adding one (used inside the route dialog).
 */
export function redirectTo(href: string, locale: Locale, options: { replace?: boolean } = {}): never {
  redirect(getPathname({ href, locale }), options.replace ? RedirectType.replace : RedirectType.push);
}
