// FunctionAlias: the alias resource (fn.addAlias, new FunctionAlias) with weighted routing, the description that
// carries the main version (so that the provider sends a version shift), the identity anchor that replaces the
// alias when its name or function changes, and every check of its input.
import { TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import { CloudFunction, FunctionAlias, FunctionAliasOptions, FunctionAliasProps, FunctionVersion, VersionWeight } from '../lib';
import { problemsOf } from './helpers/problems';
import { newFunction, newStack, refTo, rendered, synthText } from './helpers/stack';

function json(stack: TerraformStack): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return JSON.parse(text);
}

function fixture(): { stack: TerraformStack; fn: CloudFunction; v1: FunctionVersion; v2: FunctionVersion } {
  const { stack } = newStack();
  const fn = newFunction(stack);
  return { stack, fn, v1: fn.addVersion('V1'), v2: fn.addVersion('V2') };
}

describe('FunctionAlias resource', () => {
  test('fn.addAlias: the alias on a version, its description naming the version, replaced when its identity changes', () => {
    const { stack, fn, v1 } = fixture();
    const alias = fn.addAlias('live', { version: v1 });

    expect(alias.node.path).toBe('test/Fn/Alias-live');
    const out = json(stack);
    const identity = alias.node.findChild('Identity') as TerraformResource;
    expect(rendered(out, stack, alias.resource)).toEqual({
      name: 'live',
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      function_version: refTo(stack, v1.resource, 'function_version'),
      description: `Routes to version ${refTo(stack, v1.resource, 'function_version')}`,
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(identity)}`] },
    });
    expect(rendered(out, stack, identity)).toEqual({
      input: { name: 'live', function_name: refTo(stack, fn.resource, 'name'), namespace: 'default' },
    });
    expect([alias.function, alias.aliasName, alias.functionName, alias.namespace, alias.region, alias.provider])
      .toEqual([fn, 'live', fn.functionName, 'default', 'ap-guangzhou', undefined]);
  });

  test('weighted routing to one other version, and a description of its own', () => {
    const { stack, fn, v1, v2 } = fixture();
    const alias = fn.addAlias('canary', { version: v1, additionalVersionWeights: [{ version: v2, weight: 0.1 }], description: 'roll-out ${x}' });

    const r = rendered(json(stack), stack, alias.resource);
    expect(r.routing_config).toEqual({ additional_version_weights: [{ version: refTo(stack, v2.resource, 'function_version'), weight: 0.1 }] });
    expect(r.description).toBe(`roll-out $\${x} (routes to version ${refTo(stack, v1.resource, 'function_version')})`);
  });

  test('version strings: $LATEST and a published number, with the function given', () => {
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer' });
    const alias = new FunctionAlias(stack, 'Live', { aliasName: 'live', function: fn, version: '$LATEST', additionalVersionWeights: [{ version: '3', weight: 0.5 }] });

    expect(rendered(json(stack), stack, alias.resource)).toEqual({
      name: 'live',
      function_name: 'resizer',
      namespace: 'default',
      function_version: '$LATEST',
      description: 'Routes to version $LATEST',
      routing_config: { additional_version_weights: [{ version: '3', weight: 0.5 }] },
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(alias.node.findChild('Identity') as TerraformResource)}`] },
    });
  });

  test('the function comes from the version when not given', () => {
    const { stack, fn, v1 } = fixture();
    const alias = new FunctionAlias(stack, 'Live', { aliasName: 'live', version: v1 });
    expect(alias.function).toBe(fn);
    expect(rendered(json(stack), stack, alias.resource).function_name).toBe(refTo(stack, fn.resource, 'name'));
  });

  test('tokens are accepted for the name, the versions and the weight', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    const version = new TerraformVariable(stack, 'version', { type: 'string' }).stringValue;
    const weight = new TerraformVariable(stack, 'weight', { type: 'number' }).numberValue;
    const alias = new FunctionAlias(stack, 'Live', { aliasName: name, function: fn, version, additionalVersionWeights: [{ version: '2', weight }] });

    const r = rendered(json(stack), stack, alias.resource);
    expect([r.name, r.function_version, r.routing_config.additional_version_weights[0].weight]).toEqual(['${var.name}', '${var.version}', '${var.weight}']);
  });

  test('addToRolePolicy grants to the function\'s role', () => {
    const { fn, v1 } = fixture();
    fn.addAlias('live', { version: v1 }).addToRolePolicy({ actions: ['name/cos:GetObject'], resources: ['qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*'] });
    expect(fn.node.tryFindChild('Role')).toBeDefined();
  });
});

describe('FunctionAlias checks', () => {
  test.each(['a', 'live', 'Live_2-b', `a${'b'.repeat(63)}`])('alias name %j is accepted', (name) => {
    const { stack, fn, v1 } = fixture();
    fn.addAlias(name, { version: v1 });
    expect(json(stack).resource.tencentcloud_scf_function_alias).toBeDefined();
  });

  test.each(['1live', '_live', 'live now', `a${'b'.repeat(64)}`, '$DEFAULT'])('alias name %j is refused', (name) => {
    const { stack, fn, v1 } = fixture();
    new FunctionAlias(stack, 'A', { aliasName: name, function: fn, version: v1 });
    expect(problemsOf(stack)).toEqual([
      `[test/A] alias name '${name}' is not valid: SCF allows 1 to 64 letters, digits, '_' and '-', starting with a letter.`,
    ]);
  });

  test('alias name: not a string; version: not a version (all problems at once)', () => {
    const { stack, fn } = fixture();
    new FunctionAlias(stack, 'A', { aliasName: 7 as unknown as string, function: fn, version: 2 as unknown as string });
    expect(problemsOf(stack)).toEqual([
      "[test/A] 'aliasName' must be a string, got a number 7.",
      "[test/A] 'version' must be a FunctionVersion or a version string such as '1', got a number 2.",
    ]);
  });

  test.each(['0', '01', 'v1', '$DEFAULT', '$latest', ''])('version string %j is refused', (version) => {
    const { stack, fn } = fixture();
    fn.addAlias('live', { version });
    expect(problemsOf(stack)).toEqual([
      `[test/Fn/Alias-live] 'version' '${version.replace(/'/g, "\\'")}' is not a function version: an alias routes to '$LATEST' or a published version number such as '1'.`,
    ]);
  });

  test('a version of another function', () => {
    const { stack, fn } = fixture();
    const other = newFunction(stack, 'Other').addVersion('V1');
    fn.addAlias('live', { version: other, additionalVersionWeights: [{ version: other, weight: 0.2 }] });
    expect(problemsOf(stack)).toEqual([
      "[test/Fn/Alias-live] 'version' [test/Other/V1] is a version of [test/Other], not of the alias's function [test/Fn]: an alias routes to versions of its own function.",
      "[test/Fn/Alias-live] 'additionalVersionWeights[0].version' [test/Other/V1] is a version of [test/Other], not of the alias's function [test/Fn]: an alias routes to versions of its own function.",
      "[test/Fn/Alias-live] 'additionalVersionWeights[0].version' is the alias's main version [test/Other/V1]: the additional version must be another one.",
    ]);
  });

  test('a version string without a function', () => {
    const { stack } = newStack();
    new FunctionAlias(stack, 'A', { aliasName: 'live', version: '1' });
    expect(problemsOf(stack)).toEqual([
      "[test/A] 'function' is required when 'version' is not a FunctionVersion (got a string '1'): give the function the alias belongs to.",
    ]);
  });

  test('function: not a function; props: not an object', () => {
    const { stack } = newStack();
    new FunctionAlias(stack, 'A', { aliasName: 'live', version: '1', function: 'resizer' as unknown as CloudFunction });
    new FunctionAlias(stack, 'B', null as unknown as FunctionAliasProps);
    expect(problemsOf(stack)).toEqual([
      "[test/A] 'function' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got a string 'resizer'.",
      "[test/B] props must be an object like { aliasName: 'live', version: fn.currentVersion }, got null.",
      "[test/B] 'function' is required when 'version' is not a FunctionVersion (got undefined): give the function the alias belongs to.",
      "[test/B] 'aliasName' must be a string, got undefined.",
      "[test/B] 'version' must be a FunctionVersion or a version string such as '1', got undefined.",
    ]);
  });

  test.each([0.01, 0.5, 0.99])('weight %d is accepted', (weight) => {
    const { stack, fn, v1, v2 } = fixture();
    fn.addAlias('live', { version: v1, additionalVersionWeights: [{ version: v2, weight }] });
    expect(json(stack).resource.tencentcloud_scf_function_alias).toBeDefined();
  });

  test.each([0, 1, -0.1, 1.5])('weight %d is refused', (weight) => {
    const { stack, fn, v1, v2 } = fixture();
    fn.addAlias('live', { version: v1, additionalVersionWeights: [{ version: v2, weight }] });
    expect(problemsOf(stack)).toEqual([
      `[test/Fn/Alias-live] 'additionalVersionWeights[0].weight' ${weight} is out of range: the share of the additional version must be greater than 0 and less than 1 ` +
        '(the main version gets the rest; to send everything to one version, make it the main version).',
    ]);
  });

  test('weights: not a number, not an object, more than one other version, the main version again', () => {
    const { stack, fn, v1, v2 } = fixture();
    fn.addAlias('live', {
      version: '1',
      additionalVersionWeights: [{ version: v2, weight: Number.NaN }, 'x' as unknown as VersionWeight, { version: '1', weight: 0.2 }],
    });
    fn.addAlias('same', { version: v1, additionalVersionWeights: [{ version: v1, weight: 0.3 }] });
    fn.addAlias('list', { version: v1, additionalVersionWeights: { version: '2', weight: 0.1 } as unknown as VersionWeight[] });
    expect(problemsOf(stack)).toEqual([
      "[test/Fn/Alias-live] 'additionalVersionWeights' lists 3 versions; SCF routes an alias to its main version and at most 1 other version.",
      "[test/Fn/Alias-live] 'additionalVersionWeights[0].weight' must be a number between 0 and 1, got a number NaN.",
      "[test/Fn/Alias-live] 'additionalVersionWeights[1]' must be an object like { version: v2, weight: 0.1 }, got a string 'x'.",
      "[test/Fn/Alias-live] 'additionalVersionWeights[2].version' is the alias's main version '1': the additional version must be another one.",
      "[test/Fn/Alias-same] 'additionalVersionWeights[0].version' is the alias's main version [test/Fn/V1]: the additional version must be another one.",
      '[test/Fn/Alias-list] \'additionalVersionWeights\' must be an array like [{ version: v2, weight: 0.1 }], got an object {"version":"2","weight":0.1}.',
    ]);
  });

  test('two aliases of one name on one function', () => {
    const { stack, fn, v1 } = fixture();
    fn.addAlias('live', { version: v1 });
    new FunctionAlias(stack, 'Again', { aliasName: 'live', version: v1 });
    expect(problemsOf(stack)).toEqual([
      "[test/Again] alias name 'live' is already used by [test/Fn/Alias-live] for function [test/Fn]: alias names are unique within a function.",
    ]);
  });

  test('description: not a string, a lone surrogate; a token is accepted', () => {
    const { stack, fn, v1 } = fixture();
    fn.addAlias('a', { version: v1, description: 5 as unknown as string });
    fn.addAlias('b', { version: v1, description: 'x\uDC00' });
    fn.addAlias('c', { version: v1, description: new TerraformVariable(stack, 'd', { type: 'string' }).stringValue });
    expect(problemsOf(stack)).toEqual([
      "[test/Fn/Alias-a] 'description' must be a string, got a number 5.",
      "[test/Fn/Alias-b] 'description' contains a lone UTF-16 surrogate (U+DC00), which is not a character: Terraform would write U+FFFD instead. Remove it, or use the full character.",
    ]);
  });

  test('addAlias: a name known only at apply time, or options that are not an object, are refused at once', () => {
    const { stack, fn, v1 } = fixture();
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    expect(() => fn.addAlias(name, { version: v1 })).toThrow(
      `[test/Fn] addAlias(): the alias name must be a literal string (it is part of the construct id 'Alias-<name>'), got a string '${name}'. ` +
        'For a name known only at apply time, use new FunctionAlias(scope, id, { aliasName, function, version }).',
    );
    expect(() => fn.addAlias('live', 'v1' as unknown as FunctionAliasOptions)).toThrow(
      "[test/Fn] addAlias(): options must be an object like { version: fn.currentVersion }, got a string 'v1'.",
    );
  });
});
