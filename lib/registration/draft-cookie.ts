import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { expiredPrivateCookie, privateCookieName, privateCookieOptions } from '@/lib/security/cookie-options';
import { DRAFT_COOKIE, DRAFT_TTL_SECONDS, type Draft, openDraft, sealDraft } from './draft';

export async function readDraft(): Promise<Draft | undefined> {
  const store = await cookies();
  return openDraft(store.get(privateCookieName(DRAFT_COOKIE))?.value, env().authSecret);
}

export async function writeDraft(draft: Draft): Promise<void> {
  const store = await cookies();
  store.set(privateCookieName(DRAFT_COOKIE), sealDraft(draft, env().authSecret), privateCookieOptions(DRAFT_TTL_SECONDS));
}

export async function discardDraft(): Promise<void> {
  (await cookies()).set(expiredPrivateCookie(DRAFT_COOKIE));
}
