import { createHash } from 'node:crypto';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

/** SHA-256 over every text a person agrees to at registration, in both languages. */
export function legalTextFingerprint(): string {
  const texts = [de, en].map((m) => ({
    notice: m.PrivacyNotice,
    terms: [m.Legal.termsIntro, m.Legal.termsContent, m.Registration.termsOfUse],
    emailInformation: m.Registration.emailInformation,
  }));
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}
