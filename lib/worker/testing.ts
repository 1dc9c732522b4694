import type { Clock } from './clock';

/**
 * A clock that never waits: `sleep` moves time forward at once. `until` ends the run: once that moment is reached,
 * `onEnd` is called (a test stops the worker there).
 */
export function fakeClock(start: Date, options: { until: Date; onEnd: () => void }): Clock & { sleeps: number[] } {
  let now = start.getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(now),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
      if (now >= options.until.getTime()) options.onEnd();
      await Promise.resolve();
    },
  };
}
