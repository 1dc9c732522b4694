import { setTimeout as sleep } from 'node:timers/promises';

/** Time for the worker: the real one, or a fake in tests, which advance it without waiting. */
export type Clock = {
  now(): Date;
  /** Resolves after `ms`, or as soon as `signal` aborts (never rejects). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
};

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }).catch(() => undefined),
};
