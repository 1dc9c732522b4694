import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * A keyed hash (HMAC-SHA-256 with AUTH_SECRET) of personal data kept only to recognise it again: IPs and addresses
 * in rate-limit buckets and the audit log. Unlike a plain SHA-256, which is reversed in minutes for the IPv4 space
 * or a list of addresses, it cannot be read back without the secret. `purpose` keeps the uses apart.
 */
export function keyedHash(purpose: string, value: string): string {
  return createHmac('sha256', env().authSecret).update(`${purpose}:${value}`).digest('base64url').slice(0, 22);
}
