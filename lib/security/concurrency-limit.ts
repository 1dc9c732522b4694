/** Runs at most `max` of the given jobs at once; the others wait in order of arrival. */
export function concurrencyLimit(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` drops only when nobody waits.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
