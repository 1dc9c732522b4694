import { linkCookie } from '@/lib/security/link-cookie';

/** The change link's token on its way from the mail's link to the page whose button confirms the new address. */
export const emailChangeLink = linkCookie('email-change-link', 60 * 60);
