import { safeReturnPath } from '@/lib/auth/return-path';

/** Set by proxy.ts on every request (a client's own value is overwritten): the path and query asked for. */
export const PATH_HEADER = 'X-Portal-Path';

/** The page asked for, as a safe return path for the sign-in mask (layouts need it: Next gives them no path). */
export function requestedPath(headers: Headers): string {
  return safeReturnPath(headers.get(PATH_HEADER)) ?? '/';
}
