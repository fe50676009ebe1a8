// The emulator's SCF triggers, driven like the provider drives them: signed API 3.0 calls through the proxy.
import { zipSync } from 'fflate';
import { callApi, errorOf } from './helpers/api3-client';
import { CloudEmulator, EmulatorQuirks, startCloudEmulator } from '../lib/testing/emulator';

const FN = 'Thumbnailer';
const BUCKET = 'photos-1250000000';
const DOMAIN = `${BUCKET}.cos.ap-guangzhou.myqcloud.com`;
const ZIP = Buffer.from(zipSync({ 'index.js': new TextEncoder().encode('exports.main_handler = async () => "ok";') })).toString('base64');

function desc(event: string, prefix = '', suffix = ''): string {
  return JSON.stringify({ event, filter: { Prefix: prefix, Suffix: suffix } });
}

async function start(quirks: EmulatorQuirks = {}): Promise<CloudEmulator> {
  const emulator = await startCloudEmulator({ quirks, functionReadyDelayMs: 0 });
  for (const bucket of [BUCKET, 'other-1250000000']) {
    emulator.internals.cos.state.createBucket(bucket, 'ap-guangzhou', 'private', true);
  }
  return emulator;
}

async function createFunction(emulator: CloudEmulator, name = FN): Promise<void> {
  const answer = await callApi(emulator, 'scf', 'CreateFunction', {
    FunctionName: name, Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Code: { ZipFile: ZIP },
  });
  expect(answer).toEqual({});
}

async function createCosTrigger(emulator: CloudEmulator, triggerDesc: string, o: { fn?: string; domain?: string; qualifier?: string } = {}) {
  return callApi(emulator, 'scf', 'CreateTrigger', {
    FunctionName: o.fn ?? FN,
    Type: 'cos',
    TriggerName: o.domain ?? DOMAIN,
    TriggerDesc: triggerDesc,
    Enable: 'OPEN',
    ...(o.qualifier ? { Qualifier: o.qualifier } : {}),
  });
}

async function listedDescs(emulator: CloudEmulator, extra: object = {}): Promise<string[]> {
  const answer = await callApi(emulator, 'scf', 'ListTriggers', { FunctionName: FN, ...extra });
  return (answer.Triggers as Array<{ TriggerDesc: string }>).map((t) => t.TriggerDesc);
}

let emulator: CloudEmulator;
afterEach(async () => {
  await emulator?.stop();
});

describe('CreateTrigger', () => {
  test('answers the trigger as the SDK model Trigger, qualifier defaulting to $LATEST', async () => {
    emulator = await start();
    await createFunction(emulator);
    const answer = await createCosTrigger(emulator, desc('cos:ObjectCreated:*', 'uploads/', '.jpg'));
    const info = answer.TriggerInfo as Record<string, unknown>;
    expect(info).toMatchObject({
      Type: 'cos',
      TriggerName: DOMAIN,
      TriggerDesc: desc('cos:ObjectCreated:*', 'uploads/', '.jpg'),
      Enable: 1,
      Qualifier: '$LATEST',
      AvailableStatus: 'Available',
    });
    expect(info.AddTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(emulator.triggers()).toEqual([expect.objectContaining({ functionName: FN, qualifier: '$LATEST', enable: 'OPEN', triggerName: DOMAIN })]);
  });

  test.each([
    ['equal events, no filters', desc('cos:ObjectCreated:*'), desc('cos:ObjectCreated:*')],
    ['wildcard and member, nested prefixes', desc('cos:ObjectCreated:*', 'uploads/'), desc('cos:ObjectCreated:Put', 'uploads/img/')],
    ['member and wildcard, suffix within suffix', desc('cos:ObjectCreated:Put', '', '.jpg'), desc('cos:ObjectCreated:*', '', 'g')],
    ['prefix on one, suffix on the other', desc('cos:ObjectRemove:Delete', 'a/'), desc('cos:ObjectRemove:Delete', '', '.txt')],
  ])('refuses an overlapping COS rule on the bucket with ResourceInUse.Cos, across functions: %s', async (_name, first, second) => {
    emulator = await start();
    await createFunction(emulator);
    await createFunction(emulator, 'Other');
    expect((await createCosTrigger(emulator, first)).Error).toBeUndefined();
    expect(await errorOf(emulator, 'scf', 'CreateTrigger', {
      FunctionName: 'Other', Type: 'cos', TriggerName: DOMAIN, TriggerDesc: second,
    })).toBe('ResourceInUse.Cos');
    expect(emulator.triggers()).toHaveLength(1);
  });

  test.each([
    ['disjoint prefixes', desc('cos:ObjectCreated:*', 'img/'), desc('cos:ObjectCreated:*', 'doc/')],
    ['disjoint suffixes', desc('cos:ObjectCreated:*', '', '.jpg'), desc('cos:ObjectCreated:*', '', '.png')],
    ['different event families', desc('cos:ObjectCreated:*'), desc('cos:ObjectRemove:*')],
    ['different members of one family', desc('cos:ObjectCreated:Put'), desc('cos:ObjectCreated:Copy')],
  ])('accepts a rule that cannot fire for the same object: %s', async (_name, first, second) => {
    emulator = await start();
    await createFunction(emulator);
    expect((await createCosTrigger(emulator, first)).Error).toBeUndefined();
    expect((await createCosTrigger(emulator, second)).Error).toBeUndefined();
    expect(emulator.triggers()).toHaveLength(2);
  });

  test('a rule on another bucket never overlaps', async () => {
    emulator = await start();
    await createFunction(emulator);
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*'));
    const answer = await createCosTrigger(emulator, desc('cos:ObjectCreated:*'), { domain: 'other-1250000000.cos.ap-guangzhou.myqcloud.com' });
    expect(answer.Error).toBeUndefined();
  });

  test('the quirk allowOverlappingCosTriggers accepts an overlap', async () => {
    emulator = await start({ allowOverlappingCosTriggers: true });
    await createFunction(emulator);
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*'));
    expect((await createCosTrigger(emulator, desc('cos:ObjectCreated:Put'))).Error).toBeUndefined();
  });

  test('at most 10 COS triggers per function (LimitExceeded.Trigger)', async () => {
    emulator = await start();
    await createFunction(emulator);
    for (let i = 0; i < 10; i++) {
      const domain = i < 5 ? DOMAIN : 'other-1250000000.cos.ap-guangzhou.myqcloud.com';
      expect((await createCosTrigger(emulator, desc('cos:ObjectCreated:*', `p${i}/`), { domain })).Error).toBeUndefined();
    }
    expect(await errorOf(emulator, 'scf', 'CreateTrigger', {
      FunctionName: FN, Type: 'cos', TriggerName: DOMAIN, TriggerDesc: desc('cos:ObjectCreated:*', 'p10/'),
    })).toBe('LimitExceeded.Trigger');
  });

  test('at most 10 rules per bucket (LimitExceeded.Trigger), across functions', async () => {
    emulator = await start();
    for (let f = 0; f < 3; f++) await createFunction(emulator, `Fn${f}`);
    for (let i = 0; i < 10; i++) {
      expect((await createCosTrigger(emulator, desc('cos:ObjectCreated:*', `p${i}/`), { fn: `Fn${i % 3}` })).Error).toBeUndefined();
    }
    expect(await errorOf(emulator, 'scf', 'CreateTrigger', {
      FunctionName: 'Fn0', Type: 'cos', TriggerName: DOMAIN, TriggerDesc: desc('cos:ObjectCreated:*', 'p10/'),
    })).toBe('LimitExceeded.Trigger');
  });

  test.each([
    ['a missing function', { FunctionName: 'Nope' }, 'ResourceNotFound.Function'],
    ['a missing bucket', { TriggerName: 'gone-1250000000.cos.ap-guangzhou.myqcloud.com' }, 'ResourceNotFound.Cos'],
    ['a name that is no bucket domain', { TriggerName: 'photos-1250000000' }, 'InvalidParameterValue.TriggerName'],
    ['a description that is no COS rule', { TriggerDesc: '{"event":"cos:ObjectCreated:Any"}' }, 'InvalidParameterValue.TriggerDesc'],
    ['no description', { TriggerDesc: undefined }, 'InvalidParameterValue.TriggerDesc'],
    ['an unknown qualifier', { Qualifier: '7' }, 'ResourceNotFound.Qualifier'],
    ['an unknown Enable', { Enable: 'ON' }, 'InvalidParameterValue.Enable'],
    ['an unknown type', { Type: 'queue' }, 'InvalidParameterValue.Type'],
    ['no function name', { FunctionName: undefined }, 'MissingParameter'],
  ])('refuses %s', async (_name, change, code) => {
    emulator = await start();
    await createFunction(emulator);
    const params = { FunctionName: FN, Type: 'cos', TriggerName: DOMAIN, TriggerDesc: desc('cos:ObjectCreated:*'), ...change };
    expect(await errorOf(emulator, 'scf', 'CreateTrigger', params)).toBe(code);
  });
});

describe('ListTriggers', () => {
  async function threeTriggers(): Promise<string[]> {
    emulator = await start();
    await createFunction(emulator);
    const descs = [desc('cos:ObjectCreated:*', 'a/'), desc('cos:ObjectCreated:*', 'b/'), desc('cos:ObjectRemove:*', 'a/')];
    for (const d of descs) await createCosTrigger(emulator, d);
    return descs;
  }

  test('orders by modification time, newest first, by default (also within one second)', async () => {
    const [a, b, c] = await threeTriggers();
    expect(await listedDescs(emulator)).toEqual([c, b, a]);
  });

  test('Order ASC and OrderBy add_time', async () => {
    const [a, b, c] = await threeTriggers();
    expect(await listedDescs(emulator, { Order: 'ASC' })).toEqual([a, b, c]);
    expect(await listedDescs(emulator, { OrderBy: 'add_time', Order: 'DESC' })).toEqual([c, b, a]);
  });

  test('the TriggerName filter keeps every trigger of the bucket, Offset and Limit page', async () => {
    const [, b, c] = await threeTriggers();
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*'), { domain: 'other-1250000000.cos.ap-guangzhou.myqcloud.com' });
    const filtered = await callApi(emulator, 'scf', 'ListTriggers', {
      FunctionName: FN, Filters: [{ Name: 'TriggerName', Values: [DOMAIN] }], Offset: 0, Limit: 2,
    });
    expect(filtered.TotalCount).toBe(3);
    expect((filtered.Triggers as Array<{ TriggerDesc: string }>).map((t) => t.TriggerDesc)).toEqual([c, b]);
  });

  test('the quirk listTriggersOldestFirst reverses the default order', async () => {
    emulator = await start({ listTriggersOldestFirst: true });
    await createFunction(emulator);
    const a = desc('cos:ObjectCreated:*', 'a/');
    const b = desc('cos:ObjectCreated:*', 'b/');
    await createCosTrigger(emulator, a);
    await createCosTrigger(emulator, b);
    expect(await listedDescs(emulator)).toEqual([a, b]);
  });

  test.each([
    [{ OrderBy: 'name' }, 'InvalidParameterValue.OrderBy'],
    [{ Order: 'UP' }, 'InvalidParameterValue.Order'],
    [{ Filters: [{ Name: 'Type', Values: ['cos'] }] }, 'InvalidParameterValue.Filters'],
    [{ FunctionName: 'Nope' }, 'ResourceNotFound.Function'],
  ])('refuses %j', async (change, code) => {
    emulator = await start();
    await createFunction(emulator);
    expect(await errorOf(emulator, 'scf', 'ListTriggers', { FunctionName: FN, ...change })).toBe(code);
  });
});

describe('UpdateTrigger', () => {
  test('refuses a cos trigger: only timer, ckafka and http can be updated', async () => {
    emulator = await start();
    await createFunction(emulator);
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*'));
    const answer = await callApi(emulator, 'scf', 'UpdateTrigger', {
      FunctionName: FN, TriggerName: DOMAIN, Type: 'cos', Enable: 'CLOSE', TriggerDesc: desc('cos:ObjectCreated:*'),
    });
    expect(answer.Error).toEqual({
      Code: 'InvalidParameterValue.Type',
      Message: 'The parameter `Type` has the invalid value "cos"; allowed: timer, ckafka, http.',
    });
    expect(emulator.triggers()[0].enable).toBe('OPEN');
  });

  test('the quirk updateTriggerAcceptsCos changes the cos trigger in place', async () => {
    emulator = await start({ updateTriggerAcceptsCos: true });
    await createFunction(emulator);
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*'));
    const answer = await callApi(emulator, 'scf', 'UpdateTrigger', {
      FunctionName: FN, TriggerName: DOMAIN, Type: 'cos', Enable: 'CLOSE', TriggerDesc: desc('cos:ObjectCreated:*', 'x/'),
    });
    expect(answer.Error).toBeUndefined();
    expect(emulator.triggers()[0]).toMatchObject({ enable: 'CLOSE', triggerDesc: desc('cos:ObjectCreated:*', 'x/') });
  });
});

describe('DeleteTrigger', () => {
  test('deletes the cos trigger whose TriggerDesc matches, not the newest one on the bucket', async () => {
    emulator = await start();
    await createFunction(emulator);
    const older = desc('cos:ObjectCreated:*', 'uploads/', '.jpg');
    const newer = desc('cos:ObjectCreated:*', 'uploads/', '.png');
    await createCosTrigger(emulator, older);
    await createCosTrigger(emulator, newer);
    const answer = await callApi(emulator, 'scf', 'DeleteTrigger', { FunctionName: FN, TriggerName: DOMAIN, Type: 'cos', TriggerDesc: older });
    expect(answer).toEqual({});
    expect(emulator.triggers().map((t) => t.triggerDesc)).toEqual([newer]);
  });

  test('a desc that matches no trigger is ResourceNotFound.Trigger; no desc is InvalidParameterValue.TriggerDesc', async () => {
    emulator = await start();
    await createFunction(emulator);
    await createCosTrigger(emulator, desc('cos:ObjectCreated:*', 'a/'));
    const base = { FunctionName: FN, TriggerName: DOMAIN, Type: 'cos' };
    expect(await errorOf(emulator, 'scf', 'DeleteTrigger', { ...base, TriggerDesc: desc('cos:ObjectCreated:*', 'b/') })).toBe('ResourceNotFound.Trigger');
    expect(await errorOf(emulator, 'scf', 'DeleteTrigger', base)).toBe('InvalidParameterValue.TriggerDesc');
    expect(emulator.triggers()).toHaveLength(1);
  });

  test('the qualifier must match the trigger\'s ($LATEST by default)', async () => {
    emulator = await start();
    await createFunction(emulator);
    const d = desc('cos:ObjectCreated:*');
    await createCosTrigger(emulator, d, { qualifier: '$DEFAULT' });
    const base = { FunctionName: FN, TriggerName: DOMAIN, Type: 'cos', TriggerDesc: d };
    expect(await errorOf(emulator, 'scf', 'DeleteTrigger', base)).toBe('ResourceNotFound.Trigger');
    expect(await callApi(emulator, 'scf', 'DeleteTrigger', { ...base, Qualifier: '$DEFAULT' })).toEqual({});
    expect(emulator.triggers()).toEqual([]);
  });

  test('the quirk deleteTriggerIgnoresDesc deletes the newest trigger on the bucket', async () => {
    emulator = await start({ deleteTriggerIgnoresDesc: true });
    await createFunction(emulator);
    const older = desc('cos:ObjectCreated:*', 'a/');
    const newer = desc('cos:ObjectCreated:*', 'b/');
    await createCosTrigger(emulator, older);
    await createCosTrigger(emulator, newer);
    await callApi(emulator, 'scf', 'DeleteTrigger', { FunctionName: FN, TriggerName: DOMAIN, Type: 'cos', TriggerDesc: older });
    expect(emulator.triggers().map((t) => t.triggerDesc)).toEqual([older]);
  });
});
