// Synth benchmark: library load time, and construct + synth time and peak memory of apps with many event rules,
// against the same resources written with the raw generated bindings. Every measurement runs in a fresh child
// process. Usage: `npm run bench [-- <rules>... [--reps=3] [--compile] [--json]]`. See bench/README.md.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SIZES = [10, 100, 1000, 5000];
const DEFAULT_REPS = 3;
const LOAD_RUNS = 5;
const REGION = 'ap-guangzhou';
const APP_ID = '1250000000';
/** Limits the library enforces; the layout below stays within them. */
const RULES_PER_BUCKET = 10;
const RESULT_MARK = 'BENCH_RESULT ';

type Kind = 'ours' | 'raw';

/** What a worker reports. */
interface WorkerResult {
  readonly kind: Kind;
  readonly rules: number;
  readonly buckets: number;
  readonly functions: number;
  /** Construction plus synthesis, in milliseconds. */
  readonly ms: number;
  /** Of which synthesis (app.synth()), in milliseconds. */
  readonly synthMs: number;
  /** Resident set size after loading the modules, before construction. */
  readonly rssBeforeMiB: number;
  /** Peak resident set size of the process. */
  readonly maxRssMiB: number;
  /** Modules first required during the timed part (should be none: loading is measured separately). */
  readonly lateModules: string[];
  /** Resources of each type in the synthesized stack. */
  readonly counts: Record<string, number>;
  /** Digest of the synthesized resources with construct-derived names removed (equal for equal output). */
  readonly digest: string;
  /** One resource of each type, as synthesized (from "ours": the attributes the raw app mirrors). */
  readonly sample: Record<string, Record<string, unknown>>;
}

interface SizeResult {
  readonly rules: number;
  readonly buckets: number;
  readonly functions: number;
  readonly oursMs: number;
  readonly rawMs: number;
  readonly ratio: number;
  readonly oursMaxRssMiB: number;
  readonly rawMaxRssMiB: number;
  /** RSS after loading the modules (ts-node, TypeScript, cdktf, the library), before construction: median. */
  readonly oursRssBeforeMiB: number;
  readonly rawRssBeforeMiB: number;
  readonly oursRuns: number[];
  readonly rawRuns: number[];
  readonly sameOutput: boolean;
}

interface LoadResult {
  readonly what: string;
  readonly file: string;
  readonly medianMs: number;
  readonly runs: number[];
  readonly note?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: rule i goes to bucket floor(i / 10) with prefix `p<i % 10>/`, event cos:ObjectCreated:Put, and invokes
// function (bucket + i % 10) mod functions. With as many functions as buckets, every function gets at most 10
// COS triggers, from up to 10 different buckets (for multiples of 10 exactly 10).

function layout(rules: number): { buckets: number; functions: number } {
  const buckets = Math.ceil(rules / RULES_PER_BUCKET);
  return { buckets, functions: buckets };
}

function ruleAt(i: number, functions: number): { bucket: number; slot: number; fn: number } {
  const bucket = Math.floor(i / RULES_PER_BUCKET);
  const slot = i % RULES_PER_BUCKET;
  return { bucket, slot, fn: (bucket + slot) % functions };
}

const bucketName = (b: number): string => `b${b}-${APP_ID}`;
const functionName = (f: number): string => `fn${f}`;
const CODE_BUCKET = `code-${APP_ID}`;
const CODE_KEY = 'packages/handler.zip';
const PROVIDER_PACKAGE = 'cdktf-tencentcloud-cos-events-provider';

// ---------------------------------------------------------------------------------------------------------------
// Workers (child processes).

/* eslint-disable @typescript-eslint/no-require-imports */
function runWorker(kind: Kind, rules: number, samplePath: string | undefined): void {
  // Load every module first: module loading is measured separately.
  const cdktf = require('cdktf') as typeof import('cdktf');
  // The library and the provider bindings package it builds on (imported as `tencentcloud`).
  const lib: Lib = { ...(require('../lib') as typeof import('../lib')), tencentcloud: require(PROVIDER_PACKAGE) as Bindings };
  const { tencentcloud } = lib;
  void tencentcloud.cosBucket.CosBucket;
  void tencentcloud.scfFunction.ScfFunction;
  void tencentcloud.scfTrigger.ScfTrigger;
  void tencentcloud.provider.TencentcloudProvider;

  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `cos-events-bench-${kind}-`));
  const sample = samplePath ? (JSON.parse(fs.readFileSync(samplePath, 'utf8')) as Record<string, Record<string, unknown>>) : undefined;
  const { buckets, functions } = layout(rules);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const rssBefore = process.memoryUsage().rss;
  const modulesBefore = new Set(Object.keys(require.cache));

  const start = process.hrtime.bigint();
  const app = new cdktf.App({ outdir });
  const stack = new cdktf.TerraformStack(app, 'bench');
  if (kind === 'ours') {
    buildOurs(stack, lib, rules, buckets, functions);
  } else {
    if (!sample) throw new Error('the raw worker needs --sample <file> (written from the output of "ours")');
    buildRaw(stack, lib, rules, buckets, functions, sample);
  }
  const synthStart = process.hrtime.bigint();
  app.synth(); // runs the validations, as `cdktf synth` does
  const end = process.hrtime.bigint();
  const maxRssKiB = process.resourceUsage().maxRSS;
  const lateModules = Object.keys(require.cache).filter((m) => !modulesBefore.has(m)).map((m) => path.relative(ROOT, m));

  const stackFile = path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
  const synthesized = JSON.parse(fs.readFileSync(stackFile, 'utf8')) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
  fs.rmSync(outdir, { recursive: true, force: true });
  const { counts, digest, sample: outSample } = summarize(synthesized.resource ?? {});

  const result: WorkerResult = {
    kind,
    rules,
    buckets,
    functions,
    ms: Number(end - start) / 1e6,
    synthMs: Number(end - synthStart) / 1e6,
    rssBeforeMiB: rssBefore / 1024 / 1024,
    maxRssMiB: maxRssKiB / 1024,
    lateModules,
    counts,
    digest,
    sample: outSample,
  };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}
/* eslint-enable @typescript-eslint/no-require-imports */

type Bindings = typeof import('cdktf-tencentcloud-cos-events-provider');
type Lib = typeof import('../lib') & { readonly tencentcloud: Bindings };

function buildOurs(stack: import('cdktf').TerraformStack, lib: Lib, rules: number, buckets: number, functions: number): void {
  new lib.tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  const codeBucket = lib.Bucket.fromBucketName(stack, 'CodeBucket', CODE_BUCKET, REGION);
  const bs = [];
  for (let b = 0; b < buckets; b++) bs.push(new lib.Bucket(stack, `Bucket${b}`, { bucketName: bucketName(b) }));
  const fs_ = [];
  for (let f = 0; f < functions; f++) {
    fs_.push(new lib.CloudFunction(stack, `Fn${f}`, {
      functionName: functionName(f),
      runtime: lib.Runtime.NODEJS_18_15,
      code: lib.FunctionCode.fromCosObject(codeBucket, CODE_KEY),
    }));
  }
  for (let i = 0; i < rules; i++) {
    const r = ruleAt(i, functions);
    bs[r.bucket].addEventNotification([lib.CosEvent.OBJECT_CREATED_PUT], fs_[r.fn], { prefix: `p${r.slot}/` });
  }
}

/** snake_case attributes of a synthesized resource to the camelCase config of its binding. */
function configOf(attrs: Record<string, unknown> | undefined, skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (k === '//' || skip.includes(k)) continue;
    out[k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = v;
  }
  return out;
}

function buildRaw(stack: import('cdktf').TerraformStack, lib: Lib, rules: number, buckets: number, functions: number,
  sample: Record<string, Record<string, unknown>>): void {
  const cdktf = require('cdktf') as typeof import('cdktf'); // eslint-disable-line @typescript-eslint/no-require-imports
  const tc = lib.tencentcloud;
  new tc.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  // Constant attributes as our constructs render them; per-resource ones (names, references) are set below.
  const bucketConfig = configOf(sample.tencentcloud_cos_bucket, ['bucket']) as Omit<import('cdktf-tencentcloud-cos-events-provider').cosBucket.CosBucketConfig, 'bucket'>;
  const fnConfig = configOf(sample.tencentcloud_scf_function, ['name', 'triggers', 'depends_on']) as Omit<import('cdktf-tencentcloud-cos-events-provider').scfFunction.ScfFunctionConfig, 'name'>;
  const event = 'cos:ObjectCreated:Put';
  const desc = (slot: number) => JSON.stringify({ event, filter: { Prefix: `p${slot}/`, Suffix: '' } });
  /** terraform_data with one input, without the `terraform version` check of cdktf's DataResource. */
  const terraformData = (id: string, input: unknown) => {
    const data = new cdktf.TerraformResource(stack, id, { terraformResourceType: 'terraform_data' });
    data.addOverride('input', input);
    return `terraform_data.${data.friendlyUniqueId}`;
  };

  // The triggers of one function on one bucket: one is a standalone trigger, two or more are entries of the
  // function's triggers block. Rule ids as the constructs give them: Rule-Fn<f>, then Rule-Fn<f>-2, ...
  const groups = new Map<string, Array<{ i: number; slot: number; path: string }>>();
  for (let i = 0; i < rules; i++) {
    const r = ruleAt(i, functions);
    const key = `${r.bucket}/${r.fn}`;
    const group = groups.get(key) ?? [];
    group.push({ i, slot: r.slot, path: `bench/Bucket${r.bucket}/Rule-Fn${r.fn}${group.length ? `-${group.length + 1}` : ''}` });
    groups.set(key, group);
  }
  const domains: string[] = [];
  const ids: string[] = [];
  const orders: string[] = [];
  for (let b = 0; b < buckets; b++) {
    const bucket = new tc.cosBucket.CosBucket(stack, `Bucket${b}`, { ...bucketConfig, bucket: bucketName(b) });
    domains.push(bucket.cosBucketUrl);
    ids.push(bucket.bucket);
    const standalone = [...groups].filter(([k, g]) => k.startsWith(`${b}/`) && g.length === 1).map(([, g]) => `${g[0].path}/Trigger`).sort();
    orders.push(terraformData(`CosTriggerOrder-${bucketName(b)}`, { standalone_triggers: standalone }));
  }
  const names: string[] = [];
  for (let f = 0; f < functions; f++) {
    const fn = new tc.scfFunction.ScfFunction(stack, `Fn${f}`, { ...fnConfig, name: functionName(f) });
    names.push(fn.name);
    const inline = [...groups].filter(([k, g]) => k.endsWith(`/${f}`) && g.length > 1);
    if (!inline.length) continue;
    fn.addOverride('triggers', inline.flatMap(([k, g]) => g.map((m) => ({
      '//': { rule: m.path }, 'type': 'cos', 'name': ids[Number(k.split('/')[0])], 'cos_region': REGION, 'trigger_desc': desc(m.slot),
    }))).sort((a, b) => (a['//'].rule < b['//'].rule ? -1 : 1)));
    fn.addOverride('depends_on', inline.map(([k]) => orders[Number(k.split('/')[0])]));
  }
  for (const [key, group] of groups) {
    if (group.length > 1) continue;
    const [b, f] = key.split('/').map(Number);
    const values = { trigger_name: domains[b], trigger_desc: desc(group[0].slot), enable: 'OPEN', qualifier: '$LATEST' };
    const config = terraformData(`Rule${group[0].i}Config`, values);
    new tc.scfTrigger.ScfTrigger(stack, `Rule${group[0].i}`, {
      type: 'cos',
      namespace: 'default',
      functionName: names[f],
      triggerName: values.trigger_name,
      triggerDesc: values.trigger_desc,
      enable: values.enable,
      qualifier: values.qualifier,
      lifecycle: { replaceTriggeredBy: [config] },
    }).addOverride('depends_on', [orders[b]]);
  }
}

/** Counts, a name-independent digest and one sample per resource type. */
function summarize(resources: Record<string, Record<string, Record<string, unknown>>>): Pick<WorkerResult, 'counts' | 'digest' | 'sample'> {
  const counts: Record<string, number> = {};
  const sample: Record<string, Record<string, unknown>> = {};
  const hash = createHash('sha256');
  for (const type of Object.keys(resources).sort()) {
    const items = Object.values(resources[type]);
    counts[type] = items.length;
    sample[type] = items[0];
    const normalized = items.map((attrs) => {
      const { ['//']: _meta, ...rest } = attrs;
      // References name resources by construct-derived ids: replace the id, keep the type and attribute.
      return JSON.stringify(rest).replace(/\b(tencentcloud_[a-z_]+)\.[A-Za-z0-9_-]+\./g, '$1.*.')
        .replace(/\bterraform_data\.[A-Za-z0-9_-]+/g, 'terraform_data.*');
    }).sort();
    hash.update(`${type}\n${normalized.join('\n')}\n`);
  }
  return { counts, digest: hash.digest('hex').slice(0, 16), sample };
}

// ---------------------------------------------------------------------------------------------------------------
// Parent.

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function spawnWorker(kind: Kind, rules: number, samplePath?: string): WorkerResult {
  const args = ['--expose-gc', '-r', 'ts-node/register/transpile-only', __filename, '--worker', kind, String(rules)];
  if (samplePath) args.push('--sample', samplePath);
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) {
    throw new Error(`${kind} worker for ${rules} rules failed (exit ${child.status}, signal ${child.signal}):\n${child.stderr}\n${child.stdout}`);
  }
  return JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult;
}

/** Milliseconds to require `file` in a fresh node process; median of LOAD_RUNS runs. */
function measureLoad(what: string, file: string, note?: string): LoadResult {
  const runs: number[] = [];
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  for (let i = 0; i < LOAD_RUNS; i++) {
    const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    if (child.status !== 0) throw new Error(`loading ${file} failed:\n${child.stderr}`);
    runs.push(Number(child.stdout.trim().split('\n').pop()));
  }
  return { what, file, medianMs: median(runs), runs, note };
}

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The compiled entry point users load: dist/index.js, or lib compiled by tsc into a temp dir. */
function compiledLibrary(forceCompile: boolean): { file: string; note: string; cleanup?: string } {
  const dist = path.join(ROOT, 'dist', 'index.js');
  if (!forceCompile && fs.existsSync(dist)) {
    const stale = newestMtime(path.join(ROOT, 'lib'), '.ts') > newestMtime(path.join(ROOT, 'dist'), '.js');
    return {
      file: dist,
      note: `dist/index.js (jsii build)${stale ? '; WARNING: lib/ has sources newer than dist/, run `npx projen compile` or pass --compile' : ''}`,
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-bench-lib-'));
  const tsconfig = path.join(tmp, 'tsconfig.json');
  fs.writeFileSync(tsconfig, JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    compilerOptions: {
      rootDir: path.join(ROOT, 'lib'),
      outDir: path.join(tmp, 'out'),
      noEmit: false,
      declaration: false,
      // Relative to this temp tsconfig otherwise.
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      // jsii emits inline source maps too; keep them so the loaded size matches a real build.
      inlineSourceMap: true,
      inlineSources: true,
    },
    include: [path.join(ROOT, 'lib', '**', '*.ts')],
  }));
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`tsc failed:\n${tsc.stdout}\n${tsc.stderr}`);
  }
  // Resolve cdktf and constructs from the project, as an installed package would from its node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
  return { file: path.join(tmp, 'out', 'index.js'), note: `lib/ compiled by tsc into a temp dir (${forceCompile ? '--compile given' : 'no dist/index.js'})`, cleanup: tmp };
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padEnd(n) : s.padStart(n);
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const forceCompile = argv.includes('--compile');
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

  log(`cdktf-tencentcloud-cos-events synth benchmark (node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()})`);
  log();

  // 1. Load times.
  const libBuild = compiledLibrary(forceCompile);
  const cdktfLoad = measureLoad('cdktf alone', require.resolve('cdktf', { paths: [ROOT] }));
  const libLoad = measureLoad('library', libBuild.file, libBuild.note);
  if (libBuild.cleanup) fs.rmSync(libBuild.cleanup, { recursive: true, force: true });
  log(`Load time, fresh process, median of ${LOAD_RUNS}:`);
  log(`  library (includes cdktf)   ${libLoad.medianMs.toFixed(1)} ms   [${libLoad.runs.map((r) => r.toFixed(0)).join(', ')}]`);
  log(`    measured: ${libLoad.note}`);
  log(`  cdktf alone                ${cdktfLoad.medianMs.toFixed(1)} ms   [${cdktfLoad.runs.map((r) => r.toFixed(0)).join(', ')}]`);
  log(`  library's own share        ${(libLoad.medianMs - cdktfLoad.medianMs).toFixed(1)} ms`);
  log();

  // 2. Construct + synth, ours vs raw bindings.
  const sampleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-bench-sample-'));
  const samplePath = path.join(sampleDir, 'sample.json');
  const results: SizeResult[] = [];
  try {
    for (const rules of sizes) {
      const ours: WorkerResult[] = [];
      const raw: WorkerResult[] = [];
      progress(`  ${rules} rules: `);
      for (let rep = 0; rep < reps; rep++) {
        const o = spawnWorker('ours', rules);
        ours.push(o);
        if (!fs.existsSync(samplePath)) fs.writeFileSync(samplePath, JSON.stringify(o.sample));
        progress(`ours ${o.ms.toFixed(0)} ms, `);
        const r = spawnWorker('raw', rules, samplePath);
        raw.push(r);
        progress(`raw ${r.ms.toFixed(0)} ms${rep < reps - 1 ? '; ' : '\n'}`);
      }
      const oursMs = median(ours.map((x) => x.ms));
      const rawMs = median(raw.map((x) => x.ms));
      const sameOutput = [...ours, ...raw].every((x) => x.digest === ours[0].digest);
      const late = [...new Set([...ours, ...raw].flatMap((x) => x.lateModules))];
      if (late.length > 0) progress(`  WARNING: modules loaded inside the timed part: ${late.join(', ')}\n`);
      if (!sameOutput) {
        progress(`  WARNING: raw output differs from ours at ${rules} rules: ours ${JSON.stringify(ours[0].counts)} ${ours[0].digest}, raw ${JSON.stringify(raw[0].counts)} ${raw[0].digest}\n`);
      }
      results.push({
        rules,
        buckets: ours[0].buckets,
        functions: ours[0].functions,
        oursMs,
        rawMs,
        ratio: oursMs / rawMs,
        oursMaxRssMiB: Math.max(...ours.map((x) => x.maxRssMiB)),
        rawMaxRssMiB: Math.max(...raw.map((x) => x.maxRssMiB)),
        oursRssBeforeMiB: median(ours.map((x) => x.rssBeforeMiB)),
        rawRssBeforeMiB: median(raw.map((x) => x.rssBeforeMiB)),
        oursRuns: ours.map((x) => x.ms),
        rawRuns: raw.map((x) => x.ms),
        sameOutput,
      });
    }
  } finally {
    fs.rmSync(sampleDir, { recursive: true, force: true });
  }
  log();

  // 3. Table and targets.
  const header = ['rules', 'buckets', 'functions', 'ours ms', 'raw ms', 'ours/raw', 'ours peak RSS MiB', 'raw peak RSS MiB', 'same output'];
  const rows = results.map((r) => [String(r.rules), String(r.buckets), String(r.functions), r.oursMs.toFixed(0), r.rawMs.toFixed(0),
    `${r.ratio.toFixed(2)}x`, r.oursMaxRssMiB.toFixed(0), r.rawMaxRssMiB.toFixed(0), r.sameOutput ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  log(`Construct + synth (app.synth() with validations, to a temp dir), fresh process each, median of ${reps} (peak RSS: max):`);
  log(`  ${header.map((h, i) => pad(h, widths[i])).join(' | ')}`);
  log(`  ${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) log(`  ${row.map((c, i) => pad(c, widths[i])).join(' | ')}`);
  const baseline = results.flatMap((r) => [r.oursRssBeforeMiB, r.rawRssBeforeMiB]);
  if (baseline.length > 0) {
    log(`  (peak RSS includes ${Math.min(...baseline).toFixed(0)}-${Math.max(...baseline).toFixed(0)} MiB already resident after loading ts-node, TypeScript, cdktf and the library)`);
  }
  log();

  const at = (n: number): SizeResult | undefined => results.find((r) => r.rules === n);
  const targets: { name: string; status: 'PASS' | 'FAIL' | 'SKIP'; detail: string }[] = [];
  const r1k = at(1000);
  const r5k = at(5000);
  targets.push(r1k
    ? { name: '1,000 rules synthesize in under 2 s', status: r1k.oursMs < 2000 ? 'PASS' : 'FAIL', detail: `${r1k.oursMs.toFixed(0)} ms` }
    : { name: '1,000 rules synthesize in under 2 s', status: 'SKIP', detail: '1000 not measured' });
  for (const n of [1000, 5000]) {
    const r = at(n);
    const name = `overhead ours/raw at most 1.3x at ${n.toLocaleString('en-US')} rules`;
    targets.push(r
      ? { name, status: r.ratio <= 1.3 ? 'PASS' : 'FAIL', detail: `${r.ratio.toFixed(2)}x (${r.oursMs.toFixed(0)} vs ${r.rawMs.toFixed(0)} ms)` }
      : { name, status: 'SKIP', detail: `${n} not measured` });
  }
  targets.push({ name: 'library load under 300 ms', status: libLoad.medianMs < 300 ? 'PASS' : 'FAIL', detail: `${libLoad.medianMs.toFixed(0)} ms` });
  if (r1k && r5k) {
    const per1k = r1k.oursMs / 1000;
    const per5k = r5k.oursMs / 5000;
    targets.push({
      name: 'linear growth: ms/rule at 5,000 <= 2x ms/rule at 1,000',
      status: per5k <= 2 * per1k ? 'PASS' : 'FAIL',
      detail: `${per5k.toFixed(3)} vs ${per1k.toFixed(3)} ms/rule (${(per5k / per1k).toFixed(2)}x)`,
    });
  } else {
    targets.push({ name: 'linear growth: ms/rule at 5,000 <= 2x ms/rule at 1,000', status: 'SKIP', detail: '1000 and 5000 not both measured' });
  }
  log('Targets:');
  const nameWidth = Math.max(...targets.map((t) => t.name.length));
  for (const t of targets) log(`  ${t.status.padEnd(4)}  ${pad(t.name, nameWidth, true)}  ${t.detail}`);
  const failed = targets.filter((t) => t.status === 'FAIL').length;
  log();
  log(failed ? `${failed} target(s) FAILED (this is a report: exit code stays 0).` : 'All measured targets pass.');

  if (json) {
    console.log(JSON.stringify({
      node: process.version,
      cpus: os.cpus().length,
      reps,
      load: { library: libLoad, cdktf: cdktfLoad },
      sizes: results,
      targets,
    }, null, 2));
  }
}

const workerAt = process.argv.indexOf('--worker');
if (workerAt >= 0) {
  const kind = process.argv[workerAt + 1] as Kind;
  const rules = Number(process.argv[workerAt + 2]);
  const sampleAt = process.argv.indexOf('--sample');
  runWorker(kind, rules, sampleAt >= 0 ? process.argv[sampleAt + 1] : undefined);
} else {
  main(process.argv.slice(2));
}
