// Terraform addresses of triggers: a rule's standalone trigger is addressed by the rule's path alone, so adding,
// removing or reordering other rules never moves it; rule ids can be given; `moveFrom` writes moved blocks.
import { createHash } from 'crypto';
import { AnnotationMetadataEntryType, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Bucket, BucketWithTrigger, CloudFunction, CosEvent, FunctionCode, Runtime } from '../lib';
import { APP_ID, newFunction, newStack, rendered, resourcesOf, synth, synthError } from './helpers/stack';

type RuleSpec = { id: string; fn: string; suffix: string };

/** A stack with the given rules on photos-1250000000, each for its own function `fn`; returns each trigger's address and JSON. */
function triggersOf(rules: RuleSpec[]): Map<string, { address: string; json: unknown }> {
  const { stack } = newStack();
  const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
  const fns = new Map<string, CloudFunction>();
  const built = rules.map((r) => {
    const fn = fns.get(r.fn) ?? newFunction(stack, r.fn, { functionName: r.fn });
    fns.set(r.fn, fn);
    return bucket.onObjectCreated(fn, { suffix: r.suffix }, { id: r.id });
  });
  const json = synth(stack);
  const out = new Map<string, { address: string; json: unknown }>();
  for (const rule of built) {
    for (const t of rule.triggers) out.set(rule.node.path, { address: `tencentcloud_scf_trigger.${stack.getLogicalId(t)}`, json: rendered(json, stack, t) });
  }
  return out;
}

function warningsOf(construct: Construct): string[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

describe('addresses never depend on other rules', () => {
  const jpg = { id: 'OnJpg', fn: 'jpg-fn', suffix: '.jpg' };
  const png = { id: 'OnPng', fn: 'png-fn', suffix: '.png' };
  const gif = { id: 'OnGif', fn: 'gif-fn', suffix: '.gif' };

  test('adding, removing and reordering rules of other functions leaves every trigger and its JSON where it is', () => {
    const all = triggersOf([jpg, png, gif]);
    expect([...all.keys()]).toEqual(['test/Photos/OnJpg', 'test/Photos/OnPng', 'test/Photos/OnGif']);
    expect(all.get('test/Photos/OnJpg')?.address).toBe('tencentcloud_scf_trigger.Photos_OnJpg_Trigger_C4E2DB3E');
    for (const variant of [[gif, png, jpg], [png], [jpg, gif], [gif]]) {
      const got = triggersOf(variant);
      for (const [path, trigger] of got) expect(trigger).toEqual(all.get(path));
    }
  });

  test('default ids come from the target: functions with equal construct ids in different scopes get different ids', () => {
    const build = (withA: boolean) => {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
      const a = newFunction(new Construct(stack, 'ScopeA') as TerraformStack, 'Handler');
      const b = newFunction(new Construct(stack, 'ScopeB') as TerraformStack, 'Handler');
      const ruleA = withA ? bucket.onObjectCreated(a, { suffix: '.jpg' }) : undefined;
      const ruleB = bucket.onObjectCreated(b, { suffix: '.png' });
      synth(stack);
      return { stack, ruleA, ruleB };
    };
    const both = build(true);
    const onlyB = build(false);
    const hash = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 8);
    expect(both.ruleA?.node.path).toBe(`test/Photos/Rule-ScopeA-Handler-${hash('test/ScopeA/Handler')}`);
    expect(both.ruleB.node.path).toBe(`test/Photos/Rule-ScopeB-Handler-${hash('test/ScopeB/Handler')}`);
    expect(onlyB.stack.getLogicalId(onlyB.ruleB.triggers[0])).toBe(both.stack.getLogicalId(both.ruleB.triggers[0]));
  });

  test('a function defined directly in the bucket stack gives Rule-<id>; a second rule for it is numbered', () => {
    const { stack, bucket, fn } = { ...newFunctionAndBucket() };
    const first = bucket.onObjectCreated(fn, { suffix: '.jpg' });
    const second = bucket.onObjectCreated(fn, { suffix: '.png' });
    expect([first.node.id, second.node.id]).toEqual(['Rule-Fn', 'Rule-Fn-2']);
    // Two triggers of one function on one bucket are in its triggers block: the numbered ids name no resource.
    expect(resourcesOf(synth(stack), 'tencentcloud_scf_trigger')).toEqual([]);
  });

  test('a default id taken by another construct is an error asking for an id', () => {
    const { stack, bucket, fn } = newFunctionAndBucket();
    new Construct(bucket, 'Rule-Fn');
    const rule = bucket.onObjectCreated(fn);
    expect(rule.node.id).toBe('Rule-Fn-taken');
    expect(synthError(stack)).toContain(
      "[test/Photos/Rule-Fn-taken] the default id 'Rule-Fn' of this rule is taken by [test/Photos/Rule-Fn], which is not a rule " +
        "for [test/Fn]: give the rule an id (options { id: '...' }) so that its address does not depend on that construct.",
    );
  });

  test('an id must be a non-empty construct id without a slash', () => {
    const { stack, bucket, fn } = newFunctionAndBucket();
    bucket.onObjectCreated(fn, undefined, { id: 'a/b' });
    bucket.onObjectRemoved(fn, undefined, { id: 7 as unknown as string });
    bucket.onObjectRestored(fn, undefined, 'OnRestore' as unknown as object);
    const message = synthError(stack);
    expect(message).toContain("[test/Photos/Rule-InvalidId] 'id' must be a non-empty construct id without '/', got a string 'a/b'.");
    expect(message).toContain("[test/Photos/Rule-InvalidId-2] 'id' must be a non-empty construct id without '/', got a number 7.");
    expect(message).toContain("[test/Photos/Rule-Fn] options must be an object like { id: 'OnJpg' }, got a string 'OnRestore'.");
  });
});

describe('a group that grows or shrinks', () => {
  test('a second rule for the same function and bucket moves the first trigger into the function block; alone again, it is back at its address', () => {
    const build = (rules: string[]) => {
      const { stack, bucket, fn } = newFunctionAndBucket();
      const built = rules.map((suffix) => bucket.onObjectCreated(fn, { suffix }, { id: `On${suffix.slice(1)}` }));
      return { stack, json: synth(stack), fn, built };
    };
    const one = build(['.jpg']);
    const two = build(['.jpg', '.png']);
    const back = build(['.jpg']);
    expect(one.built[0].triggers.map((t) => one.stack.getLogicalId(t))).toEqual(['Photos_Onjpg_Trigger_700EBCA7']);
    expect(two.built.map((r) => r.triggers)).toEqual([[], []]);
    expect(rendered(two.json, two.stack, two.fn.resource).triggers).toHaveLength(2);
    expect(back.built[0].triggers.map((t) => back.stack.getLogicalId(t))).toEqual(['Photos_Onjpg_Trigger_700EBCA7']);
    // The bucket's ordering anchor keeps its address in all three; only its list changes.
    for (const { json } of [one, two, back]) expect(Object.keys(json.resource.terraform_data)).toContain('CosTriggerOrder-photos-1250000000');
    expect(two.json.resource.terraform_data['CosTriggerOrder-photos-1250000000'].input).toEqual({ standalone_triggers: [] });
  });
});

describe('BucketWithTrigger rule ids', () => {
  const fnProps = (stack: TerraformStack) => ({
    functionName: 'thumbs',
    runtime: Runtime.NODEJS_18_15,
    code: FunctionCode.fromCosObject(Bucket.fromBucketAttributes(stack, 'Code', { bucketName: `code-${APP_ID}`, region: 'ap-guangzhou' }), 'thumbs.zip'),
  });

  test('rules can be named; unnamed rules are Rule<index>', () => {
    const { stack } = newStack();
    const bwt = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: `photos-${APP_ID}` },
      function: fnProps(stack),
      rules: [{ id: 'OnJpg', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } }, { events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.png' } }],
    });
    expect(bwt.rules.map((r) => r.node.path)).toEqual(['test/Thumbs/OnJpg', 'test/Thumbs/Rule1']);
    synth(stack);
  });

  test('a single rule is a standalone trigger addressed by its id', () => {
    const { stack } = newStack();
    const bwt = new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: `photos-${APP_ID}` }, function: fnProps(stack), rules: [{ id: 'OnUpload', events: [CosEvent.OBJECT_CREATED] }],
    });
    synth(stack);
    expect(bwt.rules[0].triggers.map((t) => t.node.path)).toEqual(['test/Thumbs/OnUpload/Trigger']);
  });

  test('duplicate and invalid ids are errors', () => {
    const { stack } = newStack();
    new BucketWithTrigger(stack, 'Thumbs', {
      bucket: { bucketName: `photos-${APP_ID}` },
      function: fnProps(stack),
      rules: [
        { id: 'Rule1', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } },
        { events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.png' } },
        { id: 'Rule1', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.gif' } },
        { id: '', events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.bmp' } },
      ],
    });
    const message = synthError(stack);
    expect(message).toContain("[test/Thumbs] rules[1] has no id, and its default id 'Rule1' is already used by [test/Thumbs/Rule1]: give every rule its own id.");
    expect(message).toContain("[test/Thumbs] rules[2].id 'Rule1' is already used by [test/Thumbs/Rule1]: give every rule its own id.");
    expect(message).toContain("[test/Thumbs] rules[3].id must be a non-empty construct id without '/', got a string ''.");
  });
});

describe('moveFrom', () => {
  test('writes moved blocks for the trigger and its configuration anchor', () => {
    const { stack, bucket, fn } = newFunctionAndBucket();
    const rule = bucket.onObjectCreated(fn, { suffix: '.jpg' }, { id: 'OnJpeg' });
    rule.moveFrom('Photos/OnJpg');

    const json = synth(stack);
    expect(json.moved).toEqual([
      { from: 'terraform_data.Photos_OnJpg_TriggerConfig_1F9D598E', to: 'terraform_data.Photos_OnJpeg_TriggerConfig_F3039BF7' },
      { from: 'tencentcloud_scf_trigger.Photos_OnJpg_Trigger_C4E2DB3E', to: 'tencentcloud_scf_trigger.Photos_OnJpeg_Trigger_726806E3' },
    ]);
    expect(stack.getLogicalId(rule.triggers[0])).toBe('Photos_OnJpeg_Trigger_726806E3');
    // The placeholders used to work the old ids out are gone again.
    expect(bucket.node.tryFindChild('OnJpg')).toBeUndefined();
  });

  test('the old ids are those the rule really had there', () => {
    const old = newFunctionAndBucket();
    const before = old.bucket.onObjectCreated(old.fn, { suffix: '.jpg' }, { id: 'OnJpg' });
    synth(old.stack);
    const renamed = newFunctionAndBucket();
    renamed.bucket.onObjectCreated(renamed.fn, { suffix: '.jpg' }, { id: 'OnJpeg' }).moveFrom('Photos/OnJpg');
    const moved = synth(renamed.stack).moved.map((m: { from: string }) => m.from);
    expect(moved).toContain(`tencentcloud_scf_trigger.${old.stack.getLogicalId(before.triggers[0])}`);
    expect(moved).toContain(`terraform_data.${old.stack.getLogicalId(before.node.findChild('TriggerConfig') as TerraformResource)}`);
  });

  test('a rule in a triggers block has nothing to move: a warning', () => {
    const { stack, bucket, fn } = newFunctionAndBucket();
    const rule = bucket.onObjectCreated(fn, { suffix: '.jpg' }, { id: 'OnJpeg' });
    rule.moveFrom('Photos/OnJpg');
    bucket.onObjectCreated(fn, { suffix: '.png' }, { id: 'OnPng' });

    const json = synth(stack);
    expect(json).not.toHaveProperty('moved');
    expect(warningsOf(rule)).toEqual([
      "moveFrom('Photos/OnJpg') writes no moved block: function [test/Fn] has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/Photos/OnJpeg] 'cos:ObjectCreated:*' (suffix '.jpg'), [test/Photos/OnPng] 'cos:ObjectCreated:*' (suffix '.png'), " +
        "so the rule has no trigger resource of its own (its trigger is in the function's triggers block).",
    ]);
  });

  test('bad previous paths throw', () => {
    const { bucket, fn } = newFunctionAndBucket();
    const rule = bucket.onObjectCreated(fn, undefined, { id: 'OnAny' });
    expect(() => rule.moveFrom('')).toThrow("[test/Photos/OnAny] moveFrom(): the previous path must be a construct path below the stack, e.g. 'Photos/Rule-Resizer', got ''.");
    expect(() => rule.moveFrom('Photos//x')).toThrow("got 'Photos//x'.");
    expect(() => rule.moveFrom(undefined as unknown as string)).toThrow('got undefined.');
    expect(() => rule.moveFrom('Photos/OnAny')).toThrow(
      "[test/Photos/OnAny] moveFrom(): 'Photos/OnAny' is the path of an existing construct in stack 'test' (this rule); give the path the rule had before it was renamed or moved.",
    );
    expect(() => rule.moveFrom('Fn')).toThrow("moveFrom(): 'Fn' is the path of an existing construct in stack 'test'; give the path");
    rule.moveFrom('Photos/Old');
    expect(() => rule.moveFrom('Photos/Older')).toThrow("moveFrom(): already called with 'Photos/Old'; a rule moves from one place only.");
  });
});

function newFunctionAndBucket(): { stack: TerraformStack; bucket: Bucket; fn: CloudFunction } {
  const { stack } = newStack();
  return { stack, bucket: new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` }), fn: newFunction(stack, 'Fn') };
}
