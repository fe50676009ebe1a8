// Finds import cycles among the TypeScript files of a folder: `ts-node scripts/check-cycles.ts lib` prints every
// cycle and exits with 1, or prints nothing and exits with 0. Every import counts, type-only ones too (`import
// type`, `export ... from`, `import('./x')` in a type): a cycle of types today is one value import away from a
// module that reads another before it is defined.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** One import cycle: the files in import order, the first one repeated at the end. */
export type Cycle = string[];

/** The relative imports of every `.ts` file below `root`, as paths relative to `root` (forward slashes). */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of listSources(root)) {
    const targets = new Set<string>();
    for (const specifier of moduleSpecifiers(fs.readFileSync(path.join(root, file), 'utf8'))) {
      const target = resolve(root, file, specifier);
      if (target !== undefined) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The import cycles of a graph: one shortest cycle through each file that is on a cycle, each cycle once,
 * starting from its alphabetically first file.
 */
export function findCycles(graph: Map<string, string[]>): Cycle[] {
  const cycles = new Map<string, Cycle>();
  for (const start of [...graph.keys()].sort()) {
    const cycle = shortestCycle(graph, start);
    if (!cycle) continue;
    const ring = cycle.slice(0, -1);
    const first = ring.indexOf([...ring].sort()[0]);
    const rotated = [...ring.slice(first), ...ring.slice(0, first)];
    cycles.set(rotated.join('\n'), [...rotated, rotated[0]]);
  }
  return [...cycles.values()].sort((a, b) => (a.join('\n') < b.join('\n') ? -1 : 1));
}

/** The report of a folder's cycles, or undefined when there is none. */
export function cycleReport(root: string, label = root): string | undefined {
  const cycles = findCycles(importGraph(root));
  if (cycles.length === 0) return undefined;
  const lines = cycles.map((c, i) => `  ${i + 1}. ${c.map((f) => `${label}/${f}`).join(' -> ')}`);
  return [
    `${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} in ${label}/ (type-only imports count):`,
    ...lines,
    'Move what the files share (interfaces, types, helpers) into a file that imports neither of them.',
  ].join('\n');
}

function listSources(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listSources(root, relative));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(relative);
  }
  return out.sort();
}

/**
 * Every module the file names: imports (`import type` too), export-from, `import x = require()`, `require()`,
 * `import()` and `import('./x')` types. The compiler's own pre-processing scanner finds them without a full parse.
 */
function moduleSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names (`./x` is `x.ts` or `x/index.ts`), relative to root; undefined for packages. */
function resolve(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (!candidate.startsWith('..') && candidate.endsWith('.ts') && fs.existsSync(path.join(root, candidate))) return candidate;
  }
  return undefined;
}

/** A shortest path from `start` back to itself (breadth first), or undefined. */
function shortestCycle(graph: Map<string, string[]>, start: string): Cycle | undefined {
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const cycle = [start];
        for (let n: string | undefined = node; n !== undefined && n !== start; n = parent.get(n)) cycle.push(n);
        return [start, ...cycle.slice(1).reverse(), start];
      }
      if (!parent.has(next) && next !== start) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * The command: checks each folder (default `lib`, relative to `cwd`), writes each report to `error`, and returns
 * the exit status (1 when a folder has a cycle).
 */
export function checkFolders(folders: string[], cwd: string, error: (text: string) => void): number {
  let failed = false;
  for (const folder of folders.length ? folders : ['lib']) {
    const report = cycleReport(path.resolve(cwd, folder), folder.replace(/\/+$/, ''));
    if (report) {
      error(report);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = checkFolders(process.argv.slice(2), process.cwd(), (text) => console.error(text));
}
