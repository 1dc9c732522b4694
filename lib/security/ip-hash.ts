import { keyedHash } from './keyed-hash';

/** What the audit log keeps of an IP address: entries from one address can be grouped, the address not read back. */
export function auditIpHash(ip: string): string {
  return keyedHash('audit-ip', ip.trim());
}
