import { routes } from '@/lib/routes';

/** The registration's addresses, in order. */
export const registrationSteps = {
  one: routes.register,
  two: routes.registerAnswers,
  three: routes.registerPrivacy,
  done: routes.registerDone,
} as const;
