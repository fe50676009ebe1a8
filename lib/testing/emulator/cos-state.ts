// The emulated COS account: buckets, their configuration documents, and objects with their versions. Pure state
// and rules, no HTTP: cos.ts and its helpers translate requests into these operations, and every object created,
// removed or restored is announced to the listeners (event delivery).
import { createHash } from 'crypto';
import type { XmlElement } from './cos-xml';

/** A COS request refused with an error code (COS API document 436/7730). */
export class CosError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string,
    public readonly headers: { readonly [name: string]: string } = {}) {
    super(message);
  }
}

/** Storage classes COS accepts in `x-cos-storage-class` (COS document 436/33417, "Storage Class Overview"). */
export const STORAGE_CLASSES = [
  'STANDARD', 'STANDARD_IA', 'INTELLIGENT_TIERING', 'ARCHIVE', 'DEEP_ARCHIVE',
  'MAZ_STANDARD', 'MAZ_STANDARD_IA', 'MAZ_INTELLIGENT_TIERING', 'MAZ_ARCHIVE',
] as const;
/** A COS storage class. */
export type StorageClass = typeof STORAGE_CLASSES[number];

/** Classes whose objects must be restored (POST Object restore) before they can be read. */
export function isArchiveClass(storageClass: StorageClass): boolean {
  return storageClass === 'ARCHIVE' || storageClass === 'DEEP_ARCHIVE' || storageClass === 'MAZ_ARCHIVE';
}

/** The temporary copy of an archived object. */
export interface RestoreStatus {
  /** True while the restore job runs. */
  ongoing: boolean;
  /** When the restored copy expires; set when the job completes. */
  expiry?: Date;
  days: number;
  tier: string;
}

/** One version of an object, or a delete marker. */
export interface ObjectVersion {
  readonly key: string;
  /** `'null'` for objects written while versioning was never enabled or was suspended. */
  readonly versionId: string;
  readonly deleteMarker: boolean;
  readonly body: Buffer;
  /** Quoted, as COS sends it: `"<md5 hex>"`, or `"<hex>-<parts>"` after a multipart upload. */
  readonly etag: string;
  readonly lastModified: Date;
  readonly contentType: string;
  /** Stored headers answered on GET/HEAD: `x-cos-meta-*`, Cache-Control, Content-Disposition, ... */
  readonly headers: { readonly [name: string]: string };
  readonly storageClass: StorageClass;
  restore?: RestoreStatus;
}

/** A multipart upload in progress. */
export interface MultipartUpload {
  readonly uploadId: string;
  readonly key: string;
  readonly initiated: Date;
  readonly contentType: string;
  readonly headers: { readonly [name: string]: string };
  readonly storageClass: StorageClass;
  readonly parts: Map<number, { readonly body: Buffer; readonly etag: string; readonly lastModified: Date }>;
}

/** A bucket and everything in it. */
export interface BucketRecord {
  /** `<name>-<appid>`. */
  readonly name: string;
  readonly region: string;
  readonly createdAt: Date;
  /** Created by the test through `createBucket` (it existed before Terraform ran). */
  seeded: boolean;
  /** The canned ACL (`private`, `public-read`, `public-read-write`). */
  acl: string;
  /** The AccessControlPolicy document of the last PUT Bucket acl with a body, when there was one. */
  aclPolicy?: XmlElement;
  /** Undefined until versioning is first configured; it can then only be suspended, never removed. */
  versioning?: 'Enabled' | 'Suspended';
  /** Configuration documents by sub-resource (`cors`, `lifecycle`, ...): a parsed XML element or a JSON text. */
  readonly configs: Map<string, XmlElement | string>;
  /** Versions by key, newest first. */
  readonly objects: Map<string, ObjectVersion[]>;
  readonly uploads: Map<string, MultipartUpload>;
}

/** What one object operation did, as event delivery needs it. */
export interface ObjectEventRecord {
  /** `<name>-<appid>`. */
  readonly bucket: string;
  readonly region: string;
  readonly key: string;
  /** The concrete event, e.g. `cos:ObjectCreated:Put`. */
  readonly event: string;
  readonly size: number;
  /** The version id, `''` when the bucket has no versioning. */
  readonly versionId: string;
  readonly contentType: string;
  /** The object's `x-cos-meta-*` headers. */
  readonly meta: { readonly [name: string]: string };
  /** When it happened (milliseconds). */
  readonly time: number;
}

/** Listener of object events. */
export type ObjectEventListener = (event: ObjectEventRecord) => void;

/** Most buckets one account may own (COS document 436/13312, "Bucket Overview"). */
export const MAX_BUCKETS = 200;
/** Longest object key in UTF-8 bytes (COS document 436/13324, "Object Overview"). */
export const MAX_KEY_BYTES = 850;

/** Quoted MD5 of a body, as COS answers in ETag. */
export function etagOf(body: Buffer): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

/** The account's buckets and objects. */
export class CosState {
  public readonly buckets = new Map<string, BucketRecord>();
  private readonly listeners: ObjectEventListener[] = [];
  private sequence = 0;

  constructor(public readonly appId: string, public readonly ownerUin: string) {}

  /** Registers a listener for every object created, removed or restored. */
  public onObjectEvent(listener: ObjectEventListener): void {
    this.listeners.push(listener);
  }

  /** Announces an object event to the listeners. */
  public emit(bucket: BucketRecord, version: ObjectVersion, event: string): void {
    const meta: { [name: string]: string } = {};
    for (const [name, value] of Object.entries(version.headers)) if (name.startsWith('x-cos-meta-')) meta[name] = value;
    const record: ObjectEventRecord = {
      bucket: bucket.name,
      region: bucket.region,
      key: version.key,
      event,
      size: version.deleteMarker ? 0 : version.body.length,
      versionId: version.versionId === 'null' ? '' : version.versionId,
      contentType: version.contentType,
      meta,
      time: Date.now(),
    };
    for (const listener of this.listeners) listener(record);
  }

  /** A new unique id (upload ids, version ids, request ids). */
  public newId(kind: string): string {
    this.sequence += 1;
    return createHash('sha256').update(`${kind}:${this.sequence}:${Date.now()}:${Math.random()}`).digest('base64url').slice(0, 27);
  }

  /** A bucket in a region. @throws NoSuchBucket */
  public bucket(name: string, region: string): BucketRecord {
    const found = this.buckets.get(name);
    if (!found) throw new CosError(404, 'NoSuchBucket', `The specified bucket does not exist: ${name}`);
    if (found.region !== region) {
      throw new CosError(404, 'NoSuchBucket', `The specified bucket does not exist in ${region}: ${name} is in ${found.region}`);
    }
    return found;
  }

  /** Creates a bucket. @throws InvalidBucketName, BucketAlreadyOwnedByYou, BucketAlreadyExists, TooManyBuckets */
  public createBucket(name: string, region: string, acl: string, seeded: boolean): BucketRecord {
    const problem = bucketNameProblem(name, region, this.appId);
    if (problem) throw new CosError(400, 'InvalidBucketName', problem);
    const existing = this.buckets.get(name);
    if (existing && existing.region === region) {
      throw new CosError(409, 'BucketAlreadyOwnedByYou', `The bucket ${name} already exists in ${region} and you own it`);
    }
    if (existing) {
      throw new CosError(409, 'BucketAlreadyExists', `The bucket name ${name} is taken (it exists in ${existing.region}); bucket names are unique across regions`);
    }
    if (this.buckets.size >= MAX_BUCKETS) {
      throw new CosError(400, 'TooManyBuckets', `An account may own at most ${MAX_BUCKETS} buckets`);
    }
    const bucket: BucketRecord = {
      name, region, createdAt: new Date(), seeded, acl, configs: new Map(), objects: new Map(), uploads: new Map(),
    };
    this.buckets.set(name, bucket);
    return bucket;
  }

  /** Deletes an empty bucket. @throws NoSuchBucket, BucketNotEmpty */
  public deleteBucket(name: string, region: string): void {
    const bucket = this.bucket(name, region);
    const versions = [...bucket.objects.values()].reduce((n, list) => n + list.length, 0);
    if (versions > 0) {
      throw new CosError(409, 'BucketNotEmpty', `The bucket you tried to delete is not empty: ${name} holds ${versions} object version(s) or delete marker(s)`);
    }
    this.buckets.delete(name);
  }

  /** The version a read without a version id sees, or undefined. */
  public latest(bucket: BucketRecord, key: string): ObjectVersion | undefined {
    return bucket.objects.get(key)?.[0];
  }

  /**
   * The version a GET or HEAD reads. @throws NoSuchKey (absent, or latest is a delete marker), NoSuchVersion,
   * MethodNotAllowed (a delete marker asked by version id)
   */
  public read(bucket: BucketRecord, key: string, versionId?: string): ObjectVersion {
    const versions = bucket.objects.get(key) ?? [];
    if (versionId !== undefined) {
      const found = versions.find((v) => v.versionId === versionId);
      if (!found) throw new CosError(404, 'NoSuchVersion', `The specified version does not exist: ${key} version ${versionId}`);
      if (found.deleteMarker) {
        throw new CosError(405, 'MethodNotAllowed', `The specified version of ${key} is a delete marker`, { 'x-cos-delete-marker': 'true' });
      }
      return found;
    }
    const latest = versions[0];
    if (!latest) throw new CosError(404, 'NoSuchKey', `The specified key does not exist: ${key}`);
    if (latest.deleteMarker) {
      throw new CosError(404, 'NoSuchKey', `The specified key does not exist: ${key} (its latest version is a delete marker)`,
        { 'x-cos-delete-marker': 'true', 'x-cos-version-id': latest.versionId });
    }
    return latest;
  }

  /** Stores a new object version (PUT, POST, copy, multipart completion) and announces `event`. */
  public write(bucket: BucketRecord, fields: Omit<ObjectVersion, 'versionId' | 'deleteMarker' | 'lastModified'>, event: string): ObjectVersion {
    checkKey(fields.key);
    const version: ObjectVersion = {
      ...fields,
      versionId: bucket.versioning === 'Enabled' ? this.newId('version') : 'null',
      deleteMarker: false,
      lastModified: new Date(),
    };
    this.insert(bucket, version);
    this.emit(bucket, version, event);
    return version;
  }

  /**
   * DELETE Object: without a version id, removes the object (no versioning) or adds a delete marker (versioning
   * enabled or suspended); with one, removes that version for good.
   */
  public delete(bucket: BucketRecord, key: string, versionId?: string): { versionId?: string; deleteMarker: boolean } {
    const versions = bucket.objects.get(key) ?? [];
    if (versionId !== undefined) {
      const index = versions.findIndex((v) => v.versionId === versionId);
      if (index < 0) {
        if (versionId === 'null' || bucket.versioning !== undefined) return { versionId, deleteMarker: false };
        throw new CosError(400, 'InvalidArgument', `Invalid version id specified: ${versionId}`);
      }
      const [removed] = versions.splice(index, 1);
      if (versions.length === 0) bucket.objects.delete(key);
      // A removed delete marker uncovers the previous version: nothing is created or removed, no event.
      if (!removed.deleteMarker) this.emit(bucket, removed, 'cos:ObjectRemove:Delete');
      return { versionId, deleteMarker: removed.deleteMarker };
    }
    if (bucket.versioning === undefined) {
      const removed = versions[0];
      if (removed) {
        bucket.objects.delete(key);
        this.emit(bucket, removed, 'cos:ObjectRemove:Delete');
      }
      return { deleteMarker: false };
    }
    const marker: ObjectVersion = {
      key,
      versionId: bucket.versioning === 'Enabled' ? this.newId('version') : 'null',
      deleteMarker: true,
      body: Buffer.alloc(0),
      etag: '',
      lastModified: new Date(),
      contentType: '',
      headers: {},
      storageClass: 'STANDARD',
    };
    this.insert(bucket, marker);
    this.emit(bucket, marker, 'cos:ObjectRemove:DeleteMarkerCreated');
    return { versionId: marker.versionId, deleteMarker: true };
  }

  /** Every key with its latest version, sorted by key (UTF-8 byte order, as COS lists). */
  public currentObjects(bucket: BucketRecord): ObjectVersion[] {
    return sortedKeys(bucket).map((k) => bucket.objects.get(k)![0]).filter((v) => !v.deleteMarker);
  }

  /** Every version and delete marker, by key, newest first within a key. */
  public allVersions(bucket: BucketRecord): ObjectVersion[] {
    return sortedKeys(bucket).flatMap((k) => bucket.objects.get(k)!);
  }

  private insert(bucket: BucketRecord, version: ObjectVersion): void {
    const versions = bucket.objects.get(version.key) ?? [];
    // A 'null' version (no versioning, or suspended) replaces the previous 'null' version.
    const kept = version.versionId === 'null' ? versions.filter((v) => v.versionId !== 'null') : versions;
    bucket.objects.set(version.key, [version, ...kept]);
  }
}

function sortedKeys(bucket: BucketRecord): string[] {
  return [...bucket.objects.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** Why an object key is refused, per COS document 436/13324. @throws KeyTooLongError, InvalidURI */
export function checkKey(key: string): void {
  if (key === '') throw new CosError(400, 'InvalidURI', 'The object key is empty');
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw new CosError(400, 'KeyTooLongError', `The object key is ${Buffer.byteLength(key)} bytes long; COS allows at most ${MAX_KEY_BYTES}`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(key)) throw new CosError(400, 'InvalidURI', `The object key ${JSON.stringify(key)} holds control characters`);
}

/**
 * Why a bucket name is invalid, or undefined. COS document 436/13312: `<name>-<appid>`, lowercase letters,
 * digits and `-`, not starting or ending with `-`; the whole domain `<name>-<appid>.cos.<region>.myqcloud.com`
 * at most 60 characters.
 */
export function bucketNameProblem(bucket: string, region: string, appId: string): string | undefined {
  const match = /^(.+)-(\d+)$/.exec(bucket);
  if (!match) return `The bucket name ${JSON.stringify(bucket)} has no -<APPID> suffix (e.g. photos-${appId})`;
  if (match[2] !== appId) return `The bucket ${bucket} ends in APPID ${match[2]}, but this account's APPID is ${appId}`;
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(match[1])) {
    return `The bucket name ${JSON.stringify(match[1])} may only hold lowercase letters, digits and '-', and may not start or end with '-'`;
  }
  const domain = `${bucket}.cos.${region}.myqcloud.com`;
  if (domain.length > 60) return `The bucket domain ${domain} is ${domain.length} characters long; COS allows at most 60`;
  return undefined;
}
