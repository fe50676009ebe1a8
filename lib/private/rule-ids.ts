// Construct ids of rules added through a bucket's methods. A rule's standalone trigger is addressed by the rule's
// path, so these ids decide whether a trigger stays where it is when other rules come and go.
import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CosEvent } from '../cos-event';
import { EventNotificationOptions, EventRule, IBucket } from '../event-rule';
import { ICloudFunction } from '../function-ref';
import { KeyFilter } from '../key-filter';
import { Problems, describeType, isReservedConstructId, propsObject, quote, reservedIdMessage } from '../validation';
import { uniqueName } from './names';

/**
 * Adds a rule under `bucket`. Without an `id`, the id comes from the target alone: `Rule-<id>` for a function
 * defined directly in the bucket's stack, `Rule-<path>-<hash>` otherwise (construct ids repeat across scopes,
 * paths do not). Rules for the same target are numbered (`-2`, ...): they are then two or more triggers of one
 * function on one bucket, rendered in the function's `triggers` block, so their ids name no Terraform resource.
 */
export function addRule(bucket: IBucket, events: CosEvent[], target: ICloudFunction, filter: KeyFilter | undefined,
  options: EventNotificationOptions | undefined): EventRule {
  const problems = new Problems();
  const o = propsObject(options, problems, { name: 'options', example: "{ id: 'OnJpg' }", optional: true });
  let id: string;
  if (o.id !== undefined && (typeof o.id !== 'string' || o.id === '' || o.id.includes('/'))) {
    problems.add(`'id' must be a non-empty construct id without '/', got ${describeType(o.id)} ${quote(o.id)}.`);
    id = freeId(bucket, 'Rule-InvalidId');
  } else if (o.id !== undefined && isReservedConstructId(o.id)) {
    problems.add(reservedIdMessage(o.id));
    id = freeId(bucket, 'Rule-InvalidId');
  } else if (o.id !== undefined) {
    id = o.id;
  } else {
    id = defaultId(bucket, target, problems);
  }
  const rule = new EventRule(bucket, id, {
    bucket, target, events, filter, enabled: o.enabled, qualifier: o.qualifier, description: o.description,
  });
  if (problems.list.length) problems.attach(rule);
  return rule;
}

function defaultId(bucket: IBucket, target: ICloudFunction, problems: Problems): string {
  const isConstruct = typeof target === 'object' && target !== null && Construct.isConstruct(target);
  if (!isConstruct) return freeId(bucket, 'Rule-Target');
  const stack = TerraformStack.of(bucket);
  const base = target.node.scope === stack ? `Rule-${target.node.id}` : `Rule-${uniqueName(target, 200)}`;
  let id = base;
  for (let n = 2; ; n++) {
    const existing = bucket.node.tryFindChild(id);
    if (!existing) return id;
    if (!(existing instanceof EventRule) || existing.target !== target) {
      problems.add(`the default id ${quote(base)} of this rule is taken by [${existing.node.path}], which is not a rule for ` +
        `[${target.node.path}]: give the rule an id (options { id: '...' }) so that its address does not depend on that construct.`);
      return freeId(bucket, `${base}-taken`);
    }
    id = `${base}-${n}`;
  }
}

function freeId(scope: IConstruct, base: string): string {
  let id = base;
  for (let n = 2; scope.node.tryFindChild(id); n++) id = `${base}-${n}`;
  return id;
}
