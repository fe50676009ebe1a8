// Every rule a bucket's lifecycle rules must follow, with where it comes from:
// - "provider": tencentcloud/services/cos/resource_tc_cos_bucket.go at v1.83.25: the schema's validators and
//   resourceTencentCloudCosBucketLifecycleUpdate, which turns lifecycle_rules into the PUT Bucket lifecycle request;
// - "COS API": PUT Bucket lifecycle, https://www.tencentcloud.com/document/product/436/8280;
// - "issue #288": tencentcloudstack/terraform-provider-tencentcloud#288, COS refusing a rule that mixes days and
//   dates with "InvalidArgument: Check Expiration and Transition in same rule failure".
// Unresolved tokens are never judged by their value; a rule whose values are tokens is only checked for the rest.
import { validateFilterPart } from '../key-filter';
import { describeValue, isUnresolved, quote } from '../validation';

/** COS API: "Up to 1,000 lifecycle rules can be added for each bucket." */
const MAX_RULES = 1000;
/** COS API and the provider's schema: a rule ID "can be up to 255 characters". */
const MAX_ID_LENGTH = 255;
/** Provider: the descriptions of non_current_expiration.non_current_days and days_after_initiation ("The maximum value is 3650"). */
const MAX_DAYS = 3650;

/** The storage classes, warmest first: a rule moves objects to a colder class later than to a warmer one. */
const CLASSES = ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ARCHIVE', 'DEEP_ARCHIVE'];
const ALLOWED_CLASSES = CLASSES.map((c) => `StorageClass.${c}`).join(', ');

const RULE_KEYS = ['id', 'enabled', 'prefix', 'transitions', 'expirationDays', 'expirationDate', 'expiredObjectDeleteMarker',
  'noncurrentVersionTransitions', 'noncurrentVersionExpirationDays', 'abortIncompleteMultipartUploadAfterDays'];
const ACTIONS = ['transitions', 'expirationDays', 'expirationDate', 'expiredObjectDeleteMarker', 'noncurrentVersionTransitions',
  'noncurrentVersionExpirationDays', 'abortIncompleteMultipartUploadAfterDays'];

/** One transition as the ordering checks see it: literal values only. */
interface Step {
  readonly label: string;
  readonly storageClass?: string;
  readonly days?: number;
  readonly date?: string;
}

/**
 * Every broken rule of a bucket's lifecycle rules (`lifecycleRules` followed by the rules of `addLifecycleRule()`).
 * @param versioned the bucket's `versioned` prop
 */
export function lifecycleRuleProblems(rules: readonly unknown[], versioned: unknown): string[] {
  const problems = rules.flatMap((rule, i) => ruleProblems(rule, `lifecycleRules[${i}]`, versioned));
  // COS API: the ID is "a unique identifier for the rule".
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const id = isRecord(rule) ? rule.id : undefined;
    if (typeof id !== 'string' || id === '' || isUnresolved(id)) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push(`'lifecycleRules[${i}].id' ${quote(id)} is already the id of lifecycleRules[${first}]: the rule ids of a bucket must be unique.`);
  });
  const enabled = rules.filter((r) => !(isRecord(r) && r.enabled === false)).length;
  if (enabled > MAX_RULES) {
    problems.push(`the bucket has ${enabled} enabled lifecycle rules; COS allows at most ${MAX_RULES} per bucket. Merge rules that share a prefix.`);
  }
  return problems;
}

function ruleProblems(rule: unknown, at: string, versioned: unknown): string[] {
  if (!isRecord(rule)) return [`'${at}' must be an object like { prefix: 'logs/', expirationDays: 30 }, got ${describeValue(rule)}.`];
  const problems = unknownKeys(at, rule, RULE_KEYS);
  problems.push(...idProblems(`${at}.id`, rule.id));
  if (rule.enabled !== undefined && typeof rule.enabled !== 'boolean') {
    problems.push(isUnresolved(rule.enabled)
      // The provider sends every rule enabled, so a disabled rule is one left out: that choice is made at synth time.
      ? `'${at}.enabled' must be known at synth time: a disabled rule is left out of lifecycle_rules, which cannot depend on a value known only at apply time. Use true or false.`
      : `'${at}.enabled' must be a boolean, got ${describeValue(rule.enabled)}.`);
  }
  // The prefix follows the rules of a KeyFilter prefix: COS matches lifecycle prefixes literally, as it does trigger filters.
  problems.push(...validateFilterPart('prefix', rule.prefix).map((m) => `'${at}.prefix': ${m}`));

  const transitions = listOf(`${at}.transitions`, rule.transitions, problems);
  const steps = transitions.map((t, i) => transitionStep(`${at}.transitions[${i}]`, t, problems));
  // Provider: transition and expiration days are checked with ValidateIntegerMin(0); expiration days are only sent
  // when greater than 0 (so 0 would send an empty Expiration), the date is sent instead of the days when both are set.
  problems.push(...daysProblems(`${at}.expirationDays`, rule.expirationDays, 1, undefined, 'the provider does not send an expiration of 0 days'));
  problems.push(...dateProblems(`${at}.expirationDate`, rule.expirationDate));
  if (rule.expirationDays !== undefined && rule.expirationDate !== undefined) {
    problems.push(`'${at}' has both 'expirationDays' and 'expirationDate': give one (the provider sends only the date, and would report the days as a change on every plan).`);
  }
  if (rule.expiredObjectDeleteMarker !== undefined && !isUnresolved(rule.expiredObjectDeleteMarker) && typeof rule.expiredObjectDeleteMarker !== 'boolean') {
    problems.push(`'${at}.expiredObjectDeleteMarker' must be a boolean, got ${describeValue(rule.expiredObjectDeleteMarker)}.`);
  }
  // COS's Expiration element (COS API) holds a time or the delete-marker flag: removing expired delete markers is
  // an action of its own, as in the S3 API COS implements.
  if (rule.expiredObjectDeleteMarker === true && (rule.expirationDays !== undefined || rule.expirationDate !== undefined)) {
    problems.push(`'${at}.expiredObjectDeleteMarker' cannot be combined with 'expirationDays' or 'expirationDate': COS removes expired delete markers as an action of its own. Put it in a rule of its own with the same prefix.`);
  }

  // COS API: "Days and Date cannot be both specified in the same lifecycle rule"; issue #288 shows COS refusing it.
  const byDays = [...steps.filter((s) => s.kind === 'days').map((s) => s.path), ...(rule.expirationDays !== undefined && rule.expirationDate === undefined ? ['expirationDays'] : [])];
  const byDate = [...steps.filter((s) => s.kind === 'date').map((s) => s.path), ...(rule.expirationDate !== undefined && rule.expirationDays === undefined ? ['expirationDate'] : [])];
  if (byDays.length > 0 && byDate.length > 0) {
    problems.push(`'${at}' counts some actions in days (${byDays.join(', ')}) and others by date (${byDate.join(', ')}): COS refuses a rule that mixes both. Split it into two rules with the same prefix.`);
  }
  problems.push(...orderProblems(at, 'transitions', 'objects', steps.map((s) => s.step)));
  problems.push(...expirationOrder(`${at}.expirationDays`, num(rule.expirationDays), undefined, steps.map((s) => s.step)));
  problems.push(...expirationOrder(`${at}.expirationDate`, undefined, literalDate(rule.expirationDate), steps.map((s) => s.step)));

  const noncurrent = listOf(`${at}.noncurrentVersionTransitions`, rule.noncurrentVersionTransitions, problems);
  const ncSteps = noncurrent.map((t, i) => noncurrentStep(`${at}.noncurrentVersionTransitions[${i}]`, t, problems));
  // Provider: non_current_days is ValidateIntegerMin(0), sent for expiration only when greater than 0; max from its description.
  problems.push(...daysProblems(`${at}.noncurrentVersionExpirationDays`, rule.noncurrentVersionExpirationDays, 1, MAX_DAYS, 'the provider does not send 0 days'));
  problems.push(...orderProblems(at, 'noncurrentVersionTransitions', 'noncurrent versions', ncSteps));
  problems.push(...expirationOrder(`${at}.noncurrentVersionExpirationDays`, num(rule.noncurrentVersionExpirationDays), undefined, ncSteps));
  // Provider: days_after_initiation is ValidateIntegerMin(1); the maximum is from its description.
  problems.push(...daysProblems(`${at}.abortIncompleteMultipartUploadAfterDays`, rule.abortIncompleteMultipartUploadAfterDays, 1, MAX_DAYS));

  const versionActions = ['noncurrentVersionTransitions', 'noncurrentVersionExpirationDays', 'expiredObjectDeleteMarker']
    .filter((k) => (k === 'expiredObjectDeleteMarker' ? rule[k] === true : rule[k] !== undefined && !(Array.isArray(rule[k]) && (rule[k] as unknown[]).length === 0)));
  // COS accepts these on any bucket, but a bucket that was never versioned has no noncurrent versions and no delete
  // markers, so the action could never run. `versioned: false` (suspended) keeps the versions made before.
  if (versioned === undefined && versionActions.length > 0) {
    problems.push(`'${at}' acts on noncurrent versions or delete markers (${versionActions.join(', ')}), which only a versioned bucket has: set 'versioned: true' on the bucket (or 'versioned: false' for a bucket whose versioning was suspended and still holds old versions).`);
  }
  // COS API: a rule carries at least one action (Transition, Expiration, NoncurrentVersion*, AbortIncompleteMultipartUpload).
  const hasAction = ACTIONS.some((k) => (k === 'expiredObjectDeleteMarker' ? rule[k] === true || isUnresolved(rule[k])
    : rule[k] !== undefined && !(Array.isArray(rule[k]) && (rule[k] as unknown[]).length === 0)));
  if (!hasAction) {
    problems.push(`'${at}' has no action: give at least one of ${ACTIONS.join(', ')}.`);
  }
  return problems;
}

function idProblems(path: string, id: unknown): string[] {
  if (id === undefined || isUnresolved(id)) return [];
  if (typeof id !== 'string') return [`'${path}' must be a string, got ${describeValue(id)}.`];
  if (id === '') return [`'${path}' is empty: give the rule a name such as 'archive-logs', or leave the id out.`];
  if (id.length > MAX_ID_LENGTH) return [`'${path}' is ${id.length} characters long; COS allows at most ${MAX_ID_LENGTH}.`];
  return [];
}

/** A transition's own problems, and what the ordering checks need of it. */
function transitionStep(path: string, t: Record<string, unknown>, problems: string[]): { step: Step; path: string; kind?: 'days' | 'date' } {
  problems.push(...unknownKeys(path, t, ['storageClass', 'days', 'date']), ...classProblems(`${path}.storageClass`, t.storageClass));
  problems.push(...daysProblems(`${path}.days`, t.days, 0), ...dateProblems(`${path}.date`, t.date));
  if (t.days !== undefined && t.date !== undefined) {
    problems.push(`'${path}' has both 'days' and 'date': give one (the provider sends only the date, and would report the days as a change on every plan).`);
  } else if (t.days === undefined && t.date === undefined) {
    problems.push(`'${path}' needs 'days' (after the object's last modification) or 'date' ('YYYY-MM-DD'): when the objects move.`);
  }
  const short = path.slice(path.lastIndexOf('.') + 1);
  return {
    step: { label: short, storageClass: literalClass(t.storageClass), days: num(t.days), date: literalDate(t.date) },
    path: short,
    kind: t.days !== undefined && t.date === undefined ? 'days' : t.date !== undefined && t.days === undefined ? 'date' : undefined,
  };
}

function noncurrentStep(path: string, t: Record<string, unknown>, problems: string[]): Step {
  problems.push(...unknownKeys(path, t, ['storageClass', 'days']), ...classProblems(`${path}.storageClass`, t.storageClass));
  if (t.days === undefined) problems.push(`'${path}' needs 'days': how long after a version became noncurrent it moves.`);
  problems.push(...daysProblems(`${path}.days`, t.days, 0));
  return { label: path.slice(path.lastIndexOf('.') + 1), storageClass: literalClass(t.storageClass), days: num(t.days) };
}

/** Each class at most once, and a colder class strictly after a warmer one. */
function orderProblems(at: string, list: string, what: string, steps: readonly Step[]): string[] {
  const problems: string[] = [];
  steps.forEach((b, j) => {
    for (const a of steps.slice(0, j)) {
      if (a.storageClass === undefined || b.storageClass === undefined) continue;
      if (a.storageClass === b.storageClass) {
        problems.push(`'${at}.${list}' moves ${what} to ${a.storageClass} twice (${a.label} and ${b.label}): give each storage class at most one transition per rule.`);
        continue;
      }
      const [warm, cold] = CLASSES.indexOf(a.storageClass) < CLASSES.indexOf(b.storageClass) ? [a, b] : [b, a];
      const late = notAfter(cold, warm);
      if (late) {
        problems.push(`'${at}.${cold.label}' moves ${what} to ${cold.storageClass} ${when(cold)}, no later than to ${warm.storageClass} (${warm.label}, ${when(warm)}): a colder class must come after a warmer one. Use ${late}, or leave out the ${warm.storageClass} transition.`);
      }
    }
  });
  return problems;
}

/** Expiration strictly after the last transition: COS checks a rule's expiration against its transitions (issue #288). */
function expirationOrder(path: string, days: number | undefined, date: string | undefined, steps: readonly Step[]): string[] {
  const expiry: Step = { label: '', days, date };
  const latest = [
    steps.filter((s) => s.days !== undefined).sort((a, b) => b.days! - a.days!)[0],
    steps.filter((s) => s.date !== undefined).sort((a, b) => (b.date! > a.date! ? 1 : -1))[0],
  ];
  return latest.flatMap((s) => {
    const late = s ? notAfter(expiry, s) : undefined;
    return s && late ? [`'${path}' ${days ?? quote(date)} is not after the last move, to ${s.storageClass ?? 'another class'} (${s.label}, ${when(s)}): objects deleted first would never move. Use ${late}.`] : [];
  });
}

/** What `later` would need to come after `earlier`, when it does not; undefined when it does or cannot be told. */
function notAfter(later: Step, earlier: Step): string | undefined {
  if (later.days !== undefined && earlier.days !== undefined && later.days <= earlier.days) return `more than ${earlier.days} days`;
  if (later.date !== undefined && earlier.date !== undefined && later.date <= earlier.date) return `a date after '${earlier.date}'`;
  return undefined;
}

function when(s: Step): string {
  return s.days !== undefined ? `after ${s.days} days` : `on '${s.date}'`;
}

function classProblems(path: string, value: unknown): string[] {
  if (isUnresolved(value) || (typeof value === 'string' && CLASSES.includes(value))) return [];
  if (value === undefined) return [`'${path}' is missing: the storage class to move to. Allowed: ${ALLOWED_CLASSES}.`];
  return [`'${path}' ${quote(value)} is not a storage class a lifecycle rule can move objects to. Allowed: ${ALLOWED_CLASSES}.`];
}

function daysProblems(path: string, value: unknown, min: number, max?: number, why?: string): string[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (typeof value !== 'number') return [`'${path}' must be a number of days, got ${describeValue(value)}.`];
  if (Number.isInteger(value) && value >= min && (max === undefined || value <= max)) return [];
  const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  return [`'${path}' ${value} is not allowed: use a whole number of days, ${range}${why && value === 0 ? ` (${why})` : ''}.`];
}

/** Provider: ValidateCosBucketLifecycleTimestamp parses `<date>T00:00:00Z` as RFC 3339, so a real calendar day. */
function dateProblems(path: string, value: unknown): string[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (typeof value !== 'string') return [`'${path}' must be a date string like '2027-01-31', got ${describeValue(value)}.`];
  return isCalendarDate(value) ? [] : [`'${path}' ${quote(value)} is not a date: write it as 'YYYY-MM-DD', e.g. '2027-01-31' (the rule applies from midnight UTC of that day).`];
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function listOf(path: string, value: unknown, problems: string[]): Record<string, unknown>[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (!Array.isArray(value)) {
    problems.push(`'${path}' must be an array, got ${describeValue(value)}.`);
    return [];
  }
  return value.flatMap((item, i) => {
    if (isRecord(item)) return [item];
    problems.push(`'${path}[${i}]' must be an object like { storageClass: StorageClass.ARCHIVE, days: 90 }, got ${describeValue(item)}.`);
    return [];
  });
}

function unknownKeys(path: string, value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k))
    .map((k) => `'${path}' has an unknown property ${quote(k)}. Allowed: ${allowed.join(', ')}.`);
}

function literalClass(value: unknown): string | undefined {
  return typeof value === 'string' && CLASSES.includes(value) ? value : undefined;
}

function literalDate(value: unknown): string | undefined {
  return typeof value === 'string' && !isUnresolved(value) && isCalendarDate(value) ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && !isUnresolved(value) && Number.isInteger(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
