/** The registration's addresses, in order. */
export const registrationSteps = {
  one: '/registrieren',
  two: '/registrieren/angaben',
  three: '/registrieren/datenschutz',
  done: '/registrieren/erfolgreich',
} as const;
