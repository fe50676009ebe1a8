// BucketWithTrigger: a bucket (created or imported), a function (created or taken) and rules (Rule0, Rule1, ... or named)
import { TerraformResource, TerraformStack } from 'cdktf';
import { Bucket, BucketWithTrigger, CloudFunction, CloudFunctionProps, CosEvent, FunctionCode, Runtime } from '../lib';
import { newStack, refTo, rendered, resourcesOf, synthError, synthText } from './helpers/stack';

function functionProps(stack: TerraformStack): CloudFunctionProps {
  const codeBucket = (stack.node.tryFindChild('CodeBucket') as Bucket | undefined)
    ?? Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: 'code-1250000000', region: 'ap-guangzhou' });
  return { functionName: 'thumbs', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket, 'thumbs.zip') };
}

function synthValid(stack: TerraformStack): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return JSON.parse(text);
}

describe('BucketWithTrigger', () => {
  test('creates a bucket, a function and one rule per entry, and exposes them', () => {
    const { stack } = newStack();
    const thumbs = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [
        { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' } },
        { events: [CosEvent.OBJECT_REMOVE_DELETE], filter: { prefix: 'uploads/' } },
      ],
    });

    expect(thumbs.bucket).toBeInstanceOf(Bucket);
    expect(thumbs.function).toBeInstanceOf(CloudFunction);
    expect(thumbs.bucket.node.path).toBe('test/Thumbs/Bucket');
    expect(thumbs.function.node.path).toBe('test/Thumbs/Function');
    expect(thumbs.rules.map((r) => r.node.path)).toEqual(['test/Thumbs/Rule0', 'test/Thumbs/Rule1']);
    expect(thumbs.rules.map((r) => r.bucket)).toEqual([thumbs.bucket, thumbs.bucket]);
    expect(thumbs.rules.map((r) => r.target)).toEqual([thumbs.function, thumbs.function]);

    const json = synthValid(stack);
    const bucket = thumbs.bucket as Bucket;
    const fn = thumbs.function as CloudFunction;
    expect(rendered(json, stack, bucket.resource)).toEqual({ bucket: 'photos-1250000000', acl: 'private', encryption_algorithm: 'AES256' });
    // Two triggers of one function on one bucket: entries of the function's triggers block, no standalone trigger.
    const fnJson = rendered(json, stack, fn.resource);
    expect(fnJson.name).toBe('thumbs');
    expect(fnJson.triggers).toEqual([
      {
        type: 'cos',
        name: refTo(stack, bucket.resource, 'bucket'),
        cos_region: 'ap-guangzhou',
        trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":".jpg"}}',
      },
      {
        type: 'cos',
        name: refTo(stack, bucket.resource, 'bucket'),
        cos_region: 'ap-guangzhou',
        trigger_desc: '{"event":"cos:ObjectRemove:Delete","filter":{"Prefix":"uploads/","Suffix":""}}',
      },
    ]);
    expect(thumbs.rules.map((r) => r.triggers)).toEqual([[], []]);
    expect(resourcesOf(json, 'tencentcloud_scf_trigger')).toEqual([]);
    // No grant asked for: no role.
    expect(resourcesOf(json, 'tencentcloud_cam_role')).toEqual([]);
  });

  test('passes rule options through', () => {
    const { stack } = newStack();
    const thumbs = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED_PUT], enabled: false, qualifier: '$LATEST', description: 'paused' }],
    });

    expect(rendered(synthValid(stack), stack, thumbs.rules[0].triggers[0])).toMatchObject({
      enable: 'CLOSE',
      qualifier: '$LATEST',
      description: 'paused',
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"","Suffix":""}}',
    });
  });

  test('uses an existing bucket: no bucket resource, the literal domain as trigger name', () => {
    const { stack } = newStack();
    const existingBucket = Bucket.fromBucketName(stack, 'Existing', 'photos-1250000000');
    const thumbs = new BucketWithTrigger(stack, 'Thumbs', {
      existingBucket,
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });

    expect(thumbs.bucket).toBe(existingBucket);
    const json = synthValid(stack);
    expect(resourcesOf(json, 'tencentcloud_cos_bucket')).toEqual([]);
    const trigger = rendered(json, stack, thumbs.rules[0].triggers[0]);
    expect(trigger.trigger_name).toBe('photos-1250000000.cos.ap-guangzhou.myqcloud.com');
    expect(trigger.lifecycle.replace_triggered_by).toEqual([`terraform_data.${stack.getLogicalId(thumbs.rules[0].node.findChild('TriggerConfig') as TerraformResource)}`]);
  });

  test('uses an existing function: no function resource, its name in the trigger', () => {
    const { stack } = newStack();
    const existingFunction = CloudFunction.fromFunctionAttributes(stack, 'Legacy', { functionName: 'legacy-thumbs', namespace: 'media' });
    const thumbs = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      existingFunction,
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });

    expect(thumbs.function).toBe(existingFunction);
    const json = synthValid(stack);
    expect(resourcesOf(json, 'tencentcloud_scf_function')).toEqual([]);
    expect(rendered(json, stack, thumbs.rules[0].triggers[0])).toMatchObject({ function_name: 'legacy-thumbs', namespace: 'media' });
  });

  test.each([
    [{ grantRead: true }, ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject']],
    [{ grantWrite: true }, ['name/cos:PutObject', 'name/cos:PostObject', 'name/cos:DeleteObject', 'name/cos:InitiateMultipartUpload',
      'name/cos:UploadPart', 'name/cos:CompleteMultipartUpload', 'name/cos:AbortMultipartUpload', 'name/cos:ListMultipartUploads', 'name/cos:ListParts']],
  ])('%j grants the function access to the bucket', (grant, actions) => {
    const { stack } = newStack();
    const thumbs = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
      ...grant,
    });

    const json = synthValid(stack);
    const [policy] = resourcesOf(json, 'tencentcloud_cam_policy');
    expect(JSON.parse(policy.document)).toEqual({
      version: '2.0',
      statement: [{ action: actions, effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*'] }],
    });
    expect(rendered(json, stack, (thumbs.function as CloudFunction).resource).role).toMatch(/^\$\{tencentcloud_cam_role\..+\.name\}$/);
  });

  test('grantRead and grantWrite together grant read and write in one statement', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
      grantRead: true,
      grantWrite: true,
    });

    const [policy] = resourcesOf(synthValid(stack), 'tencentcloud_cam_policy');
    const statements = JSON.parse(policy.document).statement;
    expect(statements).toHaveLength(1);
    expect(statements[0].action).toHaveLength(13);
    expect(statements[0].action).toEqual(expect.arrayContaining(['name/cos:GetObject', 'name/cos:PutObject', 'name/cos:DeleteObject']));
  });

  test('rules are checked like any rule, with the rule path', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: ['cos:ObjectCreated:*' as CosEvent] }, { events: ['cos:ObjectCreate:Put' as CosEvent], filter: { prefix: '/x' } }],
    });

    const message = synthError(stack);
    expect(message).toContain("[test/Thumbs/Rule1] 'cos:ObjectCreate:Put' is not a COS event type. Did you mean 'cos:ObjectCreated:Put'?");
    expect(message).toContain("[test/Thumbs/Rule1] filter prefix '/x' starts with '/'");
    expect(message).not.toContain('[test/Thumbs/Rule0]');
  });

  test('overlapping rules are rejected, naming both', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } }, { events: [CosEvent.OBJECT_CREATED_PUT], filter: { prefix: 'a/' } }],
    });
    expect(synthError(stack)).toContain(
      "rules [test/Thumbs/Rule0] and [test/Thumbs/Rule1] overlap on bucket 'photos-1250000000': " +
        "'cos:ObjectCreated:*' (suffix '.jpg') and 'cos:ObjectCreated:Put' (prefix 'a/') both match 'a/.jpg'.",
    );
  });

  test('disjoint rules are fine', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'img/' } }, { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'doc/' } }],
    });
    synthValid(stack);
  });

  test('the bucket props are checked with the bucket path', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'Photos' },
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });
    expect(synthError(stack)).toContain("[test/Thumbs/Bucket] 'bucketName' 'Photos' is not a valid COS bucket name");
  });

  test('both bucket and existingBucket are rejected', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      existingBucket: Bucket.fromBucketName(stack, 'Existing', 'other-1250000000'),
      function: functionProps(stack),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });
    expect(synthError(stack)).toContain(
      "[test/Thumbs] give exactly one of 'bucket' (properties of a new bucket) and 'existingBucket' (e.g. Bucket.fromBucketName(...)).",
    );
  });

  test('neither function nor existingFunction is rejected', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });
    expect(synthError(stack)).toContain(
      "[test/Thumbs] give exactly one of 'function' (properties of a new function) and 'existingFunction' (e.g. CloudFunction.fromFunctionName(...)).",
    );
  });

  test('both function and existingFunction are rejected', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      existingFunction: CloudFunction.fromFunctionName(stack, 'Legacy', 'legacy'),
      rules: [{ events: [CosEvent.OBJECT_CREATED] }],
    });
    expect(synthError(stack)).toContain("[test/Thumbs] give exactly one of 'function' (properties of a new function) and 'existingFunction'");
  });

  test('an empty rules list is rejected', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: 'photos-1250000000' },
      function: functionProps(stack),
      rules: [],
    });
    expect(synthError(stack)).toContain(
      "[test/Thumbs] 'rules' must be a non-empty array like [{ events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } }], got an array [].",
    );
  });
});
