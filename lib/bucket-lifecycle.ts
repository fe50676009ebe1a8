import { Annotations } from 'cdktf';
import type * as cosBucket from 'cdktf-tencentcloud-cos-events-provider/lib/cos-bucket';
import { IConstruct } from 'constructs';
import { lifecycleRuleProblems } from './private/lifecycle-rule-checks';
import { escapeTemplate } from './private/template-escape';
import { describeValue, isUnresolved } from './validation';

/**
 * A storage class a lifecycle rule can move objects to. Objects start in STANDARD (or the class they were
 * uploaded with); each class here is cheaper to keep and dearer or slower to read than the one before it.
 *
 * The multi-AZ classes (`MAZ_STANDARD_IA`, `MAZ_INTELLIGENT_TIERING`) are left out: they need a multi-AZ
 * bucket, which `Bucket` does not create.
 *
 * @see https://www.tencentcloud.com/document/product/436/30925
 */
export enum StorageClass {
  /** Standard infrequent access: cheaper storage, a fee per read; billed for at least 30 days. */
  STANDARD_IA = 'STANDARD_IA',
  /** Intelligent tiering: COS moves each object between frequent and infrequent tiers by its access pattern. */
  INTELLIGENT_TIERING = 'INTELLIGENT_TIERING',
  /** Archive: objects must be restored (minutes to hours) before they can be read; billed for at least 90 days. */
  ARCHIVE = 'ARCHIVE',
  /** Deep archive: the cheapest class, restores take hours; billed for at least 180 days. */
  DEEP_ARCHIVE = 'DEEP_ARCHIVE',
}

/**
 * A move of current object versions to another storage class, after a number of days or on a date.
 *
 * @example
 * const toArchive: LifecycleTransition = { storageClass: StorageClass.ARCHIVE, days: 90 };
 */
export interface LifecycleTransition {
  /** The storage class the objects move to. */
  readonly storageClass: StorageClass;
  /**
   * Days after an object's last modification when it moves: a whole number, 0 or more. Give this or `date`.
   * @default - `date` is used
   */
  readonly days?: number;
  /**
   * The day (`YYYY-MM-DD`, from midnight UTC) from which matching objects move. Give this or `days`.
   * @default - `days` is used
   */
  readonly date?: string;
}

/**
 * A move of noncurrent object versions (versions replaced or deleted in a versioned bucket) to another
 * storage class.
 */
export interface NoncurrentVersionTransition {
  /** The storage class the noncurrent versions move to. */
  readonly storageClass: StorageClass;
  /** Days after a version became noncurrent when it moves: a whole number, 0 or more. */
  readonly days: number;
}

/**
 * One lifecycle rule of a bucket: which objects (by key prefix) and what happens to them over time.
 *
 * A rule counts in days or by dates, not both: its transitions and its expiration all use `days`, or all use a
 * date. A transition to a colder class comes after one to a warmer class, and expiration after every transition.
 *
 * @example
 * const rule: LifecycleRule = {
 *   id: 'archive-logs',
 *   prefix: 'logs/',
 *   transitions: [
 *     { storageClass: StorageClass.STANDARD_IA, days: 30 },
 *     { storageClass: StorageClass.ARCHIVE, days: 90 },
 *   ],
 *   expirationDays: 365,
 *   abortIncompleteMultipartUploadAfterDays: 7,
 * };
 */
export interface LifecycleRule {
  /**
   * The rule's id, unique within the bucket, at most 255 characters.
   * @default - COS names the rule
   */
  readonly id?: string;
  /**
   * Whether the rule applies. The provider sends every rule it is given as enabled, so a disabled rule is
   * checked like any other but left out of the bucket's `lifecycle_rules` (an info annotation says so).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The literal key prefix of the objects the rule applies to, e.g. `logs/` (the same rules as a `KeyFilter`
   * prefix: no wildcards, no leading `/`).
   * @default - every object of the bucket
   */
  readonly prefix?: string;
  /**
   * Moves of current versions to colder storage classes, at most one per class.
   * @default - no transition
   */
  readonly transitions?: LifecycleTransition[];
  /**
   * Delete current versions this many days after their last modification (in a versioned bucket: make them
   * noncurrent behind a delete marker). A whole number, 1 or more.
   * @default - objects do not expire by age
   */
  readonly expirationDays?: number;
  /**
   * Delete current versions from this day on (`YYYY-MM-DD`, from midnight UTC).
   * @default - objects do not expire on a date
   */
  readonly expirationDate?: string;
  /**
   * Remove delete markers that no longer hide any version (versioned buckets). Not with `expirationDays` or
   * `expirationDate`.
   * @default false
   */
  readonly expiredObjectDeleteMarker?: boolean;
  /**
   * Moves of noncurrent versions to colder storage classes, at most one per class. Needs a versioned bucket.
   * @default - no transition of noncurrent versions
   */
  readonly noncurrentVersionTransitions?: NoncurrentVersionTransition[];
  /**
   * Delete noncurrent versions this many days after they became noncurrent: 1 to 3650. Needs a versioned bucket.
   * @default - noncurrent versions are kept
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Abort multipart uploads not completed this many days after they started, and delete their parts: 1 to 3650.
   * @default - incomplete uploads are kept
   */
  readonly abortIncompleteMultipartUploadAfterDays?: number;
}

/**
 * The lifecycle rules of one bucket: collected from its props and `addLifecycleRule()`, checked as a whole when
 * the stack is validated, and rendered into the bucket's `lifecycle_rules`. Not exported from the package root.
 */
export class BucketLifecycle {
  private readonly rules: unknown[] = [];
  private readonly propIsArray: boolean;

  /**
   * @param bucket the bucket construct (problems are reported on it)
   * @param resource its `tencentcloud_cos_bucket`
   * @param initial the `lifecycleRules` prop
   * @param versioned the `versioned` prop (noncurrent-version actions need versioning)
   */
  constructor(private readonly bucket: IConstruct, private readonly resource: cosBucket.CosBucket, initial: unknown, versioned: unknown) {
    this.propIsArray = initial === undefined || Array.isArray(initial);
    if (Array.isArray(initial)) initial.forEach((r) => this.add(r));
    bucket.node.addValidation({
      validate: () => [
        ...(this.propIsArray ? [] : [`'lifecycleRules' must be an array of rules, got ${describeValue(initial)}.`]),
        ...lifecycleRuleProblems(this.rules, versioned),
      ],
    });
  }

  /** Add a rule (checked on validation) and render every enabled rule again. */
  public add(rule: unknown): void {
    this.rules.push(rule);
    const index = this.rules.length - 1;
    if (isRecord(rule) && rule.enabled === false) {
      Annotations.of(this.bucket).addInfo(`lifecycleRules[${index}] is disabled: it is left out of the bucket's lifecycle_rules (the provider would send it enabled).`);
    }
    const rendered = this.rules.filter((r): r is Record<string, unknown> => isRecord(r) && r.enabled !== false).map(renderRule);
    if (rendered.length > 0) this.resource.putLifecycleRules(rendered);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, escaped for Terraform's templates, or undefined when the value is not a string (reported elsewhere). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? escapeTemplate(value) : undefined;
}

/** A number (or number token), or undefined when the value is not one (reported elsewhere). */
function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * One rule in the provider's shape. Every value a user gave is rendered (wrong types, reported by the checks,
 * are not); `expiredObjectDeleteMarker: false` is the provider's default and is not written.
 */
function renderRule(rule: Record<string, unknown>): cosBucket.CosBucketLifecycleRules {
  const transitions = records(rule.transitions).map((t) => ({
    storageClass: text(t.storageClass) ?? '',
    days: num(t.days),
    date: text(t.date),
  }));
  const noncurrent = records(rule.noncurrentVersionTransitions).map((t) => ({
    storageClass: text(t.storageClass) ?? '',
    nonCurrentDays: num(t.days),
  }));
  const deleteMarker = rule.expiredObjectDeleteMarker === true || isUnresolved(rule.expiredObjectDeleteMarker)
    ? rule.expiredObjectDeleteMarker as boolean : undefined;
  const expires = num(rule.expirationDays) !== undefined || text(rule.expirationDate) !== undefined || deleteMarker !== undefined;
  const noncurrentDays = num(rule.noncurrentVersionExpirationDays);
  const abortDays = num(rule.abortIncompleteMultipartUploadAfterDays);
  return {
    id: text(rule.id),
    filterPrefix: rule.prefix === '' ? undefined : text(rule.prefix),
    transition: transitions.length > 0 ? transitions : undefined,
    expiration: expires ? { days: num(rule.expirationDays), date: text(rule.expirationDate), deleteMarker } : undefined,
    nonCurrentTransition: noncurrent.length > 0 ? noncurrent : undefined,
    nonCurrentExpiration: noncurrentDays !== undefined ? { nonCurrentDays: noncurrentDays } : undefined,
    abortIncompleteMultipartUpload: abortDays !== undefined ? { daysAfterInitiation: abortDays } : undefined,
  };
}
