// Rules as data, so that an edit of an example's rules is one small change of a list, then written exactly as a
// user writes them in a stack: `new EventRule(stack, id, ...)` or `bucket.onObjectCreated(fn, filter)`.
import { Construct } from 'constructs';
import { CosEvent, EventRule, IBucket, ICloudFunction } from '../../../lib';

/** One rule of a stack, as its author writes it. */
export interface RuleSpec {
  /** `new EventRule(stack, id, ...)` with this construct id; or, with `method`, the bucket method used instead. */
  readonly id: string;
  /** A bucket method (`onObjectCreated` / `onObjectRemoved`): the rule's construct id is then the method's (positional). */
  readonly method?: 'onObjectCreated' | 'onObjectRemoved';
  /** The events (EventRule only). */
  readonly events?: readonly CosEvent[];
  readonly prefix?: string;
  readonly suffix?: string;
  readonly enabled?: boolean;
  readonly qualifier?: string;
  readonly description?: string;
  /**
   * Another target than the stack's default one: a name of the `targets` given to `addRules` (e.g. the function
   * itself, for a rule whose default target is an alias of it).
   * @default - the target given to `addRules`
   */
  readonly target?: string;
}

/** Writes the rules in order, the way each spec says; `targets` are the other targets rules may name. */
export function addRules(scope: Construct, bucket: IBucket, target: ICloudFunction, rules: readonly RuleSpec[],
  targets: { readonly [name: string]: ICloudFunction } = {}): EventRule[] {
  return rules.map((r) => {
    if (r.target !== undefined && !(r.target in targets)) {
      throw new Error(`rule ${r.id}: no target '${r.target}' (known: ${Object.keys(targets).join(', ') || 'none'})`);
    }
    const filter = r.prefix === undefined && r.suffix === undefined ? undefined
      : { ...(r.prefix !== undefined ? { prefix: r.prefix } : {}), ...(r.suffix !== undefined ? { suffix: r.suffix } : {}) };
    if (r.method) {
      if (r.events || r.enabled !== undefined || r.qualifier !== undefined || r.description !== undefined || r.target !== undefined) {
        throw new Error(`rule ${r.id}: ${r.method} takes a filter only`);
      }
      return bucket[r.method](target, filter);
    }
    return new EventRule(scope, r.id, {
      bucket,
      target: r.target !== undefined ? targets[r.target] : target,
      events: [...(r.events ?? [])],
      filter,
      enabled: r.enabled,
      qualifier: r.qualifier,
      description: r.description,
    });
  });
}

/** The rules with one of them (by id) changed. */
export function changeRule(rules: readonly RuleSpec[], id: string, change: (r: RuleSpec) => RuleSpec): RuleSpec[] {
  if (!rules.some((r) => r.id === id)) throw new Error(`no rule ${id} in ${rules.map((r) => r.id).join(', ')}`);
  return rules.map((r) => (r.id === id ? change(r) : r));
}
