/**
 * Profiling for the load benchmark, on when `BENCH_PROFILE=1`: the server starts with profiler-agent.mjs, each
 * phase records a CPU profile of the server's main thread (bench/profiles/, not committed), the server's CPU is
 * split into its main thread and the others (argon2id runs on libuv's pool, GC partly on helper threads), and
 * after the load the memory breakdown and a heap snapshot are taken. The summaries become RESULTS.md's
 * "Profiles" section.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { cpuSummaryMarkdown, summarizeCpuProfile } from './cpu-profile-summary';
import { heapSummaryMarkdown, summarizeHeapSnapshot } from './heap-snapshot-summary';

const DIR = path.resolve('bench/profiles');
const CAUSES = path.resolve('bench/causes.md');

/** CPU seconds of a process's main thread and of all its other threads, from /proc. */
export function threadCpuSeconds(pid: number): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (tid === String(pid)) main += seconds;
    else others += seconds;
  }
  return { main, others };
}

type Memory = {
  usage: NodeJS.MemoryUsage;
  spaces: { space_name: string; space_used_size: number; space_size: number }[];
};

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export class ServerProfiler {
  private readonly sections: string[] = [];
  private pid = 0;

  private constructor(private readonly socket: string) {}

  /** A profiler when BENCH_PROFILE=1, else undefined (and nothing of it touches the server). */
  static fromEnv(): ServerProfiler | undefined {
    if (process.env.BENCH_PROFILE !== '1') return undefined;
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    return new ServerProfiler(path.join(DIR, 'agent.sock'));
  }

  /** What `startServer` needs: the agent loaded into `next start`, and where it listens. */
  serverOptions(): { env: Record<string, string>; nodeOptions: string } {
    return {
      env: { BENCH_PROFILER_SOCKET: this.socket },
      nodeOptions: `--import=${new URL('./profiler-agent.mjs', import.meta.url).href}`,
    };
  }

  attach(pid: number): void {
    this.pid = pid;
  }

  private call<T>(method: string, route: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socket, method, path: route }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(body) as T) : reject(new Error(body))));
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** Runs one phase with the CPU profiler on; `operations` of the result divide its figures. */
  async phase<T>(name: string, run: () => Promise<T>, operations: (result: T) => number): Promise<T> {
    const file = path.join(DIR, `${name.replace(/\W+/g, '-')}.cpuprofile`);
    const before = threadCpuSeconds(this.pid);
    await this.call('POST', '/cpu/start');
    const result = await run();
    await this.call('POST', `/cpu/stop?file=${encodeURIComponent(file)}`);
    const after = threadCpuSeconds(this.pid);
    const ops = Math.max(1, operations(result));
    const per = (seconds: number) => ((seconds * 1000) / ops).toFixed(1);
    this.sections.push(
      `### ${name} (${ops} operations)`,
      '',
      `Server CPU per operation: main thread ${per(after.main - before.main)} ms, other threads ${per(after.others - before.others)} ms (libuv's pool: argon2id; V8's helpers: GC).`,
      '',
      ...cpuSummaryMarkdown(summarizeCpuProfile(file), ops, ((after.main - before.main) * 1000) / ops),
      '',
    );
    return result;
  }

  /** After the load: the memory breakdown, then a heap snapshot (it blocks the server and grows its RSS: last). */
  async memory(peakRssMb: number): Promise<void> {
    const { usage, spaces } = await this.call<Memory>('GET', '/memory');
    const file = path.join(DIR, 'after-load.heapsnapshot');
    await this.call('POST', `/heap?file=${encodeURIComponent(file)}`);
    this.sections.push(
      '### Memory after the load',
      '',
      `Peak RSS ${peakRssMb.toFixed(0)} MB. Now: RSS ${mb(usage.rss)} MB = V8 heap ${mb(usage.heapTotal)} MB (used ${mb(usage.heapUsed)}) + ` +
        `external ${mb(usage.external)} MB (of which array buffers ${mb(usage.arrayBuffers)}) + the rest (code, native allocations, ` +
        `malloc arenas of the threads, e.g. argon2id's 19 MiB per hash).`,
      '',
      '| V8 heap space | used MB | size MB |',
      '|---|---|---|',
      ...spaces.filter((s) => s.space_size > 0).map((s) => `| ${s.space_name} | ${mb(s.space_used_size)} | ${mb(s.space_size)} |`),
      '',
      ...heapSummaryMarkdown(summarizeHeapSnapshot(file)),
    );
  }

  /** The reading of the profiles (bench/causes.md, written by hand from a profiled run), then the profiles. */
  markdown(): string[] {
    const causes = existsSync(CAUSES) ? [readFileSync(CAUSES, 'utf8').trim(), ''] : [];
    return [
      ...causes,
      '## Profiles (`BENCH_PROFILE=1`)',
      '',
      'CPU profiles sample the server\'s main thread every millisecond; figures are per operation of the phase, as a',
      'share of the busy samples and that share of the main thread\'s measured CPU. Raw profiles are in',
      '`bench/profiles/` (not committed): open a `.cpuprofile` in Chrome DevTools (Performance) or summarise it with',
      '`npx tsx scripts/bench/cpu-profile-summary.ts <file> <operations> <main-thread ms>`, a heap snapshot with',
      '`npx tsx scripts/bench/heap-snapshot-summary.ts <file>`.',
      '',
      ...this.sections,
    ];
  }
}
