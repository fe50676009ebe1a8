// A COS rule on an alias survives a version roll-out, written with the library's typed constructs and applied with
// the real provider against the emulator: `fn.addVersion('V1')` and `fn.addAlias('live', { version })` with a rule
// on the alias; then new code, published as `fn.currentVersion` and given half the alias's invocations; then the
// alias moved to `fn.currentVersion` alone (V1 removed); then an environment change, which republishes
// `currentVersion` and moves the alias by itself. Every roll-out must leave the trigger alone (no trigger call),
// move the alias through UpdateAlias, re-plan clean, and run each upload exactly once, on the version the alias
// routes to.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror, providerProcess } from './helpers/environment';
import { recordStep } from './helpers/report';
import { Bucket, CloudFunction, FunctionAliasOptions, FunctionCode, Runtime } from '../../lib';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { functionKey } from '../../lib/testing/emulator/state';
import { ResourceChange, TerraformWorkspace } from '../../lib/testing/lifecycle';

const REGION = 'ap-guangzhou';
const PHOTOS = 'photos-1250000000';

let cloud: CloudEmulator;
let root: string;
let ws: TerraformWorkspace;

/** A code folder whose handler answers its label and the STAGE environment variable. */
function codeDir(label: string): string {
  const dir = path.join(root, label);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.js'),
    `exports.main_handler = async () => ({ label: ${JSON.stringify(label)}, stage: process.env.STAGE });\n`);
  return dir;
}

interface Rollout {
  /** The label of the code deployed as $LATEST. */
  readonly code: string;
  /** The function's STAGE environment variable. */
  readonly stage: string;
  /**
   * Where the alias routes: to the pinned version V1; to V1 with `currentVersion` at weight 0.5; to
   * `currentVersion` alone (V1 no longer declared).
   */
  readonly alias: 'pinned' | 'canary' | 'current';
}

function stack(r: Rollout): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'alias-rollout-typed');
  new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: REGION });
  const bucket = new Bucket(s, 'Photos', { bucketName: PHOTOS });
  const fn = new CloudFunction(s, 'Fn', {
    functionName: 'resizer', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(codeDir(r.code)), environment: { STAGE: r.stage },
  });
  let options: FunctionAliasOptions;
  if (r.alias === 'current') {
    options = { version: fn.currentVersion };
  } else {
    const v1 = fn.addVersion('V1', { description: 'first release' });
    options = r.alias === 'pinned' ? { version: v1 } : { version: v1, additionalVersionWeights: [{ version: fn.currentVersion, weight: 0.5 }] };
  }
  const live = fn.addAlias('live', options);
  bucket.onObjectCreated(live, { prefix: 'uploads/' });
  return s;
}

/** What each upload ran, one line per invocation: `<key> <version>:<label>/<stage>`. */
async function uploads(...keys: string[]): Promise<string[]> {
  const from = cloud.invocations.length;
  for (const key of keys) await cloud.putObject(PHOTOS, `uploads/${key}`, 'bytes');
  await cloud.settle();
  return cloud.invocations.slice(from).map((i) => {
    const r = i.result as { label: string; stage: string } | undefined;
    return `${i.object.key} ${i.version}:${i.error ?? `${r!.label}/${r!.stage}`}`;
  });
}

/** The plan's changes as `<address> <actions>`, the hash suffix of the addresses cut off. */
function changes(list: readonly ResourceChange[]): string[] {
  return list.map((c) => `${c.address.replace(/_[0-9A-F]{8}$/, '')} ${c.actions.join(',')}`).sort();
}

/** The SCF calls since `from` that change something (reads left out), in order. */
function writes(from: number): string[] {
  return cloud.calls.slice(from).filter((c) => c.service === 'scf' && !/^(Get|List|Describe)/.test(c.action))
    .map((c) => `${c.action}${c.errorCode ? ` ${c.errorCode}` : ''}`);
}

/**
 * The alias `live` in SCF: main version, weighted additional versions (`<version>@<weight>`), description. Read from
 * the emulator's state, since the recorded calls carry no parameters.
 */
function liveAlias(): { version: string; weights: string[]; description: string } | undefined {
  const a = cloud.internals.state.aliases.get(functionKey('default', 'resizer'))?.get('live');
  return a && { version: a.functionVersion, weights: a.weights.map((w) => `${w.version}@${w.weight}`), description: a.description };
}

/** The function's published versions in SCF. */
function liveVersions(): string[] {
  return (cloud.internals.state.versions.get(functionKey('default', 'resizer')) ?? []).map((v) => v.version);
}

function step(title: string, body: () => Promise<unknown>): void {
  test(title, () => recordStep('alias roll-out (typed)', title, undefined, body));
}

const PINNED: Rollout = { code: 'one', stage: 'blue', alias: 'pinned' };
const CANARY: Rollout = { code: 'two', stage: 'blue', alias: 'canary' };
const CURRENT: Rollout = { code: 'two', stage: 'blue', alias: 'current' };
const GREEN: Rollout = { code: 'two', stage: 'green', alias: 'current' };

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'alias-rollout-typed-'));
  cloud = await startCloudEmulator();
  ws = await TerraformWorkspace.create(stack(PINNED), { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
});
afterAll(async () => {
  await ws?.dispose();
  await cloud?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

let trigger: ReturnType<CloudEmulator['triggers']>[0];

/** The alias's changed attributes in the plan, as `[path, before, after]`. */
function aliasChange(list: readonly ResourceChange[]): Array<Array<string | undefined>> {
  const alias = list.find((c) => c.address.startsWith('tencentcloud_scf_function_alias.'))!;
  return alias.attributes.map((a) => [a.path, a.before, a.after]);
}

step('apply: version 1, alias live → 1, a rule on the alias; re-plan clean, an upload runs version 1', async () => {
  const from = cloud.calls.length;
  await ws.apply();
  expect(writes(from)).toEqual(['CreateFunction', 'PublishVersion', 'CreateAlias', 'CreateTrigger']);
  await ws.assertCleanPlan();
  expect(cloud.triggers().map((t) => [t.functionName, t.qualifier, t.triggerDesc])).toEqual([
    ['resizer', 'live', JSON.stringify({ event: 'cos:ObjectCreated:*', filter: { Prefix: 'uploads/', Suffix: '' } })],
  ]);
  trigger = cloud.triggers()[0];
  expect(liveVersions()).toEqual(['1']);
  expect(liveAlias()).toEqual({ version: '1', weights: [], description: 'Routes to version 1' });
  expect(await uploads('a.jpg')).toEqual(['uploads/a.jpg 1:one/blue']);
});

step('canary: new code published as currentVersion (2) at weight 0.5; no trigger call, UpdateAlias, uploads alternate', async () => {
  ws.load(stack(CANARY));
  const plan = await ws.plan();
  expect(changes(plan.changes)).toEqual([
    'tencentcloud_scf_function.Fn update',
    'tencentcloud_scf_function_alias.Fn_Alias-live update',
    'tencentcloud_scf_function_version.Fn_CurrentVersion create',
    'terraform_data.Fn_CurrentVersion_Configuration create',
  ]);
  // The new version's number is known at apply time only, hence the missing "version" in the plan.
  expect(aliasChange(plan.changes)).toEqual([
    ['routing_config', '[]', JSON.stringify([{ additional_version_matches: [], additional_version_weights: [{ weight: 0.5 }] }])],
  ]);
  const from = cloud.calls.length;
  await ws.apply();
  expect(writes(from)).toEqual(['UpdateFunctionCode', 'PublishVersion', 'UpdateAlias']);
  expect(cloud.triggers()).toEqual([trigger]);
  expect(liveVersions()).toEqual(['1', '2']);
  expect(liveAlias()).toEqual({ version: '1', weights: ['2@0.5'], description: 'Routes to version 1' });
  await ws.assertCleanPlan();
  // One invocation went through the alias before (n = 0): n = 1, 2, 3, 4 at w = 0.5 run 2, 1, 2, 1.
  expect(await uploads('b.jpg', 'c.jpg', 'd.jpg', 'e.jpg')).toEqual([
    'uploads/b.jpg 2:two/blue', 'uploads/c.jpg 1:one/blue', 'uploads/d.jpg 2:two/blue', 'uploads/e.jpg 1:one/blue',
  ]);
});

step('full: the alias on currentVersion alone, V1 removed; UpdateAlias, then version 1 deleted; uploads run version 2', async () => {
  ws.load(stack(CURRENT));
  const plan = await ws.plan();
  expect(changes(plan.changes)).toEqual([
    'tencentcloud_scf_function_alias.Fn_Alias-live update',
    'tencentcloud_scf_function_version.Fn_V1 delete',
  ]);
  expect(aliasChange(plan.changes)).toEqual([
    ['description', '"Routes to version 1"', '"Routes to version 2"'],
    ['function_version', '"1"', '"2"'],
    ['routing_config', JSON.stringify([{ additional_version_matches: [], additional_version_weights: [{ version: '2', weight: 0.5 }] }]), '[]'],
  ]);
  const from = cloud.calls.length;
  await ws.apply();
  // The alias moves before the version it routed to is deleted (DeleteFunction with the version as qualifier).
  expect(writes(from)).toEqual(['UpdateAlias', 'DeleteFunction']);
  expect(cloud.triggers()).toEqual([trigger]);
  expect(liveVersions()).toEqual(['2']);
  expect(liveAlias()).toEqual({ version: '2', weights: [], description: 'Routes to version 2' });
  await ws.assertCleanPlan();
  expect(await uploads('f.jpg', 'g.jpg')).toEqual(['uploads/f.jpg 2:two/blue', 'uploads/g.jpg 2:two/blue']);
});

step('environment changed: currentVersion republished as 3 and the alias follows by itself; no trigger call, uploads run 3', async () => {
  ws.load(stack(GREEN));
  const plan = await ws.plan();
  expect(changes(plan.changes)).toEqual([
    'tencentcloud_scf_function.Fn update',
    'tencentcloud_scf_function_alias.Fn_Alias-live update',
    'tencentcloud_scf_function_version.Fn_CurrentVersion create,delete',
    'terraform_data.Fn_CurrentVersion_Configuration update',
  ]);
  expect(plan.changes.find((c) => c.address.startsWith('tencentcloud_scf_function_version.'))!.reason).toBe('replace_by_triggers');
  expect(aliasChange(plan.changes)).toEqual([
    ['description', '"Routes to version 2"', '(known after apply)'],
    ['function_version', '"2"', '(known after apply)'],
  ]);
  const from = cloud.calls.length;
  await ws.apply();
  // create_before_destroy: version 3 is published and the alias moved to it before version 2 is deleted.
  expect(writes(from)).toEqual(['UpdateFunctionConfiguration', 'PublishVersion', 'UpdateAlias', 'DeleteFunction']);
  expect(cloud.triggers()).toEqual([trigger]);
  expect(liveVersions()).toEqual(['3']);
  expect(liveAlias()).toEqual({ version: '3', weights: [], description: 'Routes to version 3' });
  await ws.assertCleanPlan();
  expect(await uploads('h.jpg', 'i.jpg')).toEqual(['uploads/h.jpg 3:two/green', 'uploads/i.jpg 3:two/green']);
});

step('destroy: nothing left', async () => {
  for (const o of cloud.objects(PHOTOS)) await cloud.deleteObject(PHOTOS, o.key);
  await cloud.settle();
  await ws.destroy();
  expect(await ws.stateAddresses()).toEqual([]);
  expect(cloud.isEmpty()).toBe(true);
});
