// Bucket: the rendered tencentcloud_cos_bucket (secure defaults and every option), the name rules, imported
// buckets, and the rules a bucket's helper methods create.
import { AnnotationMetadataEntryType, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { IConstruct } from 'constructs';
import { Bucket, BucketAcl, BucketAttributes, BucketEncryption, CloudFunction, CosEvent, EventRule } from '../lib';
import { newFunction, newStack, refTo, rendered, resourcesOf, synth, synthError, synthText } from './helpers/stack';

function renderedBucket(stack: TerraformStack, bucket: Bucket): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return rendered(JSON.parse(text), stack, bucket.resource);
}

/** How a value renders once synthesized (through an output). */
function resolved(stack: TerraformStack, value: string): unknown {
  const id = `Probe${stack.node.children.length}`;
  new TerraformOutput(stack, id, { value });
  return synth(stack).output[id].value;
}

function warningsOf(bucket: IConstruct): string[] {
  return bucket.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => m.data as string);
}

describe('Bucket resource', () => {
  test('is private and encrypted with SSE-COS by default', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });

    expect(renderedBucket(stack, bucket)).toEqual({ bucket: 'photos-1250000000', acl: 'private', encryption_algorithm: 'AES256' });
    expect(warningsOf(bucket)).toEqual([]);
  });

  test('exposes its name, APPID, region and domain', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });

    expect(bucket.bucketName).toBe('photos-1250000000');
    expect(bucket.appId).toBe('1250000000');
    expect(bucket.region).toBe('ap-guangzhou');
    expect(resolved(stack, bucket.domain)).toBe(refTo(stack, bucket.resource, 'cos_bucket_url'));
  });

  test('name and appId form the full bucket name', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { name: 'photos', appId: '1250000000' });

    expect(bucket.bucketName).toBe('photos-1250000000');
    expect(bucket.appId).toBe('1250000000');
    expect(renderedBucket(stack, bucket)).toEqual({ bucket: 'photos-1250000000', acl: 'private', encryption_algorithm: 'AES256' });
  });

  test('renders every option', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', {
      bucketName: 'photos-1250000000',
      versioned: true,
      tags: { team: 'media', env: 'prod' },
      forceDestroy: true,
      encryption: BucketEncryption.KMS,
      kmsKeyId: 'kms-key-1',
    });

    expect(renderedBucket(stack, bucket)).toEqual({
      bucket: 'photos-1250000000',
      acl: 'private',
      encryption_algorithm: 'KMS',
      kms_id: 'kms-key-1',
      versioning_enable: true,
      force_clean: true,
      tags: { team: 'media', env: 'prod' },
    });
  });

  test('versioned: false is rendered as false', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', versioned: false });
    expect(renderedBucket(stack, bucket).versioning_enable).toBe(false);
  });

  test.each([
    [BucketEncryption.SSE_COS, 'AES256'],
    [BucketEncryption.SM4, 'SM4'],
    [BucketEncryption.KMS, 'KMS'],
  ])('encryption %s renders encryption_algorithm %s', (encryption, algorithm) => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', encryption });
    expect(renderedBucket(stack, bucket).encryption_algorithm).toBe(algorithm);
  });

  test('UNENCRYPTED renders no encryption_algorithm', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', encryption: BucketEncryption.UNENCRYPTED });
    expect(renderedBucket(stack, bucket)).toEqual({ bucket: 'photos-1250000000', acl: 'private' });
  });

  test.each([BucketAcl.PUBLIC_READ, BucketAcl.PUBLIC_READ_WRITE])('acl %s is rendered, with a warning', (acl) => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Site', { bucketName: 'site-1250000000', acl });

    expect(renderedBucket(stack, bucket).acl).toBe(acl);
    expect(warningsOf(bucket)).toEqual([`bucket 'site-1250000000' is readable by anyone on the internet (acl '${acl}').`]);
  });

  test('uses the provider it is given', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', provider: shanghai });

    expect(renderedBucket(stack, bucket).provider).toBe('tencentcloud.shanghai');
    expect(bucket.region).toBe('ap-shanghai');
  });

  test('region is unknown when the provider has none (it comes from the environment)', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', {});
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });

    expect(bucket.region).toBeUndefined();
    expect(synthText(stack)).toConformToProviderSchema();
  });
});

describe('Bucket name checks', () => {
  function nameError(props: ConstructorParameters<typeof Bucket>[2]): string {
    const { stack } = newStack();
    new Bucket(stack, 'Photos', props);
    return synthError(stack);
  }

  test.each([
    'a-1250000000',
    'photos-1250000000',
    'my-photos-2024-1250000000',
    '0photos9-1250000000',
  ])('%s is a valid bucket name', (bucketName) => {
    const { stack } = newStack();
    new Bucket(stack, 'Photos', { bucketName });
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test.each([
    ['upper case', 'Photos-1250000000'],
    ['underscore', 'my_photos-1250000000'],
    ['leading dash', '-photos-1250000000'],
    ['double dash before the APPID', 'photos--1250000000'],
    ['trailing dash', 'photos-1250000000-'],
  ])('a name with %s is rejected with the pattern', (_what, bucketName) => {
    expect(nameError({ bucketName })).toContain(
      `[test/Photos] 'bucketName' '${bucketName}' is not a valid COS bucket name: it must match ^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$ ` +
        "(lowercase letters, digits and '-', not starting or ending with '-', then '-' and the 10-digit APPID).",
    );
  });

  test('a name without the APPID suffix is rejected with the fixed name', () => {
    expect(nameError({ bucketName: 'photos' })).toContain(
      "[test/Photos] 'bucketName' 'photos' has no APPID suffix: COS bucket names are '<name>-<APPID>' with the account's 10-digit APPID, e.g. 'photos-1250000000'.",
    );
  });

  test.each([
    ['9', 'photos-125000000'],
    ['11', 'photos-12500000000'],
  ])('an APPID suffix of %s digits is named as such', (digits, bucketName) => {
    expect(nameError({ bucketName })).toContain(
      `[test/Photos] 'bucketName' '${bucketName}' ends in '-${bucketName.split('-')[1]}', ${digits} digits: the APPID suffix of a COS bucket name has exactly 10 digits (e.g. '-1250000000').`,
    );
  });

  test('a short number at the end is part of the name: the APPID is missing', () => {
    expect(nameError({ bucketName: 'logs-2024' })).toContain("'logs-2024' has no APPID suffix");
  });

  test('a name over 60 characters is rejected', () => {
    const bucketName = `${'a'.repeat(50)}-1250000000`; // 61 characters
    const message = nameError({ bucketName });
    expect(message).toContain(
      `[test/Photos] 'bucketName' '${bucketName}' is 61 characters; a COS bucket name has 1 to 60 characters (including '-<APPID>').`,
    );
  });

  test('the domain <bucket>.cos.<region>.myqcloud.com may have 60 characters, not more', () => {
    // '.cos.ap-guangzhou.myqcloud.com' is 30 characters: the bucket name may have 30.
    const ok = newStack();
    new Bucket(ok.stack, 'Photos', { bucketName: `${'a'.repeat(19)}-1250000000` });
    expect(synthText(ok.stack)).toConformToProviderSchema();

    const bucketName = `${'a'.repeat(20)}-1250000000`;
    expect(nameError({ bucketName })).toContain(
      `[test/Photos] the bucket domain '${bucketName}.cos.ap-guangzhou.myqcloud.com' is 61 characters; COS allows at most 60. Use a shorter bucket name.`,
    );
  });

  test('the domain rule uses the region of the bucket provider', () => {
    const { stack } = newStack();
    const longRegion = new tencentcloud.provider.TencentcloudProvider(stack, 'sv', { alias: 'sv', region: 'na-siliconvalley' });
    // 30 characters: fine in ap-guangzhou (60), too long in na-siliconvalley (64).
    const bucketName = `${'a'.repeat(19)}-1250000000`;
    new Bucket(stack, 'Photos', { bucketName, provider: longRegion });

    expect(synthError(stack)).toContain(
      `[test/Photos] the bucket domain '${bucketName}.cos.na-siliconvalley.myqcloud.com' is 64 characters; COS allows at most 60.`,
    );
  });

  test('bucketName together with name/appId is rejected', () => {
    expect(nameError({ bucketName: 'photos-1250000000', name: 'photos', appId: '1250000000' })).toContain(
      "[test/Photos] give either 'bucketName' (e.g. 'photos-1250000000') or 'name' and 'appId', not both: " +
        "got bucketName 'photos-1250000000', name 'photos', appId '1250000000'.",
    );
  });

  test('a bucket without a name is rejected', () => {
    expect(nameError({})).toContain(
      "[test/Photos] a bucket needs a name: give 'bucketName' ('<name>-<APPID>', e.g. 'photos-1250000000') or 'name' and 'appId'.",
    );
  });

  test('name without appId is rejected', () => {
    expect(nameError({ name: 'photos' })).toContain("[test/Photos] 'name' 'photos' needs 'appId': COS bucket names end with '-<APPID>'");
  });

  test('an appId that is not 10 digits is rejected', () => {
    expect(nameError({ name: 'photos', appId: '12345' })).toContain(
      "[test/Photos] 'appId' '12345' is not an APPID: an APPID is exactly 10 digits, e.g. '1250000000'.",
    );
  });

  test('a name that is not a valid bucket name is rejected', () => {
    expect(nameError({ name: 'My_Photos', appId: '1250000000' })).toContain(
      "[test/Photos] 'name' 'My_Photos' is not a valid COS bucket name: use lowercase letters, digits and '-', not starting or ending with '-'.",
    );
  });

  test('a name that already ends with an APPID is rejected when appId is given too', () => {
    expect(nameError({ name: 'photos-1250000000', appId: '1250000000' })).toContain(
      "[test/Photos] 'name' 'photos-1250000000' already ends with an APPID; with 'appId' the name would be 'photos-1250000000-1250000000'. Give 'bucketName' instead.",
    );
  });

  test('name and appId over 60 characters together are rejected', () => {
    const name = 'a'.repeat(50);
    expect(nameError({ name, appId: '1250000000' })).toContain(
      `[test/Photos] bucket name '${name}-1250000000' is 61 characters; COS allows at most 60 (including '-<APPID>').`,
    );
  });

  test('kmsKeyId without KMS encryption is rejected', () => {
    expect(nameError({ bucketName: 'photos-1250000000', kmsKeyId: 'kms-1' })).toContain(
      "[test/Photos] 'kmsKeyId' is only used with BucketEncryption.KMS, but encryption is 'AES256'. Remove kmsKeyId or set encryption: BucketEncryption.KMS.",
    );
  });

  test('an unknown acl is rejected with the allowed values', () => {
    expect(nameError({ bucketName: 'photos-1250000000', acl: 'authenticated-read' as BucketAcl })).toContain(
      "[test/Photos] 'acl' 'authenticated-read' is not a COS canned ACL. Allowed: 'private', 'public-read', 'public-read-write'.",
    );
  });

  test('a bucket name known only at apply time is not checked for its shape', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'bucket_name', { type: 'string' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: name.stringValue });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, bucket.resource).bucket).toBe('${var.bucket_name}');
    // Everything naming the bucket refers to the resource.
    expect(resolved(stack, bucket.bucketName)).toBe(refTo(stack, bucket.resource, 'bucket'));
  });

  test('a name known only at apply time with a literal appId is accepted', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const bucket = new Bucket(stack, 'Photos', { name: name.stringValue, appId: '1250000000' });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, bucket.resource).bucket).toBe('${var.name}-1250000000');
    expect(bucket.appId).toBe('1250000000');
  });
});

describe('Bucket.fromBucketName', () => {
  test('creates no bucket resource', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000');

    expect(bucket.bucketName).toBe('photos-1250000000');
    expect(bucket.appId).toBe('1250000000');
    expect(bucket.region).toBe('ap-guangzhou');
    expect(resolved(stack, bucket.domain)).toBe('photos-1250000000.cos.ap-guangzhou.myqcloud.com');
    const json = synth(stack);
    expect(resourcesOf(json, 'tencentcloud_cos_bucket')).toEqual([]);
    expect(json.resource).toBeUndefined();
  });

  test('an explicit region wins over the provider region', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000', region: 'ap-shanghai' });

    expect(bucket.region).toBe('ap-shanghai');
    expect(resolved(stack, bucket.domain)).toBe('photos-1250000000.cos.ap-shanghai.myqcloud.com');
  });

  test('its rule renders the literal domain as trigger name, replaced on change through its configuration anchor', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000');
    const fn = newFunction(stack);
    const rule = bucket.onObjectCreated(fn, { prefix: 'uploads/' });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    expect(resourcesOf(json, 'tencentcloud_cos_bucket')).toEqual([]);
    const config = rule.node.findChild('TriggerConfig') as TerraformResource;
    expect(json.resource.terraform_data[stack.getLogicalId(config)]).toEqual({
      input: {
        trigger_name: 'photos-1250000000.cos.ap-guangzhou.myqcloud.com',
        trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":""}}',
        enable: 'OPEN',
        qualifier: '$LATEST',
      },
    });
    expect(rendered(json, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: 'photos-1250000000.cos.ap-guangzhou.myqcloud.com',
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":""}}',
      depends_on: ['terraform_data.CosTriggerOrder-photos-1250000000'],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(config)}`] },
    });
  });

  test('two triggers of one function on the imported bucket are entries of its triggers block with the literal name', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000');
    const fn = newFunction(stack);
    bucket.onObjectCreated(fn);
    bucket.onObjectRemoved(fn);

    const json = synth(stack);
    expect(resourcesOf(json, 'tencentcloud_scf_trigger')).toEqual([]);
    expect(rendered(json, stack, fn.resource).triggers).toEqual(['ObjectCreated', 'ObjectRemove'].map((family) => ({
      type: 'cos',
      name: 'photos-1250000000',
      cos_region: 'ap-guangzhou',
      trigger_desc: `{"event":"cos:${family}:*","filter":{"Prefix":"","Suffix":""}}`,
    })));
  });

  test('a name known only at apply time is not checked for its shape', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'bucket_name', { type: 'string' });
    const bucket = Bucket.fromBucketName(stack, 'Existing', name.stringValue);
    const rule = bucket.onObjectCreated(newFunction(stack));

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0]).trigger_name).toBe('${var.bucket_name}.cos.ap-guangzhou.myqcloud.com');
  });

  test('an invalid name is rejected', () => {
    const { stack } = newStack();
    Bucket.fromBucketName(stack, 'Existing', 'Photos');
    expect(synthError(stack)).toContain("[test/Existing] 'bucketName' 'Photos' is not a valid COS bucket name: it must match");
  });

  test('an invalid region is rejected', () => {
    const { stack } = newStack();
    Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000', region: 'guangzhou' });
    expect(synthError(stack)).toContain(
      "[test/Existing] region 'guangzhou' is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.",
    );
  });

  test('the domain rule applies to imported buckets', () => {
    const { stack } = newStack();
    const bucketName = `${'a'.repeat(20)}-1250000000`;
    Bucket.fromBucketName(stack, 'Existing', bucketName);
    expect(synthError(stack)).toContain(
      `[test/Existing] the bucket domain '${bucketName}.cos.ap-guangzhou.myqcloud.com' is 61 characters; COS allows at most 60.`,
    );
  });

  test('an unknown region is only a problem when a rule needs the domain', () => {
    const noRule = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(noRule.stack, 'tencentcloud', {});
    Bucket.fromBucketName(noRule.stack, 'Existing', 'photos-1250000000');
    expect(synthText(noRule.stack)).toConformToProviderSchema();

    const message = "[test/Existing] the region of imported bucket 'photos-1250000000' is unknown, so its COS trigger name '<bucket>.cos.<region>.myqcloud.com' cannot be built. " +
      "Give it with Bucket.fromBucketAttributes(scope, id, { bucketName, region: 'ap-guangzhou' }), or set 'region' on the stack's tencentcloud provider.";
    const withRule = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(withRule.stack, 'tencentcloud', {});
    const bucket = Bucket.fromBucketName(withRule.stack, 'Existing', 'photos-1250000000');
    bucket.onObjectCreated(CloudFunction.fromFunctionName(withRule.stack, 'Fn', 'resizer'));
    expect(synthError(withRule.stack)).toContain(message);

    // Also for rules elsewhere in the tree, and for entries of a function's triggers block (whose cos_region it is).
    const elsewhere = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(elsewhere.stack, 'tencentcloud', {});
    const imported = Bucket.fromBucketName(elsewhere.stack, 'Existing', 'photos-1250000000');
    new EventRule(elsewhere.stack, 'OnRestore', {
      bucket: imported, target: newFunction(elsewhere.stack), events: [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED],
    });
    expect(synthError(elsewhere.stack)).toContain(message);
  });
});

describe('Bucket.fromBucketName(scope, id, bucketName, region): deprecated, still working', () => {
  test('the region wins over the provider region, with a warning naming the replacement', () => {
    // GIVEN a stack in ap-guangzhou
    const { stack } = newStack();
    // WHEN a bucket is imported with the old four-argument form
    const bucket = Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000', 'ap-shanghai');
    // THEN it is in the given region and says what to use instead
    expect(bucket.region).toBe('ap-shanghai');
    expect(resolved(stack, bucket.domain)).toBe('photos-1250000000.cos.ap-shanghai.myqcloud.com');
    expect(warningsOf(bucket)).toEqual([
      'Bucket.fromBucketName(scope, id, bucketName, region) is deprecated and will be removed in the next minor version: ' +
        'use Bucket.fromBucketAttributes(scope, id, { bucketName, region }).',
    ]);
  });

  test('the three-argument form warns about nothing', () => {
    const { stack } = newStack();
    expect(warningsOf(Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000'))).toEqual([]);
    expect(warningsOf(Bucket.fromBucketAttributes(stack, 'Other', { bucketName: 'other-1250000000', region: 'ap-shanghai' }))).toEqual([]);
  });

  test('its region is checked as before', () => {
    const { stack } = newStack();
    Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000', 'guangzhou');
    expect(synthError(stack)).toContain(
      "[test/Existing] region 'guangzhou' is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.",
    );
  });
});

describe('Bucket.fromBucketAttributes', () => {
  test('without region or provider: the region of the stack provider', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000' });
    expect([bucket.bucketName, bucket.appId, bucket.region]).toEqual(['photos-1250000000', '1250000000', 'ap-guangzhou']);
    expect(resolved(stack, bucket.domain)).toBe('photos-1250000000.cos.ap-guangzhou.myqcloud.com');
    expect(resourcesOf(synth(stack), 'tencentcloud_cos_bucket')).toEqual([]);
  });

  test('with a provider: the region of that provider, in the trigger name and the triggers block', () => {
    // GIVEN a stack in ap-guangzhou and a second provider for ap-shanghai
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    // WHEN a bucket is imported with that provider and a function there gets two triggers on it
    const bucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000', provider: shanghai });
    const fn = newFunction(stack, 'Fn', { provider: shanghai });
    bucket.onObjectCreated(fn);
    bucket.onObjectRemoved(fn);
    // THEN the bucket is in ap-shanghai
    expect(bucket.region).toBe('ap-shanghai');
    const json = synth(stack);
    expect(rendered(json, stack, fn.resource).triggers.map((t: { cos_region: string }) => t.cos_region)).toEqual(['ap-shanghai', 'ap-shanghai']);
  });

  test('a region and a provider of that region agree', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    const bucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000', region: 'ap-shanghai', provider: shanghai });
    expect(bucket.region).toBe('ap-shanghai');
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test('a region that differs from the region of its provider is rejected', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'photos-1250000000', region: 'ap-beijing', provider: shanghai });
    expect(synthError(stack)).toContain(
      "[test/Existing] region 'ap-beijing' differs from the region of the bucket's provider ('ap-shanghai'). Give only one of them, or a provider for 'ap-beijing'.",
    );
  });

  test('every problem of the attributes is reported at once', () => {
    const { stack } = newStack();
    Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'Photos', region: 'guangzhou', provider: 'tencentcloud' as unknown as TerraformProvider });
    const message = synthError(stack);
    expect(message).toContain("[test/Existing] 'bucketName' 'Photos' is not a valid COS bucket name: it must match");
    expect(message).toContain("[test/Existing] region 'guangzhou' is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.");
    expect(message).toContain(
      "[test/Existing] 'provider' must be a tencentcloud provider (tencentcloud.provider.TencentcloudProvider, or a tencentcloud provider generated with 'cdktf get'), got a string.",
    );
  });

  test('attributes that are not an object, and a missing bucketName, are rejected', () => {
    const { stack } = newStack();
    Bucket.fromBucketAttributes(stack, 'NotAnObject', 'photos-1250000000' as unknown as BucketAttributes);
    Bucket.fromBucketAttributes(stack, 'NoName', {} as BucketAttributes);
    const message = synthError(stack);
    expect(message).toContain("[test/NotAnObject] attributes must be an object like { bucketName: 'photos-1250000000' }, got a string 'photos-1250000000'.");
    expect(message).toContain("[test/NoName] 'bucketName' is required: the full name '<name>-<APPID>' of the existing bucket, e.g. 'photos-1250000000'.");
  });

  test('a name and a region known only at apply time are not checked for their shape', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'bucket_name', { type: 'string' });
    const region = new TerraformVariable(stack, 'bucket_region', { type: 'string' });
    const bucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: name.stringValue, region: region.stringValue });
    const rule = bucket.onObjectCreated(newFunction(stack));

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0]).trigger_name).toBe('${var.bucket_name}.cos.${var.bucket_region}.myqcloud.com');
  });
});

describe('Bucket rule helpers', () => {
  test('onObjectCreated, onObjectRemoved and onObjectRestored use the right events', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const created = bucket.onObjectCreated(newFunction(stack, 'A'));
    const removed = bucket.onObjectRemoved(newFunction(stack, 'B'));
    const restored = bucket.onObjectRestored(newFunction(stack, 'C'));

    expect(created.events).toEqual([CosEvent.OBJECT_CREATED]);
    expect(removed.events).toEqual([CosEvent.OBJECT_REMOVE]);
    expect(restored.events).toEqual([CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED]);
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    // One event each for A and B: standalone triggers; two for C: entries of C's triggers block.
    expect([created, removed, restored].map((r) => r.triggers.map((t) => t.node.path))).toEqual([
      ['test/Photos/Rule-A/Trigger'], ['test/Photos/Rule-B/Trigger'], [],
    ]);
    const entries = rendered(JSON.parse(text), stack, (restored.target as CloudFunction).resource).triggers;
    expect(entries.map((t: { trigger_desc: string }) => JSON.parse(t.trigger_desc).event)).toEqual([
      'cos:ObjectRestore:Completed', 'cos:ObjectRestore:Post',
    ]);
  });

  test('rules are children of the bucket named after the target; a second rule for one target gets a suffix', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = newFunction(stack);
    const first = bucket.onObjectCreated(fn, { prefix: 'img/' });
    const second = bucket.onObjectCreated(fn, { prefix: 'doc/' });

    expect(first.node.path).toBe('test/Photos/Rule-Fn');
    expect(second.node.path).toBe('test/Photos/Rule-Fn-2');
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test("a rule's id depends only on the rules for the same target (adding one for another target renames nothing)", () => {
    const ids = (withSecondA: boolean): string[] => {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
      const a = newFunction(stack, 'A');
      const b = newFunction(stack, 'B');
      const rules = [bucket.onObjectCreated(a, { prefix: 'a1/' })];
      if (withSecondA) rules.push(bucket.onObjectCreated(a, { prefix: 'a2/' }));
      rules.push(bucket.onObjectCreated(b, { prefix: 'b1/' }), bucket.onObjectCreated(b, { prefix: 'b2/' }));
      expect(synthText(stack)).toConformToProviderSchema();
      return rules.map((r) => r.node.id);
    };

    expect(ids(false)).toEqual(['Rule-A', 'Rule-B', 'Rule-B-2']);
    expect(ids(true)).toEqual(['Rule-A', 'Rule-A-2', 'Rule-B', 'Rule-B-2']);
  });

  test('owned buckets render the cos_bucket_url reference as trigger name; the trigger is replaced when it changes', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = newFunction(stack);
    const rule = bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT], fn, { prefix: 'uploads/', suffix: '.jpg' });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    const config = rule.node.findChild('TriggerConfig') as TerraformResource;
    // A replaced bucket has an unknown cos_bucket_url during the plan: the anchor changes, and the trigger is replaced.
    expect(json.resource.terraform_data[stack.getLogicalId(config)].input.trigger_name).toBe(refTo(stack, bucket.resource, 'cos_bucket_url'));
    expect(rendered(json, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":".jpg"}}',
      depends_on: ['terraform_data.CosTriggerOrder-photos-1250000000'],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(config)}`] },
    });
  });
});
