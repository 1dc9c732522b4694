/**
 * Summarises a V8 .heapsnapshot: self size by constructor (objects), by kind (strings, code, arrays…), and the
 * largest single objects, as DevTools' "Summary" view groups them. A snapshot of a few hundred MB of heap is
 * larger than one JavaScript string may be, so the number arrays are read straight from the bytes.
 *
 *   npx tsx scripts/bench/heap-snapshot-summary.ts bench/profiles/after-load.heapsnapshot
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Meta = { node_fields: string[]; node_types: [string[], ...unknown[]] };

export type HeapGroup = { name: string; count: number; selfMb: number };
export type HeapSummary = { totalMb: number; nodes: number; byConstructor: HeapGroup[]; byKind: HeapGroup[]; largest: HeapGroup[] };

/** The JSON value that starts at `"key":` (an array or object), as bytes; the first occurrence. */
function sectionStart(bytes: Buffer, key: string): number {
  const at = bytes.indexOf(`"${key}":`);
  if (at < 0) throw new Error(`no "${key}" in the heap snapshot`);
  return at + key.length + 3;
}

function readNumbers(bytes: Buffer, start: number): Float64Array {
  const values: number[] = [];
  let value = 0;
  let inNumber = false;
  for (let i = start + 1; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber) values.push(value);
      value = 0;
      inNumber = false;
      if (c === 93) break; // ]
    }
  }
  return Float64Array.from(values);
}

/** The strings array: JSON, but sliced out of the buffer on its own so no single string must hold the file. */
function readStrings(bytes: Buffer): string[] {
  const start = sectionStart(bytes, 'strings');
  // The last section of the file: its array ends at the file's last ].
  const end = bytes.lastIndexOf(']');
  return JSON.parse(bytes.subarray(start, end + 1).toString('utf8')) as string[];
}

export function summarizeHeapSnapshot(file: string, count = 15): HeapSummary {
  const bytes = readFileSync(file);
  const metaStart = sectionStart(bytes, 'meta');
  const metaEnd = bytes.indexOf(',"node_count"', metaStart);
  const meta = JSON.parse(bytes.subarray(metaStart, bytes.lastIndexOf('}', metaEnd) + 1).toString('utf8')) as Meta;
  const nodes = readNumbers(bytes, sectionStart(bytes, 'nodes'));
  const strings = readStrings(bytes);
  const fields = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const types = meta.node_types[0];

  const byConstructor = new Map<string, HeapGroup>();
  const byKind = new Map<string, HeapGroup>();
  const largest: HeapGroup[] = [];
  let total = 0;
  const add = (map: Map<string, HeapGroup>, name: string, size: number) => {
    const group = map.get(name) ?? { name, count: 0, selfMb: 0 };
    group.count++;
    group.selfMb += size / 2 ** 20;
    map.set(name, group);
  };
  for (let i = 0; i < nodes.length; i += fields) {
    const type = types[nodes[i + typeAt]!] ?? '?';
    const name = strings[nodes[i + nameAt]!] ?? '?';
    const size = nodes[i + sizeAt]!;
    total += size;
    add(byKind, type, size);
    if (type === 'object' || type === 'closure' || type === 'native') add(byConstructor, `${name.slice(0, 60)} (${type})`, size);
    if (size >= 256 * 1024) largest.push({ name: `${type} ${JSON.stringify(name.slice(0, 50))}`, count: 1, selfMb: size / 2 ** 20 });
  }
  const sorted = (groups: Iterable<HeapGroup>) => [...groups].sort((a, b) => b.selfMb - a.selfMb).slice(0, count);
  return { totalMb: total / 2 ** 20, nodes: nodes.length / fields, byConstructor: sorted(byConstructor.values()), byKind: sorted(byKind.values()), largest: sorted(largest) };
}

export function heapSummaryMarkdown(summary: HeapSummary, rows = 10): string[] {
  const table = (title: string, groups: HeapGroup[]) => [
    `| ${title} | objects | self MB |`,
    '|---|---|---|',
    ...groups.slice(0, rows).map((g) => `| \`${g.name.replaceAll('|', '\\|').replaceAll('`', "'")}\` | ${g.count} | ${g.selfMb.toFixed(1)} |`),
    '',
  ];
  return [
    `Heap snapshot: ${summary.totalMb.toFixed(1)} MB in ${summary.nodes} objects.`,
    '',
    ...table('kind', summary.byKind),
    ...table('constructor', summary.byConstructor),
    ...table('largest single objects', summary.largest),
  ];
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: heap-snapshot-summary.ts <file.heapsnapshot>');
  console.log(heapSummaryMarkdown(summarizeHeapSnapshot(file, 30), 30).join('\n'));
}
