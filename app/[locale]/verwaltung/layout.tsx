import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireOperator } from '@/lib/auth/operator';
import { ConsoleNav } from './_components/console-nav';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** The operators' console: a 404 for everyone but a signed-in operator (each page and action checks again). */
export default async function ConsoleLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  await requireOperator();
  return (
    <div className="flex flex-col gap-8">
      <ConsoleNav />
      {children}
    </div>
  );
}
