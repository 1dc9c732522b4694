import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { fakeClock } from './testing';
import { type Job, startWorker, stopOnSignals } from './worker';

const t0 = new Date('2026-11-28T00:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Runs the worker on fake time from t0 until just before `until` (it stops there), recording when each job ran. */
async function runUntil(until: Date, jobs: (runs: Record<string, Date[]>) => Job[]) {
  const runs: Record<string, Date[]> = {};
  // The clock stops the worker from inside its sleep, which comes after startWorker has returned.
  const clock = fakeClock(t0, { until, onEnd: () => worker.stop() });
  const log: string[] = [];
  const worker = startWorker(jobs(runs), { clock, log: (line) => log.push(line) });
  await worker.done;
  return { runs, log, clock };
}

const recorded = (name: string, everyMs: number, run: (now: Date) => Promise<string | undefined> = async () => undefined) =>
  (runs: Record<string, Date[]>): Job => ({
    name,
    everyMs,
    run: async (now) => {
      (runs[name] ??= []).push(now);
      return run(now);
    },
  });

describe('the worker', () => {
  it('runs the mail job every minute and the purge once a day, both first at start, without waiting for real', async () => {
    const { runs, clock } = await runUntil(new Date(t0.getTime() + 2 * DAY + 30 * MINUTE), (r) => [
      recorded('deliver-mail', MINUTE)(r),
      recorded('purge', DAY)(r),
    ]);
    expect(runs.purge).toEqual([t0, new Date(t0.getTime() + DAY), new Date(t0.getTime() + 2 * DAY)]);
    expect(runs['deliver-mail']).toHaveLength(2 * 24 * 60 + 30);
    expect(runs['deliver-mail']!.slice(0, 3)).toEqual([t0, new Date(t0.getTime() + MINUTE), new Date(t0.getTime() + 2 * MINUTE)]);
    expect(new Set(clock.sleeps)).toEqual(new Set([MINUTE]));
  });

  it('logs what a job did, and a failing job without stopping the others or itself', async () => {
    let calls = 0;
    const { runs, log } = await runUntil(new Date(t0.getTime() + 3 * MINUTE), (r) => [
      recorded('flaky', MINUTE, async () => {
        calls++;
        if (calls === 1) throw new Error('provider down');
        return 'recovered';
      })(r),
      recorded('quiet', MINUTE)(r),
    ]);
    expect(log).toEqual(['flaky failed: provider down', 'flaky: recovered', 'flaky: recovered']);
    expect(runs.quiet).toHaveLength(3);
  });

  it('stop ends the sleep at once but lets the running job finish before done settles', async () => {
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const finished: string[] = [];
    const clock = fakeClock(t0, { until: new Date(t0.getTime() + DAY), onEnd: () => undefined });
    const worker = startWorker(
      [
        {
          name: 'slow',
          everyMs: MINUTE,
          run: async () => {
            started();
            await new Promise<void>((resolve) => (release = resolve));
            finished.push('slow');
            return undefined;
          },
        },
      ],
      { clock, log: () => undefined },
    );
    await running;
    worker.stop();
    let done = false;
    void worker.done.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await worker.done;
    expect(finished).toEqual(['slow']);
    expect(clock.sleeps).toEqual([]);
  });

  it('SIGTERM and SIGINT stop it gracefully, each once, and the handlers can be removed', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const source = new EventEmitter();
      const log: string[] = [];
      let stops = 0;
      const undo = stopOnSignals({ done: Promise.resolve(), stop: () => stops++ }, source as unknown as NodeJS.Process, (l) => log.push(l));
      source.emit(signal, signal);
      expect(stops).toBe(1);
      expect(log).toEqual([`worker: ${signal} received, stopping after the running job`]);
      undo();
      expect(source.listenerCount('SIGTERM') + source.listenerCount('SIGINT')).toBe(0);
    }
  });
});
