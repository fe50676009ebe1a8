// The small products the examples' handlers call (CDN PurgeUrlsCache, SSM GetSecretValue), and the role
// credentials a function gets: accepted only with their session token.
import { callApi, errorOf, rawCall } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';
import { mintRoleCredentials } from '../lib/testing/emulator/sts';

let emulator: CloudEmulator;
beforeAll(async () => {
  emulator = await startCloudEmulator({ cdnDomains: ['static.example.com'] });
  emulator.putSecret('db-password', 'v1', 's3cret');
});
afterAll(async () => {
  await emulator.stop();
});

describe('CDN PurgeUrlsCache', () => {
  test('records the purge and answers a task id', async () => {
    const answer = await callApi(emulator, 'cdn', 'PurgeUrlsCache', { Urls: ['https://static.example.com/a.html', 'https://static.example.com/b%20c.css'] });
    expect(answer.TaskId).toMatch(/^\d+-[0-9a-f]{8}$/);
    expect(emulator.cdnPurges()).toEqual([
      { taskId: answer.TaskId, urls: ['https://static.example.com/a.html', 'https://static.example.com/b%20c.css'], time: expect.any(Number) },
    ]);
  });

  test.each([
    ['a domain that is not the account\'s', ['https://other.example.com/a'], 'ResourceNotFound.CdnHostNotExists'],
    ['no URL', [], 'InvalidParameter.CdnParamError'],
    ['a wildcard', ['https://static.example.com/*'], 'InvalidParameter.CdnPurgeWildcardNotAllowed'],
    ['more than 1000 URLs', Array.from({ length: 1001 }, (_, i) => `https://static.example.com/${i}`), 'LimitExceeded.CdnPurgeUrlExceedBatchLimit'],
  ])('refuses %s', async (_name, urls, code) => {
    expect(await errorOf(emulator, 'cdn', 'PurgeUrlsCache', { Urls: urls })).toBe(code);
  });
});

describe('SSM GetSecretValue', () => {
  test('answers a stored secret version', async () => {
    expect(await callApi(emulator, 'ssm', 'GetSecretValue', { SecretName: 'db-password', VersionId: 'v1' })).toEqual({
      SecretName: 'db-password', VersionId: 'v1', SecretBinary: '', SecretString: 's3cret',
    });
  });

  test('a missing secret or version is ResourceNotFound.SecretNotExist', async () => {
    expect(await errorOf(emulator, 'ssm', 'GetSecretValue', { SecretName: 'db-password', VersionId: 'v2' })).toBe('ResourceNotFound.SecretNotExist');
    expect(await errorOf(emulator, 'ssm', 'GetSecretValue', { SecretName: 'nope', VersionId: 'v1' })).toBe('ResourceNotFound.SecretNotExist');
  });
});

describe('role credentials', () => {
  const call = (o: { secretId: string; secretKey: string; token?: string }) => rawCall(emulator, {
    host: 'ssm.tencentcloudapi.com',
    action: 'GetSecretValue',
    version: '2019-09-23',
    region: 'ap-guangzhou',
    body: JSON.stringify({ SecretName: 'db-password', VersionId: 'v1' }),
    ...o,
  });
  const codeOf = (body: string): string | undefined => (JSON.parse(body) as { Response: { Error?: { Code: string } } }).Response.Error?.Code;

  beforeAll(async () => {
    const { RoleId } = await callApi(emulator, 'cam', 'CreateRole', {
      RoleName: 'runner', PolicyDocument: '{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"service":["scf.qcloud.com"]}}]}',
    });
    const { PolicyId } = await callApi(emulator, 'cam', 'CreatePolicy', {
      PolicyName: 'runner-policy', PolicyDocument: '{"version":"2.0","statement":[{"action":["name/ssm:GetSecretValue"],"effect":"allow","resource":["*"]}]}',
    });
    await callApi(emulator, 'cam', 'AttachRolePolicy', { AttachRoleId: RoleId, PolicyId });
  });

  test('minted credentials sign calls when their session token comes along', async () => {
    const c = mintRoleCredentials('runner');
    expect(codeOf((await call({ secretId: c.tmpSecretId, secretKey: c.tmpSecretKey, token: c.sessionToken })).body)).toBeUndefined();
    expect(codeOf((await call({ secretId: c.tmpSecretId, secretKey: c.tmpSecretKey })).body)).toBe('AuthFailure.TokenFailure');
    expect(codeOf((await call({ secretId: c.tmpSecretId, secretKey: 'wrong', token: c.sessionToken })).body)).toBe('AuthFailure.SignatureFailure');
  });

  test('expired credentials are unknown', async () => {
    const c = mintRoleCredentials('runner', -1);
    expect(codeOf((await call({ secretId: c.tmpSecretId, secretKey: c.tmpSecretKey, token: c.sessionToken })).body)).toBe('AuthFailure.SecretIdNotFound');
  });
});

test('emulatedActions() lists every API 3.0 action served (COS operations aside)', () => {
  expect(emulator.emulatedActions().filter((action) => !action.startsWith('cos:'))).toEqual([
    'cam:AttachRolePolicy', 'cam:CreatePolicy', 'cam:CreateRole', 'cam:DeletePolicy', 'cam:DeleteRole', 'cam:DescribeRoleList',
    'cam:DescribeSubAccounts', 'cam:DetachRolePolicy', 'cam:GetPolicy', 'cam:GetRole', 'cam:GetUserAppId', 'cam:ListAttachedRolePolicies',
    'cam:UpdateAssumeRolePolicy', 'cam:UpdatePolicy', 'cam:UpdateRoleConsoleLogin', 'cam:UpdateRoleDescription', 'cam:UpdateRoleSessionDuration',
    'cdn:PurgeUrlsCache',
    'scf:CreateAlias', 'scf:CreateFunction', 'scf:CreateNamespace', 'scf:CreateTrigger', 'scf:DeleteAlias', 'scf:DeleteFunction',
    'scf:DeleteLayerVersion', 'scf:DeleteNamespace', 'scf:DeleteProvisionedConcurrencyConfig', 'scf:DeleteReservedConcurrencyConfig',
    'scf:DeleteTrigger', 'scf:GetAlias', 'scf:GetFunction', 'scf:GetFunctionEventInvokeConfig', 'scf:GetLayerVersion',
    'scf:GetProvisionedConcurrencyConfig', 'scf:GetReservedConcurrencyConfig', 'scf:ListAliases', 'scf:ListLayerVersions',
    'scf:ListNamespaces', 'scf:ListTriggers', 'scf:ListVersionByFunction', 'scf:PublishLayerVersion', 'scf:PublishVersion',
    'scf:PutProvisionedConcurrencyConfig', 'scf:PutReservedConcurrencyConfig', 'scf:UpdateAlias', 'scf:UpdateFunctionCode',
    'scf:UpdateFunctionConfiguration', 'scf:UpdateFunctionEventInvokeConfig', 'scf:UpdateNamespace', 'scf:UpdateTrigger',
    'ssm:GetSecretValue', 'sts:GetCallerIdentity', 'tag:DescribeResourceTagsByResourceIds',
  ]);
});

describe('CAM policies of the role decide calls signed with its credentials', () => {
  const TRUST = '{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"service":["scf.qcloud.com"]}}]}';
  const secretResource = 'qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/100000000001/db-password';

  async function roleWith(name: string, statements: object[]): Promise<ReturnType<typeof mintRoleCredentials>> {
    const { RoleId } = await callApi(emulator, 'cam', 'CreateRole', { RoleName: name, PolicyDocument: TRUST });
    if (statements.length > 0) {
      const { PolicyId } = await callApi(emulator, 'cam', 'CreatePolicy', { PolicyName: `${name}-policy`, PolicyDocument: JSON.stringify({ version: '2.0', statement: statements }) });
      await callApi(emulator, 'cam', 'AttachRolePolicy', { AttachRoleId: RoleId, PolicyId });
    }
    return mintRoleCredentials(name);
  }

  function asRole(c: ReturnType<typeof mintRoleCredentials>, host: string, action: string, version: string, params: object) {
    return rawCall(emulator, {
      host, action, version, region: 'ap-guangzhou', body: JSON.stringify(params), secretId: c.tmpSecretId, secretKey: c.tmpSecretKey, token: c.sessionToken,
    }).then((r) => (JSON.parse(r.body) as { Response: { Error?: { Code: string; Message: string } } }).Response.Error);
  }
  const purge = (c: ReturnType<typeof mintRoleCredentials>) => asRole(c, 'cdn.tencentcloudapi.com', 'PurgeUrlsCache', '2018-06-06', { Urls: ['https://static.example.com/x'] });
  const secret = (c: ReturnType<typeof mintRoleCredentials>) => asRole(c, 'ssm.tencentcloudapi.com', 'GetSecretValue', '2019-09-23', { SecretName: 'db-password', VersionId: 'v1' });

  test('an allow on the action and resource lets the call through (the examples\' grants)', async () => {
    const purger = await roleWith('purger', [{ action: ['name/cdn:PurgeUrlsCache'], effect: 'allow', resource: ['*'] }]);
    expect(await purge(purger)).toBeUndefined();
    const reader = await roleWith('reader', [{ action: ['name/ssm:GetSecretValue'], effect: 'allow', resource: [secretResource] }]);
    expect(await secret(reader)).toBeUndefined();
  });

  test('no matching allow is a denial with the product\'s code, naming the action and resource', async () => {
    const bare = await roleWith('bare', []);
    expect(await purge(bare)).toEqual({
      Code: 'UnauthorizedOperation.CdnCamUnauthorized',
      Message: 'You are not authorized to perform operation (cdn:PurgeUrlsCache): no policy of role bare allows cdn:PurgeUrlsCache on qcs::cdn::uin/100000000001:domain/static.example.com.',
    });
    const other = await roleWith('other-secret', [{ action: ['name/ssm:GetSecretValue'], effect: 'allow', resource: [secretResource.replace('db-password', 'other')] }]);
    expect((await secret(other))?.Code).toBe('UnauthorizedOperation');
  });

  test('an explicit deny wins over an allow', async () => {
    const denied = await roleWith('denied', [
      { action: ['name/cdn:*'], effect: 'allow', resource: ['*'] },
      { action: ['name/cdn:PurgeUrlsCache'], effect: 'deny', resource: ['qcs::cdn::uin/100000000001:domain/static.example.com'] },
    ]);
    expect((await purge(denied))?.Message).toBe(
      'You are not authorized to perform operation (cdn:PurgeUrlsCache): policy denied-policy of role denied denies cdn:PurgeUrlsCache on qcs::cdn::uin/100000000001:domain/static.example.com.');
  });
});
