// The combinations of COS triggers users write and the edits they make, applied with the real provider against
// the emulator: after every step the live triggers equal the declared ones and a new plan is clean; where an edit
// must delete before it creates, or must not touch a trigger at all, the SCF calls the provider made say so.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { providerMirror, providerProcess } from './helpers/environment';
import { recordStep } from './helpers/report';
import { Bucket, BucketTriggerRule, BucketWithTrigger, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

const REGION = 'ap-guangzhou';
const ARCHIVE = 'archive-1250000000';
const TRIGGER_CALLS = new Set(['CreateTrigger', 'DeleteTrigger', 'DeleteFunction']);

let cloud: CloudEmulator;
let codeDir: string;

beforeAll(async () => {
  codeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trigger-combinations-'));
  fs.writeFileSync(path.join(codeDir, 'index.js'), 'exports.main_handler = async (event) => ({ records: event.Records.length });\n');
  cloud = await startCloudEmulator();
  await cloud.createBucket(ARCHIVE);
});
afterAll(async () => {
  await cloud?.stop();
  if (codeDir) fs.rmSync(codeDir, { recursive: true, force: true });
});

function stack(build: (s: TerraformStack) => void, id = 'combinations'): TerraformStack {
  const s = new TerraformStack(Testing.app(), id);
  new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: REGION });
  build(s);
  return s;
}

function fn(scope: Construct, id: string, functionName: string): CloudFunction {
  return new CloudFunction(scope, id, { functionName, runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(codeDir) });
}

function workspace(source: TerraformStack): Promise<TerraformWorkspace> {
  return TerraformWorkspace.create(source, { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
}

/** The trigger calls (CreateTrigger, DeleteTrigger, DeleteFunction) the provider made since `from`, in order. */
function triggerCalls(from: number): string[] {
  return cloud.calls.slice(from).filter((c) => c.service === 'scf' && TRIGGER_CALLS.has(c.action)).map((c) => c.action);
}

/** The SCF calls since `from` that SCF refused (a missing function asked for before it is created is not one). */
function refusedCalls(from: number): string[] {
  return cloud.calls.slice(from)
    .filter((c) => c.service === 'scf' && c.errorCode !== undefined && c.action !== 'GetFunction')
    .map((c) => `${c.action}: ${c.errorCode}`);
}

async function triggerAddresses(ws: TerraformWorkspace): Promise<string[]> {
  return (await ws.stateAddresses()).filter((a) => a.startsWith('tencentcloud_scf_trigger.'));
}

/**
 * Applies, re-plans clean, compares the live state with the declared one (only the COS triggers with
 * `triggersOnly`, for a stack whose function another stack owns); returns the trigger calls the apply made.
 */
async function applyStep(ws: TerraformWorkspace, source?: TerraformStack, triggersOnly = false): Promise<string[]> {
  if (source) ws.load(source);
  const from = cloud.calls.length;
  await ws.apply();
  await ws.assertCleanPlan();
  if (triggersOnly) ws.assertLiveCosTriggers(cloud);
  else ws.assertLiveState(cloud);
  expect(refusedCalls(from)).toEqual([]);
  return triggerCalls(from);
}

/** Every delete came before every create. */
function expectDeletesFirst(calls: string[], creates: number): void {
  const firstCreate = calls.indexOf('CreateTrigger');
  expect(calls.slice(firstCreate).every((c) => c === 'CreateTrigger')).toBe(true);
  expect(calls.filter((c) => c === 'CreateTrigger')).toHaveLength(creates);
}

function step(title: string, body: () => Promise<unknown>): void {
  test(title, () => recordStep('trigger combinations', title, undefined, body));
}

interface Rule {
  readonly id: string;
  readonly suffix: string;
  readonly fn?: string;
  readonly enabled?: boolean;
  readonly qualifier?: string;
  readonly events?: CosEvent[];
  readonly moveFrom?: string;
}

/** The bucket `Photos` with the rules, each invoking its function (`resizer` unless given). */
function photos(rules: readonly Rule[]): TerraformStack {
  return stack((s) => {
    const bucket = new Bucket(s, 'Photos', { bucketName: 'photos-1250000000' });
    const fns = new Map<string, CloudFunction>();
    const target = (name: string) => fns.get(name) ?? fns.set(name, fn(s, name === 'resizer' ? 'Fn' : name, name)).get(name)!;
    for (const r of rules) {
      const rule = new EventRule(s, r.id, {
        bucket,
        target: target(r.fn ?? 'resizer'),
        events: r.events ?? [CosEvent.OBJECT_CREATED],
        filter: { prefix: 'uploads/', suffix: r.suffix },
        enabled: r.enabled,
        qualifier: r.qualifier,
      });
      if (r.moveFrom) rule.moveFrom(r.moveFrom);
    }
  });
}

describe('rules of one bucket: every change deletes before it creates, no rule moves another', () => {
  let ws: TerraformWorkspace;
  let address: string[];
  const jpeg: Rule = { id: 'OnJpg', suffix: '.jpeg' };
  const put: Rule = { ...jpeg, events: [CosEvent.OBJECT_CREATED_PUT] };
  const png: Rule = { id: 'OnPng', suffix: '.png' };
  const gif: Rule = { id: 'OnGif', suffix: '.gif', fn: 'cropper' };
  beforeAll(async () => {
    ws = await workspace(photos([{ id: 'OnJpg', suffix: '.jpg' }]));
  });
  afterAll(() => ws?.dispose());

  step('one rule with one event: a standalone trigger', async () => {
    expect(await applyStep(ws)).toEqual(['CreateTrigger']);
    address = await triggerAddresses(ws);
    expect(address).toHaveLength(1);
  });
  const replaced = (title: string, rule: Rule) => step(title, async () => {
    expect(await applyStep(ws, photos([rule]))).toEqual(['DeleteTrigger', 'CreateTrigger']);
    expect(await triggerAddresses(ws)).toEqual(address);
  });
  replaced('change the filter: deleted, then created at the same address', jpeg);
  replaced('disable the rule: deleted, then created at the same address', { ...jpeg, enabled: false });
  replaced("enable it on qualifier '$DEFAULT': deleted, then created at the same address", { ...jpeg, qualifier: '$DEFAULT' });
  replaced('back to the default qualifier: deleted, then created at the same address', jpeg);
  replaced('change the event: deleted, then created at the same address', put);

  step('a second rule of the same function on the bucket: the standalone trigger goes before the two entries come', async () => {
    expect(await applyStep(ws, photos([put, png]))).toEqual(['DeleteTrigger', 'CreateTrigger', 'CreateTrigger']);
    expect(await triggerAddresses(ws)).toEqual([]);
  });
  step('reorder the rules: no trigger call', async () => {
    expect(await applyStep(ws, photos([png, put]))).toEqual([]);
  });
  step('several events in a rule: every entry deleted, then every entry created', async () => {
    const calls = await applyStep(ws, photos([png, { ...jpeg, events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST] }]));
    expect(calls).toEqual(['DeleteTrigger', 'DeleteTrigger', 'CreateTrigger', 'CreateTrigger', 'CreateTrigger']);
  });
  step('remove the first rule: the entries go before the rule left is a standalone trigger again', async () => {
    expect(await applyStep(ws, photos([png]))).toEqual(['DeleteTrigger', 'DeleteTrigger', 'DeleteTrigger', 'CreateTrigger']);
    address = await triggerAddresses(ws);
    expect(address).toHaveLength(1);
  });
  step('a rule of another function on the bucket: one trigger created, the other rule\'s stays where it is', async () => {
    expect(await applyStep(ws, photos([png, gif]))).toEqual(['CreateTrigger']);
    const now = await triggerAddresses(ws);
    expect(now).toHaveLength(2);
    expect(now).toEqual(expect.arrayContaining(address));
    address = now;
  });
  step('rename a rule without moveFrom: its trigger is deleted before its copy is created, the other stays', async () => {
    expect(await applyStep(ws, photos([{ ...png, id: 'OnPngUpload' }, gif]))).toEqual(['DeleteTrigger', 'CreateTrigger']);
    const now = await triggerAddresses(ws);
    expect(now.filter((a) => address.includes(a))).toHaveLength(1);
    address = now;
  });
  step('rename a rule with moveFrom: no trigger call', async () => {
    expect(await applyStep(ws, photos([{ ...png, id: 'OnPngFiles', moveFrom: 'OnPngUpload' }, gif]))).toEqual([]);
    expect((await triggerAddresses(ws)).filter((a) => address.includes(a))).toHaveLength(1);
  });
  step('move a rule to another function with the same filter: every delete before any create', async () => {
    const calls = await applyStep(ws, photos([{ ...png, id: 'OnPngFiles' }, { ...gif, fn: undefined }]));
    expectDeletesFirst(calls, 2);
  });
  step('replace a rule by one with an overlapping filter at another address: every delete before any create', async () => {
    const calls = await applyStep(ws, photos([{ ...png, id: 'OnPngFiles', fn: 'cropper' }, { id: 'OnImages', suffix: '.gif', fn: 'other' }]));
    expectDeletesFirst(calls, 2);
  });
  step('destroy: no trigger and no function left', async () => {
    await ws.destroy();
    expect(await ws.stateAddresses()).toEqual([]);
    expect({ triggers: cloud.triggers().length, functions: cloud.functions().map((f) => f.name) }).toEqual({ triggers: 0, functions: [] });
  });
});

describe('functions and buckets combined, equal construct ids in other scopes, BucketWithTrigger', () => {
  let ws: TerraformWorkspace;
  let address: string[];
  const teams = (names: readonly string[]) => (s: TerraformStack, docs: Bucket) => {
    for (const name of names) {
      const team = new Construct(s, name);
      docs.onObjectCreated(fn(team, 'Fn', `${name.toLowerCase()}-fn`), { prefix: `${name.toLowerCase()}/` });
    }
  };
  const combined = (teamNames: readonly string[]) => stack((s) => {
    const photosBucket = new Bucket(s, 'Photos', { bucketName: 'photos-1250000000' });
    const archive = Bucket.fromBucketAttributes(s, 'Archive', { bucketName: ARCHIVE, region: REGION });
    const docs = new Bucket(s, 'Docs', { bucketName: 'docs-1250000000' });
    const a = fn(s, 'A', 'fn-a');
    const b = fn(s, 'B', 'fn-b');
    photosBucket.onObjectCreated(a, { suffix: '.jpg' });
    photosBucket.onObjectRemoved(b);
    photosBucket.onObjectRestored(b);
    docs.onObjectCreated(a, { prefix: 'in/' }, { id: 'DocsIn' });
    archive.onObjectRestored(a);
    archive.onObjectCreated(b, undefined, { enabled: false, qualifier: '$DEFAULT' });
    teams(teamNames)(s, docs);
  });
  beforeAll(async () => {
    ws = await workspace(combined(['TeamA', 'TeamB']));
  });
  afterAll(() => ws?.dispose());

  step('two functions on one bucket, one function on three buckets, an imported bucket, a disabled rule on a qualifier', async () => {
    await applyStep(ws);
    expect(cloud.triggers().filter((t) => t.type === 'cos')).toHaveLength(10);
    address = await triggerAddresses(ws);
  });
  step('functions with equal construct ids in other scopes: removing one\'s rule deletes its trigger only', async () => {
    expect(await applyStep(ws, combined(['TeamB']))).toEqual(['DeleteTrigger', 'DeleteFunction']);
    const now = await triggerAddresses(ws);
    expect(now).toHaveLength(address.length - 1);
    expect(address).toEqual(expect.arrayContaining(now));
  });
  step('destroy: no trigger left', async () => {
    await ws.destroy();
    expect(cloud.triggers()).toHaveLength(0);
  });
});

describe('BucketWithTrigger: rules named by id', () => {
  let ws: TerraformWorkspace;
  let address: string[];
  const jpg: BucketTriggerRule = { id: 'Jpg', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } };
  const png: BucketTriggerRule = { id: 'Png', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.png' } };
  const pattern = (rules: BucketTriggerRule[]) => stack((s) => {
    new BucketWithTrigger(s, 'Uploads', {
      bucket: { bucketName: 'uploads-1250000000' },
      function: { functionName: 'uploads-fn', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(codeDir) },
      rules,
    });
  });
  beforeAll(async () => {
    ws = await workspace(pattern([jpg, png]));
  });
  afterAll(() => ws?.dispose());

  step('two rules: applied, live equal declared, plan clean', async () => {
    expect(await applyStep(ws)).toEqual(['CreateTrigger', 'CreateTrigger']);
  });
  step('reorder the rules: no trigger call', async () => {
    expect(await applyStep(ws, pattern([png, jpg]))).toEqual([]);
  });
  step('remove the first rule: the one left becomes a standalone trigger', async () => {
    expect(await applyStep(ws, pattern([png]))).toEqual(['DeleteTrigger', 'DeleteTrigger', 'CreateTrigger']);
    address = await triggerAddresses(ws);
    expect(address).toHaveLength(1);
  });
  step('change its filter: deleted, then created at the same address', async () => {
    expect(await applyStep(ws, pattern([{ ...png, filter: { prefix: 'in/', suffix: '.png' } }]))).toEqual(['DeleteTrigger', 'CreateTrigger']);
    expect(await triggerAddresses(ws)).toEqual(address);
  });
  step('destroy: no trigger left', async () => {
    await ws.destroy();
    expect(cloud.triggers()).toHaveLength(0);
  });
});

describe('an imported function', () => {
  let owner: TerraformWorkspace;
  let ws: TerraformWorkspace;
  let address: string[];
  const user = (suffix: string) => stack((s) => {
    const shared = CloudFunction.fromFunctionName(s, 'Shared', 'shared-fn');
    Bucket.fromBucketAttributes(s, 'Archive', { bucketName: ARCHIVE, region: REGION }).onObjectCreated(shared, { suffix });
  }, 'user');
  beforeAll(async () => {
    owner = await workspace(stack((s) => {
      fn(s, 'Shared', 'shared-fn');
    }, 'owner'));
    await owner.apply();
    ws = await workspace(user('.csv'));
  });
  afterAll(async () => {
    await ws?.dispose();
    await owner?.dispose();
  });

  step('a rule of an imported function on an imported bucket: a standalone trigger', async () => {
    expect(await applyStep(ws, undefined, true)).toEqual(['CreateTrigger']);
    await owner.assertCleanPlan();
    address = await triggerAddresses(ws);
    expect(address).toHaveLength(1);
  });
  step('change its filter: deleted, then created at the same address', async () => {
    expect(await applyStep(ws, user('.tsv'), true)).toEqual(['DeleteTrigger', 'CreateTrigger']);
    await owner.assertCleanPlan();
    expect(await triggerAddresses(ws)).toEqual(address);
  });
  step('destroy both stacks: the emulator keeps only the seeded bucket', async () => {
    await ws.destroy();
    await owner.destroy();
    expect({ empty: cloud.isEmpty(), triggers: cloud.triggers().length }).toEqual({ empty: true, triggers: 0 });
  });
});
