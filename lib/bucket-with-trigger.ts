import { Construct } from 'constructs';
import { Bucket, BucketProps, IBucket } from './bucket';
import { CloudFunction, CloudFunctionProps, ICloudFunction } from './cloud-function';
import { CosEvent } from './cos-event';
import { EventRule, EventRuleOptions } from './event-rule';
import { Problems, checkType, constructArgs, describeType, isReservedConstructId, propsObject, quote, reservedIdMessage } from './validation';

/** One rule of a `BucketWithTrigger`. */
export interface BucketTriggerRule extends EventRuleOptions {
  /** The event types, one or more. */
  readonly events: CosEvent[];
  /**
   * The rule's construct id under the `BucketWithTrigger`.
   * @default `Rule<index>` (`Rule0`, `Rule1`, ...). All rules of a `BucketWithTrigger` invoke one function on
   * one bucket, so with two or more triggers they are entries of the function's `triggers` block and the ids
   * name no Terraform resource; a single trigger is a standalone resource addressed by its rule's id.
   */
  readonly id?: string;
}

/**
 * Properties of a bucket with a function triggered by its events. Give `bucket` or `existingBucket`, and
 * `function` or `existingFunction`.
 */
export interface BucketWithTriggerProps {
  /**
   * Create a bucket with these properties.
   * @default - `existingBucket` is used
   */
  readonly bucket?: BucketProps;
  /**
   * Use this bucket (e.g. `Bucket.fromBucketName(...)`).
   * @default - a bucket is created from `bucket`
   */
  readonly existingBucket?: IBucket;
  /**
   * Create a function with these properties.
   * @default - `existingFunction` is used
   */
  readonly function?: CloudFunctionProps;
  /**
   * Invoke this function.
   * @default - a function is created from `function`
   */
  readonly existingFunction?: ICloudFunction;
  /** The rules, one or more; each becomes an `EventRule` (ids: each rule's `id`, or `Rule0`, `Rule1`, ...). */
  readonly rules: BucketTriggerRule[];
  /**
   * Give the function read access to the bucket.
   * @default false
   */
  readonly grantRead?: boolean;
  /**
   * Give the function write access to the bucket.
   * @default false
   */
  readonly grantWrite?: boolean;
}

/**
 * The common case in one construct: a bucket (created or imported), a function (created or taken) and the
 * rules between them. Children: `Bucket`, `Function`, and the rules (`Rule0`, `Rule1`, ... unless given ids).
 *
 * @example
 * new BucketWithTrigger(stack, 'Thumbs', {
 *   bucket: { bucketName: 'photos-1250000000' },
 *   function: { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset('handler') },
 *   rules: [{ events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } }],
 * });
 */
export class BucketWithTrigger extends Construct {
  /** The bucket. */
  public readonly bucket: IBucket;
  /** The function. */
  public readonly function: ICloudFunction;
  /** The rules, in the order given. */
  public readonly rules: EventRule[];

  constructor(scope: Construct, id: string, props: BucketWithTriggerProps) {
    super(...constructArgs(scope, id, 'BucketWithTrigger'));
    const problems = new Problems();
    const p = propsObject(props, problems);
    if ((p.bucket === undefined) === (p.existingBucket === undefined)) {
      problems.add("give exactly one of 'bucket' (properties of a new bucket) and 'existingBucket' (e.g. Bucket.fromBucketName(...)).");
    }
    if ((p.function === undefined) === (p.existingFunction === undefined)) {
      problems.add("give exactly one of 'function' (properties of a new function) and 'existingFunction' (e.g. CloudFunction.fromFunctionName(...)).");
    }
    this.bucket = p.existingBucket ?? new Bucket(this, 'Bucket', p.bucket ?? {});
    this.function = p.existingFunction ?? new CloudFunction(this, 'Function', p.function as CloudFunctionProps);
    if (!Array.isArray(p.rules) || p.rules.length === 0) {
      problems.add(`'rules' must be a non-empty array like [{ events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.jpg' } }], got ${describeType(p.rules)} ${quote(p.rules)}.`);
    }
    const rules = Array.isArray(p.rules) ? p.rules : [];
    this.rules = rules.map((rule, i) => new EventRule(this, ruleId(this, rule, i, problems), {
      ...(typeof rule === 'object' && rule !== null ? rule : {}),
      events: rule?.events,
      bucket: this.bucket,
      target: this.function,
    }));
    problems.addAll([checkType('grantRead', p.grantRead, 'boolean'), checkType('grantWrite', p.grantWrite, 'boolean')]);
    if (p.grantRead === true && p.grantWrite === true) this.bucket.grantReadWrite(this.function);
    else if (p.grantRead === true) this.bucket.grantRead(this.function);
    else if (p.grantWrite === true) this.bucket.grantWrite(this.function);
    problems.attach(this);
  }
}

function ruleId(scope: Construct, rule: BucketTriggerRule | undefined, index: number, problems: Problems): string {
  const id: unknown = typeof rule === 'object' && rule !== null ? rule.id : undefined;
  if (id === undefined && !scope.node.tryFindChild(`Rule${index}`)) return `Rule${index}`;
  const reserved = typeof id === 'string' && isReservedConstructId(id);
  if (typeof id === 'string' && id !== '' && !id.includes('/') && !reserved && !scope.node.tryFindChild(id)) return id;
  const wanted = id === undefined ? `Rule${index}` : id;
  const taken = typeof wanted === 'string' && !reserved ? scope.node.tryFindChild(wanted) : undefined;
  problems.add(reserved ? `rules[${index}]: ${reservedIdMessage(id as string)}` : taken
    ? `rules[${index}]${id === undefined ? ' has no id, and its default id' : '.id'} ${quote(wanted)} is already used by [${taken.node.path}]: give every rule its own id.`
    : `rules[${index}].id must be a non-empty construct id without '/', got ${describeType(id)} ${quote(id)}.`);
  let fallback = `Rule${index}-invalid`;
  for (let n = 2; scope.node.tryFindChild(fallback); n++) fallback = `Rule${index}-invalid-${n}`;
  return fallback;
}
