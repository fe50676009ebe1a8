// Function names and namespaces: the rules the SCF API sets on them. Not exported from the package root.
import { describeType, isUnresolved, quote } from './validation';

/** The SCF API's function name rule. */
export const FUNCTION_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/;
const NAMESPACE_PATTERN = /^[A-Za-z0-9_-]{1,30}$/;

/** Every rule a function name breaks (the SCF API rule). Tokens are not checked. */
export function checkFunctionName(name: unknown): string[] {
  if (isUnresolved(name)) return [];
  if (typeof name !== 'string') return [`'functionName' must be a string, got ${describeType(name)} ${quote(name)}.`];
  if (FUNCTION_NAME_PATTERN.test(name)) return [];
  const why =
    name.length < 2 || name.length > 60 ? `is ${name.length} characters (2 to 60 allowed)`
      : !/^[A-Za-z]/.test(name) ? 'does not start with a letter'
        : /[-_]$/.test(name) ? "ends with '-' or '_'"
          : 'contains characters other than letters, digits, \'-\' and \'_\'';
  return [`function name ${quote(name)} ${why}. SCF function names have 2 to 60 characters: letters, digits, '-' and '_', starting with a letter and ending with a letter or digit.`];
}

/** Every rule a namespace (with the function name) breaks. Tokens are not checked. */
export function checkNamespace(namespace: unknown, name: unknown): string[] {
  if (isUnresolved(namespace)) return [];
  if (typeof namespace !== 'string' || !NAMESPACE_PATTERN.test(namespace)) {
    return [`namespace ${quote(namespace)} is not a valid SCF namespace: 1 to 30 letters, digits, '-' and '_'.`];
  }
  if (typeof name === 'string' && !isUnresolved(name) && namespace.length + name.length > 118) {
    return [`namespace and function name together are ${namespace.length + name.length} characters; SCF allows at most 118.`];
  }
  return [];
}
