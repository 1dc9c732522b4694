/**
 * The text versions people agree to. The consent ledger records them, so a change of wording needs a new version:
 * versions.test.ts fails until the fingerprint here matches the texts in messages/.
 */
// 2026-11-28: the notice says what is kept after a deletion and for how long, and that "Mein Profil" serves the rights.
export const PRIVACY_NOTICE_VERSION = '2026-11-28';
export const TERMS_OF_USE_VERSION = '2026-11-27';
export const EMAIL_INFORMATION_VERSION = '2026-11-27';

export const LEGAL_TEXT_FINGERPRINT = '5abc1ceadbfeead7';
