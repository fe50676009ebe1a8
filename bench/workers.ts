// The synth benchmark's workers: one app of N event rules built and synthesized in a fresh process, in one of five
// ways (see bench/README.md): "ours" (this library), "raw" (the generated bindings), "raw-tree" (the generated
// bindings in the library's construct tree), "json" (a plain JSON writer: the floor) and "awscdk" (AWS CDK, S3
// notifications to Lambda). Run from compiled JavaScript by synth-bench.ts:
// `node --expose-gc .build/bench/workers.js <kind> <rules> [--sample <file>]`; prints one result line.
/* eslint-disable @typescript-eslint/no-require-imports */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const KINDS = ['ours', 'raw', 'raw-tree', 'json', 'awscdk'] as const;
export type Kind = (typeof KINDS)[number];
export const RESULT_MARK = 'BENCH_RESULT ';
export const PROVIDER_PACKAGE = 'cdktf-tencentcloud-cos-events-provider';

const REGION = 'ap-guangzhou';
const APP_ID = '1250000000';
/** Limits the library enforces; the layout below stays within them. */
const RULES_PER_BUCKET = 10;
const CODE_BUCKET = `code-${APP_ID}`;
const CODE_KEY = 'packages/handler.zip';

/** What a worker reports. */
export interface WorkerResult {
  readonly kind: Kind;
  readonly rules: number;
  /** Construction plus synthesis, in milliseconds, measured inside the process. */
  readonly ms: number;
  /** Of `ms`, the synthesis (`app.synth()`: validations, resolving, writing; for "json", writing the file). */
  readonly synthMs: number;
  /** Module loading before that, in milliseconds. */
  readonly loadMs: number;
  /** Peak resident set size as the process saw it at its end (getrusage). */
  readonly maxRssMiB: number;
  /** Modules first required during the timed part (should be none: loading is timed apart). */
  readonly lateModules: string[];
  /** Resources of each type in the synthesized output. */
  readonly counts: Record<string, number>;
  /** Digest of the synthesized Terraform resources with construct-derived names removed (equal for equal output). */
  readonly digest: string;
  /**
   * Digest of the whole document written, apart from cdktf's top-level `//` metadata (which lists the overrides
   * used): equal only when every block, name and reference is equal.
   */
  readonly documentDigest: string;
  /** One resource of each type, as synthesized (from "ours": the attributes "raw" and "json" copy). */
  readonly sample: Record<string, Record<string, unknown>>;
}

/**
 * Rule i goes to bucket floor(i / 10) with prefix `p<i % 10>/`, event ObjectCreated:Put, and invokes function
 * (bucket + i % 10) mod functions; as many functions as buckets, so that every function gets at most 10 triggers.
 */
export function layout(rules: number): { buckets: number; functions: number } {
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

/** The constant attributes of a COS trigger as the library renders them (checked through the digest). */
const TRIGGER = { type: 'cos', namespace: 'default', enable: 'OPEN', qualifier: '$LATEST' } as const;
const triggerDesc = (slot: number): string => JSON.stringify({ event: 'cos:ObjectCreated:Put', filter: { Prefix: `p${slot}/`, Suffix: '' } });
/** Name of a bucket's ordering anchor (a terraform_data resource). */
const orderId = (b: number): string => `CosTriggerOrder-${bucketName(b)}`;

/** One rule of the layout, with the construct path the library gives it. */
interface PlannedRule {
  readonly i: number;
  readonly bucket: number;
  readonly slot: number;
  readonly fn: number;
  readonly path: string;
}

/** How the library renders the rules (README, "How triggers are deployed"). */
interface TriggerPlan {
  /** Rules that are the only one of their function on their bucket: standalone triggers, in rule order. */
  readonly standalone: PlannedRule[];
  /** Per function: its triggers block (rules of 2+ per bucket), sorted by rule path. */
  readonly inline: PlannedRule[][];
  /** Per function: the buckets of its triggers block, sorted by bucket name (its depends_on). */
  readonly inlineBuckets: number[][];
  /** Per bucket: the paths of its standalone triggers, sorted (the input of its ordering anchor). */
  readonly standalonePaths: string[][];
  /** Per bucket: whether it has an ordering anchor (something depends on it). */
  readonly ordered: boolean[];
}

/**
 * The rendering of the layout: one trigger of a function on a bucket is a standalone trigger (child `Trigger` of
 * the rule), two or more are entries of the function's triggers block; rule ids are Rule-Fn<f>, Rule-Fn<f>-2, ...
 */
function triggerPlan(rules: number, buckets: number, functions: number): TriggerPlan {
  const groups = new Map<number, PlannedRule[]>(); // key: bucket * functions + fn
  for (let i = 0; i < rules; i++) {
    const r = ruleAt(i, functions);
    const key = r.bucket * functions + r.fn;
    let group = groups.get(key);
    if (!group) groups.set(key, group = []);
    group.push({ i, ...r, path: `bench/Bucket${r.bucket}/Rule-Fn${r.fn}${group.length ? `-${group.length + 1}` : ''}` });
  }
  const standalone: PlannedRule[] = [];
  const inline: PlannedRule[][] = Array.from({ length: functions }, () => []);
  const inlineBuckets: number[][] = Array.from({ length: functions }, () => []);
  const standalonePaths: string[][] = Array.from({ length: buckets }, () => []);
  const ordered: boolean[] = new Array<boolean>(buckets).fill(false);
  for (const group of groups.values()) {
    const { bucket, fn } = group[0];
    ordered[bucket] = true;
    if (group.length === 1) {
      standalone.push(group[0]);
      standalonePaths[bucket].push(`${group[0].path}/Trigger`);
    } else {
      inline[fn].push(...group);
      inlineBuckets[fn].push(bucket);
    }
  }
  standalone.sort((a, b) => a.i - b.i);
  for (const list of standalonePaths) list.sort(compare);
  for (const list of inline) list.sort((a, b) => compare(a.path, b.path));
  for (const list of inlineBuckets) list.sort((a, b) => compare(bucketName(a), bucketName(b)));
  return { standalone, inline, inlineBuckets, standalonePaths, ordered };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Sample = Record<string, Record<string, unknown>>;

/** When the timed part of a worker reached its synthesis. */
let synthStart: bigint | undefined;
function synthStarts(): void {
  synthStart = process.hrtime.bigint();
}
type Builder = (outdir: string, rules: number, sample: Sample | undefined) => () => string;

/** Each kind: loads its modules (not timed) and returns the timed part, which returns the stack file it wrote. */
const BUILDERS: Record<Kind, Builder> = {
  'ours': (outdir, rules) => {
    const cdktf = require('cdktf') as typeof import('cdktf');
    const lib = require('../lib') as typeof import('../lib');
    const tc = require(PROVIDER_PACKAGE) as typeof import('cdktf-tencentcloud-cos-events-provider');
    void tc.provider.TencentcloudProvider;
    return () => {
      const app = new cdktf.App({ outdir });
      const stack = new cdktf.TerraformStack(app, 'bench');
      const { buckets, functions } = layout(rules);
      new tc.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
      const codeBucket = lib.Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: CODE_BUCKET, region: REGION });
      const bs = [];
      for (let b = 0; b < buckets; b++) bs.push(new lib.Bucket(stack, `Bucket${b}`, { bucketName: bucketName(b) }));
      const fns = [];
      for (let f = 0; f < functions; f++) {
        fns.push(new lib.CloudFunction(stack, `Fn${f}`, {
          functionName: functionName(f),
          runtime: lib.Runtime.NODEJS_18_15,
          code: lib.FunctionCode.fromCosObject(codeBucket, CODE_KEY),
        }));
      }
      for (let i = 0; i < rules; i++) {
        const r = ruleAt(i, functions);
        bs[r.bucket].addEventNotification([lib.CosEvent.OBJECT_CREATED_PUT], fns[r.fn], { prefix: `p${r.slot}/` });
      }
      synthStarts();
      app.synth(); // runs the validations, as `cdktf synth` does
      return path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
    };
  },

  'raw': rawBuilder(false),
  'raw-tree': rawBuilder(true),

  'json': (outdir, rules, sample) => {
    const s = requireSample(sample);
    // The function's constant attributes, and all its keys in the order cdktf writes them (sorted).
    const fnConstant = Object.entries(s.tencentcloud_scf_function ?? {}).filter(([k]) => !['//', 'name', 'triggers', 'depends_on'].includes(k));
    const fnKeys = [...fnConstant.map(([k]) => k), 'name', 'triggers', 'depends_on'].sort();
    return () => {
      // The same Terraform JSON, written with plain objects (keys in the order cdktf writes them): what any tool has
      // to pay at least.
      const { buckets, functions } = layout(rules);
      const plan = triggerPlan(rules, buckets, functions);
      const bucketsJson: Record<string, unknown> = {};
      const fnsJson: Record<string, unknown> = {};
      const triggersJson: Record<string, unknown> = {};
      const dataJson: Record<string, unknown> = {};
      for (let b = 0; b < buckets; b++) {
        bucketsJson[`bucket${b}`] = { ...s.tencentcloud_cos_bucket, '//': undefined, 'bucket': bucketName(b) };
        if (plan.ordered[b]) dataJson[orderId(b)] = { input: { standalone_triggers: plan.standalonePaths[b] } };
      }
      for (let f = 0; f < functions; f++) {
        const values: Record<string, unknown> = Object.fromEntries(fnConstant);
        values.name = functionName(f);
        if (plan.inline[f].length) {
          values.triggers = plan.inline[f].map((m) => ({
            '//': { rule: m.path },
            'cos_region': REGION,
            'name': `\${tencentcloud_cos_bucket.bucket${m.bucket}.bucket}`,
            'trigger_desc': triggerDesc(m.slot),
            'type': TRIGGER.type,
          }));
          values.depends_on = plan.inlineBuckets[f].map((b) => `terraform_data.${orderId(b)}`);
        }
        const fn: Record<string, unknown> = {};
        for (const k of fnKeys) fn[k] = values[k];
        fnsJson[`fn${f}`] = fn;
      }
      for (const m of plan.standalone) {
        const input = {
          enable: TRIGGER.enable,
          qualifier: TRIGGER.qualifier,
          trigger_desc: triggerDesc(m.slot),
          trigger_name: `\${tencentcloud_cos_bucket.bucket${m.bucket}.cos_bucket_url}`,
        };
        dataJson[`rule${m.i}_config`] = { input };
        triggersJson[`rule${m.i}`] = {
          depends_on: [`terraform_data.${orderId(m.bucket)}`],
          enable: input.enable,
          function_name: `\${tencentcloud_scf_function.fn${m.fn}.name}`,
          lifecycle: { replace_triggered_by: [`terraform_data.rule${m.i}_config`] },
          namespace: TRIGGER.namespace,
          qualifier: input.qualifier,
          trigger_desc: input.trigger_desc,
          trigger_name: input.trigger_name,
          type: TRIGGER.type,
        };
      }
      const resource: Record<string, unknown> = { tencentcloud_cos_bucket: bucketsJson, tencentcloud_scf_function: fnsJson };
      if (plan.standalone.length) resource.tencentcloud_scf_trigger = triggersJson;
      resource.terraform_data = dataJson;
      const doc = {
        terraform: { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud' } } },
        provider: { tencentcloud: [{ region: REGION }] },
        resource,
      };
      const file = path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      synthStarts();
      fs.writeFileSync(file, JSON.stringify(doc, null, 2));
      return file;
    };
  },

  'awscdk': (outdir, rules) => {
    const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
    const s3 = require('aws-cdk-lib/aws-s3') as typeof import('aws-cdk-lib/aws-s3');
    const lambda = require('aws-cdk-lib/aws-lambda') as typeof import('aws-cdk-lib/aws-lambda');
    const notifications = require('aws-cdk-lib/aws-s3-notifications') as typeof import('aws-cdk-lib/aws-s3-notifications');
    // aws-cdk-lib loads its modules lazily, on first use of an export: use every export now, so that loading stays
    // out of the timed part as far as it can (what synthesis loads itself is reported as late modules).
    for (const mod of [cdk, s3, lambda, notifications, require('aws-cdk-lib/aws-iam')]) for (const key of Object.keys(mod)) void (mod as Record<string, unknown>)[key];
    return () => {
      // The same shape: 10 prefix rules per bucket, each invoking one of as many functions as buckets.
      // CloudFormation allows 500 resources per stack and AWS CDK refuses more at synth: the check is turned off so
      // that 1,000 rules and more synthesize in one stack as with Terraform (a real app would split its stacks).
      const app = new cdk.App({ outdir, context: { '@aws-cdk/core:stackResourceLimit': 0 } });
      const stack = new cdk.Stack(app, 'bench', { env: { account: '123456789012', region: 'us-east-1' } });
      const { buckets, functions } = layout(rules);
      const code = lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'CodeBucket', `code-${APP_ID}`), CODE_KEY);
      const bs = [];
      for (let b = 0; b < buckets; b++) bs.push(new s3.Bucket(stack, `Bucket${b}`, { bucketName: bucketName(b) }));
      const fns = [];
      for (let f = 0; f < functions; f++) {
        fns.push(new lambda.Function(stack, `Fn${f}`, { functionName: functionName(f), runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.main_handler', code }));
      }
      for (let i = 0; i < rules; i++) {
        const r = ruleAt(i, functions);
        bs[r.bucket].addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new notifications.LambdaDestination(fns[r.fn]), { prefix: `p${r.slot}/` });
      }
      synthStarts();
      app.synth();
      return path.join(outdir, 'bench.template.json');
    };
  },
};

/**
 * "raw" and "raw-tree": the generated bindings. "raw" puts every resource directly in the stack, as a user of the
 * bindings would; "raw-tree" builds the library's construct tree (`Bucket<b>/Resource`, `Fn<f>/Resource`,
 * `Bucket<b>/Rule-Fn<f>/Trigger` and `/TriggerConfig`), so that paths and logical ids are the library's and the file
 * is the same as ours, byte for byte: the difference between the two is what the tree costs, apart from the
 * library's own work.
 */
function rawBuilder(tree: boolean): Builder {
  return (outdir, rules, sample) => {
    const cdktf = require('cdktf') as typeof import('cdktf');
    const { Construct } = require('constructs') as typeof import('constructs');
    const tc = require(PROVIDER_PACKAGE) as typeof import('cdktf-tencentcloud-cos-events-provider');
    const s = requireSample(sample);
    void [tc.cosBucket.CosBucket, tc.scfFunction.ScfFunction, tc.scfTrigger.ScfTrigger, tc.provider.TencentcloudProvider];
    // Constant attributes as our constructs render them; per-resource ones (names, references, triggers) are set below.
    const bucketConfig = configOf(s.tencentcloud_cos_bucket, ['bucket']) as Omit<import('cdktf-tencentcloud-cos-events-provider').cosBucket.CosBucketConfig, 'bucket'>;
    const fnConfig = configOf(s.tencentcloud_scf_function, ['name', 'triggers', 'depends_on']) as Omit<import('cdktf-tencentcloud-cos-events-provider').scfFunction.ScfFunctionConfig, 'name'>;
    return () => {
      const app = new cdktf.App({ outdir });
      const stack = new cdktf.TerraformStack(app, 'bench');
      const { buckets, functions } = layout(rules);
      const plan = triggerPlan(rules, buckets, functions);
      new tc.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
      /** terraform_data with one input (as the library writes it), returned as `terraform_data.<name>`. */
      const terraformData = (scope: import('constructs').Construct, id: string, input: unknown): string => {
        const data = new cdktf.TerraformResource(scope, id, { terraformResourceType: 'terraform_data' });
        data.addOverride('input', input);
        return `terraform_data.${data.friendlyUniqueId}`;
      };
      /** Where a resource goes, and its id: directly in the stack, or as `Resource` of a construct named `id`. */
      const place = (id: string): [import('constructs').Construct, string] => (tree ? [new Construct(stack, id), 'Resource'] : [stack, id]);
      // Every reference is a new token, and cdktf captures a stack trace for each: taken once per resource here,
      // as our constructs do, so that the baseline is not slowed down by them.
      const domains: string[] = [];
      const ids: string[] = [];
      const orders: string[] = [];
      const bucketScopes: Array<import('constructs').Construct> = [];
      for (let b = 0; b < buckets; b++) {
        const [scope, id] = place(`Bucket${b}`);
        bucketScopes.push(scope);
        const bucket = new tc.cosBucket.CosBucket(scope, id, { ...bucketConfig, bucket: bucketName(b) });
        domains.push(bucket.cosBucketUrl);
        ids.push(bucket.bucket);
        orders.push(plan.ordered[b] ? terraformData(stack, orderId(b), { standalone_triggers: plan.standalonePaths[b] }) : '');
      }
      const names: string[] = [];
      for (let f = 0; f < functions; f++) {
        const fn = new tc.scfFunction.ScfFunction(...place(`Fn${f}`), { ...fnConfig, name: functionName(f) });
        names.push(fn.name);
        const inline = plan.inline[f];
        if (!inline.length) continue;
        fn.addOverride('triggers', inline.map((m) => ({
          '//': { rule: m.path }, 'type': TRIGGER.type, 'name': ids[m.bucket], 'cos_region': REGION, 'trigger_desc': triggerDesc(m.slot),
        })));
        fn.addOverride('depends_on', plan.inlineBuckets[f].map((b) => orders[b]));
      }
      for (const m of plan.standalone) {
        const values = { trigger_name: domains[m.bucket], trigger_desc: triggerDesc(m.slot), enable: TRIGGER.enable, qualifier: TRIGGER.qualifier };
        // The library's tree: the rule is a construct under its bucket, with the trigger and its configuration in it.
        const rule = tree ? new Construct(bucketScopes[m.bucket], m.path.slice(m.path.lastIndexOf('/') + 1)) : undefined;
        const config = rule ? terraformData(rule, 'TriggerConfig', values) : terraformData(stack, `Rule${m.i}Config`, values);
        new tc.scfTrigger.ScfTrigger(rule ?? stack, rule ? 'Trigger' : `Rule${m.i}`, {
          type: TRIGGER.type,
          namespace: TRIGGER.namespace,
          functionName: names[m.fn],
          triggerName: values.trigger_name,
          triggerDesc: values.trigger_desc,
          enable: values.enable,
          qualifier: values.qualifier,
          lifecycle: { replaceTriggeredBy: [config] },
        }).addOverride('depends_on', [orders[m.bucket]]);
      }
      synthStarts();
      app.synth();
      return path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
    };
  };
}

function requireSample(sample: Sample | undefined): Sample {
  if (!sample) throw new Error('this worker needs --sample <file> (written from the output of "ours")');
  return sample;
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

/** Counts, a name-independent digest and one sample per resource type (Terraform JSON or a CloudFormation template). */
function summarize(doc: { resource?: Record<string, Record<string, Record<string, unknown>>>; Resources?: Record<string, { Type: string }> }):
Pick<WorkerResult, 'counts' | 'digest' | 'sample'> {
  const counts: Record<string, number> = {};
  if (doc.Resources) {
    for (const r of Object.values(doc.Resources)) counts[r.Type] = (counts[r.Type] ?? 0) + 1;
    return { counts, digest: '-', sample: {} };
  }
  const resources = doc.resource ?? {};
  const sample: Sample = {};
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

function main(argv: string[]): void {
  const kind = argv[0] as Kind;
  const rules = Number(argv[1]);
  if (!KINDS.includes(kind) || !(rules > 0)) throw new Error(`usage: workers.js <${KINDS.join('|')}> <rules> [--sample <file>]`);
  const sampleAt = argv.indexOf('--sample');
  const sample = sampleAt >= 0 ? (JSON.parse(fs.readFileSync(argv[sampleAt + 1], 'utf8')) as Sample) : undefined;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `cos-events-bench-${kind}-`));
  try {
    const loadStart = process.hrtime.bigint();
    const timed = BUILDERS[kind](outdir, rules, sample);
    const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    const modulesBefore = new Set(Object.keys(require.cache));
    const start = process.hrtime.bigint();
    const file = timed();
    const end = process.hrtime.bigint();
    const ms = Number(end - start) / 1e6;
    if (synthStart === undefined) throw new Error(`the ${kind} worker did not mark its synthesis`);
    const synthMs = Number(end - synthStart) / 1e6;
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const lateModules = Object.keys(require.cache).filter((m) => !modulesBefore.has(m));
    const maxRssMiB = process.resourceUsage().maxRSS / 1024;
    const result: WorkerResult = {
      kind,
      rules,
      ms,
      synthMs,
      loadMs,
      maxRssMiB,
      lateModules,
      ...summarize(doc),
      documentDigest: createHash('sha256').update(JSON.stringify({ ...doc, '//': undefined })).digest('hex').slice(0, 16),
    };
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2));
