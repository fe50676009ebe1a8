// Recognising a function passed where one is expected (JavaScript callers can pass anything).
import { Construct } from 'constructs';
import type { ICloudFunction } from '../function-ref';

/** True for constructs with a function name and namespace (a function of this stack or an imported one). */
export function isCloudFunction(value: unknown): value is ICloudFunction {
  return typeof value === 'object' && value !== null && Construct.isConstruct(value)
    && typeof (value as ICloudFunction).functionName === 'string' && typeof (value as ICloudFunction).namespace === 'string';
}
