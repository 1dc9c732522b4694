/**
 * Every page's address, named once. German and English share the segments (English adds /en in front), so one
 * name serves `Link`, `redirectTo` and `mailUrl` in either language. Add a page here before linking to it.
 */
export const routes = {
  home: '/',
  signIn: '/anmelden',
  register: '/registrieren',
  registerAnswers: '/registrieren/angaben',
  registerPrivacy: '/registrieren/datenschutz',
  registerDone: '/registrieren/erfolgreich',
  confirmLink: '/bestaetigen',
  confirmation: '/bestaetigung',
  confirmed: '/bestaetigt',
  resendConfirmation: '/bestaetigung-erneut-senden',
  forgotPassword: '/passwort-vergessen',
  resetLink: '/passwort-zuruecksetzen',
  newPassword: '/passwort-neu',
  content: '/inhalte',
  privacy: '/datenschutz',
  terms: '/nutzungsbedingungen',
  imprint: '/impressum',
  mailbox: '/dev/mailbox',
  /** Signed in: the profile area ("Mein Profil") and the terms a person has to accept again after a change. */
  profile: '/profil',
  profilePassword: '/profil/passwort',
  profileEmail: '/profil/e-mail-adresse',
  profileEmailConfirm: '/profil/e-mail-adresse/bestaetigen',
  /** Where the link above leads (its token then in a sealed cookie): a button confirms; no sign-in needed. */
  profileEmailConfirmation: '/profil/e-mail-adresse/bestaetigung',
  profileConsents: '/profil/einwilligungen',
  profileSessions: '/profil/sitzungen',
  profileData: '/profil/meine-daten',
  profileDataDownload: '/profil/meine-daten/export',
  profileDelete: '/profil/loeschen',
  acceptTerms: '/zustimmung',
  console: '/verwaltung',
} as const;

export type RouteName = keyof typeof routes;
export type RoutePath = (typeof routes)[RouteName];

/** A route with a query (`withQuery(routes.signIn, { weiter: '/profil' })`); empty values are left out. */
export function withQuery(path: RoutePath, query: Record<string, string | undefined>): `/${string}` {
  const entries = Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
}
