// Where synth time goes: runs one benchmark worker per kind (ours, raw-tree and raw by default) under V8's sampling
// profiler and prints its CPU time by package (cdktf, constructs, the provider bindings, this library, Node's module
// loader, garbage collection) and the functions with the most time of their own. Usage:
// `npm run bench:profile [-- <rules>] [--kinds=ours,raw-tree,raw] [--interval=200]`. See bench/README.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KINDS, Kind, RESULT_MARK, WorkerResult } from './workers';

const WORKER = path.join(__dirname, 'workers.js');
const ROOT = path.resolve(__dirname, '..', '..');

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: number[];
}

/** The `.cpuprofile` format node --cpu-prof writes. */
interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** The package a frame's code belongs to, in the user's terms. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return `V8 ${functionName}`;
    return 'Node built-ins (native)';
  }
  if (url.startsWith('node:')) return 'Node built-ins (module loader, fs, ...)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (inModules) {
    return inModules[1] === 'cdktf-tencentcloud-cos-events-provider' ? 'provider bindings' : inModules[1];
  }
  if (file.includes('/packages/provider-tencentcloud/')) return 'provider bindings';
  if (file.includes('/.build/lib/') || file.includes('/dist/')) return 'this library';
  if (file.includes('/.build/bench/')) return 'benchmark worker';
  return path.relative(ROOT, file) || file;
}

interface Attribution {
  readonly totalMs: number;
  readonly byPackage: Array<[string, number]>;
  readonly byFunction: Array<[string, number]>;
}

/** Self time of every sample, summed by package and by function. */
export function attribute(profile: CpuProfile): Attribution {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const pkg = packageOf(frame);
    if (pkg.startsWith('V8 (idle)')) return;
    total += us;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} (${pkg}${frame.url ? `, ${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
  const sorted = (m: Map<string, number>): Array<[string, number]> =>
    [...m.entries()].map(([k, v]): [string, number] => [k, v / 1000]).sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, byPackage: sorted(byPackage), byFunction: sorted(byFunction) };
}

function runWorker(nodeArgs: string[], kind: Kind, rules: number, samplePath?: string): WorkerResult {
  const child = spawnSync(process.execPath, [...nodeArgs, '--expose-gc', WORKER, kind, String(rules), ...(samplePath ? ['--sample', samplePath] : [])],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) throw new Error(`${kind} worker for ${rules} rules failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult;
}

function profileWorker(kind: Kind, rules: number, interval: number, dir: string, samplePath: string): { attribution: Attribution; ms: number } {
  const before = new Set(fs.readdirSync(dir));
  const result = runWorker(['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${interval}`], kind, rules, samplePath);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error(`the ${kind} worker wrote no profile`);
  return { attribution: attribute(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile), ms: result.ms };
}

function main(argv: string[]): void {
  const rules = Number(argv.find((a) => /^[0-9]+$/.test(a)) ?? 1000);
  const kindsArg = argv.find((a) => a.startsWith('--kinds='))?.slice('--kinds='.length);
  const kinds = (kindsArg ? kindsArg.split(',') : ['ours', 'raw-tree', 'raw']) as Kind[];
  for (const k of kinds) if (!KINDS.includes(k)) throw new Error(`unknown kind '${k}' (kinds: ${KINDS.join(', ')})`);
  const interval = Number(argv.find((a) => a.startsWith('--interval='))?.slice('--interval='.length) ?? 200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-profile-'));
  console.log(`CPU profile of one fresh process per kind, ${rules} rules, sampling every ${interval} µs (whole process: start, module loading, build, synth)`);
  console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    // "raw" and "json" copy constant attributes from a sample of what "ours" synthesizes (not profiled).
    const samplePath = path.join(dir, 'sample.json');
    fs.writeFileSync(samplePath, JSON.stringify(runWorker([], 'ours', 10).sample));
    for (const kind of kinds) {
      const { attribution, ms } = profileWorker(kind, rules, interval, dir, samplePath);
      console.log();
      console.log(`${kind}: ${attribution.totalMs.toFixed(0)} ms of samples (build+synth ${ms.toFixed(0)} ms as the worker timed it, slowed by the profiler)`);
      console.log('  by package (self time):');
      for (const [name, ms2] of attribution.byPackage.slice(0, 12)) {
        console.log(`    ${name.padEnd(44)} ${ms2.toFixed(0).padStart(7)} ms  ${((100 * ms2) / attribution.totalMs).toFixed(1).padStart(5)} %`);
      }
      console.log('  functions with the most self time:');
      for (const [name, ms2] of attribution.byFunction.slice(0, 12)) {
        console.log(`    ${ms2.toFixed(0).padStart(7)} ms  ${name}`);
      }
      const own = attribution.byFunction.filter(([name]) => name.includes('(this library'));
      if (own.length > 0) {
        console.log('  this library\'s functions with the most self time:');
        for (const [name, ms2] of own.slice(0, 8)) console.log(`    ${ms2.toFixed(0).padStart(7)} ms  ${name}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2));
