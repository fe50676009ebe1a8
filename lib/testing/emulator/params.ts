// Reading API 3.0 parameters the way the endpoints check them: a missing required parameter is
// `MissingParameter`, a value of the wrong type or shape is `InvalidParameterValue.<Name>` (or plain
// `InvalidParameter` for a wrong JSON type, as the gateway answers before the product sees the call).
import { ApiError, Api3Params } from './api3';

/** A required string parameter. */
export function requiredString(params: Api3Params, name: string, errorCode = 'MissingParameter'): string {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    throw new ApiError(errorCode, `The request is missing a required parameter \`${name}\`.`);
  }
  if (typeof value !== 'string') {
    throw new ApiError('InvalidParameter', `The parameter \`${name}\` must be a string, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** An optional string parameter (undefined when absent or null). */
export function optionalString(params: Api3Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new ApiError('InvalidParameter', `The parameter \`${name}\` must be a string, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** An optional integer parameter. */
export function optionalInteger(params: Api3Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ApiError('InvalidParameter', `The parameter \`${name}\` must be an integer, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** An optional object parameter. */
export function optionalObject(params: Api3Params, name: string): Api3Params | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError('InvalidParameter', `The parameter \`${name}\` must be an object, got ${JSON.stringify(value)}.`);
  }
  return value as Api3Params;
}

/** An optional array parameter. */
export function optionalArray(params: Api3Params, name: string): unknown[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    throw new ApiError('InvalidParameter', `The parameter \`${name}\` must be an array, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Refuses a value outside `allowed` with `code`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], code: string, name: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ApiError(code, `The parameter \`${name}\` has the invalid value ${JSON.stringify(value)}; allowed: ${allowed.join(', ')}.`);
  }
  return value as T;
}
