// PUT Bucket lifecycle as COS checks it, and the stored rules as tests read them. The rules checked are those
// of the COS API document (PUT Bucket lifecycle, 436/8280: at most 1,000 rules, an ID of up to 255 characters,
// Days and Date not in the same rule) and the answer COS gives to a rule that mixes them
// (tencentcloudstack/terraform-provider-tencentcloud#288: InvalidArgument, "Check Expiration and Transition in
// same rule failure"). The XML is the S3 shape the provider's COS client sends: Rule/ID, Status, Filter/Prefix,
// Transition, Expiration, NoncurrentVersionTransition, NoncurrentVersionExpiration, AbortIncompleteMultipartUpload.
import { CosError } from './cos-state';
import { XmlElement, childOf, childrenOf, textOf } from './cos-xml';

/** One stored lifecycle rule, as a test compares it with what was declared. Dates are `YYYY-MM-DD`. */
export interface LiveLifecycleRule {
  readonly id?: string;
  readonly status: 'Enabled' | 'Disabled';
  /** `''` for every object. */
  readonly prefix: string;
  readonly transitions: ReadonlyArray<{ readonly storageClass: string; readonly days?: number; readonly date?: string }>;
  readonly expiration?: { readonly days?: number; readonly date?: string; readonly expiredObjectDeleteMarker?: boolean };
  readonly noncurrentVersionTransitions: ReadonlyArray<{ readonly storageClass: string; readonly days: number }>;
  readonly noncurrentVersionExpirationDays?: number;
  readonly abortIncompleteMultipartUploadAfterDays?: number;
}

const MAX_RULES = 1000;
const MAX_ID_LENGTH = 255;
/** The classes a rule can move objects to (COS document 436/33417; STANDARD is where objects start). */
const TARGET_CLASSES = ['STANDARD_IA', 'MAZ_STANDARD_IA', 'INTELLIGENT_TIERING', 'MAZ_INTELLIGENT_TIERING', 'ARCHIVE', 'DEEP_ARCHIVE'];

/**
 * A problem with a lifecycle configuration (answered as MalformedXML), or undefined.
 * @throws CosError InvalidArgument for a rule that counts in days and by date
 */
export function checkLifecycle(doc: XmlElement): string | undefined {
  const rules = childrenOf(doc, 'Rule');
  if (rules.length === 0) return 'LifecycleConfiguration needs at least one Rule';
  if (rules.length > MAX_RULES) return `a bucket holds at most ${MAX_RULES} lifecycle rules, got ${rules.length}`;
  const ids = rules.map((r) => textOf(r, 'ID')).filter((id): id is string => id !== undefined && id !== '');
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) return `the rule ID ${JSON.stringify(duplicate)} appears twice`;
  for (const rule of rules) {
    const problem = ruleProblem(rule);
    if (problem) return problem;
  }
  return undefined;
}

function ruleProblem(rule: XmlElement): string | undefined {
  const status = textOf(rule, 'Status');
  if (status !== 'Enabled' && status !== 'Disabled') return `Rule Status must be Enabled or Disabled, got ${JSON.stringify(status)}`;
  if ((textOf(rule, 'ID') ?? '').length > MAX_ID_LENGTH) return `a rule ID has at most ${MAX_ID_LENGTH} characters`;
  const timed = [...childrenOf(rule, 'Transition'), ...childrenOf(rule, 'Expiration')];
  const transitions = childrenOf(rule, 'Transition').map(transitionOf);
  for (const t of [...transitions, ...childrenOf(rule, 'NoncurrentVersionTransition').map(noncurrentOf)]) {
    if (!TARGET_CLASSES.includes(t.storageClass)) return `StorageClass ${JSON.stringify(t.storageClass)} is not one a rule can transition to`;
  }
  if (transitions.some((t) => (t.days === undefined) === (t.date === undefined))) return 'a Transition needs exactly one of Days and Date';
  if (transitions.some((t) => t.days !== undefined && (!Number.isInteger(t.days) || t.days < 0))) return 'Transition Days must be a non-negative integer';
  const expiration = childOf(rule, 'Expiration');
  if (expiration && expirationOf(expiration) === undefined) return 'an Expiration needs Days (a positive integer), Date or ExpiredObjectDeleteMarker';
  const byDays = timed.some((e) => textOf(e, 'Days') !== undefined);
  const byDate = timed.some((e) => textOf(e, 'Date') !== undefined);
  if (byDays && byDate) throw new CosError(400, 'InvalidArgument', 'Check Expiration and Transition in same rule failure.');
  const noncurrentExpiration = childOf(rule, 'NoncurrentVersionExpiration');
  if (noncurrentExpiration && !(positive(textOf(noncurrentExpiration, 'NoncurrentDays')) !== undefined)) return 'NoncurrentVersionExpiration needs NoncurrentDays, a positive integer';
  const abort = childOf(rule, 'AbortIncompleteMultipartUpload');
  if (abort && positive(textOf(abort, 'DaysAfterInitiation')) === undefined) return 'AbortIncompleteMultipartUpload needs DaysAfterInitiation, a positive integer';
  const actions = ['Transition', 'Expiration', 'NoncurrentVersionTransition', 'NoncurrentVersionExpiration', 'AbortIncompleteMultipartUpload'];
  if (!actions.some((a) => childOf(rule, a))) return 'a Rule needs at least one action';
  return undefined;
}

/** The stored rules of a lifecycle configuration, in order. */
export function liveLifecycle(doc: XmlElement): LiveLifecycleRule[] {
  return childrenOf(doc, 'Rule').map((rule) => {
    const id = textOf(rule, 'ID');
    const expiration = childOf(rule, 'Expiration');
    const noncurrentDays = positive(textOf(childOf(rule, 'NoncurrentVersionExpiration'), 'NoncurrentDays'));
    const abortDays = positive(textOf(childOf(rule, 'AbortIncompleteMultipartUpload'), 'DaysAfterInitiation'));
    const expires = expiration ? expirationOf(expiration) : undefined;
    return {
      ...(id ? { id } : {}),
      status: textOf(rule, 'Status') === 'Disabled' ? 'Disabled' : 'Enabled',
      prefix: textOf(childOf(rule, 'Filter'), 'Prefix') ?? textOf(rule, 'Prefix') ?? '',
      transitions: childrenOf(rule, 'Transition').map(transitionOf),
      ...(expires ? { expiration: expires } : {}),
      noncurrentVersionTransitions: childrenOf(rule, 'NoncurrentVersionTransition').map(noncurrentOf),
      ...(noncurrentDays !== undefined ? { noncurrentVersionExpirationDays: noncurrentDays } : {}),
      ...(abortDays !== undefined ? { abortIncompleteMultipartUploadAfterDays: abortDays } : {}),
    };
  });
}

function transitionOf(t: XmlElement): { storageClass: string; days?: number; date?: string } {
  const days = textOf(t, 'Days');
  const date = textOf(t, 'Date');
  return {
    storageClass: textOf(t, 'StorageClass') ?? '',
    ...(days !== undefined ? { days: Number(days) } : {}),
    ...(date !== undefined ? { date: date.slice(0, 10) } : {}),
  };
}

function noncurrentOf(t: XmlElement): { storageClass: string; days: number } {
  return { storageClass: textOf(t, 'StorageClass') ?? '', days: Number(textOf(t, 'NoncurrentDays') ?? 'NaN') };
}

function expirationOf(e: XmlElement): LiveLifecycleRule['expiration'] {
  const days = positive(textOf(e, 'Days'));
  const date = textOf(e, 'Date');
  const marker = textOf(e, 'ExpiredObjectDeleteMarker') === 'true';
  if (days === undefined && date === undefined && !marker) return undefined;
  return {
    ...(days !== undefined ? { days } : {}),
    ...(date !== undefined ? { date: date.slice(0, 10) } : {}),
    ...(marker ? { expiredObjectDeleteMarker: true } : {}),
  };
}

function positive(text: string | undefined): number | undefined {
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
