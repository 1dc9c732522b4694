import { env } from '@/lib/env';

export type ClientIpRule = {
  /** On Vercel the platform's own header names the client; nothing the client sends can change it. */
  onVercel: boolean;
  /** Self-hosted: how many proxies of ours append to X-Forwarded-For in front of the server (0: none). */
  trustedProxyHops: number;
};

/** IPv4 clients of a dual-stack server arrive as "::ffff:203.0.113.7"; count them once, as 203.0.113.7. */
function normalised(address: string): string {
  return address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/**
 * The client's address, taken only from what the client cannot choose. Anyone can send an X-Forwarded-For
 * header, so its *first* entry is worthless: one header would dodge every per-IP limit, and failures sent
 * under someone else's address would lock that address's real users out.
 * - On Vercel: `x-vercel-forwarded-for` / `x-real-ip`, which Vercel sets and overwrites.
 * - Self-hosted: X-Forwarded-For as our server received it, with the TCP peer address appended by the server
 *   itself (lib/security/peer-address.ts). Each trusted proxy appends the address it saw, so counting
 *   `trustedProxyHops` entries from the right, past the peer, reaches the address the outermost of our proxies
 *   saw. A chain shorter than that did not come through our proxies: the peer itself is then the answer.
 */
export function clientIpFrom(headers: Headers, rule: ClientIpRule): string {
  if (rule.onVercel) {
    const platform = headers.get('x-vercel-forwarded-for') ?? headers.get('x-real-ip') ?? headers.get('x-forwarded-for');
    return normalised(platform?.split(',')[0] ?? '') || 'unknown';
  }
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map(normalised)
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  const index = chain.length - 1 - rule.trustedProxyHops;
  return index >= 0 ? chain[index]! : chain[chain.length - 1]!;
}

/** The client's address for rate limits and the audit log's keyed hash; never trusted for anything else. */
export function clientIp(headers: Headers): string {
  const config = env();
  return clientIpFrom(headers, { onVercel: Boolean(config.VERCEL), trustedProxyHops: config.TRUSTED_PROXY_HOPS });
}
