/**
 * A moment as a mail states it: date and time in the portal's time zone (the people are in Germany), written the
 * way the mail's language writes dates. The text around it names the time zone.
 */
export function mailTime(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(at);
}
