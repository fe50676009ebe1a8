// Synth benchmark: apps of N event rules built and synthesized by this library ("ours"), by the generated bindings
// alone ("raw"; "raw-tree" in the library's construct tree, with its paths and logical ids), by a plain JSON writer
// producing the same Terraform JSON ("json", the floor) and by AWS CDK for the same S3 notifications to Lambda
// ("awscdk"). Compiled JavaScript, a fresh process per run, kinds interleaved in rotating order.
// Usage: `npm run bench [-- <rules>... [--reps=5] [--json]]`. See bench/README.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KINDS, Kind, PROVIDER_PACKAGE, RESULT_MARK, WorkerResult, layout } from './workers';

const DEFAULT_SIZES = [10, 100, 1000, 5000];
const DEFAULT_REPS = 5;
const WORKER = path.join(__dirname, 'workers.js');
const TIME = '/usr/bin/time';

/** One run as the parent saw it. */
interface Run extends WorkerResult {
  /** Process wall time, spawn to exit (node start, module loading, the work, exit). */
  readonly wallMs: number;
  /** Peak RSS as the OS reports it for the process (/usr/bin/time), or the worker's getrusage without it. */
  readonly peakRssMiB: number;
}

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s[s.length - 1] };
}

function spawnWorker(kind: Kind, rules: number, samplePath?: string): Run {
  const args = ['--expose-gc', WORKER, kind, String(rules), ...(samplePath ? ['--sample', samplePath] : [])];
  const timeFile = path.join(os.tmpdir(), `cos-events-bench-time-${process.pid}`);
  const useTime = fs.existsSync(TIME);
  const started = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) throw new Error(`${kind} worker for ${rules} rules failed (exit ${child.status}):\n${child.stderr}\n${child.stdout}`);
  const result = JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult;
  let peakRssMiB = result.maxRssMiB;
  if (useTime) {
    peakRssMiB = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024;
    fs.rmSync(timeFile, { force: true });
  }
  return { ...result, wallMs, peakRssMiB };
}

/** Milliseconds to require `request` in a fresh node process, for each of `runs` runs. */
function loadTimes(request: string, runs: number): number[] {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(request)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  return Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`loading ${request} failed:\n${child.stderr}`);
    return Number(child.stdout.trim().split('\n').pop());
  });
}

const fmt = (s: Spread, digits = 0): string => `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}-${s.max.toFixed(digits)}]`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')}`;
  return [line(header), `  ${widths.map((w) => '-'.repeat(w)).join('-|-')}`, ...rows.map(line)];
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const repsArg = argv.find((a) => a.startsWith('--reps='));
  const reps = repsArg ? Math.max(1, Math.trunc(Number(repsArg.slice('--reps='.length))) || DEFAULT_REPS) : DEFAULT_REPS;
  const numbers = argv.filter((a) => /^[0-9]+$/.test(a)).map(Number).filter((n) => n > 0);
  const sizes = numbers.length > 0 ? numbers : DEFAULT_SIZES;
  const log = (s = ''): void => {
    if (!json) console.log(s);
  };
  const progress = (s: string): void => {
    if (!json) process.stderr.write(s);
  };
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} x ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, node ${process.version}`;
  log(`cdktf-tencentcloud-cos-events synth benchmark: ${machine}`);
  log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log();

  // Load times: the compiled library (what the workers load), cdktf alone, the bindings, AWS CDK's modules.
  const loads: Record<string, Spread> = {};
  const loadRequests: Array<[string, string]> = [
    ['library (with cdktf and the bindings)', path.join(__dirname, '..', 'lib')],
    ['cdktf alone', 'cdktf'],
    ['provider bindings (with cdktf)', PROVIDER_PACKAGE],
  ];
  progress('load times: ');
  for (const [name, request] of loadRequests) loads[name] = spread(loadTimes(request, reps));
  progress('done\n');
  log(`Load time, fresh process, median [min-max] of ${reps}:`);
  for (const [name, s] of Object.entries(loads)) log(`  ${name.padEnd(44)} ${fmt(s, 1)} ms`);
  log();

  // A sample of each resource "ours" synthesizes: "raw" and "json" copy its constant attributes. Not timed.
  const sampleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-bench-sample-'));
  const samplePath = path.join(sampleDir, 'sample.json');
  fs.writeFileSync(samplePath, JSON.stringify(spawnWorker('ours', 10).sample));

  const results: Array<{ rules: number; runs: Record<Kind, Run[]> }> = [];
  try {
    for (const rules of sizes) {
      const runs = Object.fromEntries(KINDS.map((k) => [k, [] as Run[]])) as Record<Kind, Run[]>;
      progress(`${rules} rules:`);
      for (let rep = 0; rep < reps; rep++) {
        // Rotating order: every kind runs first, second, ... equally often.
        const order = KINDS.map((_, i) => KINDS[(i + rep) % KINDS.length]);
        for (const kind of order) {
          const run = spawnWorker(kind, rules, samplePath);
          runs[kind].push(run);
          progress(` ${kind} ${run.ms.toFixed(0)}`);
        }
        progress(rep < reps - 1 ? ';' : '\n');
      }
      results.push({ rules, runs });
    }
  } finally {
    fs.rmSync(sampleDir, { recursive: true, force: true });
  }

  for (const { rules, runs } of results) {
    const { buckets, functions } = layout(rules);
    const terraform = (['ours', 'raw', 'raw-tree', 'json'] as Kind[]).flatMap((k) => runs[k]);
    const same = terraform.every((r) => r.digest === terraform[0].digest);
    const tree = [...runs.ours, ...runs['raw-tree']];
    const sameDocument = tree.every((r) => r.documentDigest === tree[0].documentDigest);
    const late = [...new Set(KINDS.flatMap((k) => runs[k].flatMap((r) => r.lateModules)))];
    const oursMs = spread(runs.ours.map((r) => r.ms)).median;
    const oursWall = spread(runs.ours.map((r) => r.wallMs)).median;
    log(`${rules} rules (${buckets} buckets, ${functions} functions), median [min-max] of ${reps} fresh processes:`);
    const rows = KINDS.map((k) => {
      const ms = spread(runs[k].map((r) => r.ms));
      const wall = spread(runs[k].map((r) => r.wallMs));
      return [k, fmt(ms), `${(ms.median / oursMs).toFixed(2)}x`, fmt(spread(runs[k].map((r) => r.synthMs))), fmt(spread(runs[k].map((r) => r.loadMs))),
        fmt(wall), `${(wall.median / oursWall).toFixed(2)}x`, fmt(spread(runs[k].map((r) => r.peakRssMiB))),
        Object.entries(runs[k][0].counts).map(([t, n]) => `${n} ${t}`).join(', ')];
    });
    const header = ['kind', 'build+synth ms', 'vs ours', 'of which synth ms', 'module load ms', 'process wall ms', 'vs ours', 'peak RSS MiB', 'resources'];
    for (const l of table(header, rows)) log(l);
    log(`  same Terraform resources from ours, raw, raw-tree and json: ${same ? 'yes' : 'NO (the comparison is void)'}`);
    log(`  same document (names and references included) from ours and raw-tree: ${sameDocument ? 'yes' : 'NO (the split below is void)'}`);
    if (late.length > 0) log(`  note: ${late.length} modules were first loaded inside the timed part (${late.slice(0, 3).map((m) => path.relative(path.join(__dirname, '..', '..'), m)).join(', ')}, ...)`);
    log();
  }

  // Targets.
  const at = (n: number): Record<Kind, Run[]> | undefined => results.find((r) => r.rules === n)?.runs;
  const median = (runs: Run[]): number => spread(runs.map((r) => r.ms)).median;
  const targets: Array<{ name: string; status: 'PASS' | 'FAIL' | 'SKIP'; detail: string }> = [];
  for (const n of [1000, 5000]) {
    const r = at(n);
    const name = `ours/raw at most 1.10x at ${n.toLocaleString('en-US')} rules (build+synth, medians)`;
    if (!r) {
      targets.push({ name, status: 'SKIP', detail: `${n} not measured` });
      continue;
    }
    const ratio = median(r.ours) / median(r.raw);
    // The split: what the library's construct tree costs the bindings alone, and what the library adds to that.
    const treeRatio = median(r['raw-tree']) / median(r.raw);
    const libraryRatio = median(r.ours) / median(r['raw-tree']);
    targets.push({
      name,
      status: ratio <= 1.1 ? 'PASS' : 'FAIL',
      detail: `${ratio.toFixed(2)}x (${median(r.ours).toFixed(0)} vs ${median(r.raw).toFixed(0)} ms) = tree ${treeRatio.toFixed(2)}x` +
        ` (raw-tree ${median(r['raw-tree']).toFixed(0)} ms) x library ${libraryRatio.toFixed(2)}x`,
    });
  }
  const libLoad = loads['library (with cdktf and the bindings)'].median;
  targets.push({ name: 'library load under 200 ms (fresh process, median)', status: libLoad < 200 ? 'PASS' : 'FAIL', detail: `${libLoad.toFixed(0)} ms` });
  const r1k = at(1000);
  targets.push(r1k
    ? { name: '1,000 rules under 2 s (build+synth, median)', status: median(r1k.ours) < 2000 ? 'PASS' : 'FAIL', detail: `${median(r1k.ours).toFixed(0)} ms` }
    : { name: '1,000 rules under 2 s (build+synth, median)', status: 'SKIP', detail: '1000 not measured' });
  log('Targets:');
  const width = Math.max(...targets.map((t) => t.name.length));
  for (const t of targets) log(`  ${t.status.padEnd(4)}  ${t.name.padEnd(width)}  ${t.detail}`);
  log(`load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  if (json) console.log(JSON.stringify({ machine, reps, loads, results, targets }, null, 2));
}

main(process.argv.slice(2));
