// The `trigger_desc` of a COS trigger. The provider re-marshals it with Go's encoding/json on every read, so
// anything but Go's canonical form (compact, keys sorted, <, >, &, U+2028 and U+2029 escaped) would show as a
// change on every plan.
import { Fn } from 'cdktf';
import { CosEvent, isCosEvent } from '../cos-event';
import { isUnresolved } from '../validation';
import { LiteralFilter } from './matching';
import { escapeTemplate, expressionString } from './template-escape';

/** Escape a JSON text the way Go's encoding/json does (HTML-safe). */
function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Renders `{"event":"<event>","filter":{"Prefix":"<prefix>","Suffix":"<suffix>"}}`. Token strings inside
 * prefix or suffix are carried through as they are (cdktf resolves them inside the string).
 */
export function renderTriggerDesc(event: CosEvent, filter: LiteralFilter): string {
  // Keys are inserted in sorted order: event < filter, Prefix < Suffix.
  return goEscape(JSON.stringify({ event, filter: { Prefix: filter.prefix, Suffix: filter.suffix } }));
}

/**
 * The `trigger_desc` value to write into Terraform JSON: the canonical JSON text with Terraform's template
 * sequences escaped, or, when the prefix or suffix holds a token, a `jsonencode()` expression (Terraform's
 * jsonencode writes the same canonical form).
 */
export function triggerDescValue(event: CosEvent, prefix: string, suffix: string): string {
  if (!isUnresolved(prefix) && !isUnresolved(suffix)) return escapeTemplate(renderTriggerDesc(event, { prefix, suffix }));
  return Fn.jsonencode({ event, filter: { Prefix: expressionString(prefix), Suffix: expressionString(suffix) } });
}

/** A parsed COS `trigger_desc`. */
export interface ParsedTriggerDesc {
  readonly event: CosEvent;
  readonly filter: LiteralFilter;
}

/**
 * Parses a COS `trigger_desc` as the SCF API reads it. Returns an error message instead when it is not one.
 */
export function parseTriggerDesc(desc: string): ParsedTriggerDesc | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(desc);
  } catch (e) {
    return `trigger_desc is not JSON: ${(e as Error).message}`;
  }
  if (typeof parsed !== 'object' || parsed === null) return 'trigger_desc is not a JSON object';
  const { event, filter } = parsed as { event?: unknown; filter?: { Prefix?: unknown; Suffix?: unknown } };
  if (!isCosEvent(event)) return `trigger_desc has no valid "event": ${JSON.stringify(event)}`;
  const prefix = filter?.Prefix ?? '';
  const suffix = filter?.Suffix ?? '';
  if (typeof prefix !== 'string' || typeof suffix !== 'string') {
    return 'trigger_desc "filter.Prefix" and "filter.Suffix" must be strings';
  }
  return { event, filter: { prefix, suffix } };
}
