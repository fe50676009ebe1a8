// Asynchronous invocation settings: fn.configureAsyncInvoke() and FunctionAsyncInvokeConfig render
// tencentcloud_scf_function_event_invoke_config, checked at synth time.
import { TerraformVariable } from 'cdktf';
import { CloudFunction, FunctionAsyncInvokeConfig } from '../lib';
import { newFunction, newStack, refTo, rendered, resourcesOf, synthError, synthText } from './helpers/stack';

describe('configureAsyncInvoke', () => {
  test('renders the retry count and event age of the function, replaced when its name or namespace changes', () => {
    const { stack } = newStack();
    const fn = newFunction(stack, 'Fn', { namespace: 'media' });
    const config = fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: 3600 });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    const identity = resourcesOf(json, 'terraform_data');
    expect(identity).toEqual([{ input: { function_name: refTo(stack, fn.resource, 'name'), namespace: 'media' } }]);
    expect(rendered(json, stack, config.resource)).toEqual({
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'media',
      async_trigger_config: { retry_config: [{ retry_num: 1 }], msg_ttl: 3600 },
      lifecycle: { replace_triggered_by: [`terraform_data.${Object.keys(json.resource.terraform_data)[0]}`] },
    });
    expect(config.node.path).toBe('test/Fn/AsyncInvokeConfig');
  });

  test('0 retries and an event age of 1 second are the smallest values accepted', () => {
    const { stack } = newStack();
    const config = newFunction(stack).configureAsyncInvoke({ retryAttempts: 0, maxEventAge: 1 });
    const json = JSON.parse(synthText(stack));
    expect(rendered(json, stack, config.resource).async_trigger_config).toEqual({ retry_config: [{ retry_num: 0 }], msg_ttl: 1 });
  });

  test.each([
    [{ retryAttempts: 0 }, { retry_config: [{ retry_num: 0 }], msg_ttl: 21600 }],
    [{ maxEventAge: 600 }, { retry_config: [{ retry_num: 2 }], msg_ttl: 600 }],
    [{}, { retry_config: [{ retry_num: 2 }], msg_ttl: 21600 }],
  ])('%j keeps SCF\'s default for what it leaves out (2 retries, 6 hours)', (options, expected) => {
    const { stack } = newStack();
    const config = newFunction(stack).configureAsyncInvoke(options);
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, config.resource).async_trigger_config).toEqual(expected);
  });

  test('a second call is an error naming the function', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: 60 });
    expect(() => fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: 60 })).toThrow(
      '[test/Fn] configureAsyncInvoke() was already called for this function: SCF keeps one retry policy per function. Pass every setting in one call.',
    );
  });

  test('values known only at apply time are not checked', () => {
    const { stack } = newStack();
    const retries = new TerraformVariable(stack, 'retries', { type: 'number' });
    const age = new TerraformVariable(stack, 'age', { type: 'number' });
    const config = newFunction(stack).configureAsyncInvoke({ retryAttempts: retries.numberValue, maxEventAge: age.numberValue });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, config.resource).async_trigger_config).toEqual({
      retry_config: [{ retry_num: '${var.retries}' }],
      msg_ttl: '${var.age}',
    });
  });

  test.each([
    [{ retryAttempts: -1, maxEventAge: 60 }, "'retryAttempts' -1 is not allowed: give a whole number of retries, 0 or more."],
    [{ retryAttempts: 1.5, maxEventAge: 60 }, "'retryAttempts' 1.5 is not allowed: give a whole number of retries, 0 or more."],
    [{ retryAttempts: '2', maxEventAge: 60 }, "'retryAttempts' a string '2' is not allowed: give a whole number of retries, 0 or more."],
    [{ retryAttempts: 1, maxEventAge: 0 }, "'maxEventAge' 0 is not allowed: give a whole number of seconds, 1 or more."],
    [{ retryAttempts: 1, maxEventAge: 90.5 }, "'maxEventAge' 90.5 is not allowed: give a whole number of seconds, 1 or more."],
  ])('%j is rejected', (options, message) => {
    const { stack } = newStack();
    newFunction(stack).configureAsyncInvoke(options as any);
    expect(synthError(stack)).toContain(`[test/Fn/AsyncInvokeConfig] ${message}`);
  });

  test('every problem of the options is reported at once', () => {
    const { stack } = newStack();
    newFunction(stack).configureAsyncInvoke({ retryAttempts: -1, maxEventAge: 0 });
    const message = synthError(stack);
    expect(message).toContain("[test/Fn/AsyncInvokeConfig] 'retryAttempts' -1 is not allowed");
    expect(message).toContain("[test/Fn/AsyncInvokeConfig] 'maxEventAge' 0 is not allowed");
  });
});

describe('FunctionAsyncInvokeConfig', () => {
  test('configures an imported function in its namespace', () => {
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer', namespace: 'media' });
    const config = new FunctionAsyncInvokeConfig(stack, 'Retries', { function: fn, retryAttempts: 2, maxEventAge: 21600 });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    expect(resourcesOf(json, 'terraform_data')).toEqual([{ input: { function_name: 'resizer', namespace: 'media' } }]);
    const { lifecycle, ...rest } = rendered(json, stack, config.resource);
    expect(rest).toEqual({ function_name: 'resizer', namespace: 'media', async_trigger_config: { retry_config: [{ retry_num: 2 }], msg_ttl: 21600 } });
    expect(lifecycle.replace_triggered_by).toHaveLength(1);
  });

  test('something other than a function is rejected', () => {
    const { stack } = newStack();
    new FunctionAsyncInvokeConfig(stack, 'Retries', { function: 'resizer' as any, retryAttempts: 1, maxEventAge: 60 });
    expect(synthError(stack)).toContain(
      "[test/Retries] 'function' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got a string 'resizer'.",
    );
  });

  test('props that are not an object are rejected', () => {
    const { stack } = newStack();
    new FunctionAsyncInvokeConfig(stack, 'Retries', 7 as any);
    expect(synthError(stack)).toContain(
      '[test/Retries] props must be an object like { function: fn, retryAttempts: 1, maxEventAge: 3600 }, got a number 7.',
    );
  });
});
