import type { BrowserFamily } from '@/db/schema';

/** Browsers built on another's engine name that engine in their User-Agent too: they are looked for first. */
const OTHERS = /\b(OPR|Opera|SamsungBrowser|Vivaldi|YaBrowser|UCBrowser)\b/;

/**
 * The browser family of a User-Agent, so a person can tell their sessions apart ("Firefox", "Safari", …).
 * Six patterns instead of a parser library: a label on a list needs no version or engine, and an unknown or
 * forged User-Agent only ever reads "other".
 */
export function browserFamily(userAgent: string | null | undefined): BrowserFamily {
  const ua = userAgent?.slice(0, 512) ?? '';
  if (/\bEdg(e|A|iOS)?\//.test(ua)) return 'Edge';
  if (OTHERS.test(ua)) return 'other';
  if (/\b(Firefox|FxiOS)\//.test(ua)) return 'Firefox';
  if (/\b(Chrome|CriOS|Chromium)\//.test(ua)) return 'Chrome';
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return 'Safari';
  return 'other';
}
