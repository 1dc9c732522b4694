/** Latency figures of one phase, in ms. */
export type Stats = { count: number; p50: number; p95: number; p99: number; max: number };

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
}

/** `clients` loops of `operation` in parallel until `seconds` have passed; each returns its own latency sample. */
export async function closedLoop(clients: number, seconds: number, operation: (client: number, round: number) => Promise<number>) {
  const samples: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; performance.now() < until; round++) {
        try {
          samples.push(await operation(client, round));
        } catch (error) {
          failures++;
          if (failures <= 3) console.error(`  failure: ${(error as Error).message}`);
        }
      }
    }),
  );
  return { samples, failures, seconds: (performance.now() - started) / 1000 };
}

/** Starts `operation` at a fixed rate (open loop: a slow answer does not slow the next start) for `seconds`. */
export async function fixedRate(perSecond: number, seconds: number, operation: () => Promise<number>) {
  const samples: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < perSecond * seconds; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      operation().then(
        (ms) => void samples.push(ms),
        () => void failures++,
      ),
    );
  }
  await Promise.all(pending);
  return { samples, failures };
}
