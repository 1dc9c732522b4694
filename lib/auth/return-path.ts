import { routing } from '@/i18n/routing';

const ORIGIN = 'http://portal.invalid';

/**
 * Where to go after signing in: only a path on this site (never `//evil.example`, `https://…` or `\\…`), without
 * its language prefix (the person's own language decides that). Anything else means the portal home.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 500 || !value.startsWith('/') || /[\\\s]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN || value.startsWith('//')) return undefined;
  let path = url.pathname;
  for (const locale of routing.locales) {
    if (path === `/${locale}` || path.startsWith(`/${locale}/`)) path = path.slice(locale.length + 1) || '/';
  }
  // Checked again without the prefix: "/en//evil.example" would otherwise come out as "//evil.example".
  if (path.startsWith('//') || path.startsWith('/anmelden') || path.startsWith('/api/')) return undefined;
  return `${path}${url.search}`;
}
