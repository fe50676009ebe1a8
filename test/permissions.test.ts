// bucket.grantRead / grantWrite / grantReadWrite: the CAM role the function runs as, its policy (exact actions
// on exactly one bucket's objects) and the attachment; no role at all without a grant.
import { TerraformResource, TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, CloudFunction, FunctionCode, Runtime } from '../lib';
import { CosEventsError } from '../lib/validation';
import { newStack, photosAndFunction, refTo, rendered, resourcesOf, synth, synthText } from './helpers/stack';

const fixture = () => photosAndFunction({ functionName: 'resizer' });

const READ = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject'];
const WRITE = [
  'name/cos:PutObject',
  'name/cos:PostObject',
  'name/cos:DeleteObject',
  'name/cos:InitiateMultipartUpload',
  'name/cos:UploadPart',
  'name/cos:CompleteMultipartUpload',
  'name/cos:AbortMultipartUpload',
  'name/cos:ListMultipartUploads',
  'name/cos:ListParts',
];
const PHOTOS = 'qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*';

/** The only resource of a type in the construct tree. */
function onlyResource(stack: TerraformStack, type: string): TerraformResource {
  const found = stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource && c.terraformResourceType === type);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The parsed document of the only CAM policy. */
function policyDocument(json: { [key: string]: any }): unknown {
  const policies = resourcesOf(json, 'tencentcloud_cam_policy');
  expect(policies).toHaveLength(1);
  return JSON.parse(policies[0].document);
}

function synthValid(stack: TerraformStack): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return JSON.parse(text);
}

describe('grants', () => {
  test('grantRead creates a role SCF can assume, a policy with the read actions, and the attachment', () => {
    const { stack, bucket, fn } = fixture();
    bucket.grantRead(fn);

    const json = synthValid(stack);
    const role = onlyResource(stack, 'tencentcloud_cam_role');
    const policy = onlyResource(stack, 'tencentcloud_cam_policy');
    const attachment = onlyResource(stack, 'tencentcloud_cam_role_policy_attachment');

    const renderedRole = rendered(json, stack, role);
    expect(JSON.parse(renderedRole.document)).toEqual({
      version: '2.0',
      statement: [{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['scf.qcloud.com'] } }],
    });
    expect(renderedRole.console_login).toBe(false);
    expect(renderedRole.name).toMatch(/^scf-Fn-[0-9a-f]{8}-role$/);

    expect(JSON.parse(rendered(json, stack, policy).document)).toEqual({
      version: '2.0',
      statement: [{ action: READ, effect: 'allow', resource: [PHOTOS] }],
    });
    expect(rendered(json, stack, policy).name).toMatch(/^scf-Fn-[0-9a-f]{8}-policy$/);

    expect(rendered(json, stack, attachment)).toEqual({
      role_id: refTo(stack, role, 'id'),
      policy_id: refTo(stack, policy, 'id'),
    });
    expect(rendered(json, stack, fn.resource).role).toBe(refTo(stack, role, 'name'));
  });

  test('grantWrite allows exactly the write actions', () => {
    const { stack, bucket, fn } = fixture();
    bucket.grantWrite(fn);
    expect(policyDocument(synthValid(stack))).toEqual({ version: '2.0', statement: [{ action: WRITE, effect: 'allow', resource: [PHOTOS] }] });
  });

  test('grantReadWrite allows the read and the write actions', () => {
    const { stack, bucket, fn } = fixture();
    bucket.grantReadWrite(fn);
    expect(policyDocument(synthValid(stack))).toEqual({
      version: '2.0',
      statement: [{ action: [...READ, ...WRITE], effect: 'allow', resource: [PHOTOS] }],
    });
  });

  test('grants on two buckets share one role and policy, one statement per bucket', () => {
    const { stack, bucket, fn } = fixture();
    const docs = Bucket.fromBucketAttributes(stack, 'Docs', { bucketName: 'docs-1250000000', region: 'ap-guangzhou' });
    bucket.grantRead(fn);
    docs.grantWrite(fn);

    const json = synthValid(stack);
    expect(resourcesOf(json, 'tencentcloud_cam_role')).toHaveLength(1);
    expect(resourcesOf(json, 'tencentcloud_cam_role_policy_attachment')).toHaveLength(1);
    expect(policyDocument(json)).toEqual({
      version: '2.0',
      statement: [
        { action: READ, effect: 'allow', resource: [PHOTOS] },
        { action: WRITE, effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1250000000:docs-1250000000/*'] },
      ],
    });
  });

  test('the same grant twice gives one statement', () => {
    const { stack, bucket, fn } = fixture();
    bucket.grantRead(fn);
    bucket.grantRead(fn);
    expect(policyDocument(synthValid(stack))).toEqual({ version: '2.0', statement: [{ action: READ, effect: 'allow', resource: [PHOTOS] }] });
  });

  test('the resource uses the region of the bucket provider', () => {
    const { stack } = newStack();
    const sh = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    const codeBucket = Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: 'code-1250000000', region: 'ap-shanghai' });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket, 'fn.zip'), provider: sh });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', provider: sh });
    bucket.grantRead(fn);

    const json = synthValid(stack);
    expect(policyDocument(json)).toEqual({
      version: '2.0',
      statement: [{ action: READ, effect: 'allow', resource: ['qcs::cos:ap-shanghai:uid/1250000000:photos-1250000000/*'] }],
    });
    // The role resources are deployed with the function's provider.
    for (const type of ['tencentcloud_cam_role', 'tencentcloud_cam_policy', 'tencentcloud_cam_role_policy_attachment']) {
      expect(resourcesOf(json, type)[0].provider).toBe('tencentcloud.sh');
    }
  });

  test('a grant on an imported bucket uses its name, APPID and region', () => {
    const { stack, fn } = fixture();
    Bucket.fromBucketAttributes(stack, 'Archive', { bucketName: 'archive-1300000001', region: 'ap-guangzhou' }).grantRead(fn);
    expect(policyDocument(synthValid(stack))).toEqual({
      version: '2.0',
      statement: [{ action: READ, effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1300000001:archive-1300000001/*'] }],
    });
  });

  test('a grant on a bucket given by name and appId uses them', () => {
    const { stack, fn } = fixture();
    new Bucket(stack, 'Logs', { name: 'logs', appId: '1250000000' }).grantWrite(fn);
    expect(policyDocument(synthValid(stack))).toEqual({
      version: '2.0',
      statement: [{ action: WRITE, effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1250000000:logs-1250000000/*'] }],
    });
  });

  test('without a grant there is no role, no policy and no role on the function', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn);

    const json = synthValid(stack);
    expect(resourcesOf(json, 'tencentcloud_cam_role')).toEqual([]);
    expect(resourcesOf(json, 'tencentcloud_cam_policy')).toEqual([]);
    expect(resourcesOf(json, 'tencentcloud_cam_role_policy_attachment')).toEqual([]);
    expect(rendered(json, stack, fn.resource)).not.toHaveProperty('role');
  });

  test('a function running as an existing role cannot be granted permissions', () => {
    const { stack } = newStack();
    const codeBucket = Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: 'code-1250000000', region: 'ap-guangzhou' });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket, 'fn.zip'), role: 'ops-role' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });

    expect(() => bucket.grantRead(fn)).toThrow(
      "[test/Fn] cannot grant permissions: the function runs as the existing CAM role 'ops-role', which this stack does not manage. " +
        "Attach a policy to that role yourself, or leave 'role' unset so that a role is created.",
    );
    // The library's one error type, with the construct path apart from the message.
    expect(() => bucket.grantRead(fn)).toThrow(CosEventsError);
    expect(thrownBy(() => bucket.grantRead(fn)).problems).toEqual([{
      path: 'test/Fn',
      message: "cannot grant permissions: the function runs as the existing CAM role 'ops-role', which this stack does not manage. " +
        "Attach a policy to that role yourself, or leave 'role' unset so that a role is created.",
    }]);
    const json = synth(stack);
    expect(resourcesOf(json, 'tencentcloud_cam_role')).toEqual([]);
  });

  test('an imported function cannot be granted permissions', () => {
    const { stack, bucket } = fixture();
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', 'legacy');
    expect(() => bucket.grantWrite(fn)).toThrow(
      "[test/Existing] cannot grant permissions to the imported function 'legacy': its role is not managed by this stack. Attach a policy to its role yourself.",
    );
    expect(thrownBy(() => bucket.grantWrite(fn)).problems).toEqual([{
      path: 'test/Existing',
      message: "cannot grant permissions to the imported function 'legacy': its role is not managed by this stack. Attach a policy to its role yourself.",
    }]);
  });
});

/** The CosEventsError `action` throws (fails the test if it throws nothing or something else). */
function thrownBy(action: () => unknown): CosEventsError {
  try {
    action();
  } catch (e) {
    if (e instanceof CosEventsError) return e;
    throw new Error(`expected a CosEventsError, got ${String(e)}`);
  }
  throw new Error('expected a CosEventsError, but nothing was thrown');
}
