// FunctionVersion: the published version resource (fn.addVersion, new FunctionVersion), the current version that
// is published again when the function changes (fn.currentVersion), and the checks of their input.
import { TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { CloudFunction, CosEvent, EventRule, FunctionVersion, FunctionVersionProps } from '../lib';
import { problemsOf } from './helpers/problems';
import { APP_ID, newFunction, newStack, photosAndFunction, refTo, rendered, synthText } from './helpers/stack';

function json(stack: TerraformStack): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return JSON.parse(text);
}

/** The rendered `terraform_data` child `id` of a construct. */
function dataOf(stack: TerraformStack, parent: { node: { findChild(id: string): unknown } }, id: string): { [key: string]: any } {
  return rendered(json(stack), stack, parent.node.findChild(id) as TerraformResource);
}

describe('FunctionVersion resource', () => {
  test('fn.addVersion: a version of the function, created before the one it replaces', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    const v1 = fn.addVersion('V1', { description: 'first release' });

    expect(v1.node.path).toBe('test/Fn/V1');
    expect(rendered(json(stack), stack, v1.resource)).toEqual({
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      description: 'first release',
      lifecycle: { create_before_destroy: true },
    });
  });

  test('without a description the default one is sent', () => {
    const { stack } = newStack();
    const v = newFunction(stack).addVersion('V1');
    expect(rendered(json(stack), stack, v.resource).description).toBe('Published by Terraform');
  });

  test('a description is written as template text', () => {
    const { stack } = newStack();
    const v = newFunction(stack).addVersion('V1', { description: 'cost ${price} %{x}' });
    expect(rendered(json(stack), stack, v.resource).description).toBe('cost $${price} %%{x}');
  });

  test('`version` is the published version number (a reference), and a rule on the version names it', () => {
    const { stack, bucket, fn } = photosAndFunction();
    const v1 = fn.addVersion('V1');
    const rule = new EventRule(stack, 'OnJpg', { bucket, target: v1, events: [CosEvent.OBJECT_CREATED_PUT] });

    const out = json(stack);
    expect(rendered(out, stack, rule.triggers[0]).qualifier).toBe(refTo(stack, v1.resource, 'function_version'));
  });

  test('a version of an imported function: its name, namespace and provider', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'shanghai', { region: 'ap-shanghai', alias: 'shanghai' });
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer', namespace: 'media', provider: shanghai });
    const v = new FunctionVersion(stack, 'V7', { function: fn, description: 'pinned' });

    expect(rendered(json(stack), stack, v.resource)).toEqual({
      function_name: 'resizer',
      namespace: 'media',
      description: 'pinned',
      provider: 'tencentcloud.shanghai',
      lifecycle: { create_before_destroy: true },
    });
    expect([v.function, v.functionName, v.namespace, v.region, v.provider]).toEqual([fn, 'resizer', 'media', 'ap-shanghai', shanghai]);
  });

  test('addToRolePolicy grants to the function\'s role', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    const v = fn.addVersion('V1');
    v.addToRolePolicy({ actions: ['name/cos:GetObject'], resources: [`qcs::cos:ap-guangzhou:uid/${APP_ID}:photos-${APP_ID}/*`] });

    const out = json(stack);
    expect(rendered(out, stack, fn.resource).role).toBe(refTo(stack, fn.node.findChild('Role').node.findChild('Resource') as TerraformResource, 'name'));
  });
});

describe('fn.currentVersion', () => {
  test('one version per function, replaced when the hash of the function\'s configuration changes', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    const current = fn.currentVersion;

    expect(fn.currentVersion).toBe(current);
    expect(current.node.path).toBe('test/Fn/CurrentVersion');
    const out = json(stack);
    const configuration = current.node.findChild('Configuration') as TerraformResource;
    expect(rendered(out, stack, current.resource)).toEqual({
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      description: 'Current version, published again when the function changes',
      lifecycle: { create_before_destroy: true, replace_triggered_by: [`terraform_data.${stack.getLogicalId(configuration)}`] },
    });
    expect(Object.keys(rendered(out, stack, configuration).input)).toEqual(['function_sha256']);
    expect(rendered(out, stack, configuration).input.function_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  /** The configuration hash of the current version of a function built with `props`, after `extra` ran. */
  function hashOf(props: Parameters<typeof newFunction>[2] = {}, extra: (s: ReturnType<typeof photosAndFunction>) => void = () => undefined): string {
    const fixture = photosAndFunction({ functionName: 'resizer', ...props });
    const current = fixture.fn.currentVersion;
    extra(fixture);
    return dataOf(fixture.stack, current, 'Configuration').input.function_sha256;
  }

  test('the hash follows what a version snapshots: code, memory, environment, handler', () => {
    const base = hashOf();
    expect(hashOf()).toBe(base);
    expect(hashOf({ memorySize: 256 })).not.toBe(base);
    expect(hashOf({ environment: { MODE: 'fast' } })).not.toBe(base);
    expect(hashOf({ handler: 'index.other' })).not.toBe(base);
    expect(hashOf({}, ({ fn }) => { fn.resource.cosObjectName = 'fn-v2.zip'; })).not.toBe(base);
  });

  test('the hash ignores what a version does not snapshot: tags and COS triggers', () => {
    const base = hashOf();
    expect(hashOf({ tags: { team: 'media' } })).toBe(base);
    expect(hashOf({}, ({ stack, bucket, fn }) => {
      new EventRule(stack, 'OnJpg', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST] });
    })).toBe(base);
  });
});

describe('FunctionVersion checks', () => {
  test('description: any non-empty text, or a token', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    fn.addVersion('Text', { description: 'x' });
    fn.addVersion('Token', { description: new TerraformVariable(stack, 'd', { type: 'string' }).stringValue });
    expect(json(stack).resource.tencentcloud_scf_function_version).toBeDefined();
  });

  test('description: empty', () => {
    const { stack } = newStack();
    newFunction(stack).addVersion('V1', { description: '' });
    expect(problemsOf(stack)).toEqual([
      "[test/Fn/V1] 'description' is empty: the provider then sends none and the description SCF reports back is not documented. Leave it out for the default, or write one.",
    ]);
  });

  test('description: not a string, and a lone surrogate', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    fn.addVersion('Number', { description: 42 as unknown as string });
    fn.addVersion('Surrogate', { description: 'a\uD800b' });
    expect(problemsOf(stack)).toEqual([
      "[test/Fn/Number] 'description' must be a string, got a number 42.",
      "[test/Fn/Surrogate] 'description' contains a lone UTF-16 surrogate (U+D800), which is not a character: Terraform would write U+FFFD instead. Remove it, or use the full character.",
    ]);
  });

  test('function: not a function, and props not an object (all problems at once)', () => {
    const { stack } = newStack();
    new FunctionVersion(stack, 'NoFn', { function: 'resizer' as unknown as CloudFunction, description: '' });
    new FunctionVersion(stack, 'NoProps', 7 as unknown as FunctionVersionProps);
    expect(problemsOf(stack)).toEqual([
      "[test/NoFn] 'function' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got a string 'resizer'.",
      "[test/NoFn] 'description' is empty: the provider then sends none and the description SCF reports back is not documented. Leave it out for the default, or write one.",
      '[test/NoProps] props must be an object like { function: fn }, got a number 7.',
      "[test/NoProps] 'function' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got undefined.",
    ]);
  });

  test('addVersion: options that are not an object are refused at once', () => {
    const { stack } = newStack();
    expect(() => newFunction(stack).addVersion('V1', 'first' as unknown as object)).toThrow(
      "[test/Fn] addVersion(): options must be an object like { description: 'first release' }, got a string 'first'.",
    );
  });
});
