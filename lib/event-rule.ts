import { Annotations } from 'cdktf';
import type * as scfTrigger from 'cdktf-tencentcloud-cos-events-provider/lib/scf-trigger';
import { Construct, IConstruct } from 'constructs';
import type { BucketGrant } from './bucket-grant';
import { CosEvent, explainInvalidEvent, isCosEvent } from './cos-event';
import { ICloudFunction } from './function-ref';
import { KeyFilter, suffixWarning, validateKeyFilter } from './key-filter';
import { bucketProblem, functionProblem } from './private/contracts';
import { checkQualifier, checkRuleDeployment, checkWellFormed } from './private/deploy-checks';
import { qualifiedFunctionOf } from './private/function-qualifiers';
import { bucketIdentity } from './private/identity';
import { LiteralFilter, eventMatches, eventsOverlap, keyMatches } from './private/matching';
import { sameRegionSource, shareProviderBlocksInChecks } from './private/provider';
import { RegisteredTrigger, registerBucketTriggers, registerFunctionTriggers } from './private/registry';
import { recordMove, renderRule, standaloneTriggerOf } from './private/trigger-rendering';
import { CosEventsError, Problems, checkType, constructArgs, describeType, isUnresolved, propsObject, quote, stringOrUndefined } from './validation';

/**
 * Options of the COS triggers of a rule. A function's only trigger on a bucket is a standalone
 * `tencentcloud_scf_trigger` and supports all of them; two or more triggers of one function on one bucket are
 * entries of the function's `triggers` block, which creates them enabled, on `$LATEST` and without description
 * (other values are then a synth error, a description a warning).
 */
export interface TriggerOptions {
  /**
   * Whether the triggers are enabled (`OPEN`) or kept but disabled (`CLOSE`).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The function version or alias the triggers invoke, e.g. `$DEFAULT` or `'1'`.
   * @default '$LATEST' (what SCF invokes when a trigger names no version)
   */
  readonly qualifier?: string;
  /**
   * A description of the triggers.
   * @default - none
   */
  readonly description?: string;
}

/**
 * Options of an event rule, shared by `EventRule` and the rules of `BucketWithTrigger`.
 */
export interface EventRuleOptions extends TriggerOptions {
  /**
   * Only objects whose key matches this prefix and suffix notify the function.
   * @default - every object
   */
  readonly filter?: KeyFilter;
}

/**
 * Options of a rule added with a bucket's methods (`addEventNotification`, `onObjectCreated`, ...).
 */
export interface EventNotificationOptions extends TriggerOptions {
  /**
   * The rule's construct id under the bucket. A rule's standalone trigger is addressed by the rule's path, so a
   * fixed id keeps it in place when the target changes.
   * @default - `Rule-<target id>` for a function defined directly in the bucket's stack, else `Rule-<path of the
   * target>-<hash>`; a second rule for the same target gets `-2`, and so on
   */
  readonly id?: string;
}

/**
 * A COS bucket, created by this stack or imported.
 */
export interface IBucket extends IConstruct {
  /** The full bucket name, `<name>-<APPID>`. */
  readonly bucketName: string;
  /** The account APPID (the 10-digit suffix of the bucket name). */
  readonly appId: string;
  /**
   * The bucket's region, when known at synth time.
   * @default - unknown: the provider's region comes from the environment
   */
  readonly region?: string;
  /** The bucket's COS domain `<bucket>.cos.<region>.myqcloud.com`: the name of a COS trigger. */
  readonly domain: string;

  /**
   * Invoke `target` when one of `events` happens to an object whose key matches `filter`.
   * @param options the rule's construct id under this bucket, and the options of its triggers
   * @returns the new rule
   */
  addEventNotification(events: CosEvent[], target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` whenever an object is created (`cos:ObjectCreated:*`). */
  onObjectCreated(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` whenever an object is removed (`cos:ObjectRemove:*`). */
  onObjectRemoved(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` when an archive restore job is created or completed (both restore events). */
  onObjectRestored(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;

  /**
   * Allow `fn` to read the objects of this bucket whose key matches `objectsKeyPattern` (and to list the bucket).
   * @param fn the function, created by this stack (its role is created on the first grant)
   * @param objectsKeyPattern `*` for every object, a key prefix followed by `*` (e.g. `uploads/*`), or one object key; by default `*`
   * @returns what was granted
   */
  grantRead(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant;
  /**
   * Allow `fn` to write and delete the objects of this bucket whose key matches `objectsKeyPattern` (and to list
   * the bucket's multipart uploads).
   * @param fn the function, created by this stack (its role is created on the first grant)
   * @param objectsKeyPattern `*` for every object, a key prefix followed by `*` (e.g. `thumbnails/*`), or one object key; by default `*`
   * @returns what was granted
   */
  grantWrite(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant;
  /**
   * Allow `fn` to read, write and delete the objects of this bucket whose key matches `objectsKeyPattern`.
   * @param fn the function, created by this stack (its role is created on the first grant)
   * @param objectsKeyPattern `*` for every object, a key prefix followed by `*` (e.g. `work/*`), or one object key; by default `*`
   * @returns what was granted
   */
  grantReadWrite(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant;
}

/**
 * Properties of an event rule.
 */
export interface EventRuleProps extends EventRuleOptions {
  /** The bucket whose objects are watched (owned or imported). */
  readonly bucket: IBucket;
  /**
   * The function invoked, in the bucket's region: a function, or a `FunctionVersion` / `FunctionAlias` of one
   * (its triggers then invoke that version or alias, and `qualifier` must be left unset).
   */
  readonly target: ICloudFunction;
  /** The event types, one or more (each becomes one COS trigger). */
  readonly events: CosEvent[];
}

/**
 * "When one of these events happens to a matching object in this bucket, invoke that function."
 *
 * Each event is one COS trigger. When the target has only this one trigger on the bucket, it is a standalone
 * `tencentcloud_scf_trigger` (child `Trigger`, addressed by the rule's path whatever other rules exist), and any
 * change to it deletes it and then creates it again (child `TriggerConfig` holds its configuration for
 * `replace_triggered_by`). When the target has two or more triggers on the bucket (several events, or several
 * rules), they are entries of the function's `triggers` block, because the provider cannot tell two standalone
 * triggers of one function on one bucket apart; a change rewrites the block (deleting first). For a function this
 * stack does not create, that case is a synth error, as are disabled triggers and a qualifier other than
 * `$LATEST` in a block. See the README's "Semantics" section.
 *
 * Checked at synth time: event names, the filter, the target's region against the bucket's, overlaps with the
 * other rules of the same bucket, and the trigger quotas of the bucket and of the function. Values that are
 * tokens (known only at apply time) skip the checks that need their value.
 *
 * @example
 * new EventRule(stack, 'OnJpg', {
 *   bucket,
 *   target: resizer,
 *   events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
 *   filter: { prefix: 'uploads/', suffix: '.jpg' },
 * });
 */
export class EventRule extends Construct {
  /** The bucket whose objects are watched. */
  public readonly bucket: IBucket;
  /** The target, as given (a function, or a version or alias of one). */
  public readonly target: ICloudFunction;
  /** The event types, as given. */
  public readonly events: CosEvent[];
  /** The filter, with absent parts as empty strings. */
  public readonly filter: KeyFilter;
  /** Whether the triggers are enabled. */
  public readonly enabled: boolean;

  /**
   * The rule's standalone trigger: one when its target has no other trigger on the bucket, none when the
   * rule's triggers are entries of the function's `triggers` block. Final once every rule of the app is added.
   */
  public get triggers(): scfTrigger.ScfTrigger[] {
    const trigger = standaloneTriggerOf(this);
    return trigger ? [trigger] : [];
  }

  constructor(scope: Construct, id: string, props: EventRuleProps) {
    super(...constructArgs(scope, id, 'EventRule'));
    const problems = new Problems();
    const p = propsObject(props, problems);

    const bucketMessage = bucketProblem('bucket', p.bucket);
    const targetMessage = functionProblem('target', p.target);
    const bucketOk = bucketMessage === undefined;
    const targetOk = targetMessage === undefined;
    problems.addAll([bucketMessage, targetMessage]);
    this.bucket = p.bucket;
    this.target = p.target;

    const events = this.checkEvents(p.events, problems);
    this.events = Array.isArray(p.events) ? [...p.events] : [];
    problems.addAll(validateKeyFilter(p.filter));
    const filterObject = typeof p.filter === 'object' && p.filter !== null ? p.filter : {};
    const prefix = typeof filterObject.prefix === 'string' ? filterObject.prefix : '';
    const suffix = typeof filterObject.suffix === 'string' ? filterObject.suffix : '';
    this.filter = { prefix, suffix };
    const warning = suffixWarning(suffix);
    if (warning) Annotations.of(this).addWarning(warning);

    problems.addAll([checkType('enabled', p.enabled, 'boolean'), checkType('qualifier', p.qualifier, 'string'),
      checkType('description', p.description, 'string')]);
    problems.addAll([...checkQualifier(p.qualifier), ...checkWellFormed('description', p.description)]);
    // A version or alias target: the triggers belong to its function and name the version or alias.
    const qualified = targetOk ? qualifiedFunctionOf(p.target) : undefined;
    if (qualified && p.qualifier !== undefined) {
      problems.add(`'qualifier' ${quote(p.qualifier)} cannot be combined with the target ${qualified.label}, which is the qualifier already. Leave 'qualifier' out, or target the function.`);
    }
    const fn = qualified?.function ?? this.target;
    const qualifier = qualified?.qualifier ?? stringOrUndefined(p.qualifier);
    this.enabled = p.enabled !== false;
    const literal: LiteralFilter | undefined = isUnresolved(prefix) || isUnresolved(suffix) ? undefined : { prefix, suffix };

    if (bucketOk && targetOk && events.length > 0) {
      const identity = bucketIdentity(this.bucket);
      renderRule({
        rule: this,
        bucket: this.bucket,
        target: fn,
        events,
        prefix,
        suffix,
        enabled: this.enabled,
        qualifier,
        qualifierLabel: qualified?.label,
        description: stringOrUndefined(p.description),
      });
      const registered: RegisteredTrigger[] = events.map((event) => ({
        rulePath: this.node.path, event, filter: literal, targetPath: fn.node.path,
      }));
      registerBucketTriggers(this.bucket, identity.key, identity.description, registered);
      // Imports of one function by name are counted together (like imports of one bucket).
      const fnName = fn.functionName;
      const fnKey = typeof fnName === 'string' && !isUnresolved(fnName) && !isUnresolved(fn.namespace)
        ? `name:${fn.namespace}/${fnName}` : `path:${fn.node.path}`;
      registerFunctionTriggers(fn, fnKey, `[${fn.node.path}]`, registered);
      shareProviderBlocksInChecks(this);
    }
    problems.attach(this, () => (bucketOk && targetOk
      ? [...this.checkRegions(fn), ...checkRuleDeployment(this, this.bucket, fn, events, standaloneTriggerOf(this) !== undefined)]
      : []));
  }

  /**
   * Whether this rule fires for `event` on the object `objectKey`, with COS's semantics: a wildcard event type
   * covers its family, and the key must start with the prefix and end with the suffix (literal,
   * case-sensitive). A disabled rule still matches (it exists, but does not invoke). When `event` is itself a
   * wildcard, the question is "does any event of that family fire this rule": a rule on `Put` matches
   * `cos:ObjectCreated:*`.
   * @param event the event that happened, e.g. `CosEvent.OBJECT_CREATED_PUT`, or a family wildcard
   * @param objectKey the bare object key, e.g. `uploads/cat.jpg`
   */
  public matches(event: CosEvent, objectKey: string): boolean {
    const problem = explainInvalidEvent(event);
    if (problem) throw new CosEventsError([{ path: this.node.path, message: `matches(): ${problem}` }]);
    if (typeof objectKey !== 'string') {
      throw new CosEventsError([{ path: this.node.path, message: `matches(): the object key must be a string, got ${describeType(objectKey)} ${quote(objectKey)}.` }]);
    }
    const prefix = this.filter.prefix ?? '';
    const suffix = this.filter.suffix ?? '';
    if (isUnresolved(prefix) || isUnresolved(suffix)) {
      throw new CosEventsError([{ path: this.node.path, message: 'matches(): the filter holds a value known only at apply time, so matching cannot be decided at synth time.' }]);
    }
    return this.events.some((e) => isCosEvent(e) && eventMatches(e, event)) && keyMatches({ prefix, suffix }, objectKey);
  }

  /**
   * Keeps the deployed trigger of a rule that was renamed or moved in the construct tree: writes Terraform
   * `moved` blocks from the trigger (and its configuration anchor) at the previous path to this rule's, so that
   * Terraform moves them in its state instead of deleting and recreating the trigger. Only a standalone
   * trigger has an address; for a rule whose triggers are in a function's `triggers` block a warning says
   * that nothing moves. Needs Terraform 1.5 or later.
   * @param previousPath the rule's path below its stack before the change, e.g. `Photos/Rule-Resizer` or `OnJpg`
   */
  public moveFrom(previousPath: string): void {
    const problem = recordMove(this, previousPath);
    if (problem) throw new CosEventsError([{ path: this.node.path, message: problem }]);
  }

  private checkEvents(events: unknown, problems: Problems): CosEvent[] {
    if (!Array.isArray(events)) {
      problems.add(`'events' must be an array of COS event types, e.g. [CosEvent.OBJECT_CREATED], got ${describeType(events)} ${quote(events)}.`);
      return [];
    }
    if (events.length === 0) {
      problems.add("'events' is empty: give at least one COS event type, e.g. [CosEvent.OBJECT_CREATED].");
      return [];
    }
    const valid: CosEvent[] = [];
    for (const e of events) {
      const problem = explainInvalidEvent(e);
      if (problem) {
        problems.add(problem);
        continue;
      }
      const event = e as CosEvent;
      const clash = valid.find((v) => eventsOverlap(v, event));
      if (clash === event) {
        problems.add(`event '${event}' is listed twice in 'events'.`);
      } else if (clash) {
        problems.add(`events '${clash}' and '${event}' overlap ('${clash.endsWith('*') ? clash : event}' already covers the other). List only one of them.`);
      } else {
        valid.push(event);
      }
    }
    return valid;
  }

  private checkRegions(fn: ICloudFunction): string[] {
    if (sameRegionSource(this.bucket, fn)) return [];
    const bucketRegion = this.bucket.region;
    const fnRegion = fn.region;
    // A region known only at apply time (a token) cannot be compared.
    if (bucketRegion && fnRegion && !isUnresolved(bucketRegion) && !isUnresolved(fnRegion) && bucketRegion !== fnRegion) {
      return [
        `function [${fn.node.path}] is in region '${fnRegion}' but bucket [${this.bucket.node.path}] is in '${bucketRegion}': ` +
          'a COS trigger can only invoke a function in the bucket\'s own region. Deploy the function with a provider for ' +
          `'${bucketRegion}' (a tencentcloud provider with alias and region '${bucketRegion}').`,
      ];
    }
    return [];
  }
}
