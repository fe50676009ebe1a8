// Bundling benchmark: what FunctionCode.fromEntry costs at synth time, cold (nothing cached: esbuild runs, the zip is
// written) and cached (an earlier synth's package is reused after its files are checked), for example handlers of
// three sizes. Kept apart from the per-rule synth figures (bench/synth-bench.ts use packages from COS, no bundling).
// Every measurement runs in a fresh process. Usage: `npm run bench:bundle [-- --reps=3] [--json]`. See bench/README.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'cdktf-tencentcloud-cos-events');
const RESULT_MARK = 'BUNDLE_RESULT ';
/** Example handlers: the handler entry point only; the COS SDK; mysql2 and the SSM SDK. */
const ENTRIES: { [name: string]: string } = {
  'archive-restore': 'examples/archive-restore/handler.ts',
  'thumbnails': 'examples/thumbnails/handler.ts',
  'db-sync': 'examples/db-sync/handler.ts',
};

type Mode = 'cold' | 'cached';

interface WorkerResult {
  readonly example: string;
  readonly mode: Mode;
  /** The function's construction, which bundles its code (or finds it in the cache). */
  readonly ms: number;
  readonly zipBytes: number;
}

function worker(mode: Mode, example: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Testing, TerraformStack } = require('cdktf') as typeof import('cdktf');
  const lib = require(path.join(ROOT, 'lib')) as typeof import('../lib');
  const tencentcloud = require('cdktf-tencentcloud-cos-events-provider') as typeof import('cdktf-tencentcloud-cos-events-provider');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const stack = new TerraformStack(Testing.app(), 'bench');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const started = process.hrtime.bigint();
  const fn = new lib.CloudFunction(stack, 'Fn', { runtime: lib.Runtime.NODEJS_18_15, code: lib.FunctionCode.fromEntry(path.join(ROOT, ENTRIES[example])) });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const zip = (fn.node.findChild('Code') as unknown as { sourcePath: string }).sourcePath;
  const result: WorkerResult = { example, mode, ms, zipBytes: fs.statSync(zip).size };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

function measure(mode: Mode, example: string): WorkerResult {
  if (mode === 'cold') fs.rmSync(CACHE, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--worker', mode, example], { cwd: ROOT, encoding: 'utf8' });
  const line = run.stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (run.status !== 0 || !line) throw new Error(`worker ${mode} ${example} failed: ${run.stderr}`);
  return JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') return worker(args[1] as Mode, args[2]);
  const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice(7) ?? 3);
  const rows = Object.keys(ENTRIES).map((example) => {
    const runs: WorkerResult[] = [];
    for (let i = 0; i < reps; i++) {
      process.stderr.write(`${example}: run ${i + 1}/${reps}\n`);
      // A cold run empties the cache first; the cached run after it finds that run's package.
      runs.push(measure('cold', example), measure('cached', example));
    }
    const cold = runs.filter((r) => r.mode === 'cold').map((r) => r.ms);
    const cached = runs.filter((r) => r.mode === 'cached').map((r) => r.ms);
    return { example, zipBytes: runs[0].zipBytes, coldMs: median(cold), cachedMs: median(cached), cold, cached };
  });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ node: process.version, cpus: os.cpus().length, load: os.loadavg(), rows }, null, 2)}\n`);
    return;
  }
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`FunctionCode.fromEntry bundling, median of ${reps} fresh processes each (Node ${process.version}, ${os.cpus().length} CPUs, load ${load})`);
  console.log('| example | package | cold | cached |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.example} | ${(r.zipBytes / 1024).toFixed(0)} KiB | ${r.coldMs.toFixed(0)} ms | ${r.cachedMs.toFixed(0)} ms |`);
}

main();
