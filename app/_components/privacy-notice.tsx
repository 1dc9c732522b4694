import { getTranslations } from 'next-intl/server';
import { privacyNoticeSections, privacyNoticeValues } from '@/lib/legal/privacy-notice';

/**
 * The privacy notice a person agrees to at registration, section by section: the same text on the consent step
 * (h3, inside its scroll box) and on /datenschutz (h2).
 */
export async function PrivacyNoticeSections({ heading }: { heading: 'h2' | 'h3' }) {
  const t = await getTranslations('PrivacyNotice');
  const Heading = heading;
  return privacyNoticeSections.map((section) => (
    <section key={section} className="mb-4 last:mb-0">
      <Heading className={heading === 'h2' ? 'mb-2 mt-6 text-xl font-bold' : 'font-bold'}>{t(`${section}Title`)}</Heading>
      <p className="mt-1">{t(`${section}Text`, privacyNoticeValues)}</p>
    </section>
  ));
}
