// Values the provider or the cloud APIs reject at apply time, never send back, or silently normalize are synth-time
// errors (or warnings, where COS's documented semantics only make a rule useless): for each check a passing case,
// a failing case with the full message, and a case with a value known only at apply time.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CloudFunctionProps, CosEvent, EventRule, FunctionCode, IBucket, Runtime, RuntimeFamily, StorageClass } from '../lib';
import { APP_ID, REGION, newStack, synthError, synthText, testApp } from './helpers/stack';

const PHOTOS = `photos-${APP_ID}`;

function fn(scope: Construct, props: Partial<CloudFunctionProps> = {}, id = 'Fn'): CloudFunction {
  const code = Bucket.fromBucketAttributes(scope, `${id}Code`, { bucketName: `code-${APP_ID}`, region: REGION });
  return new CloudFunction(scope, id, { functionName: 'fn', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'f.zip'), ...props });
}

/** The function's validation messages (the stack must fail). */
function functionError(props: Partial<CloudFunctionProps>): string {
  const { stack } = newStack();
  fn(stack, props);
  return synthError(stack);
}

/** Synthesizes a stack that must succeed. */
function accepted(stack: TerraformStack): void {
  expect(() => synthText(stack)).not.toThrow();
}

function warningsOf(construct: Construct): string[] {
  return construct.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

function rule(stack: TerraformStack, props: { qualifier?: string; description?: string; events?: CosEvent[]; bucket?: IBucket } = {}): EventRule {
  return new EventRule(stack, 'Rule', {
    bucket: props.bucket ?? new Bucket(stack, 'Photos', { bucketName: PHOTOS }),
    target: fn(stack),
    events: props.events ?? [CosEvent.OBJECT_CREATED],
    qualifier: props.qualifier,
    description: props.description,
  });
}

describe('trigger qualifier: $LATEST, $DEFAULT, a version number or an alias name', () => {
  test.each(['$LATEST', '$DEFAULT', '1', '42', 'prod', 'blue-green_2'])('%s is accepted', (qualifier) => {
    const { stack } = newStack();
    rule(stack, { qualifier });
    accepted(stack);
  });

  test('an empty qualifier is refused: it is never sent and reads back as $LATEST', () => {
    const { stack } = newStack();
    rule(stack, { qualifier: '' });
    expect(synthError(stack)).toContain(
      "[test/Rule] 'qualifier' is empty: the provider then sends no qualifier, SCF uses '$LATEST' and reports it back, so every plan " +
        "would show a change that a COS trigger cannot apply in place. Leave 'qualifier' out for the default, or give '$LATEST', " +
        "'$DEFAULT', a version number such as '1', or an alias name.",
    );
  });

  test.each([
    ['$latest', " Did you mean '$LATEST'?"],
    ['0', ''],
    ['v1.0', ''],
    ['-prod', ''],
    [`a${'b'.repeat(64)}`, ''],
  ])('%j is refused', (qualifier, hint) => {
    const { stack } = newStack();
    rule(stack, { qualifier });
    expect(synthError(stack)).toContain(
      `[test/Rule] 'qualifier' '${qualifier}' is not a function version or alias.${hint} SCF accepts '$LATEST', '$DEFAULT', ` +
        "a published version number such as '1', or an alias name (1 to 64 letters, digits, '_' and '-', starting with a letter).",
    );
  });

  test('a qualifier known only at apply time is not checked', () => {
    const { stack } = newStack();
    rule(stack, { qualifier: new TerraformVariable(stack, 'q', { type: 'string' }).stringValue });
    accepted(stack);
  });
});

describe('handler: the provider\'s character rule, then the runtime\'s form', () => {
  const RULE = "the provider accepts 2 to 60 characters: letters, digits, '-', '_', ':' and '.', starting with a letter and not ending with '-' or '_'";

  test.each(['index.main_handler', 'src.app.handler', 'a1.b'])('%s is accepted', (handler) => {
    const { stack } = newStack();
    fn(stack, { handler });
    accepted(stack);
  });

  test.each([
    ['index.$handler', "contains '$'"],
    ['src/index.handler', "contains '/'"],
    ['index.main handler', "contains ' '"],
    ['1index.handler', 'does not start with a letter'],
    ['index.handler_', "ends with '-' or '_'"],
    [`index.${'h'.repeat(55)}`, 'is 61 characters'],
  ])('%j is refused: %s', (handler, why) => {
    expect(functionError({ handler })).toContain(
      `[test/Fn] handler '${handler}' ${why}: ${RULE}. Runtime Nodejs18.15 needs the form <file>.<function>, e.g. 'index.main_handler'.`,
    );
  });

  test('several broken rules are named together', () => {
    expect(functionError({ handler: '_a/b-' })).toContain(
      `[test/Fn] handler '_a/b-' contains '/' and does not start with a letter and ends with '-' or '_': ${RULE}.`,
    );
  });

  test('a handler known only at apply time is not checked', () => {
    const { stack } = newStack();
    fn(stack, { handler: new TerraformVariable(stack, 'h', { type: 'string' }).stringValue });
    accepted(stack);
  });
});

describe('runtime: a known family and a name of its shape', () => {
  test('Runtime.of with a newer runtime of a known family is accepted', () => {
    const { stack } = newStack();
    fn(stack, { runtime: Runtime.of('Nodejs20.15', RuntimeFamily.NODEJS) });
    accepted(stack);
  });

  test('a runtime name in the wrong case is refused', () => {
    expect(functionError({ runtime: Runtime.of('nodejs20.15', RuntimeFamily.NODEJS) })).toContain(
      "[test/Fn] runtime name 'nodejs20.15' is not an SCF runtime of family NODEJS: SCF runtime names are case-sensitive, e.g. 'Nodejs18.15'.",
    );
  });

  test('a family that is not a RuntimeFamily is refused (and the handler is not checked against it)', () => {
    const message = functionError({ runtime: Runtime.of('Deno1', 'DENO' as RuntimeFamily) });
    expect(message).toContain(
      "[test/Fn] runtime 'Deno1' has the family 'DENO', which is not a RuntimeFamily. Allowed: RuntimeFamily.NODEJS, RuntimeFamily.PYTHON, " +
        'RuntimeFamily.PHP, RuntimeFamily.GO, RuntimeFamily.JAVA, RuntimeFamily.CUSTOM.',
    );
    expect(message).not.toContain('handler');
  });

  test('a runtime name known only at apply time is not checked', () => {
    const { stack } = newStack();
    fn(stack, { runtime: Runtime.of(new TerraformVariable(stack, 'r', { type: 'string' }).stringValue, RuntimeFamily.PYTHON) });
    accepted(stack);
  });
});

describe('role, VPC, environment and tags', () => {
  test('valid values are accepted', () => {
    const { stack } = newStack();
    fn(stack, { role: 'scf-runner_1', vpc: { vpcId: 'vpc-abc12345', subnetId: 'subnet-abc12345' }, environment: { A: '1' }, tags: { team: 'media' } });
    accepted(stack);
  });

  test('a role ARN is refused', () => {
    expect(functionError({ role: 'qcs::cam::uin/100000000001:roleName/scf' })).toContain(
      "[test/Fn] 'role' 'qcs::cam::uin/100000000001:roleName/scf' is not a CAM role name: give the role's name (1 to 128 letters, digits and '+=,.@_-'), not its ARN or a description.",
    );
  });

  test('malformed VPC and subnet ids are refused', () => {
    const message = functionError({ vpc: { vpcId: 'my-vpc', subnetId: 'Subnet-1' } });
    expect(message).toContain("[test/Fn] 'vpc.vpcId' 'my-vpc' is not a VPC id: VPC ids look like 'vpc-abc12345'.");
    expect(message).toContain("[test/Fn] 'vpc.subnetId' 'Subnet-1' is not a subnet id: subnet ids look like 'subnet-abc12345'.");
  });

  test('empty names are refused; an empty environment value is a warning', () => {
    expect(functionError({ environment: { '': 'x' } })).toContain("[test/Fn] 'environment' has an empty key: SCF and the tag service refuse empty names.");
    expect(functionError({ tags: { '': 'x' } })).toContain("[test/Fn] 'tags' has an empty key: SCF and the tag service refuse empty names.");
    const { stack } = newStack();
    const f = fn(stack, { environment: { EMPTY: '' } });
    accepted(stack);
    expect(warningsOf(f)).toEqual([
      "environment variable 'EMPTY' has an empty value: the SCF API documents that values must not be empty, so the apply may fail or " +
        'the variable be dropped (then every plan shows it again). Leave the variable out instead.',
    ]);
  });

  test('values known only at apply time are not checked', () => {
    const { stack } = newStack();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    fn(stack, { role: v.stringValue, vpc: { vpcId: v.stringValue, subnetId: v.stringValue }, environment: { A: v.stringValue } });
    accepted(stack);
  });
});

describe('text that is not well-formed Unicode', () => {
  test('a lone surrogate in a description, a tag or a filter is refused', () => {
    expect(functionError({ description: 'bad \ud800 text' })).toContain(
      "[test/Fn] 'description' contains a lone UTF-16 surrogate (U+D800), which is not a character: Terraform would write U+FFFD instead. Remove it, or use the full character.",
    );
    const { stack } = newStack();
    new Bucket(stack, 'Photos', { bucketName: PHOTOS, tags: { team: '\udc00' } }).onObjectCreated(fn(stack), { prefix: 'a\ud83d/' });
    const message = synthError(stack);
    expect(message).toContain("[test/Photos] 'tags.team' contains a lone UTF-16 surrogate (U+DC00)");
    expect(message).toContain(
      "[test/Photos/Rule-Fn] filter prefix 'a\\ud83d/' contains a lone UTF-16 surrogate (U+D83D), which is not a character: object keys are UTF-8, " +
        'so this rule could never fire (and Terraform would write U+FFFD instead).',
    );
  });

  test('characters outside the BMP (surrogate pairs) are fine', () => {
    const { stack } = newStack();
    new Bucket(stack, 'Photos', { bucketName: PHOTOS, tags: { team: '😀' } }).onObjectCreated(fn(stack, { description: '图片 😀' }), { prefix: '😀/' });
    accepted(stack);
  });
});

describe("a bucket provider's cos_domain", () => {
  const MESSAGE = (what: string, provider: string) =>
    `[test/Rule] bucket [test/Photos] is deployed with the tencentcloud provider ${provider}, which ${what}: the provider then ` +
    "reports the bucket's cos_bucket_url as '<scheme>://<bucket>.<that host>', not the name '<bucket>.cos.<region>.myqcloud.com' a COS trigger " +
    'needs, so the trigger would fail at apply or watch the wrong name. Give the bucket a tencentcloud provider without cos_domain ' +
    "(an alias for the same region), or attach the rule to Bucket.fromBucketAttributes(scope, id, { bucketName: '<bucket>-<APPID>', region: '<region>' }).";

  test('a default provider with cos_domain makes a rule on an owned bucket an error', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION, cosDomain: 'https://cos.ap-guangzhou.myqcloud.com' });
    rule(stack);
    expect(synthError(stack)).toContain(MESSAGE("sets cos_domain 'https://cos.ap-guangzhou.myqcloud.com'", '[test/tencentcloud]'));
  });

  test('a cos_domain known only at apply time, on an aliased provider, is an error too', () => {
    const { stack } = newStack();
    const p = new tencentcloud.provider.TencentcloudProvider(stack, 'Cdc', {
      region: REGION, alias: 'cdc', cosDomain: new TerraformVariable(stack, 'd', { type: 'string' }).stringValue,
    });
    rule(stack, { bucket: new Bucket(stack, 'Photos', { bucketName: PHOTOS, provider: p }) });
    expect(synthError(stack)).toContain(MESSAGE('sets cos_domain to a value known only at apply time', "[test/Cdc] (alias 'cdc')"));
  });

  test('every synthesis reads the provider as it is then: a cos_domain set after a clean synthesis is reported by the next', () => {
    const { stack } = newStack(null);
    const provider = new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
    rule(stack);
    accepted(stack);
    provider.cosDomain = 'https://cos.ap-guangzhou.myqcloud.com';
    expect(synthError(stack)).toContain(MESSAGE("sets cos_domain 'https://cos.ap-guangzhou.myqcloud.com'", '[test/tencentcloud]'));
    provider.resetCosDomain();
    accepted(stack);
  });

  test('an imported bucket (its trigger name is built from name and region) and a bucket without rules are fine', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION, cosDomain: 'https://cos.ap-guangzhou.myqcloud.com' });
    new Bucket(stack, 'Unwatched', { bucketName: `unwatched-${APP_ID}` });
    rule(stack, { bucket: Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: PHOTOS, region: REGION }) });
    accepted(stack);
  });
});

describe('a function whose provider is declared in another stack', () => {
  function twoStacks(alias: string | undefined): { app: App; bucketStack: TerraformStack; rulePath: string } {
    const app = testApp();
    const bucketStack = new TerraformStack(app, 'buckets');
    new tencentcloud.provider.TencentcloudProvider(bucketStack, 'tencentcloud', { region: REGION });
    const fnStack = new TerraformStack(app, 'functions');
    const p = new tencentcloud.provider.TencentcloudProvider(fnStack, 'tencentcloud', { region: REGION, alias });
    const r = new Bucket(bucketStack, 'Photos', { bucketName: PHOTOS }).onObjectCreated(fn(fnStack, { provider: p }));
    return { app, bucketStack, rulePath: r.node.path };
  }

  test('an aliased provider of the function\'s stack is an error in the rule\'s stack', () => {
    const { bucketStack, rulePath } = twoStacks('gz');
    expect(synthError(bucketStack)).toContain(
      `[${rulePath}] function [functions/Fn] uses the tencentcloud provider [functions/tencentcloud] (alias 'gz') of stack 'functions', ` +
        "but its resources are in stack 'buckets': they would use a provider configuration 'tencentcloud.gz' that stack 'buckets' does not declare " +
        "(terraform rejects it). Declare a tencentcloud provider (same alias and region) in this rule's stack and reference the function there with " +
        "CloudFunction.fromFunctionAttributes(scope, id, { functionName, provider }), or create the rule in the function's stack.",
    );
  });

  test('an explicit default provider of another stack is an error too (the rule would silently use its own stack\'s)', () => {
    expect(synthError(twoStacks(undefined).bucketStack)).toContain(
      "they would use stack 'buckets''s own default tencentcloud provider instead (another region or account, silently).",
    );
  });

  test('two rules of that function on one bucket are entries of its own triggers block (in its stack): no error', () => {
    const app = testApp();
    const bucketStack = new TerraformStack(app, 'buckets');
    new tencentcloud.provider.TencentcloudProvider(bucketStack, 'tencentcloud', { region: REGION });
    const fnStack = new TerraformStack(app, 'functions');
    const p = new tencentcloud.provider.TencentcloudProvider(fnStack, 'tencentcloud', { region: REGION, alias: 'gz' });
    const f = fn(fnStack, { provider: p });
    const photos = new Bucket(bucketStack, 'Photos', { bucketName: PHOTOS });
    photos.onObjectCreated(f, { suffix: '.jpg' });
    photos.onObjectCreated(f, { suffix: '.png' });
    accepted(bucketStack);
  });

  test('a function referenced in the rule\'s stack with that stack\'s provider is fine', () => {
    const { stack } = newStack();
    const p = new tencentcloud.provider.TencentcloudProvider(stack, 'Gz', { region: REGION, alias: 'gz' });
    new Bucket(stack, 'Photos', { bucketName: PHOTOS }).onObjectCreated(CloudFunction.fromFunctionAttributes(stack, 'Fn', { functionName: 'fn', provider: p }));
    accepted(stack);
  });
});

describe('events that COS\'s semantics make useless on the bucket (warnings)', () => {
  const MARKER = 'event \'cos:ObjectRemove:DeleteMarkerCreated\' fires only on a bucket with versioning enabled (or suspended), and bucket [test/Photos] ' +
    "has versioning off: a DELETE there removes the object and fires 'cos:ObjectRemove:Delete'. Set 'versioned: true' on the bucket, " +
    "or listen to 'cos:ObjectRemove:Delete' (or 'cos:ObjectRemove:*'). If the bucket's versioning was enabled before, it is suspended and the event still fires.";
  const DELETE = "event 'cos:ObjectRemove:Delete' on the versioned bucket [test/Photos] fires only when a specific object version is deleted: " +
    "a DELETE without a version id creates a delete marker and fires 'cos:ObjectRemove:DeleteMarkerCreated' instead. " +
    "Listen to 'cos:ObjectRemove:*', or add 'cos:ObjectRemove:DeleteMarkerCreated'.";
  const RESTORE = "'cos:ObjectRestore:Post' and 'cos:ObjectRestore:Completed' fire only for objects in the ARCHIVE or DEEP_ARCHIVE storage class, " +
    'and bucket [test/Photos] has no lifecycle transition to those classes: its objects get there only when they are uploaded with that storage class. ' +
    "Add a transition to StorageClass.ARCHIVE (the bucket's lifecycleRules or addLifecycleRule()), or ignore this warning if your uploads set the storage class.";

  function warnings(versioned: boolean | string | undefined, events: CosEvent[], configure?: (b: Bucket) => void): string[] {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS, versioned: versioned as boolean });
    configure?.(bucket);
    const r = rule(stack, { bucket, events });
    synthText(stack);
    synthText(stack); // validations run again: each warning is recorded once
    return warningsOf(r);
  }

  test('DeleteMarkerCreated on a bucket without versioning', () => {
    expect(warnings(undefined, [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED])).toEqual([MARKER]);
    expect(warnings(false, [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED])).toEqual([MARKER]);
    expect(warnings(true, [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED])).toEqual([]);
  });

  test('Delete on a versioned bucket', () => {
    expect(warnings(true, [CosEvent.OBJECT_REMOVE_DELETE])).toEqual([DELETE]);
    expect(warnings(undefined, [CosEvent.OBJECT_REMOVE_DELETE])).toEqual([]);
    expect(warnings(true, [CosEvent.OBJECT_REMOVE])).toEqual([]);
  });

  test('restore events on a bucket without an archive transition', () => {
    expect(warnings(undefined, [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED])).toEqual([RESTORE]);
    expect(warnings(undefined, [CosEvent.OBJECT_RESTORE_COMPLETED], (b) =>
      b.addLifecycleRule({ transitions: [{ storageClass: StorageClass.DEEP_ARCHIVE, days: 0 }] }))).toEqual([]);
    expect(warnings(undefined, [CosEvent.OBJECT_RESTORE_COMPLETED], (b) =>
      b.addLifecycleRule({ transitions: [{ storageClass: StorageClass.STANDARD_IA, days: 30 }] }))).toEqual([RESTORE.replace("'cos:ObjectRestore:Post' and ", '')]);
    expect(warnings(undefined, [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED], (b) =>
      b.resource.putLifecycleRules([{ filterPrefix: '', transition: [{ days: 30, storageClass: 'ARCHIVE' }] }]))).toEqual([]);
    expect(warnings(undefined, [CosEvent.OBJECT_RESTORE_COMPLETED], (b) =>
      b.resource.addOverride('lifecycle_rules', [{ filter_prefix: 'old/', non_current_transition: [{ non_current_days: 1, storage_class: 'DEEP_ARCHIVE' }] }]))).toEqual([]);
  });

  test('values known only at apply time, and imported buckets, give no warning', () => {
    const { stack } = newStack();
    const v = new TerraformVariable(stack, 'v', { type: 'bool' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS, versioned: v.booleanValue as unknown as boolean });
    const r1 = rule(stack, { bucket, events: [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED] });
    const imported = Bucket.fromBucketAttributes(stack, 'Archive', { bucketName: `archive-${APP_ID}`, region: REGION });
    const r2 = new EventRule(stack, 'Restore', { bucket: imported, target: fn(stack, { functionName: 'other' }, 'Other'), events: [CosEvent.OBJECT_RESTORE_COMPLETED] });
    synthText(stack);
    expect([...warningsOf(r1), ...warningsOf(r2)]).toEqual([]);
  });
});
