import type { Env } from '@/lib/env';
import { bearerMatches } from '@/lib/security/bearer';

/**
 * Whether a request may see the built-in mailbox (/dev/*: every captured mail with its links, and the record
 * counts). Never where a real provider delivers; in development always; in production only with
 * `Authorization: Bearer $MAILBOX_SECRET`, so a preview's mailbox serves QA and nobody else.
 */
export function mayReadMailbox(config: Pick<Env, 'mailbox'>, authorization: string | null | undefined): boolean {
  if (!config.mailbox) return false;
  if (!config.mailbox.secret) return true;
  return bearerMatches(authorization, config.mailbox.secret);
}
