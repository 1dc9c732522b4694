import { describeError } from '@/lib/log';
import type { Clock } from './clock';

/** A job the worker runs every `everyMs`, first at start; `run` returns a line to log, or nothing worth one. */
export type Job = { name: string; everyMs: number; run(now: Date): Promise<string | undefined> };

export type Worker = {
  /** Settles once the worker has stopped: after `stop()`, when the job running then has finished. */
  done: Promise<void>;
  stop(): void;
};

export type WorkerOptions = { clock: Clock; log: (line: string) => void };

/**
 * Runs the jobs one at a time, each when it is due, and sleeps in between. A job that fails is logged and tried
 * again at its next turn; the others go on. `stop()` ends the sleep at once but never a running job: that one
 * finishes (a mail half sent is worse than a shutdown a few seconds later), then `done` settles.
 */
export function startWorker(jobs: Job[], { clock, log }: WorkerOptions): Worker {
  const stopping = new AbortController();
  const due = new Map(jobs.map((job) => [job, clock.now().getTime()]));
  const done = (async () => {
    while (!stopping.signal.aborted) {
      for (const job of jobs) {
        const now = clock.now();
        if (stopping.signal.aborted || due.get(job)! > now.getTime()) continue;
        try {
          const line = await job.run(now);
          if (line) log(`${job.name}: ${line}`);
        } catch (error) {
          log(`${job.name} failed: ${describeError(error)}`);
        }
        due.set(job, now.getTime() + job.everyMs);
      }
      const wait = Math.min(...due.values()) - clock.now().getTime();
      if (wait > 0 && !stopping.signal.aborted) await clock.sleep(wait, stopping.signal);
    }
  })();
  return { done, stop: () => stopping.abort() };
}

type SignalSource = Pick<NodeJS.Process, 'once' | 'off'>;

/** SIGTERM (systemd, docker stop) and SIGINT (Ctrl-C) stop the worker gracefully; returns the undo. */
export function stopOnSignals(worker: Worker, source: SignalSource, log: (line: string) => void): () => void {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const handler = (signal: NodeJS.Signals) => {
    log(`worker: ${signal} received, stopping after the running job`);
    worker.stop();
  };
  for (const signal of signals) source.once(signal, handler);
  return () => signals.forEach((signal) => source.off(signal, handler));
}
