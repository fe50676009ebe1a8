import { editDistance, quote } from './validation';

/**
 * The COS event types that can notify an SCF function, with their wire names as values.
 *
 * Names are case-sensitive. A wildcard (`cos:ObjectCreated:*`, `cos:ObjectRemove:*`) covers every event of its
 * family; there is no wildcard for the restore family.
 *
 * @see https://www.tencentcloud.com/document/product/583/9707
 */
export enum CosEvent {
  /** Any object creation: every `cos:ObjectCreated:...` event below. */
  OBJECT_CREATED = 'cos:ObjectCreated:*',
  /** An object was created with PUT Object (simple upload). */
  OBJECT_CREATED_PUT = 'cos:ObjectCreated:Put',
  /** An object was created with POST Object (browser form upload). */
  OBJECT_CREATED_POST = 'cos:ObjectCreated:Post',
  /** An object was created with PUT Object - Copy. */
  OBJECT_CREATED_COPY = 'cos:ObjectCreated:Copy',
  /** A multipart upload was completed (Complete Multipart Upload). */
  OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD = 'cos:ObjectCreated:CompleteMultipartUpload',
  /** An object was created by origin-pull (image origin-pull from the bucket's origin server). */
  OBJECT_CREATED_ORIGIN = 'cos:ObjectCreated:Origin',
  /** An object was created by cross-region replication. */
  OBJECT_CREATED_REPLICATION = 'cos:ObjectCreated:Replication',
  /** Any object removal: every `cos:ObjectRemove:...` event below. */
  OBJECT_REMOVE = 'cos:ObjectRemove:*',
  /** DELETE Object on a bucket without versioning, or deletion of a specific object version. */
  OBJECT_REMOVE_DELETE = 'cos:ObjectRemove:Delete',
  /** DELETE Object on a versioned (or versioning-suspended) bucket created a delete marker. */
  OBJECT_REMOVE_DELETE_MARKER_CREATED = 'cos:ObjectRemove:DeleteMarkerCreated',
  /** A restore job for an archived object was created (POST Object restore). */
  OBJECT_RESTORE_POST = 'cos:ObjectRestore:Post',
  /** A restore job for an archived object completed. */
  OBJECT_RESTORE_COMPLETED = 'cos:ObjectRestore:Completed',
}

/** Every COS event type, in the order COS documents them. Not exported from the package root. */
export const ALL_COS_EVENTS: readonly CosEvent[] = Object.freeze([
  CosEvent.OBJECT_CREATED,
  CosEvent.OBJECT_CREATED_PUT,
  CosEvent.OBJECT_CREATED_POST,
  CosEvent.OBJECT_CREATED_COPY,
  CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD,
  CosEvent.OBJECT_CREATED_ORIGIN,
  CosEvent.OBJECT_CREATED_REPLICATION,
  CosEvent.OBJECT_REMOVE,
  CosEvent.OBJECT_REMOVE_DELETE,
  CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED,
  CosEvent.OBJECT_RESTORE_POST,
  CosEvent.OBJECT_RESTORE_COMPLETED,
]);

const EVENT_SET: ReadonlySet<string> = new Set(ALL_COS_EVENTS);

/** True when `value` is exactly one of the 12 COS event type names. */
export function isCosEvent(value: unknown): value is CosEvent {
  return typeof value === 'string' && EVENT_SET.has(value);
}

/** The family of an event: `cos:ObjectCreated`, `cos:ObjectRemove` or `cos:ObjectRestore`. */
export function eventFamily(event: CosEvent): string {
  return event.slice(0, event.lastIndexOf(':'));
}

/** True for the two wildcard event types. */
export function isWildcardEvent(event: CosEvent): boolean {
  return event.endsWith(':*');
}

/** The concrete (non-wildcard) events an event type stands for: itself, or every member of its family. */
export function concreteEvents(event: CosEvent): CosEvent[] {
  if (!isWildcardEvent(event)) return [event];
  const family = eventFamily(event);
  return ALL_COS_EVENTS.filter((e) => !isWildcardEvent(e) && eventFamily(e) === family);
}

/**
 * Explains why a value is not a COS event type, with the closest valid name when there is one.
 * Returns undefined for a valid event type.
 */
export function explainInvalidEvent(value: unknown): string | undefined {
  if (isCosEvent(value)) return undefined;
  const allowed = `Allowed: ${ALL_COS_EVENTS.map((e) => `'${e}'`).join(', ')} (or the CosEvent enum).`;
  if (typeof value !== 'string') {
    return `${quote(value)} is not a COS event type: event types are strings. ${allowed}`;
  }
  // The restore family has no wildcard; the closest name by spelling ('cos:ObjectRemove:*') would be wrong.
  if (/^(s3:|cos:\s*)?ObjectRestored?:\*$/i.test(value.trim())) {
    return `${quote(value)} is not a COS event type: there is no wildcard for the restore family. ` +
      `List both 'cos:ObjectRestore:Post' and 'cos:ObjectRestore:Completed' (or use bucket.onObjectRestored()). ${allowed}`;
  }
  const suggestion = suggestEvent(value);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return `${quote(value)} is not a COS event type.${hint} ${allowed}`;
}

/** The closest valid event name for a misspelt one, or undefined when nothing is close. */
function suggestEvent(value: string): CosEvent | undefined {
  // Normalise the common mistakes: S3's prefix, a missing or spaced 'cos:' prefix, wrong case.
  let v = value.trim().replace(/^s3:/i, 'cos:').replace(/^cos:\s+/i, 'cos:');
  if (!/^cos:/i.test(v)) v = `cos:${v}`;
  const exact = ALL_COS_EVENTS.find((e) => e.toLowerCase() === v.toLowerCase());
  if (exact) return exact;
  // S3 names the removal family 'ObjectRemoved'.
  const s3 = v.replace(/^cos:ObjectRemoved:/i, 'cos:ObjectRemove:');
  const s3exact = ALL_COS_EVENTS.find((e) => e.toLowerCase() === s3.toLowerCase());
  if (s3exact) return s3exact;
  const limit = Math.max(3, Math.floor(value.length / 4));
  const lower = s3.toLowerCase();
  let best: CosEvent | undefined;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const e of ALL_COS_EVENTS) {
    const name = e.toLowerCase();
    // The distance is at least the difference in length: a name further than the limit that way is never
    // suggested, and measuring it against a long value would cost length times length steps.
    if (Math.abs(lower.length - name.length) > limit) continue;
    const d = editDistance(lower, name);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
