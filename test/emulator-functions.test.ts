// The emulator's SCF functions and CAM: what the provider reads back, the status it waits for, and the
// request checks with the real error codes.
import { zipSync } from 'fflate';
import { callApi, errorOf } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';
import { CosTestClient } from '../lib/testing/emulator/cos-client';

const ZIP_BYTES = Buffer.from(zipSync({ 'index.js': new TextEncoder().encode('exports.main_handler = async () => "ok";') }));
const ZIP = ZIP_BYTES.toString('base64');
const BASE = { FunctionName: 'Resizer', Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Code: { ZipFile: ZIP } };

let emulator: CloudEmulator;

/**
 * Stops the clock the emulator reads (`Date.now`) at the current time; `advance` moves it on. Status changes that
 * depend on time are then checked without sleeping, whatever the machine's load.
 */
function stoppedClock(): { advance(ms: number): void } {
  let now = Date.now();
  jest.spyOn(Date, 'now').mockImplementation(() => now);
  return { advance: (ms) => { now += ms; } };
}

afterEach(async () => {
  jest.restoreAllMocks();
  await emulator?.stop();
});

describe('functions', () => {
  test('a new function is Creating, then Active; GetFunction answers every field the provider reads', async () => {
    emulator = await startCloudEmulator({ functionReadyDelayMs: 300 });
    const clock = stoppedClock();
    await callApi(emulator, 'scf', 'CreateFunction', {
      ...BASE,
      Description: 'resizes',
      MemorySize: 256,
      Timeout: 30,
      Environment: { Variables: [{ Key: 'A', Value: '1' }] },
      VpcConfig: { VpcId: 'vpc-1', SubnetId: 'subnet-1' },
      PublicNetConfig: { PublicNetStatus: 'ENABLE', EipConfig: { EipStatus: 'DISABLE' } },
    });
    const first = await callApi(emulator, 'scf', 'GetFunction', { FunctionName: 'Resizer' });
    expect(first.Status).toBe('Creating');
    clock.advance(299);
    expect((await callApi(emulator, 'scf', 'GetFunction', { FunctionName: 'Resizer' })).Status).toBe('Creating');
    clock.advance(1);
    const fn = await callApi(emulator, 'scf', 'GetFunction', { FunctionName: 'Resizer', Namespace: 'default' });
    expect(fn).toMatchObject({
      FunctionName: 'Resizer',
      Namespace: 'default',
      Status: 'Active',
      Handler: 'index.main_handler',
      Runtime: 'Nodejs18.15',
      Description: 'resizes',
      MemorySize: 256,
      Timeout: 30,
      CodeSize: ZIP_BYTES.length,
      Environment: { Variables: [{ Key: 'A', Value: '1' }] },
      VpcConfig: { VpcId: 'vpc-1', SubnetId: 'subnet-1' },
      L5Enable: 'FALSE',
      InstallDependency: 'FALSE',
      EipConfig: { EipFixed: 'FALSE', Eips: [] },
      AccessInfo: { Host: '', Vip: '' },
      PublicNetConfig: { PublicNetStatus: 'ENABLE', EipConfig: { EipStatus: 'DISABLE', EipAddress: [] } },
      Triggers: [],
      Tags: [],
    });
    expect(fn.FunctionId).toMatch(/^lam-[0-9a-f]{8}$/);
    expect(emulator.functions()[0]).toMatchObject({ name: 'Resizer', status: 'Active', code: ZIP_BYTES, environment: { A: '1' } });
  });

  test('a change while the function is Creating or Updating is refused; code and configuration change after it', async () => {
    emulator = await startCloudEmulator({ functionReadyDelayMs: 200 });
    const clock = stoppedClock();
    const settle = (): void => clock.advance(200);
    await callApi(emulator, 'scf', 'CreateFunction', BASE);
    expect(await errorOf(emulator, 'scf', 'UpdateFunctionConfiguration', { FunctionName: 'Resizer', Timeout: 9 })).toBe('FailedOperation.FunctionStatusError');
    settle();
    const other = Buffer.from(zipSync({ 'main.js': new TextEncoder().encode('exports.run = () => 1;') }));
    const code = { FunctionName: 'Resizer', Handler: 'main.run', Code: { ZipFile: other.toString('base64') } };
    expect(await callApi(emulator, 'scf', 'UpdateFunctionCode', code)).toEqual({});
    expect((await callApi(emulator, 'scf', 'GetFunction', { FunctionName: 'Resizer' })).Status).toBe('Updating');
    settle();
    expect(await callApi(emulator, 'scf', 'UpdateFunctionConfiguration', {
      FunctionName: 'Resizer', Timeout: 9, Environment: { Variables: [{ Key: '', Value: '' }] },
    })).toEqual({});
    expect(emulator.functions()[0]).toMatchObject({ handler: 'main.run', code: other, timeout: 9, environment: {}, status: 'Updating' });
  });

  test('code from a COS object of the account (CosBucketName without the APPID)', async () => {
    emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
    const cos = new CosTestClient(emulator.internals.cos);
    await cos.createBucket('code-1250000000');
    await cos.putObject('code-1250000000', 'pkg/fn.zip', ZIP_BYTES);
    await callApi(emulator, 'scf', 'CreateFunction', {
      ...BASE, Code: { CosBucketName: 'code', CosObjectName: '/pkg/fn.zip', CosBucketRegion: 'ap-guangzhou' },
    });
    expect(emulator.functions()[0].code).toEqual(ZIP_BYTES);
    expect(await errorOf(emulator, 'scf', 'CreateFunction', {
      ...BASE, FunctionName: 'Other', Code: { CosBucketName: 'code', CosObjectName: '/pkg/missing.zip' },
    })).toBe('ResourceNotFound.CosObject');
  });

  test.each([
    ['a name starting with a digit', { FunctionName: '1fn' }, 'InvalidParameterValue.FunctionName'],
    ['a name ending with "-"', { FunctionName: 'fn-' }, 'InvalidParameterValue.FunctionName'],
    ['an unknown runtime', { Runtime: 'Nodejs99' }, 'InvalidParameterValue.Runtime'],
    ['no runtime', { Runtime: undefined }, 'MissingParameter.Runtime'],
    ['no code', { Code: undefined }, 'MissingParameter.Code'],
    ['code that is not a zip', { Code: { ZipFile: Buffer.from('hello').toString('base64') } }, 'InvalidParameterValue.ZipFile'],
    ['code that is not base64', { Code: { ZipFile: '***' } }, 'InvalidParameterValue.ZipFileBase64BinasciiError'],
    ['memory off the 128 MB steps', { MemorySize: 200 }, 'InvalidParameterValue.MemorySize'],
    ['a timeout over 900 s', { Timeout: 901 }, 'InvalidParameterValue'],
    ['a handler without a method', { Handler: 'index' }, 'InvalidParameterValue.Handler'],
    ['a role that does not exist', { Role: 'ghost' }, 'ResourceNotFound.Role'],
    ['a namespace that does not exist', { Namespace: 'ghost' }, 'ResourceNotFound.Namespace'],
    ['a VPC without a subnet', { VpcConfig: { VpcId: 'vpc-1' } }, 'InvalidParameterValue.Vpc'],
  ])('CreateFunction refuses %s', async (_name, change, code) => {
    emulator = await startCloudEmulator();
    expect(await errorOf(emulator, 'scf', 'CreateFunction', { ...BASE, ...change })).toBe(code);
    expect(emulator.functions()).toEqual([]);
  });

  test('a second function of the same name is ResourceInUse.Function; deleting removes its triggers too', async () => {
    emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
    await new CosTestClient(emulator.internals.cos).createBucket('photos-1250000000');
    await callApi(emulator, 'scf', 'CreateFunction', BASE);
    expect(await errorOf(emulator, 'scf', 'CreateFunction', BASE)).toBe('ResourceInUse.Function');
    await callApi(emulator, 'scf', 'CreateTrigger', {
      FunctionName: 'Resizer',
      Type: 'cos',
      TriggerName: 'photos-1250000000.cos.ap-guangzhou.myqcloud.com',
      TriggerDesc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}',
    });
    expect(await callApi(emulator, 'scf', 'DeleteFunction', { FunctionName: 'Resizer' })).toEqual({});
    expect(emulator.triggers()).toEqual([]);
    expect(await errorOf(emulator, 'scf', 'GetFunction', { FunctionName: 'Resizer' })).toBe('ResourceNotFound.Function');
    expect(await errorOf(emulator, 'scf', 'DeleteFunction', { FunctionName: 'Resizer' })).toBe('ResourceNotFound.Function');
  });
});

describe('namespaces', () => {
  test('a function lives in a created namespace; a namespace with functions cannot be deleted', async () => {
    emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
    expect(await callApi(emulator, 'scf', 'CreateNamespace', { Namespace: 'prod', Description: 'production' })).toEqual({});
    await callApi(emulator, 'scf', 'CreateFunction', { ...BASE, Namespace: 'prod' });
    expect(emulator.functions()[0]).toMatchObject({ name: 'Resizer', namespace: 'prod' });
    const list = await callApi(emulator, 'scf', 'ListNamespaces', {});
    expect(list).toMatchObject({ TotalCount: 2, Namespaces: [{ Name: 'default', Type: 'default' }, { Name: 'prod', Description: 'production', Type: 'user' }] });
    expect(await errorOf(emulator, 'scf', 'CreateNamespace', { Namespace: 'prod' })).toBe('ResourceInUse.Namespace');
    expect(await errorOf(emulator, 'scf', 'DeleteNamespace', { Namespace: 'prod' })).toBe('ResourceInUse.Namespace');
    await callApi(emulator, 'scf', 'DeleteFunction', { FunctionName: 'Resizer', Namespace: 'prod' });
    expect(await callApi(emulator, 'scf', 'DeleteNamespace', { Namespace: 'prod' })).toEqual({});
    expect(emulator.isEmpty()).toBe(true);
  });

  test.each([
    ['CreateNamespace', { Namespace: 'default' }, 'InvalidParameterValue.DefaultNamespace'],
    ['CreateNamespace', { Namespace: '9lives' }, 'InvalidParameterValue.Namespace'],
    ['DeleteNamespace', { Namespace: 'default' }, 'InvalidParameterValue.Namespace'],
    ['DeleteNamespace', { Namespace: 'ghost' }, 'ResourceNotFound.Namespace'],
    ['UpdateNamespace', { Namespace: 'ghost', Description: 'x' }, 'ResourceNotFound.Namespace'],
  ])('%s refuses %j', async (action, params, code) => {
    emulator = await startCloudEmulator();
    expect(await errorOf(emulator, 'scf', action, params)).toBe(code);
  });
});

describe('CAM', () => {
  const ROLE_DOC = '{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"service":["scf.qcloud.com"]}}]}';
  const POLICY_DOC = '{"version":"2.0","statement":[{"action":["name/cos:GetObject"],"effect":"allow","resource":["qcs::cos:ap-guangzhou:uid/1250000000:a-1250000000/*"]}]}';

  test('roles, policies and attachments round-trip as the provider reads them', async () => {
    emulator = await startCloudEmulator();
    const { RoleId } = await callApi(emulator, 'cam', 'CreateRole', { RoleName: 'runner', PolicyDocument: ROLE_DOC, Description: 'runs', ConsoleLogin: 0 });
    const { PolicyId } = await callApi(emulator, 'cam', 'CreatePolicy', { PolicyName: 'read', PolicyDocument: POLICY_DOC });
    expect(await callApi(emulator, 'cam', 'AttachRolePolicy', { AttachRoleId: RoleId, PolicyId })).toEqual({});
    const roles = await callApi(emulator, 'cam', 'DescribeRoleList', { Page: 1, Rp: 20 });
    expect(roles).toMatchObject({ TotalNum: 1, List: [{ RoleId, RoleName: 'runner', PolicyDocument: ROLE_DOC, Description: 'runs', ConsoleLogin: 0 }] });
    const policy = await callApi(emulator, 'cam', 'GetPolicy', { PolicyId });
    // CAM escapes '/' in documents; the provider replaces '\/' with '/' when it reads them.
    expect(policy).toMatchObject({ PolicyName: 'read', Type: 1, PolicyDocument: POLICY_DOC.replace(/\//g, '\\/') });
    const attached = await callApi(emulator, 'cam', 'ListAttachedRolePolicies', { RoleId, Page: 1, Rp: 20 });
    expect(attached).toMatchObject({ TotalNum: 1, List: [{ PolicyId, PolicyName: 'read', PolicyType: 'User' }] });
    expect(emulator.roles()).toEqual([{ roleId: RoleId, name: 'runner', document: ROLE_DOC, description: 'runs', attachedPolicyIds: [PolicyId] }]);
    await callApi(emulator, 'cam', 'DetachRolePolicy', { DetachRoleId: RoleId, PolicyId });
    await callApi(emulator, 'cam', 'DeletePolicy', { PolicyId: [PolicyId] });
    await callApi(emulator, 'cam', 'DeleteRole', { RoleId });
    expect(emulator.isEmpty()).toBe(true);
    expect(await errorOf(emulator, 'cam', 'GetPolicy', { PolicyId })).toBe('ResourceNotFound.PolicyIdNotFound');
    expect(await errorOf(emulator, 'cam', 'DeleteRole', { RoleId })).toBe('InvalidParameter.RoleNotExist');
  });

  test.each([
    ['CreateRole', { RoleName: 'runner', PolicyDocument: ROLE_DOC }, 'InvalidParameter.RoleNameInUse'],
    ['CreateRole', { RoleName: 'bad name', PolicyDocument: ROLE_DOC }, 'InvalidParameter.RoleNameError'],
    ['CreateRole', { RoleName: 'x', PolicyDocument: '{"version":"1.0","statement":[]}' }, 'InvalidParameter.VersionError'],
    ['CreatePolicy', { PolicyName: 'p', PolicyDocument: 'not json' }, 'InvalidParameter.PolicyDocumentError'],
    ['CreatePolicy', { PolicyName: 'p', PolicyDocument: '{"version":"2.0","statement":[{"effect":"maybe"}]}' }, 'InvalidParameter.EffectError'],
    ['AttachRolePolicy', { AttachRoleId: '1', PolicyId: 1 }, 'InvalidParameter.RoleNotExist'],
  ])('%s refuses %j', async (action, params, code) => {
    emulator = await startCloudEmulator();
    await callApi(emulator, 'cam', 'CreateRole', { RoleName: 'runner', PolicyDocument: ROLE_DOC });
    expect(await errorOf(emulator, 'cam', action, params)).toBe(code);
  });

  test('the account: GetUserAppId', async () => {
    emulator = await startCloudEmulator({ appId: '1300000001', ownerUin: '200000000002' });
    expect(await callApi(emulator, 'cam', 'GetUserAppId', {})).toEqual({ Uin: '200000000002', OwnerUin: '200000000002', AppId: 1300000001 });
  });
});
