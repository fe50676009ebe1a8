// How COS triggers are rendered for every combination of rules, functions and buckets: a function's only trigger
// on a bucket is a standalone tencentcloud_scf_trigger (replaced on every change through its configuration
// anchor), two or more are entries of the function's triggers block; what cannot be deployed safely is a synth
// error naming the rules.
import { AnnotationMetadataEntryType, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CosEvent, EventRule } from '../lib';
import { APP_ID, newFunction, newStack, photosAndFunction, refTo, rendered, resourcesOf, synth, synthError } from './helpers/stack';

const ORDER = 'terraform_data.CosTriggerOrder-photos-1250000000';

function configOf(rule: EventRule): tencentcloud.scfTrigger.ScfTrigger {
  return rule.node.findChild('TriggerConfig') as tencentcloud.scfTrigger.ScfTrigger;
}

function warningsOf(construct: Construct): string[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

function valid(stack: TerraformStack): { [key: string]: any } {
  const json = synth(stack);
  expect(json).toConformToProviderSchema();
  return json;
}

describe('a function with one trigger on a bucket: a standalone trigger', () => {
  test('renders the trigger, its configuration anchor and the bucket ordering anchor exactly', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const rule = new EventRule(stack, 'OnJpg', {
      bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT], filter: { prefix: 'uploads/', suffix: '.jpg' },
    });

    const json = valid(stack);
    const desc = '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":".jpg"}}';
    expect(rule.triggers.map((t) => t.node.path)).toEqual(['test/OnJpg/Trigger']);
    expect(rendered(json, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      trigger_desc: desc,
      enable: 'OPEN',
      qualifier: '$LATEST',
      depends_on: [ORDER],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(configOf(rule))}`] },
    });
    expect(rendered(json, stack, configOf(rule))).toEqual({
      input: { trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'), trigger_desc: desc, enable: 'OPEN', qualifier: '$LATEST' },
    });
    expect(json.resource.terraform_data['CosTriggerOrder-photos-1250000000']).toEqual({
      input: { standalone_triggers: ['test/OnJpg/Trigger'] },
    });
    const fnJson = rendered(json, stack, fn.resource);
    expect(fnJson).not.toHaveProperty('triggers');
    expect(fnJson).not.toHaveProperty('depends_on');
  });

  test('a disabled rule, a qualifier and a description are rendered on the trigger and in its anchor', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const rule = new EventRule(stack, 'Audit', {
      bucket, target: fn, events: [CosEvent.OBJECT_REMOVE], enabled: false, qualifier: '$DEFAULT', description: 'audit deletions',
    });

    const json = valid(stack);
    const values = {
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      trigger_desc: '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"","Suffix":""}}',
      enable: 'CLOSE',
      qualifier: '$DEFAULT',
      description: 'audit deletions',
    };
    expect(rendered(json, stack, rule.triggers[0])).toMatchObject(values);
    expect(rendered(json, stack, configOf(rule))).toEqual({ input: values });
  });

  test('an imported function: literal name and namespace, the function provider', () => {
    const { stack } = newStack();
    const sh = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    const bucket = Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: `photos-${APP_ID}`, region: 'ap-shanghai' });
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Resizer', { functionName: 'resizer', namespace: 'media', provider: sh });
    const rule = bucket.onObjectCreated(fn);

    const json = valid(stack);
    expect(rendered(json, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      function_name: 'resizer',
      namespace: 'media',
      trigger_name: 'photos-1250000000.cos.ap-shanghai.myqcloud.com',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}',
      enable: 'OPEN',
      qualifier: '$LATEST',
      provider: 'tencentcloud.sh',
      depends_on: [ORDER],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(configOf(rule))}`] },
    });
    expect(Object.keys(json.resource)).toEqual(['tencentcloud_scf_trigger', 'terraform_data']);
  });
});

describe('a function with two or more triggers on a bucket: its triggers block', () => {
  const entry = (stack: TerraformStack, bucket: Bucket, event: string, prefix: string, suffix: string) => ({
    type: 'cos',
    name: refTo(stack, bucket.resource, 'bucket'),
    cos_region: 'ap-guangzhou',
    trigger_desc: `{"event":"${event}","filter":{"Prefix":"${prefix}","Suffix":"${suffix}"}}`,
  });

  test('two events of one rule', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const rule = new EventRule(stack, 'OnZip', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
      filter: { prefix: 'archives/', suffix: '.zip' },
    });

    const json = valid(stack);
    expect(rule.triggers).toEqual([]);
    expect(rule.node.tryFindChild('Trigger')).toBeUndefined();
    expect(rule.node.tryFindChild('TriggerConfig')).toBeUndefined();
    const fnJson = rendered(json, stack, fn.resource);
    expect(fnJson.triggers).toEqual([
      entry(stack, bucket, 'cos:ObjectCreated:CompleteMultipartUpload', 'archives/', '.zip'),
      entry(stack, bucket, 'cos:ObjectCreated:Put', 'archives/', '.zip'),
    ]);
    expect(fnJson.depends_on).toEqual([ORDER]);
    expect(json.resource).not.toHaveProperty('tencentcloud_scf_trigger');
    expect(json.resource.terraform_data).toEqual({ 'CosTriggerOrder-photos-1250000000': { input: { standalone_triggers: [] } } });
  });

  test('two rules of one function (sorted by rule path, whatever the order they were added in)', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const png = bucket.onObjectCreated(fn, { prefix: 'uploads/', suffix: '.png' }, { id: 'OnPng' });
    const jpg = bucket.onObjectCreated(fn, { prefix: 'uploads/', suffix: '.jpg' }, { id: 'OnJpg' });

    const json = valid(stack);
    expect([jpg.triggers, png.triggers]).toEqual([[], []]);
    expect(rendered(json, stack, fn.resource).triggers).toEqual([
      entry(stack, bucket, 'cos:ObjectCreated:*', 'uploads/', '.jpg'),
      entry(stack, bucket, 'cos:ObjectCreated:*', 'uploads/', '.png'),
    ]);
  });

  test('onObjectRestored (both restore events); a bucket region from the environment is read from the bucket domain', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', {});
    const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
    const fn = newFunction(stack, 'Fn');
    bucket.onObjectRestored(fn);

    const region = `\${element(split(".", tencentcloud_cos_bucket.${stack.getLogicalId(bucket.resource)}.cos_bucket_url), 2)}`;
    expect(rendered(valid(stack), stack, fn.resource).triggers).toEqual([
      { ...entry(stack, bucket, 'cos:ObjectRestore:Completed', '', ''), cos_region: region },
      { ...entry(stack, bucket, 'cos:ObjectRestore:Post', '', ''), cos_region: region },
    ]);
  });

  test('an imported bucket: its literal name and region', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketAttributes(stack, 'Archive', { bucketName: `archive-${APP_ID}`, region: 'ap-guangzhou' });
    const fn = newFunction(stack, 'Fn');
    bucket.onObjectRestored(fn);

    const json = valid(stack);
    expect(rendered(json, stack, fn.resource).triggers).toEqual(['Completed', 'Post'].map((e) => ({
      type: 'cos',
      name: 'archive-1250000000',
      cos_region: 'ap-guangzhou',
      trigger_desc: `{"event":"cos:ObjectRestore:${e}","filter":{"Prefix":"","Suffix":""}}`,
    })));
    expect(rendered(json, stack, fn.resource).depends_on).toEqual(['terraform_data.CosTriggerOrder-archive-1250000000']);
  });

  test('a filter known only at apply time is written with jsonencode()', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
    bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST], fn, { prefix: prefix.stringValue });

    const triggers = rendered(valid(stack), stack, fn.resource).triggers;
    expect(triggers.map((t: { trigger_desc: string }) => t.trigger_desc)).toEqual([
      '${jsonencode({"event" = "cos:ObjectCreated:Post", "filter" = {"Prefix" = var.prefix, "Suffix" = ""}})}',
      '${jsonencode({"event" = "cos:ObjectCreated:Put", "filter" = {"Prefix" = var.prefix, "Suffix" = ""}})}',
    ]);
  });

  test("an explicit '$LATEST' qualifier and enabled: true are what the block deploys", () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.onObjectCreated(fn, { suffix: '.jpg' }, { qualifier: '$LATEST', enabled: true });
    bucket.onObjectCreated(fn, { suffix: '.png' });
    expect(rendered(valid(stack), stack, fn.resource).triggers).toHaveLength(2);
  });

  test('a description is not deployed in the block: a warning', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const jpg = bucket.onObjectCreated(fn, { suffix: '.jpg' }, { id: 'OnJpg', description: 'thumbnails' });
    bucket.onObjectCreated(fn, { suffix: '.png' }, { id: 'OnPng' });

    valid(stack);
    expect(warningsOf(jpg)).toEqual([
      "'description' is not deployed: function [test/Fn] has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/Photos/OnJpg] 'cos:ObjectCreated:*' (suffix '.jpg'), [test/Photos/OnPng] 'cos:ObjectCreated:*' (suffix '.png'), " +
        "so they are rendered in the function's triggers block, which has no description. Remove the description, or make " +
        "the rule the function's only trigger on this bucket.",
    ]);
  });
});

describe('what the triggers block cannot deploy is a synth error naming the rules', () => {
  test('a disabled rule among two or more triggers of one function on one bucket', () => {
    const { stack, bucket, fn } = photosAndFunction();
    bucket.onObjectCreated(fn, { suffix: '.jpg' }, { id: 'OnJpg', enabled: false });
    bucket.onObjectCreated(fn, { suffix: '.png' }, { id: 'OnPng' });

    expect(synthError(stack)).toContain(
      "[test/Photos/OnJpg] 'enabled: false' cannot be deployed: function [test/Fn] has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/Photos/OnJpg] 'cos:ObjectCreated:*' (suffix '.jpg'), [test/Photos/OnPng] 'cos:ObjectCreated:*' (suffix '.png'); " +
        "two or more triggers of one function on one bucket are rendered in the function's triggers block, which creates every " +
        "trigger enabled. Remove the rule instead of disabling it, or make it the function's only trigger on this bucket.",
    );
  });

  test('a qualifier other than $LATEST, literal or known only at apply time', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const alias = new TerraformVariable(stack, 'alias', { type: 'string' });
    new EventRule(stack, 'OnRestore', {
      bucket, target: fn, events: [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED], qualifier: '$DEFAULT',
    });
    bucket.onObjectRemoved(fn, undefined, { id: 'OnRemove', qualifier: alias.stringValue });

    const message = synthError(stack);
    const group = "function [test/Fn] has 3 COS triggers on bucket 'photos-1250000000': " +
      "[test/OnRestore] 'cos:ObjectRestore:Post' (no filter), [test/OnRestore] 'cos:ObjectRestore:Completed' (no filter), " +
      "[test/Photos/OnRemove] 'cos:ObjectRemove:*' (no filter); two or more triggers of one function on one bucket are " +
      "rendered in the function's triggers block, which always invokes '$LATEST'. Leave 'qualifier' unset (or '$LATEST'), " +
      "make the rule the function's only trigger on this bucket, or use a separate function for it.";
    expect(message).toContain(`[test/OnRestore] qualifier '$DEFAULT' cannot be deployed: ${group}`);
    expect(message).toContain(`[test/Photos/OnRemove] a qualifier known only at apply time cannot be deployed: ${group}`);
  });

  test('an imported function with two triggers on one bucket (also through two imports of it)', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Photos', `photos-${APP_ID}`);
    const a = CloudFunction.fromFunctionName(stack, 'A', 'resizer');
    const b = CloudFunction.fromFunctionName(stack, 'B', 'resizer');
    bucket.onObjectCreated(a, { suffix: '.jpg' }, { id: 'OnJpg' });
    bucket.onObjectCreated(b, { suffix: '.png' }, { id: 'OnPng' });

    const message = synthError(stack);
    expect(message).toContain(
      "[test/Photos/OnJpg] function 'resizer' ([test/A]) has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/Photos/OnJpg] 'cos:ObjectCreated:*' (suffix '.jpg'), [test/Photos/OnPng] 'cos:ObjectCreated:*' (suffix '.png'). " +
        'The function is not created by this stack, so they would be standalone tencentcloud_scf_trigger resources, and the ' +
        'provider reads such a resource back by function and bucket only: they would show a permanent diff, and deleting one ' +
        'could delete another. Use one trigger for this function on this bucket (one rule with one event; a wildcard such as ' +
        "'cos:ObjectCreated:*' covers its family), create the function in this stack (new CloudFunction), or use one function per rule.",
    );
    expect(message.match(/is not created by this stack/g)).toHaveLength(1);
    expect(resourcesOf(JSON.parse(JSON.stringify(synthWithoutValidation(stack))), 'tencentcloud_scf_trigger')).toEqual([]);
  });

  test('imports of a function in another namespace or of another name are other functions', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Photos', `photos-${APP_ID}`);
    bucket.onObjectCreated(CloudFunction.fromFunctionName(stack, 'A', 'resizer'), { suffix: '.jpg' });
    bucket.onObjectCreated(CloudFunction.fromFunctionAttributes(stack, 'B', { functionName: 'resizer', namespace: 'media' }), { suffix: '.png' });
    bucket.onObjectCreated(CloudFunction.fromFunctionName(stack, 'C', 'cropper'), { suffix: '.gif' });
    expect(resourcesOf(valid(stack), 'tencentcloud_scf_trigger').map((t) => t.function_name)).toEqual(['resizer', 'resizer', 'cropper']);
  });

  test('a function of the stack and an import of it are one function: the block of the function', () => {
    const { stack, bucket } = photosAndFunction();
    const owned = newFunction(stack, 'Resizer', { functionName: 'resizer' });
    const imported = CloudFunction.fromFunctionName(stack, 'Imported', 'resizer');
    bucket.onObjectCreated(owned, { suffix: '.jpg' });
    bucket.onObjectCreated(imported, { suffix: '.png' });

    const json = valid(stack);
    expect(rendered(json, stack, owned.resource).triggers.map((t: { trigger_desc: string }) => t.trigger_desc)).toEqual([
      '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":".png"}}',
      '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":".jpg"}}',
    ]);
    expect(json.resource).not.toHaveProperty('tencentcloud_scf_trigger');
  });
});

describe('combinations', () => {
  test('several functions on one bucket: each function is its own group', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const other = newFunction(stack, 'Other');
    const single = bucket.onObjectRemoved(fn);
    bucket.onObjectCreated(other, { suffix: '.jpg' });
    bucket.onObjectCreated(other, { suffix: '.png' });

    const json = valid(stack);
    expect(single.triggers.map((t) => t.node.path)).toEqual(['test/Photos/Rule-Fn/Trigger']);
    expect(rendered(json, stack, fn.resource)).not.toHaveProperty('triggers');
    expect(rendered(json, stack, other.resource).triggers).toHaveLength(2);
    expect(rendered(json, stack, other.resource).depends_on).toEqual([ORDER]);
    expect(json.resource.terraform_data['CosTriggerOrder-photos-1250000000'].input).toEqual({ standalone_triggers: ['test/Photos/Rule-Fn/Trigger'] });
  });

  test('one function on several buckets: a standalone trigger on one, its block for the other', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const docs = Bucket.fromBucketName(stack, 'Docs', `docs-${APP_ID}`);
    const single = docs.onObjectCreated(fn);
    bucket.onObjectCreated(fn, { suffix: '.jpg' });
    bucket.onObjectRemoved(fn, { suffix: '.jpg' });

    const json = valid(stack);
    expect(rendered(json, stack, single.triggers[0]).trigger_name).toBe('docs-1250000000.cos.ap-guangzhou.myqcloud.com');
    const fnJson = rendered(json, stack, fn.resource);
    expect(fnJson.triggers.map((t: { name: string }) => t.name)).toEqual([refTo(stack, bucket.resource, 'bucket'), refTo(stack, bucket.resource, 'bucket')]);
    expect(fnJson.depends_on).toEqual([ORDER]);
    expect(Object.keys(json.resource.terraform_data).filter((k) => k.startsWith('CosTriggerOrder'))).toEqual([
      'CosTriggerOrder-docs-1250000000', 'CosTriggerOrder-photos-1250000000',
    ]);
  });

  test('a token bucket name: the ordering anchor is named after the bucket construct (path and its hash)', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'bucket', { type: 'string' });
    const bucket = new Bucket(stack, 'Uploads', { bucketName: name.stringValue });
    bucket.onObjectCreated(newFunction(stack, 'Fn'));
    expect(Object.keys(valid(stack).resource.terraform_data).filter((k) => k.startsWith('CosTriggerOrder'))).toEqual([
      // sha256('test/Uploads') starts with 93cd02d0.
      'CosTriggerOrder-Uploads-93cd02d0',
    ]);
  });
});

function synthWithoutValidation(stack: TerraformStack): unknown {
  // What would be deployed if validations were skipped: nothing for a group that cannot be made safe.
  const { Testing } = jest.requireActual('cdktf');
  return JSON.parse(Testing.synth(stack));
}
