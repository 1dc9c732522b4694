import { linkCookie } from '@/lib/security/link-cookie';

/** The confirmation link's token on its way from /bestaetigen to /bestaetigung, where a button confirms. */
export const confirmationLink = linkCookie('confirm-link', 60 * 60);
