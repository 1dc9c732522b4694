import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * What the audit log keeps of an IP address: a keyed hash, so entries from one address can be grouped during an
 * incident, but the address cannot be read back (a plain SHA-256 of the IPv4 space is reversed in minutes).
 */
export function auditIpHash(ip: string): string {
  return createHmac('sha256', env().authSecret).update(`audit-ip:${ip.trim()}`).digest('base64url').slice(0, 22);
}
