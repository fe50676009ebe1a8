// The deployed state of an emulated cloud, in the shape the routing simulation predicts from synthesized JSON,
// so that a test can compare "what is live" with "what the stack declares" field by field.
import { parseTriggerDesc } from '../../private/trigger-desc';
import { SynthesizedInput, synthesizedJson } from '../schema-check';
import { SimulatedInvocation, cosTriggersOf } from '../simulate';

/** A COS trigger, as declared (from synthesized JSON) or as live (from the cloud), with comparable fields. */
export interface ComparableCosTrigger {
  /** The bucket name with its APPID, e.g. `photos-1250000000`. */
  readonly bucket: string;
  /** The function's name. */
  readonly functionName: string;
  /** The function's namespace. */
  readonly namespace: string;
  /** The version or alias the trigger invokes, e.g. `$DEFAULT`. */
  readonly qualifier: string;
  /** The trigger's event, e.g. `cos:ObjectCreated:*`. */
  readonly event: string;
  /** The key prefix, `''` for none. */
  readonly prefix: string;
  /** The key suffix, `''` for none. */
  readonly suffix: string;
  /** False for a disabled trigger (`enable = "CLOSE"`). */
  readonly enabled: boolean;
}

/** One invocation, reduced to what the routing simulation predicts: which function, through which rule. */
export interface ComparableRoute {
  /** The invoked function's name. */
  readonly functionName: string;
  /** Its namespace. */
  readonly namespace: string;
  /** The version or alias invoked. */
  readonly qualifier: string;
  /** The bucket the event came from, with its APPID. */
  readonly bucket: string;
  /** The event of the rule that matched (may be a wildcard). */
  readonly ruleEvent: string;
  /** The matching rule's prefix. */
  readonly prefix: string;
  /** The matching rule's suffix. */
  readonly suffix: string;
}

/** A trigger as the emulator (SCF's ListTriggers) reports it. */
export interface LiveTriggerRecord {
  /** The function's name. */
  readonly functionName: string;
  /** The function's namespace. */
  readonly namespace: string;
  /** The qualifier as SCF reports it. */
  readonly qualifier: string;
  /** The trigger type, `cos` for COS triggers. */
  readonly type: string;
  /** For COS: the bucket's domain, `<bucket>.cos.<region>.myqcloud.com`. */
  readonly triggerName: string;
  /** For COS: `{"event":...,"filter":{...}}` as stored. */
  readonly triggerDesc: string;
  /** `OPEN` or `CLOSE`. */
  readonly enable: string;
}

/** What the comparison helpers read from a cloud (the emulator satisfies it). */
export interface LiveCloudState {
  /** Every trigger of every function. */
  triggers(): readonly LiveTriggerRecord[];
}

const DOMAIN = /^(.+)\.cos\.([a-z0-9-]+)\.myqcloud\.com$/;

/** The live COS triggers of a cloud, comparable with `declaredCosTriggers`. Sorted. */
export function liveCosTriggers(cloud: LiveCloudState): ComparableCosTrigger[] {
  return sortTriggers(cloud.triggers().filter((t) => t.type === 'cos').map((t) => {
    const parsed = parseTriggerDesc(t.triggerDesc);
    const bucket = DOMAIN.exec(t.triggerName)?.[1] ?? t.triggerName;
    return {
      bucket,
      functionName: t.functionName,
      namespace: t.namespace,
      qualifier: t.qualifier,
      event: typeof parsed === 'string' ? `(unreadable trigger_desc ${JSON.stringify(t.triggerDesc)})` : parsed.event,
      prefix: typeof parsed === 'string' ? '' : parsed.filter.prefix,
      suffix: typeof parsed === 'string' ? '' : parsed.filter.suffix,
      enabled: t.enable !== 'CLOSE',
    };
  }));
}

/**
 * The COS triggers a stack (or synthesized JSON) declares, as `cosTriggersOf()` reads them, in the shape of
 * `liveCosTriggers`. Sorted.
 * @throws when a trigger's bucket, function name or description is known only at apply time
 */
export function declaredCosTriggers(synthesized: SynthesizedInput): ComparableCosTrigger[] {
  return sortTriggers(cosTriggersOf(synthesizedJson(synthesized)).map((t) => {
    if (t.unresolved || !t.bucket || !t.event || !t.filter || t.functionName.includes('${')) {
      throw new Error(`declaredCosTriggers: ${t.path ?? t.address} cannot be compared with a live trigger: ` +
        `${t.unresolved ?? `its function name ${t.functionName} is known only at apply time`}`);
    }
    return {
      bucket: t.bucket,
      functionName: t.functionName,
      namespace: t.namespace,
      qualifier: t.qualifier,
      event: t.event,
      prefix: t.filter.prefix,
      suffix: t.filter.suffix,
      enabled: t.enabled,
    };
  }));
}

/** One line per trigger, e.g. `photos-1250000000 cos:ObjectCreated:* 'uploads/'…'.jpg' -> Thumbnailer-2b5acfcc:$DEFAULT (default) OPEN`. */
export function describeCosTrigger(t: ComparableCosTrigger): string {
  return `${t.bucket} ${t.event} ${JSON.stringify(t.prefix)}…${JSON.stringify(t.suffix)} -> ` +
    `${t.namespace}/${t.functionName}:${t.qualifier} ${t.enabled ? 'OPEN' : 'CLOSE'}`;
}

function sortTriggers(list: ComparableCosTrigger[]): ComparableCosTrigger[] {
  return list.map((t) => [describeCosTrigger(t), t] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
}

/** The difference of two multisets of lines. */
function multisetDiff(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    else onlyA.push(x);
  }
  return { onlyA, onlyB: rest };
}

/** Differences between declared and live triggers: what is declared but not live, and live but not declared. */
export interface TriggerDifference {
  /** Declared triggers that are not live (described one per line). */
  readonly missing: readonly string[];
  /** Live triggers that are not declared (described one per line). */
  readonly unexpected: readonly string[];
}

/** Compares declared and live triggers as multisets (two identical live triggers are not one). */
export function compareCosTriggers(declared: readonly ComparableCosTrigger[], live: readonly ComparableCosTrigger[]): TriggerDifference {
  const { onlyA, onlyB } = multisetDiff(declared.map(describeCosTrigger), live.map(describeCosTrigger));
  return { missing: onlyA, unexpected: onlyB };
}

/**
 * Throws unless the cloud's live COS triggers are exactly those the stack declares (bucket, function,
 * namespace, qualifier, event, prefix, suffix, enabled), naming every difference.
 */
export function assertLiveCosTriggers(cloud: LiveCloudState, synthesized: SynthesizedInput): void {
  const declared = declaredCosTriggers(synthesized);
  const live = liveCosTriggers(cloud);
  const diff = compareCosTriggers(declared, live);
  if (!diff.missing.length && !diff.unexpected.length) return;
  const lines = ['the live COS triggers differ from the declared ones:'];
  for (const m of diff.missing) lines.push(`  declared, not live: ${m}`);
  for (const u of diff.unexpected) lines.push(`  live, not declared: ${u}`);
  lines.push('declared:', ...declared.map((t) => `  ${describeCosTrigger(t)}`));
  lines.push('live:', ...live.map((t) => `  ${describeCosTrigger(t)}`));
  throw new Error(lines.join('\n'));
}

/** The route of a simulated invocation (`simulate()`), comparable with `liveRoute`. */
export function simulatedRoute(s: SimulatedInvocation): ComparableRoute {
  return {
    functionName: s.functionName,
    namespace: s.namespace,
    qualifier: s.qualifier,
    bucket: s.bucket,
    ruleEvent: s.ruleEvent,
    prefix: s.filter.prefix,
    suffix: s.filter.suffix,
  };
}

/** The route of a real invocation: the function it ran and the live trigger that matched. */
export function liveRoute(invocation: { readonly trigger: LiveTriggerRecord }): ComparableRoute {
  const [t] = liveCosTriggers({ triggers: () => [invocation.trigger] });
  return {
    functionName: t.functionName,
    namespace: t.namespace,
    qualifier: t.qualifier,
    bucket: t.bucket,
    ruleEvent: t.event,
    prefix: t.prefix,
    suffix: t.suffix,
  };
}

/** What `assertLiveState` reads from a cloud (the emulator satisfies it). */
export interface LiveCloud extends LiveCloudState {
  /** Every bucket; `seeded` ones existed before Terraform ran and are not compared. */
  buckets(): readonly { readonly name: string; readonly seeded?: boolean }[];
  /** Every function. */
  functions(): readonly { readonly name: string; readonly namespace: string }[];
}

/** The buckets and functions a configuration manages: bucket names, and functions as `namespace/name`. Sorted. */
export function declaredResources(synthesized: SynthesizedInput): { buckets: string[]; functions: string[] } {
  const resources = synthesizedJson(synthesized).resource ?? {};
  const buckets = Object.values<any>(resources.tencentcloud_cos_bucket ?? {}).map((b) => String(b.bucket));
  const functions = Object.values<any>(resources.tencentcloud_scf_function ?? {})
    .map((f) => `${f.namespace ?? 'default'}/${String(f.name)}`);
  return { buckets: buckets.sort(), functions: functions.sort() };
}

/** The buckets (seeded ones left out) and functions of a cloud, in the shape of `declaredResources`. */
export function liveResources(cloud: LiveCloud): { buckets: string[]; functions: string[] } {
  return {
    buckets: cloud.buckets().filter((b) => !b.seeded).map((b) => b.name).sort(),
    functions: cloud.functions().map((f) => `${f.namespace}/${f.name}`).sort(),
  };
}

/**
 * Throws unless the cloud holds exactly the buckets (besides seeded ones), functions and COS triggers that the
 * configuration declares, naming every difference.
 */
export function assertLiveState(cloud: LiveCloud, synthesized: SynthesizedInput): void {
  const json = synthesizedJson(synthesized);
  const declared = declaredResources(json);
  const live = liveResources(cloud);
  const problems: string[] = [];
  for (const kind of ['buckets', 'functions'] as const) {
    const { onlyA, onlyB } = multisetDiff(declared[kind], live[kind]);
    for (const m of onlyA) problems.push(`  ${kind}: declared, not live: ${m}`);
    for (const u of onlyB) problems.push(`  ${kind}: live, not declared: ${u}`);
  }
  try {
    assertLiveCosTriggers(cloud, json);
  } catch (e) {
    if (!problems.length) throw e;
    throw new Error(`the live buckets or functions differ from the declared ones:\n${problems.join('\n')}\n${(e as Error).message}`);
  }
  if (problems.length) throw new Error(`the live buckets or functions differ from the declared ones:\n${problems.join('\n')}`);
}
