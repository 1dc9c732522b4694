import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { concurrencyLimit } from './concurrency-limit';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane (argon2id is the library default).
const OPTIONS = { memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2id runs on libuv's pool (4 threads by default), and each running hash holds its 19 MiB. More hashes at
 * once than there are cores only share the cores, so they finish no sooner, but hold more memory: 16 sign-ins at
 * once on 2 cores had 4 × 19 MiB in flight. One per core (at most the pool's size) keeps the throughput and
 * halves that there. Every caller queues the same way, known address or not.
 */
// UV_THREADPOOL_SIZE is libuv's own setting (not ours to validate): the pool's size, 4 unless set.
const MAX_RUNNING = Math.max(1, Math.min(availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE) || 4));
type Holder = { limited?: ReturnType<typeof concurrencyLimit> };
// One queue per process, though Next bundles this module into several module graphs.
const holder: Holder = ((globalThis as { __meinIasArgon2?: Holder }).__meinIasArgon2 ??= {});
const limited = (holder.limited ??= concurrencyLimit(MAX_RUNNING));

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await limited(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}
