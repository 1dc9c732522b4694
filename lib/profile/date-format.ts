import type { DateTimeFormatOptions } from 'next-intl';

/** Times on the profile pages: day and minute, in the portal's time zone (the server's may be UTC). */
export const PROFILE_DATE_TIME: DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' };
