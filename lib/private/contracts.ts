// Whether a value passed where a bucket or a function is expected implements IBucket or ICloudFunction (JavaScript
// callers can pass anything): one check and one message for every construct that takes a bucket or a function.
import { Construct } from 'constructs';
import type { ICloudFunction } from '../function-ref';
import { describeValue } from '../validation';

type Members = { readonly [name: string]: 'string' | 'function' };

/** What the library reads of a bucket and of a function: any construct with these members can be used. */
const BUCKET_MEMBERS: Members = { bucketName: 'string', domain: 'string' };
const FUNCTION_MEMBERS: Members = { functionName: 'string', namespace: 'string', addToRolePolicy: 'function' };

/**
 * Why `value` cannot stand for the interface `contract`: not a construct (the message names what is expected), or a
 * construct that lacks members the library reads. Undefined when it can.
 */
function contractProblem(prop: string, value: unknown, contract: string, members: Members, expected: string): string | undefined {
  if (!Construct.isConstruct(value)) return `'${prop}' must be ${expected}, got ${describeValue(value)}.`;
  const record = value as unknown as Record<string, unknown>;
  const missing = Object.entries(members).filter(([name, type]) => typeof record[name] !== type)
    .map(([name, type]) => `'${name}' must be a ${type}, got ${describeValue(record[name])}`);
  return missing.length ? `'${prop}' [${value.node.path}] does not implement ${contract}: ${missing.join('; ')}.` : undefined;
}

/** Why the prop `prop` is not a bucket (an `IBucket`); undefined when it is. */
export function bucketProblem(prop: string, value: unknown): string | undefined {
  return contractProblem(prop, value, 'IBucket', BUCKET_MEMBERS, 'a Bucket (new Bucket(...) or Bucket.fromBucketName(...))');
}

/** Why the prop `prop` is not a function (an `ICloudFunction`); undefined when it is. */
export function functionProblem(prop: string, value: unknown): string | undefined {
  return contractProblem(prop, value, 'ICloudFunction', FUNCTION_MEMBERS,
    'a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...))');
}

/** True for a construct that implements `ICloudFunction`. */
export function isCloudFunction(value: unknown): value is ICloudFunction {
  return functionProblem('function', value) === undefined;
}
