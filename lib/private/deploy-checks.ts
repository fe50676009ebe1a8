// Checks for values the provider or the cloud APIs would reject at apply time, never send back, or silently
// normalize: each becomes a synth-time error (or, where COS's documented semantics only make a rule useless, a
// warning) naming the value, the rule and the fix. What each check is based on is written next to it.
import { Annotations, TerraformElement, TerraformProvider, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { CosEvent } from '../cos-event';
import { HANDLER_RULES, Runtime, RuntimeFamily } from '../runtime';
import { describeType, describeValue, isUnresolved, quote } from '../validation';
import { checkProviderStack, describeProvider, effectiveProvider, providerValueInCheck } from './provider';

// --- qualifier -------------------------------------------------------------------------------------------------

/**
 * The SCF API's Qualifier: '$LATEST', the default alias '$DEFAULT', a published version number, or an alias
 * name (CreateAlias.Name: letters, digits, '_' and '-', starting with a letter, 1 to 64 characters).
 */
const ALIAS_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const VERSION_NUMBER = /^[1-9][0-9]*$/;
const SPECIAL_QUALIFIERS = ['$LATEST', '$DEFAULT'];

/** Every rule a trigger qualifier breaks. Tokens are not checked. */
export function checkQualifier(value: unknown): string[] {
  if (value === undefined || isUnresolved(value) || typeof value !== 'string') return [];
  if (value === '') {
    return ["'qualifier' is empty: the provider then sends no qualifier, SCF uses '$LATEST' and reports it back, so every plan " +
      "would show a change that a COS trigger cannot apply in place. Leave 'qualifier' out for the default, or give '$LATEST', " +
      "'$DEFAULT', a version number such as '1', or an alias name."];
  }
  if (SPECIAL_QUALIFIERS.includes(value) || VERSION_NUMBER.test(value) || (ALIAS_NAME.test(value))) return [];
  const special = SPECIAL_QUALIFIERS.find((q) => q.toLowerCase() === value.toLowerCase());
  const hint = special ? ` Did you mean '${special}'?` : '';
  return [`'qualifier' ${quote(value)} is not a function version or alias.${hint} SCF accepts '$LATEST', '$DEFAULT', ` +
    "a published version number such as '1', or an alias name (1 to 64 letters, digits, '_' and '-', starting with a letter)."];
}

// --- handler and runtime ---------------------------------------------------------------------------------------

/** The provider's handler rule (tencentcloud_scf_function.handler): its characters. */
const HANDLER_CHARACTER = /^[\p{L}\p{N}_:.-]$/u;
const PROVIDER_HANDLER_RULE = "the provider accepts 2 to 60 characters: letters, digits, '-', '_', ':' and '.', starting with a letter " +
  "and not ending with '-' or '_'";

/** Every rule a handler breaks: first the provider's own check, then the runtime family's form. */
export function checkHandler(handler: unknown, runtime: Runtime): string[] {
  if (isUnresolved(handler)) return [];
  const rule = HANDLER_RULES[runtime.family];
  if (typeof handler !== 'string') return [`'handler' must be a string like ${quote(rule.example)}, got ${describeType(handler)} ${quote(handler)}.`];
  const chars = [...handler];
  const why: string[] = [];
  if (chars.length < 2 || chars.length > 60) why.push(`is ${chars.length} characters`);
  const bad = [...new Set(chars.filter((c) => !HANDLER_CHARACTER.test(c)))];
  if (bad.length > 0) why.push(`contains ${bad.map(quote).join(', ')}`);
  if (chars.length > 0 && !/^\p{L}$/u.test(chars[0])) why.push('does not start with a letter');
  if (/[-_]$/.test(handler)) why.push("ends with '-' or '_'");
  if (why.length > 0) {
    return [`handler ${quote(handler)} ${why.join(' and ')}: ${PROVIDER_HANDLER_RULE}. Runtime ${runtime.name} needs the form ${rule.format}, e.g. ${quote(rule.example)}.`];
  }
  if (rule.pattern.test(handler)) return [];
  return [`handler ${quote(handler)} does not fit runtime ${runtime.name}: use the form ${rule.format}, e.g. ${quote(rule.example)} (2 to 60 characters, starting with a letter).`];
}

/** The shape of runtime names per family, as the SCF API lists them (case-sensitive): 'Nodejs18.15', 'Php7', 'Go1'. */
const RUNTIME_NAMES: Record<RuntimeFamily, RegExp> = {
  [RuntimeFamily.NODEJS]: /^Nodejs[0-9]+(\.[0-9]+)*$/,
  [RuntimeFamily.PYTHON]: /^Python[0-9]+(\.[0-9]+)*$/,
  [RuntimeFamily.PHP]: /^Php[0-9]+(\.[0-9]+)*$/,
  [RuntimeFamily.GO]: /^Go[0-9]+$/,
  [RuntimeFamily.JAVA]: /^Java[0-9]+$/,
  [RuntimeFamily.CUSTOM]: /^CustomRuntime$/,
};

const RUNTIME_EXAMPLES: Record<RuntimeFamily, string> = {
  [RuntimeFamily.NODEJS]: 'Nodejs18.15',
  [RuntimeFamily.PYTHON]: 'Python3.10',
  [RuntimeFamily.PHP]: 'Php8.0',
  [RuntimeFamily.GO]: 'Go1',
  [RuntimeFamily.JAVA]: 'Java8',
  [RuntimeFamily.CUSTOM]: 'CustomRuntime',
};

/**
 * Every rule a runtime breaks: a known family, and a name of that family's shape. SCF's runtime names are
 * case-sensitive, and the provider reads back the API's spelling: 'nodejs18.15' would be refused or never match.
 */
export function checkRuntime(runtime: Runtime): string[] {
  const families = Object.values(RuntimeFamily) as string[];
  if (!families.includes(runtime.family as string)) {
    return [`runtime ${quote(runtime.name)} has the family ${quote(runtime.family)}, which is not a RuntimeFamily. Allowed: ${Object.keys(RuntimeFamily).map((f) => `RuntimeFamily.${f}`).join(', ')}.`];
  }
  if (isUnresolved(runtime.name)) return [];
  if (typeof runtime.name !== 'string' || !RUNTIME_NAMES[runtime.family].test(runtime.name)) {
    return [`runtime name ${quote(runtime.name)} is not an SCF runtime of family ${runtime.family}: SCF runtime names are case-sensitive, ` +
      `e.g. ${quote(RUNTIME_EXAMPLES[runtime.family])}.`];
  }
  return [];
}

// --- other function settings -----------------------------------------------------------------------------------

/** CAM role names (CreateRole.RoleName): 1 to 128 letters, digits and +=,.@_- . */
const ROLE_NAME = /^[A-Za-z0-9+=,.@_-]{1,128}$/;

/** The rule a role name breaks. */
export function checkRoleName(role: unknown): string[] {
  if (typeof role !== 'string' || isUnresolved(role) || ROLE_NAME.test(role)) return [];
  return [`'role' ${quote(role)} is not a CAM role name: give the role's name (1 to 128 letters, digits and '+=,.@_-'), not its ARN or a description.`];
}

/** The rules VPC and subnet ids break (`vpc-xxxxxxxx`, `subnet-xxxxxxxx`). */
export function checkVpcIds(vpcId: unknown, subnetId: unknown): string[] {
  const out: string[] = [];
  for (const [prop, value] of [['vpc.vpcId', vpcId], ['vpc.subnetId', subnetId]] as const) {
    if (value !== undefined && typeof value !== 'string' && !isUnresolved(value)) out.push(`'${prop}' must be a string, got ${describeValue(value)}.`);
  }
  if (typeof vpcId === 'string' && !isUnresolved(vpcId) && !/^vpc-[a-z0-9]+$/.test(vpcId)) {
    out.push(`'vpc.vpcId' ${quote(vpcId)} is not a VPC id: VPC ids look like 'vpc-abc12345'.`);
  }
  if (typeof subnetId === 'string' && !isUnresolved(subnetId) && !/^subnet-[a-z0-9]+$/.test(subnetId)) {
    out.push(`'vpc.subnetId' ${quote(subnetId)} is not a subnet id: subnet ids look like 'subnet-abc12345'.`);
  }
  return out;
}

/** Problems of a string map's keys: an empty key is refused by SCF (environment) and tag services alike. */
export function checkMapKeys(prop: string, map: unknown): string[] {
  if (typeof map !== 'object' || map === null || isUnresolved(map)) return [];
  return Object.keys(map).filter((k) => k === '').map(() => `'${prop}' has an empty key: SCF and the tag service refuse empty names.`);
}

/** Environment variables with empty values: the SCF API documents that values must not be empty. */
export function emptyEnvironmentValues(environment: unknown): string[] {
  if (typeof environment !== 'object' || environment === null || isUnresolved(environment)) return [];
  return Object.entries(environment).filter(([, v]) => v === '').map(([k]) => k);
}

// --- text ------------------------------------------------------------------------------------------------------

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The problem of a text that is not well-formed Unicode: a lone UTF-16 surrogate cannot be written as UTF-8, so
 * Terraform would read U+FFFD instead (a silent change of the value, or a filter that matches nothing).
 */
export function checkWellFormed(prop: string, value: unknown): string[] {
  if (typeof value !== 'string' || !LONE_SURROGATE.test(value)) return [];
  const c = LONE_SURROGATE.exec(value)![0];
  return [`'${prop}' contains a lone UTF-16 surrogate (U+${c.charCodeAt(0).toString(16).toUpperCase()}), which is not a character: Terraform would write U+FFFD instead. Remove it, or use the full character.`];
}

/** `checkWellFormed` for every value (and key) of a map of strings. */
export function checkWellFormedMap(prop: string, map: unknown): string[] {
  if (typeof map !== 'object' || map === null || isUnresolved(map)) return [];
  return Object.entries(map).flatMap(([k, v]) => [...checkWellFormed(`${prop} key`, k), ...checkWellFormed(`${prop}.${k}`, v)]);
}

// --- what a bucket's own resource says (owned buckets only) ------------------------------------------------------

interface OwnedBucket {
  readonly resource: TerraformResource;
  readonly provider?: TerraformProvider;
}

const ownedBuckets = new WeakMap<IConstruct, OwnedBucket>();

/** Records the resource and provider of a bucket this stack creates (imported buckets have none). */
export function registerOwnedBucket(bucket: IConstruct, resource: TerraformResource, provider?: TerraformProvider): void {
  ownedBuckets.set(bucket, { resource, provider });
}

/** The attributes of a resource as Terraform receives them (overrides included). */
function synthesizedAttributes(element: TerraformElement): { [key: string]: unknown } {
  const tf = element.toTerraform() as { [kind: string]: { [type: string]: { [id: string]: unknown } } };
  for (const byType of Object.values(tf)) {
    for (const byId of Object.values(byType ?? {})) {
      for (const block of Object.values(byId ?? {})) {
        if (typeof block === 'object' && block !== null) return block as { [key: string]: unknown };
      }
    }
  }
  return {};
}

/** Every string found anywhere in a JSON value; undefined when a part is a token (not known at synth time). */
function stringsIn(value: unknown): string[] | undefined {
  if (isUnresolved(value)) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    const parts = value.map(stringsIn);
    return parts.some((p) => p === undefined) ? undefined : parts.flat() as string[];
  }
  if (typeof value === 'object' && value !== null) return stringsIn(Object.values(value));
  return [];
}

const ARCHIVE_CLASSES = ['ARCHIVE', 'DEEP_ARCHIVE'];

/**
 * Warnings for events that COS's documented semantics make useless on this bucket: a delete-marker event on a
 * bucket without versioning, a plain delete event on a versioned bucket, restore events on a bucket whose
 * objects never reach an archive storage class through its configuration.
 */
export function bucketEventWarnings(bucket: IConstruct, events: readonly CosEvent[]): string[] {
  const owned = ownedBuckets.get(bucket);
  if (!owned) return [];
  const deleteMarker = events.includes(CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED);
  const deleteVersion = events.includes(CosEvent.OBJECT_REMOVE_DELETE);
  const restores = events.filter((e) => e === CosEvent.OBJECT_RESTORE_POST || e === CosEvent.OBJECT_RESTORE_COMPLETED);
  // Other events do not depend on the bucket's configuration: its attributes are not synthesized for them.
  if (!deleteMarker && !deleteVersion && restores.length === 0) return [];
  const attrs = synthesizedAttributes(owned.resource);
  const path = `[${bucket.node.path}]`;
  const out: string[] = [];
  const versioning = attrs.versioning_enable;
  if (deleteMarker && (versioning === undefined || versioning === false)) {
    out.push(`event 'cos:ObjectRemove:DeleteMarkerCreated' fires only on a bucket with versioning enabled (or suspended), and bucket ${path} ` +
      "has versioning off: a DELETE there removes the object and fires 'cos:ObjectRemove:Delete'. Set 'versioned: true' on the bucket, " +
      "or listen to 'cos:ObjectRemove:Delete' (or 'cos:ObjectRemove:*'). If the bucket's versioning was enabled before, it is suspended and the event still fires.");
  }
  if (deleteVersion && versioning === true) {
    out.push(`event 'cos:ObjectRemove:Delete' on the versioned bucket ${path} fires only when a specific object version is deleted: ` +
      "a DELETE without a version id creates a delete marker and fires 'cos:ObjectRemove:DeleteMarkerCreated' instead. " +
      "Listen to 'cos:ObjectRemove:*', or add 'cos:ObjectRemove:DeleteMarkerCreated'.");
  }
  if (restores.length > 0) {
    // A token anywhere in the lifecycle rules: their storage classes are not known here.
    const classes = stringsIn(attrs.lifecycle_rules ?? []);
    const tiering = attrs.intelligent_tiering_archiving_rule_list;
    const archiveTiers = tiering !== undefined && !(Array.isArray(tiering) && tiering.length === 0);
    const archived = classes === undefined || classes.some((c) => ARCHIVE_CLASSES.includes(c.toUpperCase())) || archiveTiers;
    if (!archived) {
      out.push(`${restores.map((e) => `'${e}'`).join(' and ')} fire only for objects in the ARCHIVE or DEEP_ARCHIVE storage class, and bucket ${path} ` +
        'has no lifecycle transition to those classes: its objects get there only when they are uploaded with that storage class. ' +
        "Add a transition to StorageClass.ARCHIVE (the bucket's lifecycleRules or addLifecycleRule()), or ignore this warning if your uploads set the storage class.");
    }
  }
  return out;
}

/**
 * The problem of a bucket deployed with a provider that sets `cos_domain`: the provider then builds the bucket's
 * `cos_bucket_url` from that URL (`<scheme>://<bucket>.<host>`), not the `<bucket>.cos.<region>.myqcloud.com`
 * name a COS trigger is created with. `checkedBy` is the construct whose validation asks (the provider block is read
 * once per validation run of its stack).
 */
export function cosDomainProblem(bucket: IConstruct, checkedBy: IConstruct): string | undefined {
  const owned = ownedBuckets.get(bucket);
  if (!owned) return undefined;
  const provider = effectiveProvider(bucket, owned.provider);
  if (!provider) return undefined;
  const domain = providerValueInCheck(checkedBy, provider, 'cos_domain');
  if (domain.kind === 'absent' || (domain.kind === 'literal' && domain.value === '')) return undefined;
  const what = domain.kind === 'literal' ? `sets cos_domain ${quote(domain.value)}` : 'sets cos_domain to a value known only at apply time';
  return `bucket [${bucket.node.path}] is deployed with the tencentcloud provider ${describeProvider(provider)}, which ${what}: the provider then ` +
    "reports the bucket's cos_bucket_url as '<scheme>://<bucket>.<that host>', not the name '<bucket>.cos.<region>.myqcloud.com' a COS trigger " +
    'needs, so the trigger would fail at apply or watch the wrong name. Give the bucket a tencentcloud provider without cos_domain ' +
    "(an alias for the same region), or attach the rule to Bucket.fromBucketAttributes(scope, id, { bucketName: '<bucket>-<APPID>', region: '<region>' }).";
}

/** Adds each warning to the construct once, however often validations run. */
export function warnOnce(scope: IConstruct, warnings: readonly string[]): void {
  for (const w of warnings) {
    const present = scope.node.metadata.some((m) => m.type === '@cdktf/warn' && m.data === w);
    if (!present) Annotations.of(scope).addWarning(w);
  }
}

// --- hooks for the constructs -------------------------------------------------------------------------------------

/** The settings of a function checked here (a subset of CloudFunctionProps). */
export interface FunctionSettings {
  readonly description?: unknown;
  readonly environment?: unknown;
  readonly tags?: unknown;
  readonly role?: unknown;
  readonly vpc?: { readonly vpcId?: unknown; readonly subnetId?: unknown };
}

/** Every problem of a function's settings found here; warnings go to `scope`. */
export function checkFunctionSettings(scope: IConstruct, p: FunctionSettings): string[] {
  const empty = emptyEnvironmentValues(p.environment);
  if (empty.length > 0) {
    warnOnce(scope, [`environment variable${empty.length > 1 ? 's' : ''} ${empty.map(quote).join(', ')} ${empty.length > 1 ? 'have' : 'has'} an empty value: ` +
      'the SCF API documents that values must not be empty, so the apply may fail or the variable be dropped (then every plan shows it again). Leave the variable out instead.']);
  }
  const vpc = typeof p.vpc === 'object' && p.vpc !== null ? p.vpc : {};
  return [
    ...checkWellFormed('description', p.description),
    ...checkMapKeys('environment', p.environment), ...checkWellFormedMap('environment', p.environment),
    ...checkMapKeys('tags', p.tags), ...checkWellFormedMap('tags', p.tags),
    ...checkRoleName(p.role),
    ...checkVpcIds(vpc.vpcId, vpc.subnetId),
  ];
}

/** A function as a rule sees it. */
interface RuleTarget extends IConstruct {
  readonly provider?: TerraformProvider;
}

/**
 * The deploy-time problems of a rule that need the whole construct tree (call at synth time): the bucket's
 * provider `cos_domain`, and, for a rule rendered as a standalone trigger (a resource in the rule's stack), a
 * target whose provider lives in another stack. Event warnings go to the rule.
 */
export function checkRuleDeployment(rule: IConstruct, bucket: IConstruct, target: RuleTarget, events: readonly CosEvent[],
  standalone: boolean): string[] {
  warnOnce(rule, bucketEventWarnings(bucket, events));
  const out: string[] = [];
  const domain = cosDomainProblem(bucket, rule);
  if (domain) out.push(domain);
  // Entries of the function's own triggers block live in the function's stack, with its provider.
  // (The message is built only for a function with an explicit provider: checkProviderStack has nothing to say otherwise.)
  const crossStack = standalone && target.provider !== undefined && checkProviderStack(rule, target.provider, `function [${target.node.path}]`,
    'Declare a tencentcloud provider (same alias and region) in this rule\'s stack and reference the function there with ' +
    'CloudFunction.fromFunctionAttributes(scope, id, { functionName, provider }), or create the rule in the function\'s stack.');
  if (crossStack) out.push(crossStack);
  return out;
}
