// Reading the records of a COS trigger message: which records there are, which bucket, region and object each one
// is about, and what happened. Deployed with the function: no imports outside this folder.
import { CosTriggerEvent, CosTriggerRecord, objectKeyOf, regionOfCode } from './cos-trigger-event';

/** What a function read from its argument, or an error saying that the argument is no record of a COS message. */
function need<T>(value: T | undefined, fn: string, shape: string): T {
  if (value === undefined || value === null) throw new Error(`${fn}: expected a record of a COS message (${shape})`);
  return value;
}

/** The three families of COS events, by the prefix of their names. */
export type CosEventFamily = 'created' | 'removed' | 'restored';

const FAMILY_PREFIXES: ReadonlyArray<[string, CosEventFamily]> = [
  ['cos:ObjectCreated:', 'created'],
  ['cos:ObjectRemove:', 'removed'],
  ['cos:ObjectRestore:', 'restored'],
];

/**
 * The records of a COS trigger message, in the order COS merged them. A message without a `Records` array (an
 * invocation from the console's test button with an empty event, for instance) has none.
 */
export function recordsOf(event: CosTriggerEvent | null | undefined): readonly CosTriggerRecord[] {
  const records = (event as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) ? records as CosTriggerRecord[] : [];
}

/** The full bucket name of a record, `<name>-<appid>`, as the COS SDKs and Terraform name it. */
export function bucketOf(record: Pick<CosTriggerRecord, 'cos'>): string {
  const { name, appid } = need(record?.cos?.cosBucket, 'bucketOf', '{ cos: { cosBucket } }');
  return `${String(name)}-${String(appid)}`;
}

/**
 * The region name of a record's bucket (`gz` in the message becomes `ap-guangzhou`).
 * @param fallback returned when the short code is not a documented one
 * @throws when the short code is unknown and no fallback is given
 */
export function regionOf(record: Pick<CosTriggerRecord, 'cos'>, fallback?: string): string {
  try {
    return regionOfCode(need(record?.cos?.cosBucket?.region, 'regionOf', '{ cos: { cosBucket: { region } } }'));
  } catch (e) {
    if (fallback !== undefined) return fallback;
    throw e;
  }
}

/** The family of a record's event (`cos:ObjectCreated:Put` is `created`), or undefined for another name. */
export function eventFamilyOf(record: Pick<CosTriggerRecord, 'event'>): CosEventFamily | undefined {
  const name = String(need(record?.event?.eventName, 'eventFamilyOf', '{ event: { eventName } }'));
  return FAMILY_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1];
}

/** What a handler usually needs of one record, read once. */
export interface CosObjectChange {
  /** The full bucket name, `<name>-<appid>`. */
  readonly bucket: string;
  /** The bare, URL-decoded object key. */
  readonly key: string;
  /** The event name, e.g. `cos:ObjectCreated:Put`. */
  readonly event: string;
  /** The event's family, undefined for a name outside the three. */
  readonly family: CosEventFamily | undefined;
  /** The object size in bytes (0 when the message has none). */
  readonly size: number;
  /** The version id; empty when the bucket has no versioning. */
  readonly versionId: string;
  /** The event time in Unix seconds (0 when the message has none). */
  readonly eventTime: number;
}

/** The bucket, key, event, size, version and time of a record. */
export function changeOf(record: CosTriggerRecord): CosObjectChange {
  const bucket = bucketOf(record);
  const family = eventFamilyOf(record);
  return {
    bucket,
    key: objectKeyOf(record),
    event: record.event.eventName,
    family,
    size: Number(record.cos.cosObject.size) || 0,
    versionId: record.cos.cosObject.vid || '',
    eventTime: Number(record.event.eventTime) || 0,
  };
}

/**
 * Calls `fn` for each record of a message in turn, the next one when the previous one's promise has settled, and
 * returns the results in record order. One record at a time keeps the function's memory and connections bounded.
 */
export async function mapRecords<T>(
  event: CosTriggerEvent | null | undefined,
  fn: (change: CosObjectChange, record: CosTriggerRecord) => T | Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (const record of recordsOf(event)) results.push(await fn(changeOf(record), record));
  return results;
}
