// The emulator's SCF async retry settings, concurrency and layers, driven like the provider drives them (signed
// API 3.0 calls through the proxy), answered in the shapes the provider reads.
import { zipSync } from 'fflate';
import { callApi, errorOf } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';

const FN = 'resizer';
const ZIP = Buffer.from(zipSync({ 'index.js': new TextEncoder().encode('exports.main_handler = async () => "ok";') })).toString('base64');

let emulator: CloudEmulator;

beforeEach(async () => {
  emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
  const created = await callApi(emulator, 'scf', 'CreateFunction', {
    FunctionName: FN, Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Code: { ZipFile: ZIP },
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

async function fails(action: string, params: object): Promise<string> {
  return errorOf(emulator, 'scf', action, { FunctionName: FN, ...params });
}

describe('async retry settings', () => {
  test('a function never configured answers the default policy; UpdateFunctionEventInvokeConfig replaces it', async () => {
    expect(await ok('GetFunctionEventInvokeConfig', {})).toEqual({ AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 2 }], MsgTTL: 21600 } });
    await ok('UpdateFunctionEventInvokeConfig', { Namespace: 'default', AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 0 }], MsgTTL: 3600 } });
    expect(await ok('GetFunctionEventInvokeConfig', { Namespace: 'default' })).toEqual({ AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 0 }], MsgTTL: 3600 } });
  });

  test.each([
    ['no AsyncTriggerConfig', {}, 'MissingParameter'],
    ['no MsgTTL', { AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 1 }] } }, 'InvalidParameterValue.AsyncTriggerConfig'],
    ['two RetryConfig elements', { AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 1 }, { RetryNum: 2 }], MsgTTL: 60 } }, 'InvalidParameterValue.AsyncTriggerConfig'],
    ['a negative RetryNum', { AsyncTriggerConfig: { RetryConfig: [{ RetryNum: -1 }], MsgTTL: 60 } }, 'InvalidParameterValue.AsyncTriggerConfig'],
    ['a missing function', { FunctionName: 'nope', AsyncTriggerConfig: { RetryConfig: [{ RetryNum: 1 }], MsgTTL: 60 } }, 'ResourceNotFound.Function'],
  ])('UpdateFunctionEventInvokeConfig refuses %s', async (_name, params, code) => {
    expect(await fails('UpdateFunctionEventInvokeConfig', params)).toBe(code);
  });

  test('GetFunctionEventInvokeConfig of a version that does not exist is ResourceNotFound.Version', async () => {
    expect(await fails('GetFunctionEventInvokeConfig', { Qualifier: '1' })).toBe('ResourceNotFound.Version');
  });
});

describe('reserved concurrency', () => {
  test('Put, Get and Delete: ReservedMem is absent (null) when none is set', async () => {
    expect(await ok('GetReservedConcurrencyConfig', {})).toEqual({});
    await ok('PutReservedConcurrencyConfig', { ReservedConcurrencyMem: 12800 });
    expect(await ok('GetReservedConcurrencyConfig', {})).toEqual({ ReservedMem: 12800 });
    await ok('DeleteReservedConcurrencyConfig', {});
    expect(await ok('GetReservedConcurrencyConfig', {})).toEqual({});
  });

  test('refuses a missing amount and a missing function', async () => {
    expect(await fails('PutReservedConcurrencyConfig', {})).toBe('MissingParameter');
    expect(await fails('PutReservedConcurrencyConfig', { FunctionName: 'nope', ReservedConcurrencyMem: 128 })).toBe('ResourceNotFound.Function');
  });
});

describe('provisioned concurrency', () => {
  test('Put on a version, Get answers it as done (Available = Allocated) with the actions as sent, Delete removes it', async () => {
    await ok('PublishVersion', {});
    const action = { TriggerName: 'morning', TriggerProvisionedConcurrencyNum: 5, TriggerCronConfig: '0 0 8 * * * *' };
    await ok('PutProvisionedConcurrencyConfig', { Qualifier: '1', VersionProvisionedConcurrencyNum: 2, TriggerActions: [action] });
    expect(await ok('GetProvisionedConcurrencyConfig', { Qualifier: '1' })).toEqual({
      UnallocatedConcurrencyNum: 298,
      Allocated: [{
        AllocatedProvisionedConcurrencyNum: 2, AvailableProvisionedConcurrencyNum: 2, Status: 'Done', StatusReason: '', Qualifier: '1', TriggerActions: [action],
      }],
    });
    await ok('DeleteProvisionedConcurrencyConfig', { Qualifier: '1' });
    expect((await ok('GetProvisionedConcurrencyConfig', { Qualifier: '1' })).Allocated).toEqual([]);
  });

  test.each([
    ['$LATEST', { Qualifier: '$LATEST', VersionProvisionedConcurrencyNum: 1 }, 'InvalidParameterValue.Qualifier'],
    ['a missing version', { Qualifier: '7', VersionProvisionedConcurrencyNum: 1 }, 'ResourceNotFound.Version'],
    ['no amount', { Qualifier: '1' }, 'MissingParameter'],
    ['an unknown type', { Qualifier: '1', VersionProvisionedConcurrencyNum: 1, ProvisionedType: 'Dynamic' }, 'InvalidParameterValue.ProvisionType'],
    ['tracking without a target', {
      Qualifier: '1', VersionProvisionedConcurrencyNum: 0, ProvisionedType: 'ConcurrencyUtilizationTracking', MinCapacity: 1, MaxCapacity: 2,
    }, 'InvalidParameterValue.TrackingTarget'],
    ['tracking with MaxCapacity below MinCapacity', {
      Qualifier: '1', VersionProvisionedConcurrencyNum: 0, ProvisionedType: 'ConcurrencyUtilizationTracking', TrackingTarget: 0.5, MinCapacity: 3, MaxCapacity: 2,
    }, 'LimitExceeded.MaxCapacity'],
    ['a cron of six fields', {
      Qualifier: '1', VersionProvisionedConcurrencyNum: 1, TriggerActions: [{ TriggerName: 'a', TriggerProvisionedConcurrencyNum: 1, TriggerCronConfig: '0 0 8 * * *' }],
    }, 'InvalidParameterValue.TriggerCronConfig'],
    ['two actions of one name', {
      Qualifier: '1',
      VersionProvisionedConcurrencyNum: 1,
      TriggerActions: [
        { TriggerName: 'a', TriggerProvisionedConcurrencyNum: 1, TriggerCronConfig: '0 0 8 * * * *' },
        { TriggerName: 'a', TriggerProvisionedConcurrencyNum: 1, TriggerCronConfig: '0 0 9 * * * *' },
      ],
    }, 'InvalidParameterValue.ProvisionTriggerNameDuplicate'],
  ])('PutProvisionedConcurrencyConfig refuses %s', async (_name, params, code) => {
    await ok('PublishVersion', {});
    expect(await fails('PutProvisionedConcurrencyConfig', params)).toBe(code);
  });

  test('accepts utilization tracking with a target and capacities; deleting the version removes its configuration', async () => {
    await ok('PublishVersion', {});
    await ok('PutProvisionedConcurrencyConfig', {
      Qualifier: '1', VersionProvisionedConcurrencyNum: 0, ProvisionedType: 'ConcurrencyUtilizationTracking', TrackingTarget: 0.6, MinCapacity: 1, MaxCapacity: 4,
    });
    expect((await ok('GetProvisionedConcurrencyConfig', {})).Allocated).toHaveLength(1);
    await ok('DeleteFunction', { Qualifier: '1' });
    expect((await ok('GetProvisionedConcurrencyConfig', {})).Allocated).toEqual([]);
  });
});

describe('layers', () => {
  test('PublishLayerVersion numbers versions per layer; GetLayerVersion answers what the provider reads; Delete removes one', async () => {
    const publish = { LayerName: 'sharp', CompatibleRuntimes: ['Nodejs18.15'], Content: { ZipFile: ZIP }, Description: 'image library', LicenseInfo: 'Apache-2.0' };
    expect(await callApi(emulator, 'scf', 'PublishLayerVersion', publish)).toEqual({ LayerVersion: 1 });
    expect(await callApi(emulator, 'scf', 'PublishLayerVersion', publish)).toEqual({ LayerVersion: 2 });
    expect(await callApi(emulator, 'scf', 'GetLayerVersion', { LayerName: 'sharp', LayerVersion: 1 })).toEqual({
      CompatibleRuntimes: ['Nodejs18.15'],
      AddTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      Description: 'image library',
      LicenseInfo: 'Apache-2.0',
      LayerVersion: 1,
      LayerName: 'sharp',
      Status: 'Active',
      CodeSha256: emulator.functions()[0].codeSha256,
      Location: 'https://scf-layer-1250000000.cos.internal/sharp/1.zip',
    });
    const listed = await callApi(emulator, 'scf', 'ListLayerVersions', { LayerName: 'sharp' });
    expect((listed.LayerVersions as Array<{ LayerVersion: number }>).map((l) => l.LayerVersion)).toEqual([2, 1]);
    expect(await callApi(emulator, 'scf', 'DeleteLayerVersion', { LayerName: 'sharp', LayerVersion: 1 })).toEqual({});
    expect(await errorOf(emulator, 'scf', 'GetLayerVersion', { LayerName: 'sharp', LayerVersion: 1 })).toBe('ResourceNotFound.LayerVersion');
    expect(await errorOf(emulator, 'scf', 'DeleteLayerVersion', { LayerName: 'sharp', LayerVersion: 1 })).toBe('ResourceNotFound.LayerVersion');
  });

  test.each([
    ['a name ending with "-"', { LayerName: 'sharp-' }, 'InvalidParameterValue.LayerName'],
    ['no runtimes', { CompatibleRuntimes: [] }, 'InvalidParameterValue.CompatibleRuntimes'],
    ['an unknown runtime', { CompatibleRuntimes: ['nodejs18'] }, 'InvalidParameterValue.CompatibleRuntimes'],
    ['no content', { Content: undefined }, 'InvalidParameterValue.Content'],
    ['content that is no zip', { Content: { ZipFile: Buffer.from('text').toString('base64') } }, 'InvalidParameterValue.ZipFile'],
  ])('PublishLayerVersion refuses %s', async (_name, change, code) => {
    const params = { LayerName: 'sharp', CompatibleRuntimes: ['Nodejs18.15'], Content: { ZipFile: ZIP }, ...change };
    expect(await errorOf(emulator, 'scf', 'PublishLayerVersion', params)).toBe(code);
  });

  test('a function binds existing, compatible layer versions; GetFunction answers them; an empty list unbinds', async () => {
    await callApi(emulator, 'scf', 'PublishLayerVersion', { LayerName: 'sharp', CompatibleRuntimes: ['Nodejs18.15'], Content: { ZipFile: ZIP } });
    await callApi(emulator, 'scf', 'PublishLayerVersion', { LayerName: 'numpy', CompatibleRuntimes: ['Python3.9'], Content: { ZipFile: ZIP } });
    expect(await fails('UpdateFunctionConfiguration', { Layers: [{ LayerName: 'sharp', LayerVersion: 2 }] })).toBe('ResourceNotFound.Layer');
    expect(await fails('UpdateFunctionConfiguration', { Layers: [{ LayerName: 'numpy', LayerVersion: 1 }] })).toBe('InvalidParameterValue.Layers');
    await ok('UpdateFunctionConfiguration', { Layers: [{ LayerName: 'sharp', LayerVersion: 1 }], ClsLogsetId: 'logset-1', ClsTopicId: 'topic-1' });
    const fn = await ok('GetFunction', {});
    expect(fn.Layers).toEqual([expect.objectContaining({ LayerName: 'sharp', LayerVersion: 1, CompatibleRuntimes: ['Nodejs18.15'], Status: 'Active' })]);
    expect([fn.ClsLogsetId, fn.ClsTopicId]).toEqual(['logset-1', 'topic-1']);
    await ok('UpdateFunctionConfiguration', { Layers: [] });
    expect((await ok('GetFunction', {})).Layers).toEqual([]);
  });
});
