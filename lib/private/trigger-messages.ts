// The messages about COS triggers that only the complete set of rules of a function on a bucket shows.
import { CosEvent } from '../cos-event';
import { ICloudFunction } from '../function-ref';
import { isUnresolved, quote } from '../validation';
import { ownedFunctionResource } from './identity';
import { describeFilter } from './matching';

/**
 * The version a trigger invokes when no qualifier is given: what SCF uses when CreateTrigger has none, and so what
 * every entry of a function's triggers block invokes.
 */
export const DEFAULT_QUALIFIER = '$LATEST';

/** One trigger as messages name it. */
export interface DescribedTrigger {
  readonly rulePath: string;
  readonly event: CosEvent;
  readonly prefix: string;
  readonly suffix: string;
}

/** "function [path] has 2 COS triggers on bucket 'b': [rule] 'event' (filter), ..." */
export function describeTriggers(fn: ICloudFunction, bucketDescription: string, triggers: readonly DescribedTrigger[]): string {
  const owned = ownedFunctionResource(fn);
  const name = owned ? owned.nameInput : fn.functionName;
  const described = owned || isUnresolved(name) ? `[${fn.node.path}]` : `${quote(name)} ([${fn.node.path}])`;
  const listed = triggers.map((t) => `[${t.rulePath}] '${t.event}' ${
    isUnresolved(t.prefix) || isUnresolved(t.suffix) ? '(a filter known only at apply time)' : describeFilter(t)}`);
  return `function ${described} has ${triggers.length} COS triggers on bucket ${bucketDescription}: ${listed.join(', ')}`;
}

const IN_BLOCK = "two or more triggers of one function on one bucket are rendered in the function's triggers block, which";

export function importedFunctionProblem(group: string): string {
  return `${group}. The function is not created by this stack, so they would be standalone tencentcloud_scf_trigger ` +
    'resources, and the provider reads such a resource back by function and bucket only: they would show a permanent diff, ' +
    'and deleting one could delete another. Use one trigger for this function on this bucket (one rule with one event; ' +
    "a wildcard such as 'cos:ObjectCreated:*' covers its family), create the function in this stack (new CloudFunction), " +
    'or use one function per rule.';
}

export function disabledProblem(group: string): string {
  return `'enabled: false' cannot be deployed: ${group}; ${IN_BLOCK} creates every trigger enabled. ` +
    "Remove the rule instead of disabling it, or make it the function's only trigger on this bucket.";
}

export function qualifierProblem(group: string, qualifier: string | undefined, label?: string): string {
  if (label !== undefined) {
    return `the target ${label} cannot be deployed: ${group}; ${IN_BLOCK} always invokes '${DEFAULT_QUALIFIER}'. ` +
      "Make the rule the function's only trigger on this bucket, target the function itself, or use a separate function for it.";
  }
  const what = isUnresolved(qualifier) ? 'a qualifier known only at apply time' : `qualifier ${quote(qualifier)}`;
  return `${what} cannot be deployed: ${group}; ${IN_BLOCK} always invokes '${DEFAULT_QUALIFIER}'. ` +
    `Leave 'qualifier' unset (or '${DEFAULT_QUALIFIER}'), make the rule the function's only trigger on this bucket, ` +
    'or use a separate function for it.';
}

export function descriptionWarning(group: string): string {
  return `'description' is not deployed: ${group}, so they are rendered in the function's triggers block, ` +
    "which has no description. Remove the description, or make the rule the function's only trigger on this bucket.";
}

export function moveWarning(previousPath: string, group: string): string {
  return `moveFrom(${quote(previousPath)}) writes no moved block: ${group}, so the rule has no ` +
    "trigger resource of its own (its trigger is in the function's triggers block).";
}
