// A corpus of bad input: every row builds a small stack with one mistake and checks that the library refuses it
// with a message naming the construct path, the offending value (quoted as the library quotes values) and the rule.
// Most checks are cdktf validations (reported by synthesis); the rows marked 'construction' fail while the
// construct tree is being built.
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import {
  Bucket,
  BucketAcl,
  BucketEncryption,
  BucketProps,
  BucketWithTrigger,
  CamPolicyStatement,
  CloudFunction,
  CloudFunctionProps,
  CosEvent,
  EventRule,
  FunctionCode,
  ICloudFunction,
  IBucket,
  KeyFilter,
  Runtime,
  RuntimeFamily,
} from '../lib';
import { CosEventsError } from '../lib/validation';
import { APP_ID, REGION, newStack, synthError } from './helpers/stack';

interface Row {
  /** What is wrong. */
  readonly name: string;
  /** Builds the faulty declaration in the stack. */
  readonly build: (stack: TerraformStack) => void;
  /** The construct path the message must start with, as the library prints it: `[test/Photos/Rule-Fn]`. */
  readonly path: string;
  /** The offending value, as the message quotes it. */
  readonly value: string;
  /** A keyword of the rule that is broken. */
  readonly rule: string;
  /** Further text the message must hold (e.g. both colliding rules). */
  readonly also?: readonly string[];
  /** 'construction' when building throws; by default synthesis (validations on) must fail. */
  readonly when?: 'construction' | 'synthesis';
  /** The default provider's region; null for a provider without region. */
  readonly region?: string | null;
}

const PHOTOS = `photos-${APP_ID}`;
const RULE = '[test/Photos/Rule-Fn]';
const BUCKET = '[test/Photos]';
const FN = '[test/Fn]';

/** The bucket under test, `photos-<APPID>` unless told otherwise. */
function bucket(stack: TerraformStack, props: BucketProps = { bucketName: PHOTOS }, id = 'Photos'): Bucket {
  return new Bucket(stack, id, props);
}

/** A valid function (its code package in a separate bucket), with some props overridden. */
function fn(stack: TerraformStack, props: Partial<CloudFunctionProps> | { [key: string]: unknown } = {}, id = 'Fn'): CloudFunction {
  const code = (stack.node.tryFindChild('Code') as Bucket | undefined) ?? new Bucket(stack, 'Code', { bucketName: `code-${APP_ID}` });
  return new CloudFunction(stack, id, { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'code.zip'), ...props });
}

/** A rule on the photos bucket for one event list (cast: JavaScript callers can pass anything). */
function onEvents(events: unknown[]): (stack: TerraformStack) => void {
  return (stack) => {
    bucket(stack).addEventNotification(events as CosEvent[], fn(stack));
  };
}

/** A `cos:ObjectCreated:*` rule on the photos bucket with one filter. */
function withFilter(filter: unknown): (stack: TerraformStack) => void {
  return (stack) => {
    bucket(stack).onObjectCreated(fn(stack), filter as KeyFilter);
  };
}

/** A rule with the given (possibly wrongly typed) EventRule props; bucket, target and events valid unless overridden. */
function eventRule(props: { [key: string]: unknown }): (stack: TerraformStack) => void {
  return (stack) => {
    new EventRule(stack, 'Rule', { bucket: bucket(stack), target: fn(stack), events: [CosEvent.OBJECT_CREATED], ...props } as any);
  };
}

/** Two or more rules on the photos bucket, each invoking its own function. */
function rules(...specs: Array<[string, CosEvent[], KeyFilter?]>): (stack: TerraformStack) => void {
  return (stack) => {
    const b = bucket(stack);
    for (const [id, events, filter] of specs) b.addEventNotification(events, fn(stack, {}, id), filter);
  };
}

const ALLOWED = "Allowed: 'cos:ObjectCreated:*'";
const NOT_EVENT = 'is not a COS event type';

const EVENTS: Row[] = [
  { name: 'misspelt event cos:ObjectCreated:Puts', build: onEvents(['cos:ObjectCreated:Puts']), path: RULE, value: "'cos:ObjectCreated:Puts'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?", ALLOWED] },
  { name: 'misspelt family cos:ObjectCreate:Put', build: onEvents(['cos:ObjectCreate:Put']), path: RULE, value: "'cos:ObjectCreate:Put'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?"] },
  { name: 'misspelt event cos:ObjectRemove:Deleted', build: onEvents(['cos:ObjectRemove:Deleted']), path: RULE, value: "'cos:ObjectRemove:Deleted'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectRemove:Delete'?"] },
  { name: 'lower-case cos:objectcreated:put', build: onEvents(['cos:objectcreated:put']), path: RULE, value: "'cos:objectcreated:put'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?"] },
  { name: 'upper-case prefix COS:ObjectCreated:Put', build: onEvents(['COS:ObjectCreated:Put']), path: RULE, value: "'COS:ObjectCreated:Put'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?"] },
  { name: 'shouted cos:OBJECTREMOVE:*', build: onEvents(['cos:OBJECTREMOVE:*']), path: RULE, value: "'cos:OBJECTREMOVE:*'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectRemove:*'?"] },
  { name: 'S3 name s3:ObjectCreated:*', build: onEvents(['s3:ObjectCreated:*']), path: RULE, value: "'s3:ObjectCreated:*'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:*'?"] },
  { name: 'S3 name s3:ObjectRemoved:Delete', build: onEvents(['s3:ObjectRemoved:Delete']), path: RULE, value: "'s3:ObjectRemoved:Delete'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectRemove:Delete'?"] },
  { name: 'S3 family cos:ObjectRemoved:*', build: onEvents(['cos:ObjectRemoved:*']), path: RULE, value: "'cos:ObjectRemoved:*'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectRemove:*'?"] },
  { name: 'no prefix ObjectCreated:Put', build: onEvents(['ObjectCreated:Put']), path: RULE, value: "'ObjectCreated:Put'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?"] },
  { name: "spaced form 'cos: ObjectCreated:*'", build: onEvents(['cos: ObjectCreated:*']), path: RULE, value: "'cos: ObjectCreated:*'", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:*'?"] },
  { name: 'trailing space', build: onEvents(['cos:ObjectCreated:Put ']), path: RULE, value: "'cos:ObjectCreated:Put '", rule: NOT_EVENT, also: ["Did you mean 'cos:ObjectCreated:Put'?"] },
  { name: 'cos:ObjectRestore:* does not exist', build: onEvents(['cos:ObjectRestore:*']), path: RULE, value: "'cos:ObjectRestore:*'", rule: NOT_EVENT, also: ["'cos:ObjectRestore:Post' and 'cos:ObjectRestore:Completed'", 'no wildcard for the restore family'] },
  { name: 'S3-style restore wildcard s3:ObjectRestore:*', build: onEvents(['s3:ObjectRestore:*']), path: RULE, value: "'s3:ObjectRestore:*'", rule: NOT_EVENT, also: ['no wildcard for the restore family'] },
  { name: 'empty event name', build: onEvents(['']), path: RULE, value: "''", rule: NOT_EVENT, also: [ALLOWED] },
  { name: 'null event', build: onEvents([null]), path: RULE, value: 'null', rule: NOT_EVENT, also: ['event types are strings'] },
  { name: 'empty events', build: onEvents([]), path: RULE, value: "'events' is empty", rule: 'at least one' },
  { name: 'the same event twice in one rule', build: onEvents([CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_PUT]), path: RULE, value: "'cos:ObjectCreated:Put'", rule: 'listed twice' },
  { name: 'a wildcard and its member in one rule', build: onEvents([CosEvent.OBJECT_CREATED, CosEvent.OBJECT_CREATED_PUT]), path: RULE, value: "'cos:ObjectCreated:Put'", rule: 'overlap', also: ["'cos:ObjectCreated:*' already covers the other"] },
];

const FILTERS: Row[] = [
  { name: 'glob suffix *.jpg', build: withFilter({ suffix: '*.jpg' }), path: RULE, value: "'*.jpg'", rule: "contains '*'" },
  { name: 'glob prefix uploads/*', build: withFilter({ prefix: 'uploads/*' }), path: RULE, value: "'uploads/*'", rule: "contains '*'" },
  { name: 'regex anchor prefix ^uploads', build: withFilter({ prefix: '^uploads' }), path: RULE, value: "'^uploads'", rule: 'not regular expressions' },
  { name: 'regex anchor suffix .jpg$', build: withFilter({ suffix: '.jpg$' }), path: RULE, value: "'.jpg$'", rule: 'not regular expressions' },
  { name: 'regex escape suffix \\.jpg', build: withFilter({ suffix: '\\.jpg' }), path: RULE, value: "'\\.jpg'", rule: 'backslash' },
  { name: 'leading slash prefix /uploads/', build: withFilter({ prefix: '/uploads/' }), path: RULE, value: "'/uploads/'", rule: "starts with '/'", also: ["'uploads/'"] },
  { name: 'prefix /', build: withFilter({ prefix: '/' }), path: RULE, value: "'/'", rule: 'never start with' },
  { name: 'prefix of 300 Chinese characters (900 UTF-8 bytes)', build: withFilter({ prefix: '图'.repeat(300) }), path: RULE, value: '900 bytes', rule: 'at most 850 bytes' },
  { name: 'suffix of 851 ASCII bytes', build: withFilter({ suffix: `${'a'.repeat(847)}.jpg` }), path: RULE, value: '851 bytes', rule: 'at most 850 bytes' },
  { name: 'newline in prefix', build: withFilter({ prefix: 'up\nloads/' }), path: RULE, value: "'up\\u000aloads/'", rule: 'control character' },
  { name: 'carriage return in suffix', build: withFilter({ suffix: '.jpg\r' }), path: RULE, value: "'.jpg\\u000d'", rule: 'control character' },
  { name: 'SUB (\\x1a) in prefix', build: withFilter({ prefix: 'a\x1ab/' }), path: RULE, value: "'a\\u001ab/'", rule: 'control character' },
  { name: 'ESC (\\x1b) in suffix', build: withFilter({ suffix: '\x1b[0m.log' }), path: RULE, value: "'\\u001b[0m.log'", rule: 'control character' },
  { name: "capitalised filter key 'Prefix'", build: withFilter({ Prefix: 'uploads/' }), path: RULE, value: "'Prefix'", rule: 'unknown property', also: ["Did you mean 'prefix'?"] },
];

const BUCKETS: Row[] = [
  { name: 'upper-case bucket name', build: (s) => bucket(s, { bucketName: `Photos-${APP_ID}` }), path: BUCKET, value: `'Photos-${APP_ID}'`, rule: 'not a valid COS bucket name' },
  { name: 'underscore in bucket name', build: (s) => bucket(s, { bucketName: `my_photos-${APP_ID}` }), path: BUCKET, value: `'my_photos-${APP_ID}'`, rule: 'not a valid COS bucket name' },
  { name: 'leading dash in bucket name', build: (s) => bucket(s, { bucketName: `-photos-${APP_ID}` }), path: BUCKET, value: `'-photos-${APP_ID}'`, rule: "not starting or ending with '-'" },
  { name: 'trailing dash in bucket name', build: (s) => bucket(s, { bucketName: `photos-${APP_ID}-` }), path: BUCKET, value: `'photos-${APP_ID}-'`, rule: "not starting or ending with '-'" },
  { name: 'name part ends with a dash', build: (s) => bucket(s, { bucketName: `photos--${APP_ID}` }), path: BUCKET, value: `'photos--${APP_ID}'`, rule: 'not a valid COS bucket name' },
  { name: 'missing APPID', build: (s) => bucket(s, { bucketName: 'photos' }), path: BUCKET, value: "'photos'", rule: 'no APPID suffix' },
  { name: '9-digit APPID', build: (s) => bucket(s, { bucketName: 'photos-125000000' }), path: BUCKET, value: "'photos-125000000'", rule: 'the APPID suffix of a COS bucket name has exactly 10 digits' },
  { name: 'bucket name over 60 characters', build: (s) => bucket(s, { bucketName: `${'a'.repeat(50)}-${APP_ID}` }), path: BUCKET, value: `'${'a'.repeat(50)}-${APP_ID}'`, rule: 'is 61 characters' },
  { name: 'bucket domain over 60 characters', build: (s) => bucket(s, { bucketName: `${'a'.repeat(22)}-${APP_ID}` }), path: BUCKET, value: `'${'a'.repeat(22)}-${APP_ID}.cos.${REGION}.myqcloud.com'`, rule: 'at most 60' },
  { name: 'name with upper case and appId', build: (s) => bucket(s, { name: 'Photos', appId: APP_ID }), path: BUCKET, value: "'Photos'", rule: 'not a valid COS bucket name' },
  { name: 'name with trailing dash and appId', build: (s) => bucket(s, { name: 'photos-', appId: APP_ID }), path: BUCKET, value: "'photos-'", rule: "not starting or ending with '-'" },
  { name: '9-digit appId', build: (s) => bucket(s, { name: 'photos', appId: '125000000' }), path: BUCKET, value: "'125000000'", rule: 'exactly 10 digits' },
  { name: 'name without appId', build: (s) => bucket(s, { name: 'photos' }), path: BUCKET, value: "'photos'", rule: "needs 'appId'" },
  { name: 'name already ending with the APPID, and appId', build: (s) => bucket(s, { name: PHOTOS, appId: APP_ID }), path: BUCKET, value: `'${PHOTOS}'`, rule: 'already ends with an APPID' },
  { name: 'bucketName together with name and appId', build: (s) => bucket(s, { bucketName: PHOTOS, name: 'photos', appId: APP_ID }), path: BUCKET, value: `'${PHOTOS}'`, rule: 'not both' },
  { name: 'name and appId over 60 characters', build: (s) => bucket(s, { name: 'a'.repeat(50), appId: APP_ID }), path: BUCKET, value: `'${'a'.repeat(50)}-${APP_ID}'`, rule: 'at most 60' },
  { name: 'no name at all', build: (s) => bucket(s, {}), path: BUCKET, value: "'bucketName'", rule: 'needs a name' },
  { name: 'imported bucket with a bad name', build: (s) => Bucket.fromBucketName(s, 'Imp', 'Photos'), path: '[test/Imp]', value: "'Photos'", rule: 'not a valid COS bucket name' },
  { name: 'imported bucket with a bad region', build: (s) => Bucket.fromBucketAttributes(s, 'Imp', { bucketName: PHOTOS, region: 'guangzhou' }), path: '[test/Imp]', value: "'guangzhou'", rule: 'not a Tencent Cloud region' },
  { name: 'unknown acl', build: (s) => bucket(s, { bucketName: PHOTOS, acl: 'public' as BucketAcl }), path: BUCKET, value: "'public'", rule: 'not a COS canned ACL' },
  { name: 'unknown encryption', build: (s) => bucket(s, { bucketName: PHOTOS, encryption: 'AES' as BucketEncryption }), path: BUCKET, value: "'AES'", rule: 'not supported' },
  { name: 'kmsKeyId without KMS encryption', build: (s) => bucket(s, { bucketName: PHOTOS, kmsKeyId: 'key-1' }), path: BUCKET, value: "'AES256'", rule: 'only used with BucketEncryption.KMS' },
];

const FUNCTIONS: Row[] = [
  { name: 'function name starting with a digit', build: (s) => fn(s, { functionName: '1resizer' }), path: FN, value: "'1resizer'", rule: 'does not start with a letter' },
  { name: "function name ending with '-'", build: (s) => fn(s, { functionName: 'resizer-' }), path: FN, value: "'resizer-'", rule: "ends with '-'" },
  { name: 'function name of 61 characters', build: (s) => fn(s, { functionName: 'f'.repeat(61) }), path: FN, value: `'${'f'.repeat(61)}'`, rule: '2 to 60 allowed' },
  { name: 'function name of 1 character', build: (s) => fn(s, { functionName: 'f' }), path: FN, value: "'f'", rule: '2 to 60 allowed' },
  { name: 'function name with spaces', build: (s) => fn(s, { functionName: 'my resizer' }), path: FN, value: "'my resizer'", rule: 'characters other than letters' },
  { name: 'function name in Chinese', build: (s) => fn(s, { functionName: '缩略图' }), path: FN, value: "'缩略图'", rule: 'does not start with a letter' },
  { name: 'Node.js handler without a function part', build: (s) => fn(s, { handler: 'index' }), path: FN, value: "'index'", rule: '<file>.<function>' },
  { name: "Node.js handler with a '-' in the function", build: (s) => fn(s, { handler: 'index.main-handler' }), path: FN, value: "'index.main-handler'", rule: '<file>.<function>' },
  { name: 'Node.js handler with a path', build: (s) => fn(s, { handler: 'src/index.handler' }), path: FN, value: "'src/index.handler'", rule: "contains '/': the provider accepts" },
  { name: "Java handler without '::'", build: (s) => fn(s, { runtime: Runtime.JAVA_8, handler: 'example.Hello.mainHandler' }), path: FN, value: "'example.Hello.mainHandler'", rule: '<package>.<Class>::<method>' },
  { name: 'Go handler with a file extension', build: (s) => fn(s, { runtime: Runtime.GO_1, handler: 'main.go' }), path: FN, value: "'main.go'", rule: '<executable name>' },
  { name: 'memory 100 MB', build: (s) => fn(s, { memorySize: 100 }), path: FN, value: "'memorySize' 100", rule: '128 to 3072 MB in steps of 128' },
  { name: 'memory 129 MB', build: (s) => fn(s, { memorySize: 129 }), path: FN, value: "'memorySize' 129", rule: 'in steps of 128' },
  { name: 'memory 4096 MB', build: (s) => fn(s, { memorySize: 4096 }), path: FN, value: "'memorySize' 4096", rule: '128 to 3072' },
  { name: 'timeout 0', build: (s) => fn(s, { timeout: 0 }), path: FN, value: "'timeout' 0", rule: '1 to 900 seconds' },
  { name: 'timeout 901', build: (s) => fn(s, { timeout: 901 }), path: FN, value: "'timeout' 901", rule: '1 to 900 seconds' },
  { name: 'timeout 1.5', build: (s) => fn(s, { timeout: 1.5 }), path: FN, value: "'timeout' 1.5", rule: 'a whole number' },
  { name: 'bad namespace', build: (s) => fn(s, { namespace: 'my namespace' }), path: FN, value: "'my namespace'", rule: 'not a valid SCF namespace' },
  { name: 'publicNetwork false without a VPC', build: (s) => fn(s, { publicNetwork: false }), path: FN, value: "'publicNetwork: false'", rule: "needs a 'vpc'" },
  { name: 'credential environment variable', build: (s) => fn(s, { environment: { TENCENTCLOUD_SECRETKEY: 'x' } }), path: FN, value: "'TENCENTCLOUD_SECRETKEY'", rule: 'credentials' },
];

/** A provider for ap-shanghai, with an alias. */
function shanghai(stack: TerraformStack): tencentcloud.provider.TencentcloudProvider {
  return new tencentcloud.provider.TencentcloudProvider(stack, 'Shanghai', { alias: 'shanghai', region: 'ap-shanghai' });
}

const REGIONS: Row[] = [
  {
    name: 'bucket in ap-shanghai, function in ap-guangzhou',
    build: (s) => bucket(s, { bucketName: PHOTOS, provider: shanghai(s) }).onObjectCreated(fn(s)),
    path: RULE,
    value: "'ap-guangzhou'",
    rule: "only invoke a function in the bucket's own region",
    also: ["'ap-shanghai'", FN],
  },
  {
    name: 'bucket in ap-guangzhou, function in ap-shanghai',
    build: (s) => bucket(s).onObjectRemoved(fn(s, { provider: shanghai(s) })),
    path: RULE,
    value: "'ap-shanghai'",
    rule: "only invoke a function in the bucket's own region",
    also: ["'ap-guangzhou'"],
  },
  {
    name: 'imported function in another region',
    build: (s) => bucket(s).onObjectCreated(CloudFunction.fromFunctionAttributes(s, 'Fn', { functionName: 'resizer', region: 'ap-beijing' })),
    path: RULE,
    value: "'ap-beijing'",
    rule: "only invoke a function in the bucket's own region",
  },
  {
    name: 'imported bucket, no region anywhere',
    region: null,
    build: (s) => {
      // The stack's provider takes its region from the environment.
      new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', {});
      Bucket.fromBucketName(s, 'Imp', PHOTOS).onObjectCreated(CloudFunction.fromFunctionName(s, 'Fn', 'resizer'));
    },
    path: '[test/Imp]',
    value: `'${PHOTOS}'`,
    rule: 'region of imported bucket',
    also: ["Bucket.fromBucketAttributes(scope, id, { bucketName, region: 'ap-guangzhou' })"],
  },
];

const OVERLAP = 'overlap on bucket';
const COLLISIONS: Row[] = [
  {
    name: 'same event, same prefix',
    build: rules(['A', [CosEvent.OBJECT_CREATED_PUT], { prefix: 'img/' }], ['B', [CosEvent.OBJECT_CREATED_PUT], { prefix: 'img/' }]),
    path: BUCKET,
    value: "(prefix 'img/')",
    rule: OVERLAP,
    also: ['[test/Photos/Rule-A] and [test/Photos/Rule-B]', 'ResourceInUse.Cos'],
  },
  {
    name: 'wildcard and member, no filters',
    build: rules(['A', [CosEvent.OBJECT_CREATED]], ['B', [CosEvent.OBJECT_CREATED_POST]]),
    path: BUCKET,
    value: "'cos:ObjectCreated:Post' (no filter)",
    rule: OVERLAP,
    also: ["'cos:ObjectCreated:*' (no filter)"],
  },
  {
    name: 'removal wildcard and delete-marker event',
    build: rules(['A', [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED], { suffix: '.log' }], ['B', [CosEvent.OBJECT_REMOVE]]),
    path: BUCKET,
    value: "(suffix '.log')",
    rule: OVERLAP,
    also: ["'cos:ObjectRemove:*'"],
  },
  {
    name: 'overlapping prefixes img/ and img/2024/',
    build: rules(['A', [CosEvent.OBJECT_CREATED], { prefix: 'img/' }], ['B', [CosEvent.OBJECT_CREATED_PUT], { prefix: 'img/2024/' }]),
    path: BUCKET,
    value: "(prefix 'img/2024/')",
    rule: OVERLAP,
    also: ["'cos:ObjectCreated:*' (prefix 'img/')"],
  },
  {
    name: 'prefixes img/ and img/2024/ on the same event',
    build: rules(['A', [CosEvent.OBJECT_CREATED], { prefix: 'img/' }], ['B', [CosEvent.OBJECT_CREATED], { prefix: 'img/2024/' }]),
    path: BUCKET,
    value: "both match 'img/2024/'",
    rule: OVERLAP,
  },
  {
    name: 'suffixes .jpg and g',
    build: rules(['A', [CosEvent.OBJECT_CREATED_PUT], { suffix: '.jpg' }], ['B', [CosEvent.OBJECT_CREATED_PUT], { suffix: 'g' }]),
    path: BUCKET,
    value: "both match '.jpg'",
    rule: OVERLAP,
  },
  {
    name: 'a prefix rule and a suffix rule',
    build: rules(['A', [CosEvent.OBJECT_CREATED_COPY], { prefix: 'img/' }], ['B', [CosEvent.OBJECT_CREATED], { suffix: '.png' }]),
    path: BUCKET,
    value: "both match 'img/.png'",
    rule: OVERLAP,
  },
  {
    name: 'two imports of one bucket',
    build: (s) => {
      Bucket.fromBucketName(s, 'ImpA', PHOTOS).onObjectCreated(fn(s, {}, 'A'));
      Bucket.fromBucketName(s, 'ImpB', PHOTOS).onObjectCreated(fn(s, {}, 'B'), { prefix: 'x/' });
    },
    path: '[test/ImpA]',
    value: `bucket '${PHOTOS}'`,
    rule: OVERLAP,
    also: ['[test/ImpA/Rule-A] and [test/ImpB/Rule-B]'],
  },
  {
    name: '11 triggers on one bucket',
    build: (s) => {
      const b = bucket(s);
      for (let i = 0; i < 11; i++) b.onObjectCreated(fn(s, {}, `F${i}`), { prefix: `p${i}/` });
    },
    path: BUCKET,
    value: `bucket '${PHOTOS}' has 11 COS triggers`,
    rule: 'at most 10 notification rules per bucket',
    also: ['test/Photos/Rule-F10'],
  },
  {
    name: '11 triggers on one function',
    build: (s) => {
      const f = fn(s);
      for (let i = 0; i < 11; i++) bucket(s, { bucketName: `b${i}-${APP_ID}` }, `B${i}`).onObjectCreated(f);
    },
    path: FN,
    value: 'function [test/Fn] has 11 COS triggers',
    rule: 'at most 10 COS triggers per function',
    also: ['test/B10/Rule-Fn'],
  },
];

/** Builds something twice under one id. */
function twice(build: (stack: TerraformStack) => void): (stack: TerraformStack) => void {
  return (stack) => {
    build(stack);
    build(stack);
  };
}

const DUPLICATE_IDS: Row[] = [
  { name: 'two buckets with one id', when: 'construction', build: twice((s) => bucket(s)), path: '[test]', value: "'Photos'", rule: 'already a Construct' },
  { name: 'two functions with one id', when: 'construction', build: (s) => { fn(s); fn(s); }, path: '[test]', value: "'Fn'", rule: 'already a Construct' },
  {
    name: 'two rules with one id',
    when: 'construction',
    build: (s) => {
      const b = bucket(s);
      const f = fn(s);
      new EventRule(s, 'OnPut', { bucket: b, target: f, events: [CosEvent.OBJECT_CREATED_PUT] });
      new EventRule(s, 'OnPut', { bucket: b, target: f, events: [CosEvent.OBJECT_REMOVE] });
    },
    path: '[test]',
    value: "'OnPut'",
    rule: 'already a Construct',
  },
];

const WRONG_TYPES: Row[] = [
  { name: 'events as a string', build: eventRule({ events: 'cos:ObjectCreated:Put' }), path: '[test/Rule]', value: "a string 'cos:ObjectCreated:Put'", rule: "'events' must be an array" },
  { name: 'events [42]', build: eventRule({ events: [42] }), path: '[test/Rule]', value: '42', rule: 'event types are strings' },
  { name: 'filter as a string', build: eventRule({ filter: 'uploads/' }), path: '[test/Rule]', value: "a string 'uploads/'", rule: "'filter' must be an object" },
  { name: 'filter prefix as a number', build: eventRule({ filter: { prefix: 7 } }), path: '[test/Rule]', value: 'a number 7', rule: 'filter prefix must be a string' },
  { name: 'filter as an array', build: eventRule({ filter: ['uploads/'] }), path: '[test/Rule]', value: "an array ['uploads/']", rule: "'filter' must be an object" },
  { name: 'target undefined', build: eventRule({ target: undefined }), path: '[test/Rule]', value: 'got undefined', rule: "'target' must be a CloudFunction" },
  { name: 'target undefined through onObjectCreated', build: (s) => bucket(s).onObjectCreated(undefined as unknown as ICloudFunction), path: '[test/Photos/Rule-Target]', value: 'got undefined', rule: "'target' must be a CloudFunction" },
  { name: 'bucket given as its name', build: eventRule({ bucket: PHOTOS }), path: '[test/Rule]', value: 'got a string', rule: "'bucket' must be a Bucket" },
  { name: "enabled 'yes'", build: eventRule({ enabled: 'yes' }), path: '[test/Rule]', value: "a string 'yes'", rule: "'enabled' must be a boolean" },
  { name: 'qualifier as a number', build: eventRule({ qualifier: 1 }), path: '[test/Rule]', value: 'a number 1', rule: "'qualifier' must be a string" },
  { name: "memorySize '128'", build: (s) => fn(s, { memorySize: '128' }), path: FN, value: "a string '128'", rule: "'memorySize' must be a number" },
  { name: "timeout '3'", build: (s) => fn(s, { timeout: '3' }), path: FN, value: "a string '3'", rule: "'timeout' must be a number" },
  { name: 'environment { A: 1 }', build: (s) => fn(s, { environment: { A: 1 } }), path: FN, value: "'environment.A'", rule: 'must be a string, got a number 1' },
  { name: 'functionName as a number', build: (s) => fn(s, { functionName: 42 }), path: FN, value: 'a number 42', rule: "'functionName' must be a string" },
  { name: 'runtime as a string', build: (s) => fn(s, { runtime: 'nodejs18' }), path: FN, value: "a string 'nodejs18'", rule: "'runtime' must be a Runtime" },
  { name: 'code as a path string', build: (s) => fn(s, { code: 'handler/' }), path: FN, value: "a string 'handler/'", rule: "'code' must be a FunctionCode" },
  { name: 'function props missing', build: (s) => new CloudFunction(s, 'Fn', undefined as unknown as CloudFunctionProps), path: FN, value: 'got undefined', rule: 'props must be an object' },
  { name: 'bucketName 123', build: (s) => bucket(s, { bucketName: 123 as unknown as string }), path: BUCKET, value: 'a number 123', rule: "'bucketName' must be a string" },
  { name: "versioned 'true'", build: (s) => bucket(s, { bucketName: PHOTOS, versioned: 'true' as unknown as boolean }), path: BUCKET, value: "a string 'true'", rule: "'versioned' must be a boolean" },
  { name: 'tags { team: 1 }', build: (s) => bucket(s, { bucketName: PHOTOS, tags: { team: 1 as unknown as string } }), path: BUCKET, value: "'tags.team'", rule: 'must be a string, got a number 1' },
  {
    name: 'BucketWithTrigger rule with a misspelt event',
    build: (s) => new BucketWithTrigger(s, 'Thumbs', {
      existingBucket: bucket(s) as IBucket,
      existingFunction: fn(s),
      rules: [{ events: ['cos:ObjectCreated:Puts' as CosEvent] }],
    }),
    path: '[test/Thumbs/Rule0]',
    value: "'cos:ObjectCreated:Puts'",
    rule: NOT_EVENT,
  },
  { name: 'BucketWithTrigger without rules', build: (s) => new BucketWithTrigger(s, 'Thumbs', { existingBucket: bucket(s), existingFunction: fn(s), rules: [] }), path: '[test/Thumbs]', value: 'an array []', rule: "'rules' must be a non-empty array" },
];

/** The default provider of the stack, replaced by one with a `cos_domain`. */
function withCosDomain(stack: TerraformStack): void {
  (stack.node.findChild('tencentcloud') as tencentcloud.provider.TencentcloudProvider).cosDomain = 'https://cos.ap-guangzhou.myqcloud.com';
}

/** A function of another stack of the same app, deployed with an aliased provider of that stack. */
function functionOfOtherStack(stack: TerraformStack): CloudFunction {
  const other = new TerraformStack(stack.node.scope as Construct, 'other');
  const p = new tencentcloud.provider.TencentcloudProvider(other, 'tencentcloud', { region: REGION, alias: 'gz' });
  const code = new Bucket(other, 'Code', { bucketName: `code-${APP_ID}`, provider: p });
  return new CloudFunction(other, 'Remote', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'code.zip'), provider: p });
}

const DEPLOY: Row[] = [
  { name: 'empty qualifier', build: eventRule({ qualifier: '' }), path: '[test/Rule]', value: "'qualifier' is empty", rule: "SCF uses '$LATEST' and reports it back" },
  { name: "qualifier '$latest'", build: eventRule({ qualifier: '$latest' }), path: '[test/Rule]', value: "'$latest'", rule: 'is not a function version or alias', also: ["Did you mean '$LATEST'?"] },
  { name: "qualifier 'v1.0'", build: eventRule({ qualifier: 'v1.0' }), path: '[test/Rule]', value: "'v1.0'", rule: 'is not a function version or alias' },
  { name: "handler with '$'", build: (s) => fn(s, { handler: 'index.$handler' }), path: FN, value: "'index.$handler'", rule: "contains '$': the provider accepts" },
  { name: 'handler ending with _', build: (s) => fn(s, { handler: 'index.handler_' }), path: FN, value: "'index.handler_'", rule: "ends with '-' or '_'" },
  { name: 'runtime name in the wrong case', build: (s) => fn(s, { runtime: Runtime.of('nodejs20.15', RuntimeFamily.NODEJS) }), path: FN, value: "'nodejs20.15'", rule: 'SCF runtime names are case-sensitive' },
  { name: 'runtime of an unknown family', build: (s) => fn(s, { runtime: Runtime.of('Deno1', 'DENO' as RuntimeFamily) }), path: FN, value: "'DENO'", rule: 'which is not a RuntimeFamily' },
  { name: 'role given as an ARN', build: (s) => fn(s, { role: 'qcs::cam::uin/1:roleName/r' }), path: FN, value: "'qcs::cam::uin/1:roleName/r'", rule: 'is not a CAM role name' },
  { name: 'VPC id without vpc- prefix', build: (s) => fn(s, { vpc: { vpcId: 'abc', subnetId: 'subnet-abc' } }), path: FN, value: "'abc'", rule: 'is not a VPC id' },
  { name: 'environment variable with an empty name', build: (s) => fn(s, { environment: { '': 'x' } }), path: FN, value: "'environment' has an empty key", rule: 'refuse empty names' },
  { name: 'bucket tag with an empty key', build: (s) => bucket(s, { bucketName: PHOTOS, tags: { '': 'x' } }), path: BUCKET, value: "'tags' has an empty key", rule: 'refuse empty names' },
  { name: 'lone surrogate in a description', build: (s) => fn(s, { description: 'x\ud800' }), path: FN, value: '(U+D800)', rule: 'lone UTF-16 surrogate' },
  { name: 'lone surrogate in a filter suffix', build: withFilter({ suffix: '.jp\udc00' }), path: RULE, value: "'.jp\\udc00'", rule: 'lone UTF-16 surrogate' },
  {
    name: 'bucket provider with cos_domain',
    build: (s) => { withCosDomain(s); bucket(s).onObjectCreated(fn(s)); },
    path: RULE,
    value: "sets cos_domain 'https://cos.ap-guangzhou.myqcloud.com'",
    rule: "not the name '<bucket>.cos.<region>.myqcloud.com' a COS trigger needs",
  },
  {
    name: 'target provider declared in another stack',
    build: (s) => bucket(s).onObjectCreated(functionOfOtherStack(s)),
    path: '[test/Photos/Rule-Remote',
    value: "'tencentcloud.gz'",
    rule: "that stack 'test' does not declare",
  },
];

/** Values of kinds JavaScript callers (and configuration files) can pass anywhere. */
const NULL_PROTO: unknown = Object.create(null);
const WRONG_KINDS: Row[] = [
  { name: 'bucketName without prototype', build: (s) => bucket(s, { bucketName: NULL_PROTO as string }), path: BUCKET, value: 'an object {}', rule: "'bucketName' must be a string" },
  { name: 'bucketName as a BigInt', build: (s) => bucket(s, { bucketName: 10n as unknown as string }), path: BUCKET, value: 'a bigint 10n', rule: "'bucketName' must be a string" },
  { name: 'name as a symbol, with appId', build: (s) => bucket(s, { name: Symbol('n') as unknown as string, appId: APP_ID }), path: BUCKET, value: 'Symbol(n)', rule: 'is not a valid COS bucket name' },
  { name: 'appId without prototype', build: (s) => bucket(s, { name: 'photos', appId: NULL_PROTO as string }), path: BUCKET, value: "'appId' {}", rule: 'is not an APPID' },
  { name: 'kmsKeyId as a number', build: (s) => bucket(s, { bucketName: PHOTOS, encryption: BucketEncryption.KMS, kmsKeyId: 42 as unknown as string }), path: BUCKET, value: 'a number 42', rule: "'kmsKeyId' must be a string" },
  { name: 'versioned as a symbol', build: (s) => bucket(s, { bucketName: PHOTOS, versioned: Symbol('v') as unknown as boolean }), path: BUCKET, value: 'a symbol Symbol(v)', rule: "'versioned' must be a boolean" },
  { name: 'tags as an array', build: (s) => bucket(s, { bucketName: PHOTOS, tags: ['a'] as unknown as { [k: string]: string } }), path: BUCKET, value: "an array ['a']", rule: "'tags' must be an object" },
  { name: 'tag value as a BigInt', build: (s) => bucket(s, { bucketName: PHOTOS, tags: { team: 1n as unknown as string } }), path: BUCKET, value: "'tags.team'", rule: 'must be a string, got a bigint 1n' },
  { name: 'memorySize as a BigInt', build: (s) => fn(s, { memorySize: 128n }), path: FN, value: 'a bigint 128n', rule: "'memorySize' must be a number" },
  { name: 'description of 70,000 characters', build: (s) => fn(s, { description: 'd'.repeat(70_000) }), path: FN, value: "'description' is 70000 characters", rule: 'SCF allows at most 1000' },
  { name: 'vpcId as a function', build: (s) => fn(s, { vpc: { vpcId: () => 'vpc-a', subnetId: 'subnet-a' } }), path: FN, value: 'a function [function vpcId]', rule: "'vpc.vpcId' must be a string" },
  { name: 'imported function region as a number', build: (s) => bucket(s).onObjectCreated(CloudFunction.fromFunctionAttributes(s, 'Fn', { functionName: 'fn', region: 5 as unknown as string })), path: FN, value: 'a number 5', rule: "'region' must be a string" },
  { name: 'imported bucket region without prototype', build: (s) => Bucket.fromBucketAttributes(s, 'Imp', { bucketName: PHOTOS, region: NULL_PROTO as string }), path: '[test/Imp]', value: 'region {}', rule: 'is not a Tencent Cloud region name' },
  { name: 'events without prototype', build: eventRule({ events: NULL_PROTO }), path: '[test/Rule]', value: 'an object {}', rule: "'events' must be an array" },
  { name: 'filter prefix as a BigInt', build: eventRule({ filter: { prefix: 3n } }), path: '[test/Rule]', value: 'a bigint 3n', rule: 'filter prefix must be a string' },
  { name: "BucketWithTrigger grantRead 'yes'", build: (s) => new BucketWithTrigger(s, 'Thumbs', { existingBucket: bucket(s), existingFunction: fn(s), rules: [{ events: [CosEvent.OBJECT_CREATED] }], grantRead: 'yes' as unknown as boolean }), path: '[test/Thumbs]', value: "a string 'yes'", rule: "'grantRead' must be a boolean" },
  { name: 'construct id as a number', when: 'construction', build: (s) => new Bucket(s, 42 as unknown as string, { bucketName: PHOTOS }), path: '[test]', value: 'a number 42', rule: "'id' must be a non-empty string" },
  { name: "construct id 'constructor'", when: 'construction', build: (s) => new Bucket(s, 'constructor', { bucketName: PHOTOS }), path: '[test]', value: "'constructor'", rule: 'cannot be a construct id' },
  {
    name: "BucketWithTrigger rule id '__proto__'",
    build: (s) => new BucketWithTrigger(s, 'Thumbs', { existingBucket: bucket(s), existingFunction: fn(s), rules: [{ events: [CosEvent.OBJECT_CREATED], id: '__proto__' }] }),
    path: '[test/Thumbs]',
    value: "rules[0]: 'id' '__proto__'",
    rule: 'cannot be a construct id',
  },
  { name: "rule option id 'toString'", build: (s) => bucket(s).onObjectCreated(fn(s), undefined, { id: 'toString' }), path: '[test/Photos/Rule-InvalidId]', value: "'toString'", rule: 'cannot be a construct id' },
  { name: 'scope undefined', when: 'construction', build: () => new CloudFunction(undefined as unknown as Construct, 'Fn', {} as CloudFunctionProps), path: '[CloudFunction]', value: 'got undefined', rule: "'scope' must be a construct" },
  { name: 'grantRead of a bucket name', when: 'construction', build: (s) => bucket(s).grantRead('fn' as unknown as ICloudFunction), path: BUCKET, value: "a string 'fn'", rule: "grantRead(fn): 'fn' must be a CloudFunction" },
  { name: 'policy statement without actions', when: 'construction', build: (s) => fn(s).addToRolePolicy({ resources: ['qcs::cos:::*'] } as unknown as CamPolicyStatement), path: FN, value: "'actions'", rule: 'must be a non-empty array of strings, got undefined' },
  { name: 'policy statement with a BigInt action', when: 'construction', build: (s) => fn(s).addToRolePolicy({ actions: [1n] as unknown as string[], resources: ['qcs::cos:::*'] }), path: FN, value: 'an array [1n]', rule: "'actions' must be a non-empty array of strings" },
];

const CORPUS: Row[] = [
  ...EVENTS, ...FILTERS, ...BUCKETS, ...FUNCTIONS, ...REGIONS, ...COLLISIONS, ...DUPLICATE_IDS, ...WRONG_TYPES, ...DEPLOY, ...WRONG_KINDS,
];

/** What building or synthesizing the row's stack fails with. */
function failureOf(row: Row): Error {
  const { stack } = newStack(row.region === undefined ? REGION : row.region);
  if (row.when === 'construction') {
    let thrown: unknown;
    try {
      row.build(stack);
    } catch (e) {
      thrown = e;
    }
    if (thrown === undefined) throw new Error(`expected building '${row.name}' to throw, but it did not`);
    return thrown as Error;
  }
  // Everything else must build without throwing and fail at synthesis, as a validation error.
  row.build(stack);
  return new Error(synthError(stack));
}

/** The line of a (possibly multi-problem) message that reports on `path`. */
function linesFor(message: string, path: string): string[] {
  return message.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(path) || (l.includes(path) && !l.startsWith('[')));
}

test('the corpus is large and every category is present', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CORPUS.map((r) => r.name)).size).toBe(CORPUS.length);
  for (const category of [EVENTS, FILTERS, BUCKETS, FUNCTIONS, REGIONS, COLLISIONS, DUPLICATE_IDS, WRONG_TYPES, DEPLOY, WRONG_KINDS]) {
    expect(category.length).toBeGreaterThan(0);
  }
});

describe('bad input is refused with the path, the value and the rule', () => {
  test.each(CORPUS)('$name', (row) => {
    const error = failureOf(row);
    expect(error).toBeInstanceOf(Error);
    // A validation error at synthesis, or the library's own error (or constructs' id check) while building.
    expect([Error, CosEventsError]).toContain(error.constructor);
    const message = error.message;
    expect(message).not.toMatch(/TypeError|ReferenceError|at .*lib\//);
    // One line of the message names the construct, the value and the rule together.
    const lines = linesFor(message, row.path);
    const line = lines.find((l) => l.includes(row.value) && l.includes(row.rule));
    expect({ line, message }).toEqual({ line: expect.any(String), message });
    for (const text of row.also ?? []) expect(line).toContain(text);
  });
});

describe('the corpus rows are correct declarations once the mistake is removed', () => {
  // Guards against rows that fail for a reason other than the one they test.
  test('the building blocks synthesize', () => {
    const { stack } = newStack();
    const b = bucket(stack);
    b.onObjectCreated(fn(stack), { prefix: 'uploads/', suffix: '.jpg' });
    b.onObjectRemoved(fn(stack, {}, 'Other'));
    new EventRule(stack, 'Rule', { bucket: bucket(stack, { bucketName: `other-${APP_ID}` }, 'OtherBucket'), target: fn(stack, {}, 'Third'), events: [CosEvent.OBJECT_CREATED] });
    expect(() => synthError(stack)).toThrow('expected synthesis to fail validation, but it succeeded');
  });

  test('ten triggers on a bucket and on a function are allowed', () => {
    const { stack } = newStack();
    const b = bucket(stack);
    for (let i = 0; i < 10; i++) b.onObjectCreated(fn(stack, {}, `F${i}`), { prefix: `p${i}/` });
    const f = fn(stack);
    for (let i = 0; i < 10; i++) bucket(stack, { bucketName: `b${i}-${APP_ID}` }, `B${i}`).onObjectCreated(f);
    expect(() => synthError(stack)).toThrow('succeeded');
  });

  test('disjoint prefixes and disjoint events do not collide; an imported bucket with a region is fine', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', {});
    const b = Bucket.fromBucketAttributes(stack, 'Imp', { bucketName: PHOTOS, region: REGION });
    const f = CloudFunction.fromFunctionAttributes(stack, 'Fn', { functionName: 'resizer', region: REGION });
    b.onObjectCreated(f, { prefix: 'img/' });
    b.addEventNotification([CosEvent.OBJECT_CREATED_PUT], CloudFunction.fromFunctionAttributes(stack, 'Docs', { functionName: 'docs', region: REGION }), { prefix: 'doc/' });
    b.onObjectRemoved(CloudFunction.fromFunctionAttributes(stack, 'Gc', { functionName: 'gc', region: REGION }));
    expect(() => synthError(stack)).toThrow('succeeded');
  });
});
