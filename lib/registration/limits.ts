import type { LimitCheck } from '@/lib/forms/limits';
import type { RateLimitRule } from '@/lib/security/rate-limit';
import { DRAFT_TTL_SECONDS } from './draft';

const HOUR = 60 * 60;

/**
 * Per IP, generous enough for a whole company behind one NAT registering on the same morning, yet bounded: each
 * step 1 costs an argon2id hash and a strength estimate, each "Akzeptieren" a mail.
 */
export const stepOnePerIp: RateLimitRule = { name: 'registration-step-one-ip', limit: 2000, windowSeconds: HOUR };
export const acceptPerIp: RateLimitRule = { name: 'registration-accept-ip', limit: 1000, windowSeconds: HOUR };

export const stepOneLimits = (ip: string): LimitCheck[] => [{ rule: stepOnePerIp, subject: ip }];
export const acceptLimits = (ip: string): LimitCheck[] => [{ rule: acceptPerIp, subject: ip }];

/** Mails to one address: at most 3 confirmation links an hour (registrations and resends together)… */
export const confirmationMailsPerAddress: RateLimitRule = { name: 'confirmation-mail-address', limit: 3, windowSeconds: HOUR };
/** …and one "already registered" notice a day, however often someone registers a confirmed address. */
export const existingNoticesPerAddress: RateLimitRule = { name: 'existing-notice-address', limit: 1, windowSeconds: 24 * HOUR };

/** A draft is used up by "Akzeptieren" for as long as a copy of its cookie could still be opened. */
export const draftUses: RateLimitRule = { name: 'registration-draft', limit: 1, windowSeconds: DRAFT_TTL_SECONDS };
