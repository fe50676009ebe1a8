// Rules whose target is a function version or alias: the trigger belongs to the version's or alias's function
// and names the version number or the alias; a rule on an alias is untouched when the alias moves to another
// version; routing through simulate() and toRouteEvent; and the checks that involve the target.
import { TerraformResource, TerraformStack } from 'cdktf';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionAlias, FunctionAliasOptions, FunctionVersion } from '../lib';
import { cosTriggersOf, simulate } from '../lib/testing';
import { problemsOf } from './helpers/problems';
import { newFunction, newStack, photosAndFunction, refTo, rendered, synthText } from './helpers/stack';

const PUT_JPG = { bucket: 'photos-1250000000', key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };

function json(stack: TerraformStack): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return JSON.parse(text);
}

function configOf(rule: EventRule): TerraformResource {
  return rule.node.findChild('TriggerConfig') as TerraformResource;
}

describe('a rule on an alias', () => {
  test('a standalone trigger of the alias\'s function, naming the alias by reference', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const alias = fn.addAlias('live', { version: fn.currentVersion });
    const rule = new EventRule(stack, 'OnJpg', { bucket, target: alias, events: [CosEvent.OBJECT_CREATED_PUT], filter: { prefix: 'uploads/' } });

    const out = json(stack);
    const config = configOf(rule);
    expect(rule.target).toBe(alias);
    expect(rendered(out, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      enable: 'OPEN',
      qualifier: refTo(stack, alias.resource, 'name'),
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":""}}',
      depends_on: ['terraform_data.CosTriggerOrder-photos-1250000000'],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(config)}`] },
    });
    expect(rendered(out, stack, config).input).toEqual({
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":""}}',
      enable: 'OPEN',
      qualifier: refTo(stack, alias.resource, 'name'),
    });
  });

  test('moving the alias to another version (or adding weights) changes the alias, not the trigger or its configuration', () => {
    function deployment(roll: (v1: FunctionVersion, v2: FunctionVersion) => FunctionAliasOptions) {
      const { stack, bucket, fn } = photosAndFunction();
      const v1 = fn.addVersion('V1');
      const v2 = fn.addVersion('V2');
      const alias = fn.addAlias('live', roll(v1, v2));
      const rule = bucket.onObjectCreated(alias, { suffix: '.jpg' }, { id: 'OnJpg' });
      const out = json(stack);
      return {
        trigger: rendered(out, stack, rule.triggers[0]),
        config: rendered(out, stack, configOf(rule)),
        alias: rendered(out, stack, alias.resource),
      };
    }
    const before = deployment((v1) => ({ version: v1 }));
    const canary = deployment((v1, v2) => ({ version: v1, additionalVersionWeights: [{ version: v2, weight: 0.1 }] }));
    const after = deployment((_v1, v2) => ({ version: v2 }));

    expect(canary.trigger).toEqual(before.trigger);
    expect(after.trigger).toEqual(before.trigger);
    expect(canary.config).toEqual(before.config);
    expect(after.config).toEqual(before.config);
    expect(JSON.stringify([before.trigger, before.config])).not.toContain('tencentcloud_scf_function_version');
    expect(after.alias.function_version).not.toBe(before.alias.function_version);
    expect(after.alias.description).not.toBe(before.alias.description);
  });

  test('simulate and toRouteEvent: the alias is invoked, not the function\'s $LATEST nor another alias', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const v1 = fn.addVersion('V1');
    const live = fn.addAlias('live', { version: v1 });
    const beta = fn.addAlias('beta', { version: '$LATEST' });
    bucket.onObjectCreated(live, { prefix: 'uploads/' });

    expect(simulate(stack, PUT_JPG).map((m) => [m.functionPath, m.qualifier])).toEqual([['test/Fn/Resource', 'live']]);
    expect(stack).toRouteEvent(PUT_JPG, live);
    expect(stack).toRouteEvent(PUT_JPG, fn);
    expect(stack).not.toRouteEvent(PUT_JPG, beta);
    expect(stack).not.toRouteEvent(PUT_JPG, v1);
    expect(stack).toHaveEventRule('photos-1250000000', { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/' }, target: live });
  });

  test('a bucket notification on an alias: the rule is named after the alias', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const alias = fn.addAlias('live', { version: '$LATEST' });
    const rule = bucket.onObjectRemoved(alias);

    expect(rule.node.path).toMatch(/^test\/Photos\/Rule-Fn-Alias-live-[0-9a-f]{8}$/);
    expect(rendered(json(stack), stack, rule.triggers[0]).qualifier).toBe(refTo(stack, alias.resource, 'name'));
  });

  test('an alias of an imported function', () => {
    const { stack, bucket } = photosAndFunction();
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer' });
    const alias = new FunctionAlias(stack, 'Live', { aliasName: 'live', function: fn, version: '2' });
    const rule = new EventRule(stack, 'OnJpg', { bucket, target: alias, events: [CosEvent.OBJECT_CREATED_PUT] });

    const trigger = rendered(json(stack), stack, rule.triggers[0]);
    expect([trigger.function_name, trigger.qualifier]).toEqual(['resizer', refTo(stack, alias.resource, 'name')]);
    expect(cosTriggersOf(stack).map((t) => [t.functionName, t.qualifier])).toEqual([['resizer', 'live']]);
  });
});

describe('a rule on a version', () => {
  test('the trigger names the version number, so it follows the version when that is replaced', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const rule = bucket.onObjectCreated(fn.currentVersion, undefined, { id: 'OnAny' });

    const out = json(stack);
    const version = refTo(stack, fn.currentVersion.resource, 'function_version');
    expect(rendered(out, stack, rule.triggers[0]).qualifier).toBe(version);
    expect(rendered(out, stack, configOf(rule)).input.qualifier).toBe(version);
    expect(stack).toRouteEvent(PUT_JPG, fn.currentVersion);
  });
});

describe('checks involving a version or alias target', () => {
  test('a qualifier together with a version or alias target', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const alias = fn.addAlias('live', { version: '$LATEST' });
    new EventRule(stack, 'OnJpg', { bucket, target: alias, events: [CosEvent.OBJECT_CREATED_PUT], qualifier: '$LATEST' });
    bucket.onObjectRemoved(newFunction(stack, 'Other').addVersion('V1'), undefined, { id: 'OnRemoved', qualifier: '1' });
    expect(problemsOf(stack)).toEqual([
      "[test/Photos/OnRemoved] 'qualifier' '1' cannot be combined with the target version [test/Other/V1], which is the qualifier already. Leave 'qualifier' out, or target the function.",
      "[test/OnJpg] 'qualifier' '$LATEST' cannot be combined with the target alias [test/Fn/Alias-live], which is the qualifier already. Leave 'qualifier' out, or target the function.",
    ]);
  });

  test('a rule on an alias cannot share a bucket with another trigger of the function (the triggers block invokes $LATEST)', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const alias = fn.addAlias('live', { version: '$LATEST' });
    new EventRule(stack, 'OnJpg', { bucket, target: alias, events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.jpg' } });
    new EventRule(stack, 'OnPng', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.png' } });
    expect(problemsOf(stack)).toEqual([
      "[test/OnJpg] the target alias [test/Fn/Alias-live] cannot be deployed: function [test/Fn] has 2 COS triggers on bucket 'photos-1250000000': " +
        "[test/OnJpg] 'cos:ObjectCreated:Put' (suffix '.jpg'), [test/OnPng] 'cos:ObjectCreated:Put' (suffix '.png'); two or more triggers of one " +
        "function on one bucket are rendered in the function's triggers block, which always invokes '$LATEST'. Make the rule the function's only " +
        'trigger on this bucket, target the function itself, or use a separate function for it.',
    ]);
  });

  test('the region check names the alias\'s function', () => {
    const { stack } = newStack('ap-shanghai');
    const bucket = Bucket.fromBucketName(stack, 'Photos', 'photos-1250000000', 'ap-guangzhou');
    const alias = newFunction(stack).addAlias('live', { version: '$LATEST' });
    new EventRule(stack, 'OnJpg', { bucket, target: alias, events: [CosEvent.OBJECT_CREATED_PUT] });
    expect(problemsOf(stack)).toContain(
      "[test/OnJpg] function [test/Fn] is in region 'ap-shanghai' but bucket [test/Photos] is in 'ap-guangzhou': a COS trigger can only invoke a " +
        "function in the bucket's own region. Deploy the function with a provider for 'ap-guangzhou' (a tencentcloud provider with alias and region 'ap-guangzhou').",
    );
  });
});
