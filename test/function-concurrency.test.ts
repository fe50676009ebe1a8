// Concurrency: a function's reservedConcurrency (tencentcloud_scf_reserved_concurrency_config, in memory) and
// ProvisionedConcurrency for a published version (tencentcloud_scf_provisioned_concurrency_config).
import { TerraformVariable } from 'cdktf';
import { CloudFunction, ProvisionedConcurrency } from '../lib';
import { newFunction, newStack, refTo, resourcesOf, synthError, synthText } from './helpers/stack';

describe('reservedConcurrency', () => {
  test('reserves the instance count times the memory size, in MB', () => {
    const { stack } = newStack();
    const fn = newFunction(stack, 'Fn', { namespace: 'media', memorySize: 256, reservedConcurrency: 4 });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(resourcesOf(JSON.parse(text), 'tencentcloud_scf_reserved_concurrency_config')).toEqual([
      { function_name: refTo(stack, fn.resource, 'name'), namespace: 'media', reserved_concurrency_mem: 1024 },
    ]);
    expect(fn.node.tryFindChild('ReservedConcurrency')).toBeDefined();
  });

  test('with the default memory size of 128 MB; 0 is accepted', () => {
    const { stack } = newStack();
    newFunction(stack, 'A', { reservedConcurrency: 3 });
    newFunction(stack, 'B', { reservedConcurrency: 0 });
    const json = JSON.parse(synthText(stack));
    expect(resourcesOf(json, 'tencentcloud_scf_reserved_concurrency_config').map((r) => r.reserved_concurrency_mem)).toEqual([384, 0]);
  });

  test('no reservation without the prop', () => {
    const { stack } = newStack();
    newFunction(stack);
    expect(resourcesOf(JSON.parse(synthText(stack)), 'tencentcloud_scf_reserved_concurrency_config')).toEqual([]);
  });

  test('a count known only at apply time is multiplied by Terraform', () => {
    const { stack } = newStack();
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    newFunction(stack, 'Fn', { memorySize: 512, reservedConcurrency: count.numberValue });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(resourcesOf(JSON.parse(text), 'tencentcloud_scf_reserved_concurrency_config')[0].reserved_concurrency_mem).toBe('${(var.count * 512)}');
  });

  test.each([
    [-1, '-1'],
    [2.5, '2.5'],
    ['4', "a string '4'"],
  ])('%j is rejected', (reservedConcurrency, shown) => {
    const { stack } = newStack();
    newFunction(stack, 'Fn', { reservedConcurrency: reservedConcurrency as any });
    expect(synthError(stack)).toContain(`[test/Fn] 'reservedConcurrency' ${shown} is not allowed: give a whole number of instances, 0 or more.`);
  });
});

describe('ProvisionedConcurrency', () => {
  test('keeps instances of a published version started', () => {
    const { stack } = newStack();
    const fn = newFunction(stack, 'Fn', { namespace: 'media' });
    const warm = new ProvisionedConcurrency(stack, 'Warm', { function: fn, qualifier: '3', provisionedConcurrency: 2 });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(resourcesOf(JSON.parse(text), 'tencentcloud_scf_provisioned_concurrency_config')).toEqual([{
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'media',
      qualifier: '3',
      version_provisioned_concurrency_num: 2,
    }]);
    expect(warm.resource.node.path).toBe('test/Warm/Resource');
  });

  test('works for an imported function', () => {
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer' });
    new ProvisionedConcurrency(stack, 'Warm', { function: fn, qualifier: '12', provisionedConcurrency: 1 });
    expect(resourcesOf(JSON.parse(synthText(stack)), 'tencentcloud_scf_provisioned_concurrency_config')).toEqual([
      { function_name: 'resizer', namespace: 'default', qualifier: '12', version_provisioned_concurrency_num: 1 },
    ]);
  });

  test('a version and count known only at apply time are not checked', () => {
    const { stack } = newStack();
    const version = new TerraformVariable(stack, 'version', { type: 'string' });
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    new ProvisionedConcurrency(stack, 'Warm', { function: newFunction(stack), qualifier: version.stringValue, provisionedConcurrency: count.numberValue });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const [config] = resourcesOf(JSON.parse(text), 'tencentcloud_scf_provisioned_concurrency_config');
    expect([config.qualifier, config.version_provisioned_concurrency_num]).toEqual(['${var.version}', '${var.count}']);
  });

  test.each([
    ['$LATEST', "qualifier '$LATEST' is the unpublished code, which SCF does not provision. Give the number of a published version, e.g. '1'."],
    ['0', "qualifier '0' is not a published version number. Give the number of a published version, e.g. '1'."],
    ['prod', "qualifier 'prod' is not a published version number. Give the number of a published version, e.g. '1'."],
    ['', "qualifier '' is not a published version number. Give the number of a published version, e.g. '1'."],
    [3, "qualifier a number 3 is not a published version number. Give the number of a published version, e.g. '1'."],
  ])('qualifier %j is rejected', (qualifier, message) => {
    const { stack } = newStack();
    new ProvisionedConcurrency(stack, 'Warm', { function: newFunction(stack), qualifier: qualifier as any, provisionedConcurrency: 1 });
    expect(synthError(stack)).toContain(`[test/Warm] ${message}`);
  });

  test.each([
    [0, '0'],
    [1.5, '1.5'],
    [undefined, 'undefined'],
  ])('count %j is rejected', (provisionedConcurrency, shown) => {
    const { stack } = newStack();
    new ProvisionedConcurrency(stack, 'Warm', { function: newFunction(stack), qualifier: '1', provisionedConcurrency: provisionedConcurrency as any });
    expect(synthError(stack)).toContain(`[test/Warm] 'provisionedConcurrency' ${shown} is not allowed: give a whole number of instances, 1 or more.`);
  });

  test('something other than a function is rejected, with every other problem', () => {
    const { stack } = newStack();
    new ProvisionedConcurrency(stack, 'Warm', { function: {} as any, qualifier: '$LATEST', provisionedConcurrency: 0 });
    const message = synthError(stack);
    expect(message).toContain("[test/Warm] 'function' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got an object {}.");
    expect(message).toContain("[test/Warm] qualifier '$LATEST' is the unpublished code");
    expect(message).toContain("[test/Warm] 'provisionedConcurrency' 0 is not allowed");
  });
});
