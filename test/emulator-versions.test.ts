// The emulator's SCF versions and aliases, driven like the provider drives them (signed API 3.0 calls through the
// proxy), and what a COS trigger on a version or an alias runs.
import { zipSync } from 'fflate';
import { Api3Answer, callApi, errorOf } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';

const FN = 'resizer';
const PHOTOS = 'photos-1250000000';
const DOMAIN = `${PHOTOS}.cos.ap-guangzhou.myqcloud.com`;

/** A package whose handler answers its label and the version SCF says it runs. */
function code(label: string): string {
  const js = `exports.main_handler = async () => ({ label: ${JSON.stringify(label)}, version: process.env.SCF_FUNCTIONVERSION });`;
  return Buffer.from(zipSync({ 'index.js': new TextEncoder().encode(js) })).toString('base64');
}

let emulator: CloudEmulator;

beforeEach(async () => {
  emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
  await emulator.createBucket(PHOTOS);
  const created = await callApi(emulator, 'scf', 'CreateFunction', {
    FunctionName: FN, Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Description: 'resizes', Timeout: 10, Code: { ZipFile: code('one') },
  });
  expect(created.Error).toBeUndefined();
});

afterEach(async () => {
  await emulator.stop();
});

async function ok(action: string, params: object): Promise<Record<string, unknown>> {
  const answer = await callApi(emulator, 'scf', action, { FunctionName: FN, ...params });
  expect(answer.Error).toBeUndefined();
  return answer;
}

async function deploy(label: string): Promise<void> {
  await ok('UpdateFunctionCode', { Code: { ZipFile: code(label) } });
}

async function upload(key: string): Promise<Array<{ version: string; label?: string; error?: string }>> {
  const before = emulator.invocations.length;
  await emulator.putObject(PHOTOS, key, 'bytes');
  await emulator.settle();
  return emulator.invocations.slice(before).map((i) => ({
    version: i.version,
    ...(i.result ? { label: (i.result as { label: string; version: string }).label } : {}),
    ...(i.error ? { error: i.error } : {}),
  }));
}

async function cosTrigger(qualifier: string, prefix = ''): Promise<Api3Answer> {
  return callApi(emulator, 'scf', 'CreateTrigger', {
    FunctionName: FN,
    Type: 'cos',
    TriggerName: DOMAIN,
    Qualifier: qualifier,
    Enable: 'OPEN',
    TriggerDesc: JSON.stringify({ event: 'cos:ObjectCreated:*', filter: { Prefix: prefix, Suffix: '' } }),
  });
}

describe('PublishVersion', () => {
  test('numbers versions 1, 2, ... and snapshots code and configuration; GetFunction answers each', async () => {
    expect(await ok('PublishVersion', { Description: 'first' })).toEqual({
      FunctionVersion: '1',
      CodeSize: expect.any(Number),
      MemorySize: 128,
      Description: 'first',
      Handler: 'index.main_handler',
      Timeout: 10,
      Runtime: 'Nodejs18.15',
      Namespace: 'default',
    });
    await deploy('two');
    await ok('UpdateFunctionConfiguration', { Timeout: 20, Description: 'resizes faster' });
    expect((await ok('PublishVersion', {})).FunctionVersion).toBe('2');

    const v1 = await ok('GetFunction', { Qualifier: '1' });
    expect(v1).toMatchObject({ FunctionVersion: '1', Qualifier: '1', Description: 'first', Timeout: 10, Status: 'Active' });
    expect(await ok('GetFunction', { Qualifier: '2' })).toMatchObject({ FunctionVersion: '2', Description: '', Timeout: 20 });
    expect(await ok('GetFunction', {})).toMatchObject({ FunctionVersion: '$LATEST', Description: 'resizes faster', Timeout: 20 });
    expect(await ok('ListVersionByFunction', {})).toMatchObject({ FunctionVersion: ['$LATEST', '1', '2'], TotalCount: 3 });
    expect((await ok('ListVersionByFunction', { Order: 'DESC', Limit: 1 })).FunctionVersion).toEqual(['2']);
  });

  test('refuses while the function is Updating, and for a missing function', async () => {
    await emulator.stop();
    emulator = await startCloudEmulator({ functionReadyDelayMs: 60_000 });
    await callApi(emulator, 'scf', 'CreateFunction', { FunctionName: FN, Runtime: 'Nodejs18.15', Code: { ZipFile: code('one') } });
    expect(await errorOf(emulator, 'scf', 'PublishVersion', { FunctionName: FN })).toBe('FailedOperation.PublishVersion');
    expect(await errorOf(emulator, 'scf', 'PublishVersion', { FunctionName: 'nope' })).toBe('ResourceNotFound.Function');
  });

  test('GetFunction of a version that does not exist is ResourceNotFound.Version', async () => {
    expect(await errorOf(emulator, 'scf', 'GetFunction', { FunctionName: FN, Qualifier: '3' })).toBe('ResourceNotFound.Version');
  });

  test('DeleteFunction with a qualifier deletes that version only; numbers are not reused', async () => {
    await ok('PublishVersion', {});
    await ok('PublishVersion', {});
    await ok('DeleteFunction', { Qualifier: '2' });
    expect(await errorOf(emulator, 'scf', 'GetFunction', { FunctionName: FN, Qualifier: '2' })).toBe('ResourceNotFound.Version');
    expect(await ok('GetFunction', { Qualifier: '1' })).toMatchObject({ FunctionVersion: '1' });
    expect((await ok('PublishVersion', {})).FunctionVersion).toBe('3');
    expect(await errorOf(emulator, 'scf', 'DeleteFunction', { FunctionName: FN, Qualifier: '2' })).toBe('ResourceNotFound.Qualifier');
  });

  test('a version an alias routes to cannot be deleted (UnsupportedOperation.AliasBind)', async () => {
    await ok('PublishVersion', {});
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: [{ Version: '1', Weight: 0.1 }] } });
    expect(await errorOf(emulator, 'scf', 'DeleteFunction', { FunctionName: FN, Qualifier: '1' })).toBe('UnsupportedOperation.AliasBind');
    expect(await errorOf(emulator, 'scf', 'DeleteFunction', { FunctionName: FN, Qualifier: '2' })).toBe('UnsupportedOperation.AliasBind');
    await ok('DeleteAlias', { Name: 'live' });
    await ok('DeleteFunction', { Qualifier: '1' });
  });

  test('DeleteFunction without a qualifier removes the function with its versions and aliases', async () => {
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1' });
    await ok('DeleteFunction', {});
    expect(emulator.isEmpty()).toBe(true);
    await callApi(emulator, 'scf', 'CreateFunction', { FunctionName: FN, Runtime: 'Nodejs18.15', Code: { ZipFile: code('again') } });
    expect((await ok('PublishVersion', {})).FunctionVersion).toBe('1');
    expect(await errorOf(emulator, 'scf', 'GetAlias', { FunctionName: FN, Name: 'live' })).toBe('ResourceNotFound.Alias');
  });
});

describe('aliases', () => {
  test('CreateAlias, GetAlias, UpdateAlias, ListAliases answer the SDK shapes; RoutingConfig only with an additional version', async () => {
    await ok('PublishVersion', {});
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1', Description: 'production' });
    expect(await ok('GetAlias', { Name: 'live' })).toEqual({
      FunctionVersion: '1', Name: 'live', Description: 'production', AddTime: expect.any(String), ModTime: expect.any(String),
    });
    await ok('UpdateAlias', { Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: [{ Version: '1', Weight: 0.25 }] } });
    expect(await ok('GetAlias', { Name: 'live' })).toMatchObject({
      FunctionVersion: '2',
      Description: 'production',
      RoutingConfig: { AdditionalVersionWeights: [{ Version: '1', Weight: 0.25 }], AddtionVersionMatchs: [] },
    });
    // Without RoutingConfig, UpdateAlias leaves no additional version.
    await ok('UpdateAlias', { Name: 'live', FunctionVersion: '2', Description: 'all on 2' });
    expect(await ok('GetAlias', { Name: 'live' })).not.toHaveProperty('RoutingConfig');
    const listed = await ok('ListAliases', { Offset: '0', Limit: '10' });
    expect((listed.Aliases as Array<{ Name: string; FunctionVersion: string }>).map((a) => [a.Name, a.FunctionVersion])).toEqual([
      ['$DEFAULT', '$LATEST'], ['live', '2'],
    ]);
    expect(listed.TotalCount).toBe(2);
  });

  test.each([
    ['a name not starting with a letter', { Name: '1live' }, 'InvalidParameterValue.Name'],
    ['a name of 65 characters', { Name: `a${'b'.repeat(64)}` }, 'InvalidParameterValue.Name'],
    ['a missing version', { FunctionVersion: '9' }, 'ResourceNotFound.FunctionVersion'],
    ['a missing additional version', { RoutingConfig: { AdditionalVersionWeights: [{ Version: '9', Weight: 0.5 }] } }, 'ResourceNotFound.FunctionVersion'],
    ['the main version as additional version', { RoutingConfig: { AdditionalVersionWeights: [{ Version: '1', Weight: 0.5 }] } }, 'InvalidParameterValue.RoutingConfig'],
    ['two additional versions', {
      RoutingConfig: { AdditionalVersionWeights: [{ Version: '2', Weight: 0.5 }], AddtionVersionMatchs: [{ Version: '$LATEST', Key: 'invoke.headers.User', Method: 'exact', Expression: 'a' }] },
    }, 'InvalidParameterValue.RoutingConfig'],
    ['a weight of 1', { RoutingConfig: { AdditionalVersionWeights: [{ Version: '2', Weight: 1 }] } }, 'InvalidParameterValue.AdditionalVersionWeights'],
    ['a weight of 0', { RoutingConfig: { AdditionalVersionWeights: [{ Version: '2', Weight: 0 }] } }, 'InvalidParameterValue.AdditionalVersionWeights'],
    ['an unknown match method', { RoutingConfig: { AddtionVersionMatchs: [{ Version: '2', Key: 'invoke.headers.User', Method: 'prefix', Expression: 'a' }] } }, 'InvalidParameterValue.RoutingConfig'],
    ['a range that is no interval', { RoutingConfig: { AddtionVersionMatchs: [{ Version: '2', Key: 'invoke.headers.User', Method: 'range', Expression: '[5,1]' }] } }, 'InvalidParameterValue.RoutingConfig'],
  ])('CreateAlias refuses %s', async (_name, change, codeExpected) => {
    await ok('PublishVersion', {});
    await ok('PublishVersion', {});
    expect(await errorOf(emulator, 'scf', 'CreateAlias', { FunctionName: FN, Name: 'live', FunctionVersion: '1', ...change })).toBe(codeExpected);
  });

  test('CreateAlias accepts a range match and $LATEST as main version; a taken name is ResourceInUse.Alias', async () => {
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'canary', FunctionVersion: '$LATEST', RoutingConfig: { AddtionVersionMatchs: [{ Version: '1', Key: 'invoke.headers.User', Method: 'range', Expression: '[1,50)' }] } });
    expect(await errorOf(emulator, 'scf', 'CreateAlias', { FunctionName: FN, Name: 'canary', FunctionVersion: '1' })).toBe('ResourceInUse.Alias');
  });

  test('$DEFAULT exists, routes to $LATEST, can be updated but not deleted; a missing alias is ResourceNotFound.Alias', async () => {
    expect(await ok('GetAlias', { Name: '$DEFAULT' })).toMatchObject({ FunctionVersion: '$LATEST', Name: '$DEFAULT' });
    await ok('PublishVersion', {});
    await ok('UpdateAlias', { Name: '$DEFAULT', FunctionVersion: '1' });
    expect(await ok('GetAlias', { Name: '$DEFAULT' })).toMatchObject({ FunctionVersion: '1' });
    expect(await errorOf(emulator, 'scf', 'DeleteAlias', { FunctionName: FN, Name: '$DEFAULT' })).toBe('InvalidParameterValue.Alias');
    expect(await errorOf(emulator, 'scf', 'GetAlias', { FunctionName: FN, Name: 'live' })).toBe('ResourceNotFound.Alias');
    expect(await errorOf(emulator, 'scf', 'UpdateAlias', { FunctionName: FN, Name: 'live', FunctionVersion: '1' })).toBe('ResourceNotFound.Alias');
    expect(await errorOf(emulator, 'scf', 'DeleteAlias', { FunctionName: FN, Name: 'live' })).toBe('ResourceNotFound.Alias');
  });
});

describe('triggers on versions and aliases', () => {
  test('CreateTrigger needs the qualifier to exist: an unknown version or alias is ResourceNotFound.Qualifier', async () => {
    expect((await cosTrigger('live')).Error?.Code).toBe('ResourceNotFound.Qualifier');
    expect((await cosTrigger('1')).Error?.Code).toBe('ResourceNotFound.Qualifier');
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1' });
    expect((await cosTrigger('live', 'a/')).Error).toBeUndefined();
    expect((await cosTrigger('1', 'b/')).Error).toBeUndefined();
  });

  test('a trigger on a version runs that version\'s code, whatever $LATEST holds now', async () => {
    await ok('PublishVersion', {});
    await deploy('two');
    expect((await cosTrigger('1')).Error).toBeUndefined();
    expect(await upload('x.jpg')).toEqual([{ version: '1', label: 'one' }]);
    const result = emulator.invocations[0].result as { version: string };
    expect(result.version).toBe('1');
  });

  test('a trigger on an alias follows the alias when it moves: the trigger itself is untouched', async () => {
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1' });
    expect((await cosTrigger('live')).Error).toBeUndefined();
    const trigger = emulator.triggers()[0];
    expect(await upload('a.jpg')).toEqual([{ version: '1', label: 'one' }]);

    await deploy('two');
    expect(await upload('b.jpg')).toEqual([{ version: '1', label: 'one' }]);
    await ok('PublishVersion', {});
    await ok('UpdateAlias', { Name: 'live', FunctionVersion: '2' });
    expect(await upload('c.jpg')).toEqual([{ version: '2', label: 'two' }]);
    expect(emulator.triggers()).toEqual([trigger]);
  });

  test('weighted routing is deterministic: the additional version gets every (1/w)-th invocation', async () => {
    await ok('PublishVersion', {});
    await deploy('two');
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: [{ Version: '2', Weight: 0.5 }] } });
    expect((await cosTrigger('live')).Error).toBeUndefined();
    const runs: string[] = [];
    for (const key of ['1', '2', '3', '4']) runs.push(...(await upload(`${key}.jpg`)).map((r) => `${r.version}:${r.label}`));
    expect(runs).toEqual(['1:one', '2:two', '1:one', '2:two']);

    await ok('UpdateAlias', { Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: [{ Version: '2', Weight: 0.25 }] } });
    const later: string[] = [];
    for (const key of ['5', '6', '7', '8']) later.push(...(await upload(`${key}.jpg`)).map((r) => r.version));
    // The alias has run 4 times: invocations 4..7 with w = 0.25 send the 8th (index 7) to the additional version.
    expect(later).toEqual(['1', '1', '1', '2']);
  });

  test('rule routing needs a routing key COS events do not carry: the main version runs', async () => {
    await ok('PublishVersion', {});
    await deploy('two');
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1', RoutingConfig: { AddtionVersionMatchs: [{ Version: '2', Key: 'invoke.headers.User', Method: 'exact', Expression: 'a' }] } });
    expect((await cosTrigger('live')).Error).toBeUndefined();
    expect(await upload('a.jpg')).toEqual([{ version: '1', label: 'one' }]);
  });

  test('a trigger on $DEFAULT runs $LATEST until $DEFAULT is moved to a version', async () => {
    await ok('PublishVersion', {});
    await deploy('two');
    expect((await cosTrigger('$DEFAULT')).Error).toBeUndefined();
    expect(await upload('a.jpg')).toEqual([{ version: '$LATEST', label: 'two' }]);
    await ok('UpdateAlias', { Name: '$DEFAULT', FunctionVersion: '1' });
    expect(await upload('b.jpg')).toEqual([{ version: '1', label: 'one' }]);
  });

  test('a trigger whose alias was deleted fails its deliveries with a message naming the qualifier', async () => {
    await ok('PublishVersion', {});
    await ok('CreateAlias', { Name: 'live', FunctionVersion: '1' });
    expect((await cosTrigger('live')).Error).toBeUndefined();
    await ok('DeleteAlias', { Name: 'live' });
    expect(await upload('a.jpg')).toEqual([{
      version: 'live', error: `the trigger invokes live, which is no version or alias of function default/${FN} (any more)`,
    }]);
  });

  test('deleting a version deletes the triggers on it', async () => {
    await ok('PublishVersion', {});
    expect((await cosTrigger('1')).Error).toBeUndefined();
    await ok('DeleteFunction', { Qualifier: '1' });
    expect(emulator.triggers()).toEqual([]);
  });
});
