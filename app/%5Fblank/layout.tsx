import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Blank', robots: { index: false, follow: false } };

/**
 * The benchmark's blank page (`/_blank`, scripts/bench/run.ts): the denominator of issue 11's client-JavaScript
 * target, "a page of the same build with nothing on it". It sits outside app/[locale] on purpose, so it carries
 * only what Next itself sends to every App Router page (React, the router, the Turbopack runtime) and none of
 * our layout (header, language switch, dialog, next-intl). A blank page inside [locale] would count our own
 * chrome in the denominator and hide its cost. The `%5F` folder name makes the address start with `_`, which the
 * locale rewrite leaves alone (i18n/locale-rewrites.ts); nothing links here, it shows nothing and is not indexed.
 */
export default function BlankLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
