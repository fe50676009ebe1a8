// How the COS triggers of an app are rendered. The triggers of one function on one bucket form a group:
// - one trigger (one rule with one event): a standalone `tencentcloud_scf_trigger` under its rule (child
//   `Trigger`), with a `terraform_data` copy of its configuration (child `TriggerConfig`) in
//   `replace_triggered_by`, so that every change deletes the trigger and then creates it again (the SCF API
//   cannot update a COS trigger). Its address is the rule's path, whatever other rules exist.
// - two or more: entries of the function's own `triggers` block. The standalone resource reads a trigger back
//   by function and bucket only, so two of them would be read as one; the block deletes each trigger by its own
//   description and rewrites the whole set on a change (deletes first). It creates triggers enabled, on
//   '$LATEST' and without a description, and only a function created by the stack has one.
// Per stack and bucket, a `terraform_data` ordering anchor (`CosTriggerOrder-<bucket>`) that lists the
// bucket's standalone triggers makes Terraform delete the triggers that go away before it creates new ones.
import { Annotations, Fn, TerraformStack } from 'cdktf';
import type * as scfTrigger from 'cdktf-tencentcloud-cos-events-provider/lib/scf-trigger';
import { Construct, IConstruct } from 'constructs';
import * as bindings from './bindings';
import { CosEvent } from '../cos-event';
import { ICloudFunction } from '../function-ref';
import { isUnresolved, quote } from '../validation';
import { RuleBucket, bucketIdentity, ownedFunctionResource } from './identity';
import { logicalIdsAt, uniqueName } from './names';
import { synthAny, synthList } from './synth-value';
import { escapeTemplate } from './template-escape';
import { TerraformData } from './terraform-data';
import { triggerDescValue } from './trigger-desc';
import {
  DEFAULT_QUALIFIER, describeTriggers, descriptionWarning, disabledProblem, importedFunctionProblem, moveWarning, qualifierProblem,
} from './trigger-messages';

/** Child ids of a rule's standalone trigger and of its configuration anchor. */
const TRIGGER_ID = 'Trigger';
const CONFIG_ID = 'TriggerConfig';

/** What a rule asks to render. */
export interface RuleSpec {
  readonly rule: Construct;
  readonly bucket: RuleBucket;
  readonly target: ICloudFunction;
  /** Valid, distinct, non-overlapping events. */
  readonly events: CosEvent[];
  readonly prefix: string;
  readonly suffix: string;
  readonly enabled: boolean;
  readonly qualifier?: string;
  /** How messages name the qualifier's source when the target is a version or alias, e.g. `alias [app/Fn/Alias-live]`. */
  readonly qualifierLabel?: string;
  readonly description?: string;
}

interface Member {
  readonly spec: RuleSpec;
  readonly event: CosEvent;
}

interface Standalone {
  readonly member: Member;
  readonly trigger: scfTrigger.ScfTrigger;
  readonly config: TerraformData;
  /** The stack of the trigger (its rule's). */
  readonly stack: TerraformStack;
}

type Form = 'standalone' | 'inline' | 'invalid';

/** The triggers of one function on one bucket. */
class Group {
  public readonly members: Member[] = [];
  /** The function construct this stack creates, when it creates the function (its resource has a triggers block). */
  public owner?: ICloudFunction;
  /** The stack of `owner`. */
  public ownerStack?: TerraformStack;
  public form: Form = 'standalone';
  public standalone?: Standalone;
  public readonly descriptionWarned = new Set<Construct>();
  public readonly moveWarned = new Set<Construct>();

  constructor(public readonly bucketKey: string, public readonly bucket: RuleBucket, public readonly target: ICloudFunction) {}
}

/** Where a rule was deployed before (`moveFrom`), with the logical ids its trigger and anchor had there. */
interface Move {
  readonly path: string;
  readonly triggerId: string;
  readonly configId: string;
}

interface AppState {
  readonly groups: Map<string, Group>;
  readonly ruleGroups: WeakMap<Construct, Group>;
  /** Indexes, so that adding a rule costs the same however many rules the app has. */
  readonly ownerGroups: Map<ICloudFunction, Set<Group>>;
  readonly bucketGroups: Map<string, Set<Group>>;
  /** Ordering anchors by bucket key, then by stack path (a bucket has one per stack that uses it). */
  readonly orderAnchors: Map<string, Map<string, TerraformData>>;
  /** The ordering anchors each function's triggers block depends on (as written into its `depends_on`). */
  readonly ownerDependencies: WeakMap<ICloudFunction, string[]>;
  readonly moves: WeakMap<Construct, Move>;
}

const states = new WeakMap<IConstruct, AppState>();

function stateOf(scope: IConstruct): AppState {
  const root = scope.node.root;
  let state = states.get(root);
  if (!state) {
    state = {
      groups: new Map(),
      ruleGroups: new WeakMap(),
      ownerGroups: new Map(),
      bucketGroups: new Map(),
      orderAnchors: new Map(),
      ownerDependencies: new WeakMap(),
      moves: new WeakMap(),
    };
    states.set(root, state);
  }
  return state;
}

function addToIndex<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  set.add(value);
}

/**
 * Identifies the real function: its literal namespace, name and provider, so that a function created by the
 * stack and imports of it form one group; the construct path when the name is a token.
 */
function functionKey(fn: ICloudFunction): string {
  const owned = ownedFunctionResource(fn);
  const name = owned ? owned.nameInput : fn.functionName;
  const namespace = fn.namespace;
  if (typeof name !== 'string' || isUnresolved(name) || typeof namespace !== 'string' || isUnresolved(namespace)) {
    return `path:${fn.node.path}`;
  }
  const provider = fn.provider ? `provider:${fn.provider.node.path}` : `stack:${TerraformStack.of(fn).node.path}`;
  return `name:${namespace}/${name}@${provider}`;
}

/** Renders the triggers of a rule (called once per rule, with its valid events). */
export function renderRule(spec: RuleSpec): void {
  if (spec.events.length === 0) return;
  const state = stateOf(spec.rule);
  const bucketKey = bucketIdentity(spec.bucket).key;
  const key = `${functionKey(spec.target)}|${bucketKey}`;
  let group = state.groups.get(key);
  if (!group) {
    group = new Group(bucketKey, spec.bucket, spec.target);
    state.groups.set(key, group);
    addToIndex(state.bucketGroups, bucketKey, group);
  }
  if (ownedFunctionResource(spec.target) && !group.owner) {
    group.owner = spec.target;
    group.ownerStack = TerraformStack.of(spec.target);
    addToIndex(state.ownerGroups, spec.target, group);
  }
  for (const event of spec.events) group.members.push({ spec, event });
  state.ruleGroups.set(spec.rule, group);
  refresh(state, group);
  const g = group;
  spec.rule.node.addValidation({ validate: () => problemsOf(state, g, spec) });
}

/** True when a rule renders triggers on this bucket construct (wherever the rule is in the tree). */
export function hasRules(bucket: RuleBucket): boolean {
  const groups = stateOf(bucket).bucketGroups.get(bucketIdentity(bucket).key) ?? [];
  return [...groups].some((g) => g.members.some((m) => m.spec.bucket === bucket));
}

/** The standalone trigger of a rule, when the rule is rendered as one. */
export function standaloneTriggerOf(rule: Construct): scfTrigger.ScfTrigger | undefined {
  const standalone = stateOf(rule).ruleGroups.get(rule)?.standalone;
  return standalone && standalone.member.spec.rule === rule ? standalone.trigger : undefined;
}

/**
 * Records that a rule was deployed at `previousPath` (below its stack): its standalone trigger and the
 * trigger's configuration anchor get Terraform `moved` blocks from there. Returns what is wrong instead, if
 * anything.
 */
export function recordMove(rule: Construct, previousPath: unknown): string | undefined {
  const state = stateOf(rule);
  const stack = TerraformStack.of(rule);
  const own = rule.node.path.slice(stack.node.path.length + 1);
  if (typeof previousPath !== 'string' || previousPath === '' || previousPath.split('/').some((p) => p === '')) {
    return `moveFrom(): the previous path must be a construct path below the stack, e.g. 'Photos/Rule-Resizer', got ${quote(previousPath)}.`;
  }
  if (state.moves.has(rule)) return `moveFrom(): already called with ${quote(state.moves.get(rule)?.path)}; a rule moves from one place only.`;
  const ids = previousPath === own ? undefined : logicalIdsAt(stack, previousPath, [TRIGGER_ID, CONFIG_ID]);
  if (!ids) {
    return `moveFrom(): ${quote(previousPath)} is the path of an existing construct in stack '${stack.node.id}'` +
      `${previousPath === own ? ' (this rule)' : ''}; give the path the rule had before it was renamed or moved.`;
  }
  const move = { path: previousPath, triggerId: ids[0], configId: ids[1] };
  state.moves.set(rule, move);
  const standalone = state.ruleGroups.get(rule)?.standalone;
  if (standalone && standalone.member.spec.rule === rule) applyMove(standalone, move);
  return undefined;
}

function refresh(state: AppState, group: Group): void {
  const form: Form = group.members.length === 1 ? 'standalone' : inlineBlockers(group).length ? 'invalid' : 'inline';
  const wanted = form === 'standalone' ? group.members[0] : undefined;
  if (group.standalone && group.standalone.member !== wanted) {
    const scope = group.standalone.member.spec.rule;
    scope.node.tryRemoveChild(group.standalone.trigger.node.id);
    scope.node.tryRemoveChild(group.standalone.config.node.id);
    group.standalone = undefined;
  }
  group.form = form;
  if (wanted && !group.standalone) group.standalone = createStandalone(state, group, wanted);
  if (form === 'inline') warnDescriptions(group);
  if (group.owner) refreshInline(state, group.owner);
  refreshOrderAnchors(state, group.bucketKey);
}

/** Why the group cannot be rendered in a triggers block: no function of this stack, or options the block lacks. */
function inlineBlockers(group: Group): Member[] {
  if (!group.owner) return group.members;
  return group.members.filter((m) => !m.spec.enabled || !qualifierIsDefault(m.spec.qualifier));
}

function qualifierIsDefault(qualifier: string | undefined): boolean {
  return qualifier === undefined || qualifier === DEFAULT_QUALIFIER;
}

function createStandalone(state: AppState, group: Group, member: Member): Standalone {
  const { spec, event } = member;
  // Through the function created by the stack when there is one, so that the trigger is created after it.
  const target = group.owner ?? spec.target;
  const values = {
    trigger_name: spec.bucket.domain,
    trigger_desc: triggerDescValue(event, spec.prefix, spec.suffix),
    enable: spec.enabled ? 'OPEN' : 'CLOSE',
    qualifier: escapeTemplate(spec.qualifier ?? DEFAULT_QUALIFIER),
    description: escapeTemplate(spec.description),
  };
  const config = new TerraformData(spec.rule, CONFIG_ID, values);
  const trigger = new (bindings.ScfTrigger())(spec.rule, TRIGGER_ID, {
    type: 'cos',
    functionName: target.functionName,
    namespace: target.namespace,
    triggerName: values.trigger_name,
    triggerDesc: values.trigger_desc,
    enable: values.enable,
    qualifier: values.qualifier,
    description: values.description,
    provider: target.provider,
    lifecycle: { replaceTriggeredBy: [`${config.terraformResourceType}.${config.friendlyUniqueId}`] },
  });
  // Set after construction: cdktf's `dependsOn` option makes a token (and so a stack trace) per trigger.
  const stack = TerraformStack.of(spec.rule);
  trigger.dependsOn = [orderReference(orderAnchor(state, stack, group))];
  const standalone = { member, trigger, config, stack };
  const previous = state.moves.get(spec.rule);
  if (previous !== undefined) applyMove(standalone, previous);
  return standalone;
}

function applyMove(standalone: Standalone, move: Move): void {
  standalone.trigger.moveFromId(`${standalone.trigger.terraformResourceType}.${move.triggerId}`);
  standalone.config.moveFromId(`${standalone.config.terraformResourceType}.${move.configId}`);
}

/**
 * The entries of a function's triggers block (written when the block is rendered, from the final groups) and its
 * `depends_on` on the ordering anchors of their buckets.
 */
function refreshInline(state: AppState, owner: ICloudFunction): void {
  const resource = ownedFunctionResource(owner);
  if (!resource) return;
  const inlineGroups = () => [...state.ownerGroups.get(owner) ?? []].filter((g) => g.form === 'inline');
  const groups = inlineGroups();
  if (groups.length === 0) {
    // (Only when there is a block to remove: the bindings create a resource's triggers list on first use.)
    if (resource.triggersInput !== undefined) resource.resetTriggers();
  } else if (!resource.triggersInput) {
    resource.putTriggers(synthAny(
      () => inlineGroups().flatMap((g) => g.members.map((m) => ({ g, m })))
        .sort((a, b) => compare(a.g.bucketKey, b.g.bucketKey) || compare(a.m.spec.rule.node.path, b.m.spec.rule.node.path) ||
          compare(a.m.event, b.m.event))
        .map(({ m }) => inlineEntry(m)),
    ));
  }
  const stack = TerraformStack.of(owner);
  const ours = [...new Set(groups.map((g) => g.bucketKey))].sort(compare)
    .map((bucketKey) => orderReference(orderAnchor(state, stack, groups.find((g) => g.bucketKey === bucketKey) as Group)));
  const previous = state.ownerDependencies.get(owner) ?? [];
  const others = (resource.dependsOn ?? []).filter((d) => !previous.includes(d));
  resource.dependsOn = others.length + ours.length ? [...others, ...ours] : undefined;
  state.ownerDependencies.set(owner, ours);
}

/**
 * `terraform_data.<id>` of an ordering anchor, as `depends_on` names it: a plain string, since the anchor's logical id
 * follows from its path alone (nothing can give an anchor another). A token would be resolved again for every
 * trigger and function that depends on the anchor, twice per synthesis.
 */
function orderReference(anchor: TerraformData): string {
  return `${anchor.terraformResourceType}.${anchor.friendlyUniqueId}`;
}

/** One entry of a triggers block as Terraform JSON, with the rule's path in a `//` comment (Terraform ignores it). */
function inlineEntry(member: Member): { [key: string]: unknown } {
  const { spec, event } = member;
  const bucket = spec.bucket;
  return {
    '//': { rule: spec.rule.node.path },
    'type': 'cos',
    'name': bucketIdentity(bucket).bucketId,
    // The provider builds the trigger name '<name>.cos.<cos_region>.myqcloud.com' from these two.
    'cos_region': bucket.region ?? Fn.element(Fn.split('.', bucket.domain), 2),
    'trigger_desc': triggerDescValue(event, spec.prefix, spec.suffix),
  };
}

/** The ordering anchor of a bucket in a stack, created on first use. */
function orderAnchor(state: AppState, stack: TerraformStack, group: Group): TerraformData {
  let anchors = state.orderAnchors.get(group.bucketKey);
  if (!anchors) state.orderAnchors.set(group.bucketKey, anchors = new Map());
  let anchor = anchors.get(stack.node.path);
  if (!anchor) {
    const label = group.bucketKey.startsWith('path:') ? uniqueName(group.bucket, 100) : group.bucketKey;
    const bucketKey = group.bucketKey;
    anchor = new TerraformData(stack, `CosTriggerOrder-${label}`, {
      standalone_triggers: synthList(() => standalonePaths(state, stack, bucketKey)),
    });
    anchors.set(stack.node.path, anchor);
  }
  return anchor;
}

function standalonePaths(state: AppState, stack: TerraformStack, bucketKey: string): string[] {
  return [...state.bucketGroups.get(bucketKey) ?? []]
    .filter((g) => g.standalone?.stack === stack)
    .map((g) => (g.standalone as Standalone).trigger.node.path)
    .sort(compare);
}

/** Removes a bucket's ordering anchors that nothing depends on any more (e.g. its trigger moved into a block). */
function refreshOrderAnchors(state: AppState, bucketKey: string): void {
  const anchors = state.orderAnchors.get(bucketKey);
  if (!anchors) return;
  const groups = [...state.bucketGroups.get(bucketKey) ?? []];
  for (const [stackPath, anchor] of anchors) {
    const stack = TerraformStack.of(anchor);
    const used = groups.some((g) => g.standalone?.stack === stack || (g.form === 'inline' && g.ownerStack === stack));
    if (!used) {
      stack.node.tryRemoveChild(anchor.node.id);
      anchors.delete(stackPath);
    }
  }
}

function warnDescriptions(group: Group): void {
  for (const { spec } of group.members) {
    if (spec.description === undefined || group.descriptionWarned.has(spec.rule)) continue;
    group.descriptionWarned.add(spec.rule);
    Annotations.of(spec.rule).addWarning(descriptionWarning(describeGroup(group)));
  }
}

/** The problems of one rule that only the complete group shows (run at synth time). */
function problemsOf(state: AppState, group: Group, spec: RuleSpec): string[] {
  const problems: string[] = [];
  if (group.form === 'invalid' && !group.owner && group.members[0].spec === spec) problems.push(importedFunctionProblem(describeGroup(group)));
  if (group.form === 'invalid' && group.owner) {
    if (!spec.enabled) problems.push(disabledProblem(describeGroup(group)));
    if (!qualifierIsDefault(spec.qualifier)) problems.push(qualifierProblem(describeGroup(group), spec.qualifier, spec.qualifierLabel));
  }
  const move = state.moves.get(spec.rule);
  if (move && group.form !== 'standalone' && !group.moveWarned.has(spec.rule)) {
    group.moveWarned.add(spec.rule);
    Annotations.of(spec.rule).addWarning(moveWarning(move.path, describeGroup(group)));
  }
  return problems;
}

function describeGroup(group: Group): string {
  const fn = group.owner ?? group.target;
  return describeTriggers(fn, bucketIdentity(group.bucket).description,
    group.members.map((m) => ({ rulePath: m.spec.rule.node.path, event: m.event, prefix: m.spec.prefix, suffix: m.spec.suffix })));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
