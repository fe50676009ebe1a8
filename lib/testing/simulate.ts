// Routing simulation: which functions an operation on an object reaches, worked out from the synthesized
// Terraform JSON (what will really be deployed), with the same matching functions as EventRule.matches.
import { CosEvent, explainInvalidEvent } from '../cos-event';
import { SynthesizedInput, synthesizedJson } from './schema-check';
import { LiteralFilter, eventMatches, keyMatches } from '../private/matching';
import { templateLiteralValue } from '../private/template-escape';
import { parseTriggerDesc } from '../private/trigger-desc';
import { jsonText } from '../validation';

/** A COS trigger found in synthesized Terraform JSON, with its references resolved as far as the JSON allows. */
export interface CosTriggerDeclaration {
  /** Terraform address: `tencentcloud_scf_trigger.X`, or `tencentcloud_scf_function.X.triggers[0]` for an inline trigger. */
  readonly address: string;
  /**
   * Construct path of the trigger resource (from cdktf's metadata), or for an entry of a function's `triggers` block
   * the path of the rule it comes from; undefined when the JSON does not carry one.
   */
  readonly path?: string;
  /** The bucket name with its APPID; undefined when it is known only at apply time. */
  readonly bucket?: string;
  /** The bucket's region, when known. */
  readonly region?: string;
  /** The function's name: the literal name, or the Terraform expression when it is known only at apply time. */
  readonly functionName: string;
  /** Terraform address of the function when the trigger refers to one in the same stack. */
  readonly functionAddress?: string;
  /** Construct path of the function resource, when known. */
  readonly functionPath?: string;
  readonly namespace: string;
  readonly qualifier: string;
  /** The rule's event; undefined when `trigger_desc` is known only at apply time. */
  readonly event?: CosEvent;
  /** The rule's filter, `''` meaning "no condition"; undefined when known only at apply time. */
  readonly filter?: LiteralFilter;
  readonly enabled: boolean;
  /** Why the trigger cannot be simulated, when it cannot (its bucket or description is known only at apply time). */
  readonly unresolved?: string;
}

/** One function an operation would invoke, with the rule that matched. */
export interface SimulatedInvocation {
  /** The function's name (literal when the stack sets it, else the Terraform expression). */
  readonly functionName: string;
  readonly namespace: string;
  readonly qualifier: string;
  /** Terraform address of the function, when it is in the stack. */
  readonly functionAddress?: string;
  /** Construct path of the function resource, when known. */
  readonly functionPath?: string;
  /** Terraform address of the trigger that matched. */
  readonly triggerAddress: string;
  /** Construct path of the trigger that matched, when known. */
  readonly triggerPath?: string;
  /** The event the matching trigger listens to (may be the family wildcard). */
  readonly ruleEvent: CosEvent;
  /** The matching trigger's filter. */
  readonly filter: LiteralFilter;
  /** False only when `includeDisabled` asked for disabled triggers too. */
  readonly enabled: boolean;
  /** The bucket name with its APPID. */
  readonly bucket: string;
  /** The bucket's region, when the JSON tells it. */
  readonly region?: string;
}

/** An operation on an object. */
export interface SimulatedOperation {
  /** The bucket name with its APPID, e.g. `photos-1250000000`. */
  readonly bucket: string;
  /** The bare object key, e.g. `uploads/cat.jpg`. */
  readonly key: string;
  /** The event the operation produces, e.g. `cos:ObjectCreated:Put`. A wildcard asks for any event of its family. */
  readonly event: CosEvent | string;
}

/** Options of `simulate`. */
export interface SimulateOptions {
  /**
   * Also return triggers that are declared but disabled (`enable = "CLOSE"`), with `enabled: false`.
   * @default false
   */
  readonly includeDisabled?: boolean;
  /**
   * Skip triggers whose bucket or description is known only at apply time instead of failing.
   * @default false: such a trigger is an error, because the simulation could not say whether it matches
   */
  readonly ignoreUnresolved?: boolean;
}

type Json = { [key: string]: any };

/**
 * Every COS trigger of synthesized Terraform JSON (or of a stack, synthesized with validations on): the
 * standalone `tencentcloud_scf_trigger` resources and the COS entries of functions' inline `triggers` blocks.
 */
export function cosTriggersOf(synthesized: SynthesizedInput): CosTriggerDeclaration[] {
  const json = synthesizedJson(synthesized);
  const resources: Json = json.resource ?? {};
  const out: CosTriggerDeclaration[] = [];

  for (const [name, t] of Object.entries<Json>(resources.tencentcloud_scf_trigger ?? {})) {
    if (t.type !== 'cos') continue;
    const fn = resolveFunction(json, t.function_name);
    const bucket = bucketOfDomain(json, t.trigger_name);
    out.push(declaration({
      address: `tencentcloud_scf_trigger.${name}`,
      path: pathOf(t),
      bucket,
      functionName: fn.name,
      functionAddress: fn.address,
      functionPath: fn.path,
      namespace: resolveAttribute(json, t.namespace) ?? 'default',
      // A rule on an alias names it by reference (`${tencentcloud_scf_function_alias.X.name}`): resolved when literal there.
      qualifier: resolveAttribute(json, t.qualifier) ?? t.qualifier ?? '$LATEST',
      enabled: t.enable !== 'CLOSE',
      desc: t.trigger_desc,
    }));
  }

  for (const [name, f] of Object.entries<Json>(resources.tencentcloud_scf_function ?? {})) {
    const inline: Json[] = Array.isArray(f.triggers) ? f.triggers : f.triggers ? [f.triggers] : [];
    inline.forEach((t, i) => {
      if (t.type !== 'cos') return;
      const bucket = bucketOfId(json, t.name, t.cos_region);
      out.push(declaration({
        address: `tencentcloud_scf_function.${name}.triggers[${i}]`,
        path: typeof t['//']?.rule === 'string' ? t['//'].rule : pathOf(f),
        bucket,
        functionName: text(f.name) ?? `\${tencentcloud_scf_function.${name}.name}`,
        functionAddress: `tencentcloud_scf_function.${name}`,
        functionPath: pathOf(f),
        namespace: text(f.namespace) ?? 'default',
        qualifier: '$LATEST',
        enabled: true,
        desc: t.trigger_desc,
      }));
    });
  }
  return out;
}

interface DeclarationInput {
  readonly address: string;
  readonly path?: string;
  readonly bucket: { bucket?: string; region?: string };
  readonly functionName: string;
  readonly functionAddress?: string;
  readonly functionPath?: string;
  readonly namespace: string;
  readonly qualifier: string;
  readonly enabled: boolean;
  readonly desc: unknown;
}

function declaration(d: DeclarationInput): CosTriggerDeclaration {
  const problems: string[] = [];
  let event: CosEvent | undefined;
  let filter: LiteralFilter | undefined;
  const desc = text(d.desc);
  if (desc === undefined) {
    problems.push(`its trigger_desc ${JSON.stringify(d.desc)} is known only at apply time`);
  } else {
    const parsed = parseTriggerDesc(desc);
    if (typeof parsed === 'string') problems.push(parsed);
    else ({ event, filter } = parsed);
  }
  if (!d.bucket.bucket) problems.push('its bucket is known only at apply time');
  return {
    address: d.address,
    path: d.path,
    bucket: d.bucket.bucket,
    region: d.bucket.region,
    functionName: d.functionName,
    functionAddress: d.functionAddress,
    functionPath: d.functionPath,
    namespace: d.namespace,
    qualifier: d.qualifier,
    event,
    filter,
    enabled: d.enabled,
    unresolved: problems.length ? problems.join('; ') : undefined,
  };
}

/**
 * The functions COS would invoke for one operation on one object, each with the trigger that matched, in the
 * order the triggers appear in the JSON. Works from synthesized Terraform JSON, so it checks what will be
 * deployed; a stack is synthesized first (validations on). Matching is COS's: a wildcard rule covers its
 * family, prefix and suffix are literal and case-sensitive, and both must match.
 *
 * @throws when the event type is not one of the 12, or a trigger cannot be resolved (see `ignoreUnresolved`)
 */
export function simulate(synthesized: SynthesizedInput, operation: SimulatedOperation,
  options: SimulateOptions = {}): SimulatedInvocation[] {
  if (typeof operation !== 'object' || operation === null) {
    throw new Error(`simulate: operation must be an object like { bucket, key, event }, got ${jsonText(operation)}`);
  }
  if (typeof options !== 'object' || options === null) throw new Error(`simulate: options must be an object, got ${jsonText(options)}`);
  const invalid = explainInvalidEvent(operation.event);
  if (invalid) throw new Error(`simulate: ${invalid}`);
  if (typeof operation.key !== 'string') throw new Error(`simulate: key must be a string, got ${jsonText(operation.key)}`);
  if (typeof operation.bucket !== 'string' || operation.bucket === '') {
    throw new Error(`simulate: bucket must be a bucket name with its APPID (e.g. photos-1250000000), got ${jsonText(operation.bucket)}`);
  }
  const event = operation.event as CosEvent;
  const out: SimulatedInvocation[] = [];
  for (const t of cosTriggersOf(synthesized)) {
    // A trigger on another known bucket is irrelevant, even when the rest of it is known only at apply time.
    if (t.bucket !== undefined && t.bucket !== operation.bucket) continue;
    if (t.unresolved || !t.event || !t.filter || !t.bucket) {
      if (options.ignoreUnresolved) continue;
      throw new Error(`simulate: cannot tell whether ${t.path ?? t.address} matches: ${t.unresolved}. ` +
        'Pass { ignoreUnresolved: true } to skip such triggers.');
    }
    if (!t.enabled && !options.includeDisabled) continue;
    if (!eventMatches(t.event, event) || !keyMatches(t.filter, operation.key)) continue;
    out.push({
      functionName: t.functionName,
      namespace: t.namespace,
      qualifier: t.qualifier,
      functionAddress: t.functionAddress,
      functionPath: t.functionPath,
      triggerAddress: t.address,
      triggerPath: t.path,
      ruleEvent: t.event,
      filter: t.filter,
      enabled: t.enabled,
      bucket: t.bucket,
      region: t.region,
    });
  }
  return out;
}

// --- resolving references within the JSON ---

const REFERENCE = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/;

/** The text of a JSON string that is a plain Terraform template (no interpolation or directive), unescaped. */
function text(v: unknown): string | undefined {
  return templateLiteralValue(v);
}

function pathOf(resource: Json): string | undefined {
  return resource?.['//']?.metadata?.path;
}

/** The value of a `${type.name.attribute}` reference when that attribute is set literally in the JSON. */
function resolveAttribute(json: Json, value: unknown): string | undefined {
  const literal = text(value);
  if (literal !== undefined) return literal;
  if (typeof value !== 'string') return undefined;
  const m = REFERENCE.exec(value);
  if (!m) return undefined;
  const target = json.resource?.[m[1]]?.[m[2]];
  const resolved = target?.[m[3]];
  return text(resolved);
}

function resolveFunction(json: Json, value: unknown): { name: string; address?: string; path?: string } {
  const raw = typeof value === 'string' ? value : String(value);
  const m = REFERENCE.exec(raw);
  if (m && m[1] === 'tencentcloud_scf_function') {
    const fn = json.resource?.tencentcloud_scf_function?.[m[2]];
    const literal = m[3] === 'name' || m[3] === 'id' ? fn?.name : undefined;
    return { name: text(literal) ?? raw, address: `tencentcloud_scf_function.${m[2]}`, path: pathOf(fn) };
  }
  if (text(raw) !== undefined) {
    // A literal name: link it to the function of that name in the stack, if any.
    const found = Object.entries<Json>(json.resource?.tencentcloud_scf_function ?? {}).find(([, f]) => f.name === raw);
    if (found) return { name: raw, address: `tencentcloud_scf_function.${found[0]}`, path: pathOf(found[1]) };
  }
  return { name: raw };
}

const DOMAIN = /^([a-z0-9-]+-\d{10})\.cos\.([a-z0-9-]+)\.myqcloud\.com$/;

/** The bucket of a trigger's `trigger_name` (a COS domain, or a reference to a bucket's `cos_bucket_url`). */
function bucketOfDomain(json: Json, value: unknown): { bucket?: string; region?: string } {
  const domain = text(value);
  if (domain !== undefined) {
    const m = DOMAIN.exec(domain);
    return m ? { bucket: m[1], region: m[2] } : {};
  }
  return bucketOfReference(json, value) ?? {};
}

/** The bucket of an inline trigger's `name` (a bucket id, or a reference to a bucket's `bucket` or `id`). */
function bucketOfId(json: Json, value: unknown, region: unknown): { bucket?: string; region?: string } {
  const id = text(value);
  if (id !== undefined) {
    const m = DOMAIN.exec(id);
    if (m) return { bucket: m[1], region: m[2] };
    return { bucket: id, region: text(region) };
  }
  return bucketOfReference(json, value) ?? {};
}

function bucketOfReference(json: Json, value: unknown): { bucket?: string; region?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = REFERENCE.exec(value);
  if (!m || m[1] !== 'tencentcloud_cos_bucket') return undefined;
  const b = json.resource?.tencentcloud_cos_bucket?.[m[2]];
  if (!b || text(b.bucket) === undefined) return undefined;
  return { bucket: text(b.bucket), region: providerRegion(json, b.provider) };
}

/** The region of the provider configuration a resource uses (`tencentcloud.<alias>`, or the default one). */
function providerRegion(json: Json, provider: unknown): string | undefined {
  const configs: Json[] = json.provider?.tencentcloud ?? [];
  const alias = typeof provider === 'string' ? provider.replace(/^\$\{|\}$/g, '').split('.')[1] : undefined;
  const config = configs.find((c) => (alias ? c.alias === alias : c.alias === undefined));
  return text(config?.region);
}
