// COS's matching semantics, implemented once: EventRule.matches, the collision check and the routing
// simulation (lib/testing) all call these functions.
import { CosEvent, eventFamily, isWildcardEvent } from '../cos-event';
import { quote } from '../validation';

/** A resolved filter: both parts present, '' meaning "no condition". */
export interface LiteralFilter {
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * True when a rule on `ruleEvent` fires for an operation that produced `event`: the same event type, or the
 * rule is the wildcard of the event's family. When `event` is itself a wildcard (asking "any event of that
 * family"), a rule on any member of the family fires.
 */
export function eventMatches(ruleEvent: CosEvent, event: CosEvent): boolean {
  if (ruleEvent === event) return true;
  if (eventFamily(ruleEvent) !== eventFamily(event)) return false;
  return isWildcardEvent(ruleEvent) || isWildcardEvent(event);
}

/** True when some operation can fire both event types (they are equal, or one is the other's wildcard). */
export function eventsOverlap(a: CosEvent, b: CosEvent): boolean {
  return eventMatches(a, b);
}

/** True when the object key matches the filter: it starts with the prefix and ends with the suffix. */
export function keyMatches(filter: LiteralFilter, key: string): boolean {
  return key.startsWith(filter.prefix) && key.endsWith(filter.suffix);
}

/**
 * True when some object key matches both filters. That is the case exactly when one prefix starts the other
 * and one suffix ends the other: the key `longer prefix + longer suffix` then matches both.
 */
export function filtersOverlap(a: LiteralFilter, b: LiteralFilter): boolean {
  const prefixesCompatible = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixesCompatible = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return prefixesCompatible && suffixesCompatible;
}

/** An object key that both filters match (only meaningful when `filtersOverlap` is true). */
export function sharedKeyExample(a: LiteralFilter, b: LiteralFilter): string {
  const prefix = a.prefix.length >= b.prefix.length ? a.prefix : b.prefix;
  const suffix = a.suffix.length >= b.suffix.length ? a.suffix : b.suffix;
  const key = prefix + suffix;
  return key === '' ? 'any key' : quote(key);
}

/** A filter as messages show it: `(prefix 'uploads/', suffix '.jpg')`, or `(no filter)`. */
export function describeFilter(f: LiteralFilter): string {
  if (!f.prefix && !f.suffix) return '(no filter)';
  const parts = [];
  if (f.prefix) parts.push(`prefix ${quote(f.prefix)}`);
  if (f.suffix) parts.push(`suffix ${quote(f.suffix)}`);
  return `(${parts.join(', ')})`;
}
