/**
 * Summarises a V8 .cpuprofile of the server: where the main thread's time went, by package (or folder of our own
 * code) and by function, self and total. Next's bundles are minified, so every frame is mapped back through the
 * source map beside its file (Turbopack writes one for each server chunk, Next ships one for its runtime).
 *
 *   npx tsx scripts/bench/cpu-profile-summary.ts bench/profiles/Sign-ins.cpuprofile [operations] [main-thread CPU ms/op]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Timed = { name: string; selfMs: number; totalMs: number };
export type CpuSummary = {
  /** Sampled time of the main thread, idle excluded. */
  busyMs: number;
  idleMs: number;
  groups: Timed[];
  functions: Timed[];
};

const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(file: string): SourceMap | undefined {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  return maps.get(file);
}

/** `@scope/name` or `name` after the last node_modules/, else the first two folders of our own code. */
export function groupOf(file: string): string {
  const at = file.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first, second] = file.slice(at + 'node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const relative = path.relative(process.cwd(), file);
  if (relative.startsWith('..')) return file;
  return relative.split('/').slice(0, 2).join('/');
}

type Where = { group: string; label: string };

/**
 * Where a frame's code came from: its original file and line, through the source map when there is one. A native
 * function (socket write, zlib, crypto) counts to the module that called it: `write (native, node:zlib)`.
 */
function locate(frame: CallFrame, caller: Where | undefined): Where {
  const { url, functionName, lineNumber, columnNumber } = frame;
  const name = functionName || '(anonymous)';
  if (!url) {
    if (functionName.startsWith('(') || !caller) return { group: functionName.startsWith('(') ? functionName : '(native)', label: name };
    return { group: caller.group, label: `${name} (native, ${caller.group})` };
  }
  if (url.startsWith('node:')) {
    const nodeModule = url.replace(/^node:(internal\/)?(deps\/)?/, '').split('/')[0]!;
    return { group: `node:${nodeModule}`, label: `${url} ${name}` };
  }
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const entry = sourceMapOf(file)?.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  let source = file;
  let line = lineNumber + 1;
  if (entry?.originalSource) {
    const original = decodeURIComponent(entry.originalSource.replace(/^turbopack:\/\/\/\[project\]\//, `${process.cwd()}/`));
    source = original.startsWith('file://') ? fileURLToPath(original) : path.resolve(path.dirname(file), original);
    line = (entry.originalLine ?? 0) + 1;
  }
  const at = source.lastIndexOf('node_modules/');
  const short = at >= 0 ? source.slice(at + 'node_modules/'.length) : path.relative(process.cwd(), source);
  return { group: groupOf(source), label: `${name} ${short}:${line}` };
}

function top(map: Map<string, Timed>, by: 'selfMs' | 'totalMs', count: number): Timed[] {
  return [...map.values()].sort((a, b) => b[by] - a[by]).slice(0, count);
}

export function summarizeCpuProfile(file: string, count = 15): CpuSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i; the time until the next sample is what sample i stands for.
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
  });
  const groups = new Map<string, Timed>();
  const functions = new Map<string, Timed>();
  const located = new Map<number, Where>();
  let idleMs = 0;
  let busyMs = 0;

  // Depth first: total time counts a function (or group) once per stack, however deep its recursion.
  const visit = (id: number, activeGroups: Set<string>, activeLabels: Set<string>, caller?: Where): number => {
    const node = byId.get(id)!;
    const where = located.get(id) ?? locate(node.callFrame, caller);
    located.set(id, where);
    const own = selfMs.get(id) ?? 0;
    if (node.callFrame.functionName === '(idle)') {
      idleMs += own;
      return 0;
    }
    busyMs += own;
    const newGroup = !activeGroups.has(where.group);
    const newLabel = !activeLabels.has(where.label);
    if (newGroup) activeGroups.add(where.group);
    if (newLabel) activeLabels.add(where.label);
    let total = own;
    for (const child of node.children ?? []) total += visit(child, activeGroups, activeLabels, where);
    if (newGroup) activeGroups.delete(where.group);
    if (newLabel) activeLabels.delete(where.label);
    const group = groups.get(where.group) ?? { name: where.group, selfMs: 0, totalMs: 0 };
    group.selfMs += own;
    if (newGroup) group.totalMs += total;
    groups.set(where.group, group);
    const fn = functions.get(where.label) ?? { name: where.label, selfMs: 0, totalMs: 0 };
    fn.selfMs += own;
    if (newLabel) fn.totalMs += total;
    functions.set(where.label, fn);
    return total;
  };
  const root = profile.nodes.find((node) => node.callFrame.functionName === '(root)') ?? profile.nodes[0]!;
  for (const child of root.children ?? []) visit(child, new Set(), new Set());
  return { busyMs, idleMs, groups: top(groups, 'selfMs', count), functions: top(functions, 'selfMs', count) };
}

/**
 * Markdown tables of one summary per operation. The profiler samples wall time while the thread is busy, which a
 * loaded machine inflates (a descheduled thread still counts), so each row is its share of the busy samples and,
 * given the main thread's measured CPU per operation, that share of it in ms.
 */
export function cpuSummaryMarkdown(summary: CpuSummary, operations: number, mainCpuMs?: number, rows = 10): string[] {
  const share = (ms: number) => ms / summary.busyMs;
  const cell = (ms: number) =>
    mainCpuMs === undefined ? (ms / operations).toFixed(2) : `${(share(ms) * 100).toFixed(1)} % ≈ ${(share(ms) * mainCpuMs).toFixed(1)} ms`;
  const unit = mainCpuMs === undefined ? 'ms/op (sampled)' : 'share ≈ CPU ms/op';
  return [
    `Main thread busy in ${(summary.busyMs / operations).toFixed(1)} ms of samples per operation (idle excluded).`,
    '',
    `| package or folder | self: ${unit} | total: ${unit} |`,
    '|---|---|---|',
    ...summary.groups.slice(0, rows).map((g) => `| ${g.name} | ${cell(g.selfMs)} | ${cell(g.totalMs)} |`),
    '',
    `| function (source) | self: ${unit} | total: ${unit} |`,
    '|---|---|---|',
    ...summary.functions.slice(0, rows).map((f) => `| \`${f.name.replaceAll('|', '\\|')}\` | ${cell(f.selfMs)} | ${cell(f.totalMs)} |`),
  ];
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const [file, operations = '1', mainCpuMs] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [operations] [main-thread CPU ms per operation]');
  console.log(cpuSummaryMarkdown(summarizeCpuProfile(file, 30), Number(operations), mainCpuMs ? Number(mainCpuMs) : undefined, 30).join('\n'));
}
