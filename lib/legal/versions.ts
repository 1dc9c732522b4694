/**
 * The text versions people agree to. The consent ledger records them, so a change of wording needs a new version:
 * versions.test.ts fails until the fingerprint here matches the texts in messages/.
 */
export const PRIVACY_NOTICE_VERSION = '2026-11-27';
export const TERMS_OF_USE_VERSION = '2026-11-27';
export const EMAIL_INFORMATION_VERSION = '2026-11-27';

export const LEGAL_TEXT_FINGERPRINT = 'd1135dab664ae08b';
