import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ProfileNav } from './profile-nav';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };
// Layouts get the segment as a string; app/[locale]/layout.tsx has already answered 404 to anything else.

/** "Mein Profil": the sections on the side (above on phones), the chosen one beside them. */
export default async function ProfileLayout({ children, params }: Props) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'ProfileNav' });
  return (
    <div className="flex flex-col gap-8 md:flex-row">
      <ProfileNav label={t('label')} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
