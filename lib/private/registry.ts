// Where triggers are counted and compared: per bucket and per function, never across the whole app, so the
// collision check grows linearly with the number of buckets.
import { IConstruct } from 'constructs';
import { CosEvent } from '../cos-event';
import { LiteralFilter, describeFilter, eventsOverlap, filtersOverlap, sharedKeyExample } from './matching';

/** COS allows at most this many notification rules (triggers) on one bucket. */
export const MAX_TRIGGERS_PER_BUCKET = 10;
/** SCF allows at most this many COS triggers on one function. */
export const MAX_COS_TRIGGERS_PER_FUNCTION = 10;

/** One rendered trigger: one event of one EventRule. */
export interface RegisteredTrigger {
  /** The EventRule's construct path. */
  readonly rulePath: string;
  readonly event: CosEvent;
  /** Undefined when the filter holds a token (known only at apply time): it is then not compared. */
  readonly filter: LiteralFilter | undefined;
  /** Path of the function construct the trigger invokes. */
  readonly targetPath: string;
}

class Group {
  public readonly triggers: RegisteredTrigger[] = [];
  constructor(public readonly description: string) {}
}

const registries = new WeakMap<IConstruct, Map<string, Group>>();

function groupFor(owner: IConstruct, kind: 'bucket' | 'function', key: string, description: string,
  check: (g: Group) => string[]): Group {
  const root = owner.node.root;
  let map = registries.get(root);
  if (!map) {
    map = new Map();
    registries.set(root, map);
  }
  const fullKey = `${kind}:${key}`;
  let group = map.get(fullKey);
  if (!group) {
    const created = new Group(description);
    group = created;
    map.set(fullKey, created);
    // The first construct that stands for this bucket or function reports on all of them.
    owner.node.addValidation({ validate: () => check(created) });
  }
  return group;
}

/**
 * Registers the triggers of a rule on a bucket. `bucketKey` identifies the real bucket (its literal name when
 * known, otherwise the construct path), so two imports of one bucket are checked together.
 */
export function registerBucketTriggers(bucket: IConstruct, bucketKey: string, bucketDescription: string,
  triggers: RegisteredTrigger[]): void {
  groupFor(bucket, 'bucket', bucketKey, bucketDescription, checkBucket).triggers.push(...triggers);
}

/** Registers the triggers of a rule on the function they invoke. */
export function registerFunctionTriggers(fn: IConstruct, functionKey: string, functionDescription: string,
  triggers: RegisteredTrigger[]): void {
  groupFor(fn, 'function', functionKey, functionDescription, checkFunction).triggers.push(...triggers);
}

function checkBucket(group: Group): string[] {
  const problems: string[] = [];
  const t = group.triggers;
  if (t.length > MAX_TRIGGERS_PER_BUCKET) {
    problems.push(
      `bucket ${group.description} has ${t.length} COS triggers; COS allows at most ${MAX_TRIGGERS_PER_BUCKET} notification rules per bucket. ` +
        `Merge rules (a wildcard event or a shorter prefix) or spread the objects over more buckets. Rules: ${unique(t.map((x) => x.rulePath)).join(', ')}.`,
    );
  }
  for (let i = 0; i < t.length; i++) {
    const a = t[i];
    if (!a.filter) continue;
    for (let j = i + 1; j < t.length; j++) {
      const b = t[j];
      if (!b.filter || !eventsOverlap(a.event, b.event) || !filtersOverlap(a.filter, b.filter)) continue;
      const same = a.rulePath === b.rulePath;
      problems.push(
        `${same ? `rule [${a.rulePath}] overlaps itself` : `rules [${a.rulePath}] and [${b.rulePath}] overlap`} on bucket ${group.description}: ` +
          `'${a.event}' ${describeFilter(a.filter)} and '${b.event}' ${describeFilter(b.filter)} both match ${sharedKeyExample(a.filter, b.filter)}. ` +
          'COS binds one event and key to one rule only (the API refuses the second with ResourceInUse.Cos). ' +
          'Make the events disjoint (e.g. Put vs Delete) or the filters disjoint (e.g. prefixes \'img/\' and \'doc/\').',
      );
    }
  }
  return problems;
}

function checkFunction(group: Group): string[] {
  const t = group.triggers;
  if (t.length <= MAX_COS_TRIGGERS_PER_FUNCTION) return [];
  return [
    `function ${group.description} has ${t.length} COS triggers; SCF allows at most ${MAX_COS_TRIGGERS_PER_FUNCTION} COS triggers per function. ` +
      `Use wildcard events or fewer rules, or split the work over several functions. Rules: ${unique(t.map((x) => x.rulePath)).join(', ')}.`,
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
