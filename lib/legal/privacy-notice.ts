import { AUDIT_EVENT_RETENTION_YEARS, CONSENT_PROOF_RETENTION_YEARS } from './retention';
import { PRIVACY_NOTICE_VERSION } from './versions';

/** The privacy notice's sections (messages `PrivacyNotice.<section>Title` / `<section>Text`), in reading order. */
export const privacyNoticeSections = ['controller', 'data', 'purpose', 'recipients', 'retention', 'rights', 'changes', 'questions'] as const;

/** The figures the notice's texts name, from where the code takes them, so text and purge cannot disagree. */
export const privacyNoticeValues = {
  version: PRIVACY_NOTICE_VERSION,
  consentYears: CONSENT_PROOF_RETENTION_YEARS,
  auditYears: AUDIT_EVENT_RETENTION_YEARS,
};
