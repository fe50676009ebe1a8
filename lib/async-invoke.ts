import type * as scfEventInvokeConfig from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-event-invoke-config';
import { Construct } from 'constructs';
import type { ICloudFunction } from './function-ref';
import * as bindings from './private/bindings';
import { functionProblem } from './private/contracts';
import { TerraformData } from './private/terraform-data';
import { Problems, constructArgs, describeType, isUnresolved, propsObject, quote } from './validation';

/**
 * What SCF does with an asynchronous invocation (every COS event is one) whose function fails. SCF retries a
 * function error (an exception, a timeout, too little memory) `retryAttempts` times, one minute apart; it retries
 * throttling and platform errors until the event is `maxEventAge` old. Events still failing are dropped.
 * @see https://www.tencentcloud.com/document/product/583/39851
 */
export interface AsyncInvokeOptions {
  /**
   * How many times SCF runs the function again after a function error: a whole number, 0 for no retry.
   * @default 2 (SCF's default)
   */
  readonly retryAttempts?: number;
  /**
   * How long, in seconds, SCF keeps an event that has not been handled yet; older events are dropped. A whole
   * number of seconds, at least 1.
   * @default 21600 (six hours, SCF's default)
   */
  readonly maxEventAge?: number;
}

/** Properties of a function's asynchronous invocation settings. */
export interface FunctionAsyncInvokeConfigProps extends AsyncInvokeOptions {
  /** The function (of this stack or imported) the settings apply to. */
  readonly function: ICloudFunction;
}

/** SCF's retry count for function errors of asynchronous invocations. */
const DEFAULT_RETRY_ATTEMPTS = 2;
/** SCF's maximum event age, in seconds (six hours). */
const DEFAULT_MAX_EVENT_AGE = 21600;

/**
 * The retry policy of a function's asynchronous invocations (`tencentcloud_scf_function_event_invoke_config`).
 * For a function of this stack, call `fn.configureAsyncInvoke()`; this construct also takes imported functions.
 *
 * SCF keeps the settings when this resource is destroyed (the provider's delete changes nothing): removing it
 * from the stack leaves the last policy on the function.
 *
 * @example
 * new FunctionAsyncInvokeConfig(stack, 'Retries', {
 *   function: CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer' }),
 *   retryAttempts: 1,
 *   maxEventAge: 3600,
 * });
 */
export class FunctionAsyncInvokeConfig extends Construct {
  /** The underlying `tencentcloud_scf_function_event_invoke_config` resource. */
  public readonly resource: scfEventInvokeConfig.ScfFunctionEventInvokeConfig;

  constructor(scope: Construct, id: string, props: FunctionAsyncInvokeConfigProps) {
    super(...constructArgs(scope, id, 'FunctionAsyncInvokeConfig'));
    const problems = new Problems();
    const p = propsObject(props, problems, { example: '{ function: fn, retryAttempts: 1, maxEventAge: 3600 }' });
    const fnMessage = functionProblem('function', p.function);
    problems.add(fnMessage);
    const fn = fnMessage === undefined ? p.function : undefined;
    problems.addAll(checkAsyncInvokeOptions(p));
    problems.attach(this);

    // The provider updates the function named in the resource id, which never changes: a new function name or
    // namespace must make a new resource (the identity below is replaced when either changes).
    const identity = new TerraformData(this, 'Identity', { function_name: fn?.functionName ?? '', namespace: fn?.namespace ?? 'default' });
    this.resource = new (bindings.ScfFunctionEventInvokeConfig())(this, 'Resource', {
      functionName: fn?.functionName ?? '',
      namespace: fn?.namespace,
      asyncTriggerConfig: {
        // The provider requires both; SCF's defaults stand in for the one not given.
        retryConfig: [{ retryNum: wholeOrZero(p.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS) }],
        msgTtl: wholeOrZero(p.maxEventAge ?? DEFAULT_MAX_EVENT_AGE),
      },
      provider: fn?.provider,
      lifecycle: { replaceTriggeredBy: [`${identity.terraformResourceType}.${identity.friendlyUniqueId}`] },
    });
  }
}

/** Every rule the options break. Not exported from the package root. */
export function checkAsyncInvokeOptions(options: Partial<AsyncInvokeOptions>): string[] {
  const problems: string[] = [];
  const rules: Array<[keyof AsyncInvokeOptions, number, string]> = [
    ['retryAttempts', 0, 'a whole number of retries, 0 or more'],
    ['maxEventAge', 1, 'a whole number of seconds, 1 or more'],
  ];
  for (const [prop, min, allowed] of rules) {
    const value: unknown = options[prop];
    if (value === undefined || isUnresolved(value)) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      problems.push(`'${prop}' ${typeof value === 'number' ? value : `${describeType(value)} ${quote(value)}`} is not allowed: give ${allowed}.`);
    }
  }
  return problems;
}

/** A number to render; a wrong value, once reported, renders as 0. */
function wholeOrZero(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}
