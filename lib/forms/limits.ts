import type { Executor } from '@/db';
import { hitRateLimit, type RateLimitRule } from '@/lib/security/rate-limit';

/** One limit an action counts: a rule and whose attempts it counts (an address, an IP, a draft). */
export type LimitCheck = { rule: RateLimitRule; subject: string };

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; rule: RateLimitRule };

/**
 * Counts one attempt against every limit (all of them, so a request refused by one still counts for the others,
 * as an attacker's would) and says whether all allow it; refused, with the longest wait.
 */
export async function checkLimits(db: Executor, checks: LimitCheck[], now = new Date()): Promise<LimitVerdict> {
  const results = await Promise.all(checks.map((check) => hitRateLimit(db, check.rule, check.subject, now)));
  let verdict: LimitVerdict = { ok: true };
  results.forEach((result, index) => {
    if (result.ok) return;
    if (verdict.ok || result.retryAfterSeconds > verdict.retryAfterSeconds) {
      verdict = { ok: false, retryAfterSeconds: result.retryAfterSeconds, rule: checks[index]!.rule };
    }
  });
  return verdict;
}
