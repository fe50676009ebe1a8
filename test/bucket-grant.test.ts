// Grants with an object key pattern: the exact CAM policy document for each kind of pattern, what a grant returns,
// identical grants rendered once, the pattern rules (with the exact messages) and patterns known only at apply time.
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Bucket, BucketGrant, CloudFunction } from '../lib';
import { newFunction, newStack, photosAndFunction, resourcesOf, synth, synthText } from './helpers/stack';

const READ_OBJECT = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:OptionsObject'];
const WRITE_OBJECT = [
  'name/cos:PutObject',
  'name/cos:PostObject',
  'name/cos:DeleteObject',
  'name/cos:InitiateMultipartUpload',
  'name/cos:UploadPart',
  'name/cos:CompleteMultipartUpload',
  'name/cos:AbortMultipartUpload',
  'name/cos:ListParts',
];
const BUCKET_ARN = 'qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000';

/** The parsed document of the only CAM policy, from a synthesis that conforms to the provider schema. */
function policyDocument(stack: TerraformStack): unknown {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  const policies = resourcesOf(JSON.parse(text), 'tencentcloud_cam_policy');
  expect(policies).toHaveLength(1);
  return JSON.parse(policies[0].document);
}

/** A grant as synthesized (its resources are tokens until then), through an output, as a user could assert on it. */
function resolvedGrant(stack: TerraformStack, grant: BucketGrant): object {
  const { grantee, ...rest } = grant;
  new TerraformOutput(stack, 'Grant', { value: rest });
  return { grantee: grantee.node.path, ...synth(stack).output.Grant.value };
}

/** The message a grant throws. */
function grantError(grant: () => unknown): string {
  try {
    grant();
  } catch (e) {
    expect((e as Error).name).toBe('CosEventsError');
    return (e as Error).message;
  }
  throw new Error('expected the grant to throw');
}

describe('grants with an object key pattern', () => {
  test('grantRead(fn, prefix/*): object reads on the prefix, listing on the bucket', () => {
    // GIVEN a bucket and a function
    const { stack, bucket, fn } = photosAndFunction();
    // WHEN the function may read the objects under uploads/
    bucket.grantRead(fn, 'uploads/*');
    // THEN
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: READ_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/uploads/*`] },
        { action: ['name/cos:GetBucket'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
      ],
    });
  });

  test('grantWrite(fn, prefix/*): object writes on the prefix, the multipart upload list on the bucket', () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.grantWrite(fn, 'thumbnails/*');
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: WRITE_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/thumbnails/*`] },
        { action: ['name/cos:ListMultipartUploads'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
      ],
    });
  });

  test('grantReadWrite(fn, prefix/*): both, one statement per resource', () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.grantReadWrite(fn, 'work/*');
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: [...READ_OBJECT, ...WRITE_OBJECT], effect: 'allow', resource: [`${BUCKET_ARN}/work/*`] },
        { action: ['name/cos:GetBucket', 'name/cos:ListMultipartUploads'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
      ],
    });
  });

  test('one object key, and a prefix that is not a folder', () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.grantRead(fn, 'config/settings.json');
    bucket.grantRead(fn, 'logs/2024-*');
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: READ_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/config/settings.json`] },
        { action: ['name/cos:GetBucket'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
        { action: READ_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/logs/2024-*`] },
      ],
    });
  });

  test("the default pattern '*' is one statement on every object, as an explicit '*'", () => {
    const read = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject'];
    for (const pattern of [undefined, '*']) {
      const { stack, bucket, fn } = photosAndFunction();
      bucket.grantRead(fn, pattern);
      expect(policyDocument(stack)).toEqual({ version: '2.0', statement: [{ action: read, effect: 'allow', resource: [`${BUCKET_ARN}/*`] }] });
    }
  });

  test('identical grants render once; different patterns each once', () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.grantWrite(fn, 'out/*');
    bucket.grantWrite(fn, 'out/*');
    bucket.grantWrite(fn, 'tmp/*');
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: WRITE_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/out/*`] },
        { action: ['name/cos:ListMultipartUploads'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
        { action: WRITE_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/tmp/*`] },
      ],
    });
  });

  test('a grant on an imported bucket uses its name, APPID and region', () => {
    const { stack, fn } = photosAndFunction();
    const archive = Bucket.fromBucketAttributes(stack, 'Archive', { bucketName: 'archive-1300000001', region: 'ap-guangzhou' });
    archive.grantRead(fn, 'restored/*');
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: READ_OBJECT, effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1300000001:archive-1300000001/restored/*'] },
        { action: ['name/cos:GetBucket'], effect: 'allow', resource: ['qcs::cos:ap-guangzhou:uid/1300000001:archive-1300000001/*'] },
      ],
    });
  });
});

describe('what a grant returns', () => {
  test('the grantee, the pattern, the actions, the resources and the statements', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const grant = bucket.grantWrite(fn, 'thumbnails/*');
    expect(grant.grantee).toBe(fn);
    expect(resolvedGrant(stack, grant)).toEqual({
      grantee: 'test/Fn',
      objectsKeyPattern: 'thumbnails/*',
      actions: [...WRITE_OBJECT, 'name/cos:ListMultipartUploads'],
      resources: [`${BUCKET_ARN}/thumbnails/*`, `${BUCKET_ARN}/*`],
      statements: [
        { actions: WRITE_OBJECT, resources: [`${BUCKET_ARN}/thumbnails/*`] },
        { actions: ['name/cos:ListMultipartUploads'], resources: [`${BUCKET_ARN}/*`] },
      ],
    });
  });

  test("without a pattern: '*' and one statement", () => {
    const { stack, bucket, fn } = photosAndFunction();
    const read = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject'];
    expect(resolvedGrant(stack, bucket.grantRead(fn))).toEqual({
      grantee: 'test/Fn',
      objectsKeyPattern: '*',
      actions: read,
      resources: [`${BUCKET_ARN}/*`],
      statements: [{ actions: read, resources: [`${BUCKET_ARN}/*`] }],
    });
  });
});

describe('object key patterns CAM cannot express are refused', () => {
  const allowed = "Allowed: '*' for every object, a key prefix followed by '*' (e.g. 'uploads/*'), or one object key (e.g. 'config/settings.json').";

  test.each([
    ['*.jpg', `[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' '*.jpg' has a '*' before its end: CAM matches COS object keys by prefix, with '*' only as the last character. ${allowed}`],
    ['uploads/*/raw', `[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' 'uploads/*/raw' has a '*' before its end: CAM matches COS object keys by prefix, with '*' only as the last character. ${allowed}`],
    ['uploads/**', `[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' 'uploads/**' has a '*' before its end: CAM matches COS object keys by prefix, with '*' only as the last character. ${allowed}`],
    ['/uploads/*', "[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' '/uploads/*' starts with '/': COS object keys do not, so it would match nothing. Write 'uploads/*'."],
    ['', `[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' is empty. ${allowed}`],
    [42, "[test/Photos] grantRead(fn, objectsKeyPattern): 'objectsKeyPattern' must be a string such as 'uploads/*', got a number 42."],
  ])('%j', (pattern, message) => {
    // GIVEN a bucket and a function
    const { stack, bucket, fn } = photosAndFunction();
    // WHEN the pattern is refused
    expect(grantError(() => bucket.grantRead(fn, pattern as string))).toBe(message);
    // THEN nothing was granted
    expect(resourcesOf(synth(stack), 'tencentcloud_cam_policy')).toEqual([]);
  });

  test('every problem of one grant at once, with the method that was called', () => {
    const { bucket } = photosAndFunction();
    expect(grantError(() => bucket.grantReadWrite('fn' as unknown as CloudFunction, '/a/*/b'))).toBe([
      "[test/Photos] grantReadWrite(fn): 'fn' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got a string 'fn'.",
      "[test/Photos] grantReadWrite(fn, objectsKeyPattern): 'objectsKeyPattern' '/a/*/b' starts with '/': COS object keys do not, so it would match nothing. Write 'a/*/b'.",
      "[test/Photos] grantReadWrite(fn, objectsKeyPattern): 'objectsKeyPattern' '/a/*/b' has a '*' before its end: CAM matches COS object keys by prefix, with '*' only as the last character. " +
        "Allowed: '*' for every object, a key prefix followed by '*' (e.g. 'uploads/*'), or one object key (e.g. 'config/settings.json').",
    ].join('\n'));
  });

  test('a pattern known only at apply time is accepted and rendered as a reference', () => {
    const { stack } = newStack();
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const fn = newFunction(stack);
    bucket.grantWrite(fn, `${prefix.stringValue}*`);
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        { action: WRITE_OBJECT, effect: 'allow', resource: [`${BUCKET_ARN}/\${var.prefix}*`] },
        { action: ['name/cos:ListMultipartUploads'], effect: 'allow', resource: [`${BUCKET_ARN}/*`] },
      ],
    });
  });
});
