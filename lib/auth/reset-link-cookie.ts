import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { privateCookieOptions } from '@/lib/security/cookie-options';
import { seal, unseal } from '@/lib/security/seal';
import { RESET_VALID_MINUTES } from './password-reset';

const COOKIE = 'reset-link';
const PURPOSE = 'password-reset-link';

/**
 * The reset link's token travels on in a sealed, http-only cookie, so the page that asks for the new password
 * has no token in its address (nothing to leak through history, logs or a Referer header).
 */
export function resetLinkCookie(token: string) {
  return {
    name: COOKIE,
    value: seal({ token }, env().authSecret, PURPOSE),
    ...privateCookieOptions(RESET_VALID_MINUTES * 60),
  };
}

export async function readResetLinkToken(): Promise<string | undefined> {
  const sealed = (await cookies()).get(COOKIE)?.value;
  const opened = sealed ? (unseal(sealed, env().authSecret, PURPOSE) as { token?: unknown } | undefined) : undefined;
  return typeof opened?.token === 'string' ? opened.token : undefined;
}

export async function discardResetLink(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
