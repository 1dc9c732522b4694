import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether an Authorization header carries exactly `Bearer <secret>`. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or content of the guess.
 */
export function bearerMatches(header: string | null | undefined, secret: string): boolean {
  if (!header) return false;
  return timingSafeEqual(digest(header), digest(`Bearer ${secret}`));
}
