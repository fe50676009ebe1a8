// Jest matchers over synthesized stacks, registered by `setupJest()` (e.g. from a setupFilesAfterEnv file).
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { CosEvent, explainInvalidEvent } from '../cos-event';
import { SchemaCheckOptions, SynthesizedInput, checkProviderSchema, formatSchemaViolations, synthesizedJson } from './schema-check';
import { CosTriggerDeclaration, SimulatedInvocation, SimulatedOperation, cosTriggersOf, simulate } from './simulate';
import { KeyFilter, validateKeyFilter } from '../key-filter';
import { qualifiedFunctionOf } from '../private/function-qualifiers';
import { describeFilter } from '../private/matching';
import { jsonText } from '../validation';

/**
 * A function as the matchers accept it: its name (as deployed), its Terraform address, its construct path, or
 * the construct itself (a `CloudFunction` or an imported one).
 */
export type FunctionReference = string | IConstruct;

/** What `toHaveEventRule` looks for. */
export interface ExpectedEventRule {
  /** The events; each must have a trigger with exactly this filter. */
  readonly events: ReadonlyArray<CosEvent | string>;
  /**
   * The filter; absent parts mean "no condition".
   * @default no filter
   */
  readonly filter?: KeyFilter;
  /**
   * The function the triggers must invoke.
   * @default any function
   */
  readonly target?: FunctionReference;
  /**
   * Whether the triggers must be enabled.
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * The matchers `setupJest()` registers, as they are typed on both Jest `expect`s: the global one (`@types/jest`)
 * and the one imported from `@jest/globals` (the `expect` package's `Matchers`).
 */
export interface CosEventsMatchers<R> {
  /** The synthesized JSON (text, object or stack) conforms to the vendored Tencent provider schema. */
  toConformToProviderSchema(options?: SchemaCheckOptions): R;
  /**
   * The operation reaches some function, or exactly the given one. With `.not`: it reaches no function, or
   * not the given one.
   */
  toRouteEvent(operation: SimulatedOperation, target?: FunctionReference): R;
  /** The bucket has triggers for these events with exactly this filter (and target). */
  toHaveEventRule(bucket: string, rule: ExpectedEventRule): R;
}

/* eslint-disable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> extends CosEventsMatchers<R> {}
  }
}

declare module 'expect' {
  // The type parameters must repeat the `expect` package's declaration exactly for the interfaces to merge.
  interface Matchers<R extends void | Promise<void>, T = unknown> extends CosEventsMatchers<R> {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-empty-interface */

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

interface MatcherContext {
  readonly isNot: boolean;
}

function toConformToProviderSchema(this: MatcherContext, received: SynthesizedInput, options?: SchemaCheckOptions): MatcherResult {
  const violations = checkProviderSchema(received, options);
  return {
    pass: violations.length === 0,
    message: () => violations.length === 0
      ? 'expected the synthesized JSON not to conform to the provider schema, but it does'
      : `expected the synthesized JSON to conform to the provider schema; ${violations.length} violation${violations.length === 1 ? '' : 's'}:\n` +
        formatSchemaViolations(violations),
  };
}

function toRouteEvent(this: MatcherContext, received: SynthesizedInput, operation: SimulatedOperation, target?: FunctionReference): MatcherResult {
  checkTarget('toRouteEvent', target);
  const json = synthesizedJson(received);
  const matches = simulate(json, operation);
  const what = `${operation.event} of '${operation.key}' in ${operation.bucket}`;
  if (target === undefined) {
    const pass = matches.length > 0;
    return {
      pass,
      message: () => pass
        ? `expected ${what} to reach no function, but it reaches:\n${describeMatches(matches)}`
        : `expected ${what} to reach a function, but no trigger matches.\n${describeBucket(json, operation.bucket)}`,
    };
  }
  const hits = matches.filter((m) => refersTo(m, target));
  const pass = hits.length > 0;
  return {
    pass,
    message: () => pass
      ? `expected ${what} not to reach ${describeTarget(target)}, but it does:\n${describeMatches(hits)}`
      : `expected ${what} to reach ${describeTarget(target)}, but ` +
        (matches.length ? `it reaches only:\n${describeMatches(matches)}` : `no trigger matches.\n${describeBucket(json, operation.bucket)}`),
  };
}

function toHaveEventRule(this: MatcherContext, received: SynthesizedInput, bucket: string, rule: ExpectedEventRule): MatcherResult {
  if (typeof bucket !== 'string') throw new Error(`toHaveEventRule: bucket must be a bucket name like 'photos-1250000000', got ${jsonText(bucket)}`);
  if (typeof rule !== 'object' || rule === null || !Array.isArray(rule.events)) {
    throw new Error(`toHaveEventRule: the rule must be an object like { events: [CosEvent.OBJECT_CREATED] }, got ${jsonText(rule)}`);
  }
  const problem = rule.filter === undefined ? undefined : validateKeyFilter(rule.filter)[0];
  if (problem) throw new Error(`toHaveEventRule: ${problem}`);
  if (rule.enabled !== undefined && typeof rule.enabled !== 'boolean') throw new Error(`toHaveEventRule: enabled must be a boolean, got ${jsonText(rule.enabled)}`);
  checkTarget('toHaveEventRule', rule.target);
  for (const e of rule.events) {
    const invalid = explainInvalidEvent(e);
    if (invalid) throw new Error(`toHaveEventRule: ${invalid}`);
  }
  const json = synthesizedJson(received);
  const prefix = rule.filter?.prefix ?? '';
  const suffix = rule.filter?.suffix ?? '';
  const enabled = rule.enabled ?? true;
  const onBucket = cosTriggersOf(json).filter((t) => t.bucket === bucket);
  const missing = rule.events.filter((event) => !onBucket.some((t) =>
    t.event === event && t.filter?.prefix === prefix && t.filter?.suffix === suffix && t.enabled === enabled &&
    (rule.target === undefined || refersTo(t, rule.target))));
  const pass = missing.length === 0;
  const wanted = `${rule.events.join(', ')} ${describeFilter({ prefix, suffix })}${enabled ? '' : ' (disabled)'}` +
    (rule.target === undefined ? '' : ` to ${describeTarget(rule.target)}`);
  return {
    pass,
    message: () => pass
      ? `expected bucket ${bucket} not to have a rule for ${wanted}, but it has`
      : `expected bucket ${bucket} to have a rule for ${wanted}; missing: ${missing.join(', ')}.\n${describeBucket(json, bucket)}`,
  };
}

/** Throws when a function reference is neither a name, address or path nor a construct. */
function checkTarget(matcher: string, target: unknown): void {
  if (target === undefined || typeof target === 'string') return;
  const path = (target as { node?: { path?: unknown } } | null)?.node?.path;
  if (typeof path !== 'string') {
    throw new Error(`${matcher}: the function must be its name, Terraform address or construct path, or the construct itself, got ${jsonText(target)}`);
  }
}

/** True when a trigger or match invokes the referenced function. */
function refersTo(t: Pick<CosTriggerDeclaration, 'functionName' | 'functionAddress' | 'functionPath' | 'qualifier'>, target: FunctionReference): boolean {
  // A version or alias: its function, and the trigger names it (by its literal name, or by the reference rendered).
  const qualified = typeof target === 'string' ? undefined : qualifiedFunctionOf(target);
  if (qualified) {
    return refersTo(t, qualified.function) &&
      (t.qualifier === qualified.name || t.qualifier ===
        `\${${qualified.resource.terraformResourceType}.${TerraformStack.of(qualified.resource).getLogicalId(qualified.resource)}.${qualified.attribute}}`);
  }
  if (typeof target === 'string') {
    return t.functionName === target || t.functionAddress === target || t.functionPath === target ||
      (t.functionPath !== undefined && t.functionPath.replace(/\/Resource$/, '') === target);
  }
  const targetPath = target.node.path;
  if (t.functionPath !== undefined && (t.functionPath === targetPath || t.functionPath.startsWith(`${targetPath}/`))) return true;
  // An imported function has no resource: compare its literal name.
  const name = (target as { functionName?: unknown }).functionName;
  return typeof name === 'string' && !name.includes('${') && name === t.functionName;
}

function describeTarget(target: FunctionReference): string {
  return typeof target === 'string' ? `'${target}'` : `[${target.node.path}]`;
}

function describeMatches(matches: readonly SimulatedInvocation[]): string {
  return matches.map((m) => `  - ${m.functionName} via ${m.triggerPath ?? m.triggerAddress}: ${m.ruleEvent} ${describeFilter(m.filter)}` +
    (m.enabled ? '' : ' (disabled)')).join('\n');
}

function describeBucket(json: object, bucket: string): string {
  const all = cosTriggersOf(json as { [key: string]: unknown });
  const triggers = all.filter((t) => t.bucket === bucket);
  if (!triggers.length) {
    const buckets = [...new Set(all.map((t) => t.bucket).filter((b): b is string => !!b))].sort();
    return `Bucket ${bucket} has no COS triggers` + (buckets.length ? `; buckets with triggers: ${buckets.join(', ')}.` : '; the stack has no COS triggers.');
  }
  return `Triggers on ${bucket}:\n` + triggers.map((t) =>
    `  - ${t.event ?? '(event known at apply time)'} ${t.filter ? describeFilter(t.filter) : '(filter known at apply time)'}` +
    ` -> ${t.functionName}${t.enabled ? '' : ' (disabled)'} [${t.path ?? t.address}]`).join('\n');
}

/**
 * Registers `toConformToProviderSchema`, `toRouteEvent` and `toHaveEventRule` with Jest's `expect`. Call it once
 * from a `setupFilesAfterEnv` file; calling it again does nothing.
 */
export function setupJest(): void {
  const jestExpect = (globalThis as { expect?: { extend(matchers: object): void } }).expect;
  if (!jestExpect || typeof jestExpect.extend !== 'function') {
    throw new Error('setupJest() must run inside Jest (from a setupFilesAfterEnv file), where the global expect exists');
  }
  if ((jestExpect as { __cosEventsMatchers?: boolean }).__cosEventsMatchers) return;
  jestExpect.extend({ toConformToProviderSchema, toRouteEvent, toHaveEventRule });
  (jestExpect as { __cosEventsMatchers?: boolean }).__cosEventsMatchers = true;
}
