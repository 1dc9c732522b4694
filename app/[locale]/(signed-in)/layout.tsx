import type { Locale } from 'next-intl';
import { requireSession } from '@/lib/auth/session';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };
// Layouts get the segment as a string; app/[locale]/layout.tsx has already answered 404 to anything else.

/**
 * Every page in this group needs a signed-in person who accepted the current terms of use: a new page is
 * protected by where it lives. Pages still read their person with requireUser (one read per request, cached),
 * since a layout is not rendered again when moving between pages of the group.
 */
export default async function SignedInLayout({ children, params }: Props) {
  await requireSession((await params).locale as Locale);
  return children;
}
