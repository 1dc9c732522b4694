import { linkCookie } from '@/lib/security/link-cookie';
import { RESET_VALID_MINUTES } from './password-reset';

/** The reset link's token on its way from /passwort-zuruecksetzen to /passwort-neu. */
export const resetLink = linkCookie('reset-link', RESET_VALID_MINUTES * 60);
