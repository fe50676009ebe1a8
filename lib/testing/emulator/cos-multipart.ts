// Multipart uploads (COS documents 436/7746 Initiate, 436/7750 Upload Part, 436/7742 Complete, 436/7740 Abort,
// 436/7747 List Parts): the rules COS checks when an upload completes.
import { createHash } from 'crypto';
import { BucketRecord, CosError, CosState, MultipartUpload, ObjectVersion, StorageClass, checkKey } from './cos-state';

/** Smallest part but the last (COS: 1 MB). */
export const MIN_PART_SIZE = 1024 * 1024;
/** Highest part number. */
export const MAX_PART_NUMBER = 10000;

/** Starts an upload. */
export function initiateUpload(state: CosState, bucket: BucketRecord, key: string,
  fields: { contentType: string; headers: { readonly [name: string]: string }; storageClass: StorageClass }): MultipartUpload {
  checkKey(key);
  const upload: MultipartUpload = { uploadId: state.newId('upload'), key, initiated: new Date(), ...fields, parts: new Map() };
  bucket.uploads.set(upload.uploadId, upload);
  return upload;
}

/** The upload with this id for this key. @throws NoSuchUpload */
export function uploadOf(bucket: BucketRecord, key: string, uploadId: string): MultipartUpload {
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== key) {
    throw new CosError(404, 'NoSuchUpload', `The specified multipart upload does not exist: upload id ${uploadId} for key ${key}`);
  }
  return upload;
}

/** Stores one part; a part number sent again replaces the earlier part. @throws InvalidArgument, NoSuchUpload */
export function uploadPart(bucket: BucketRecord, key: string, uploadId: string, partNumber: string | null, body: Buffer): string {
  const upload = uploadOf(bucket, key, uploadId);
  const n = Number(partNumber);
  if (partNumber === null || !Number.isInteger(n) || n < 1 || n > MAX_PART_NUMBER) {
    throw new CosError(400, 'InvalidArgument', `partNumber must be a whole number from 1 to ${MAX_PART_NUMBER}, got ${JSON.stringify(partNumber)}`);
  }
  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  upload.parts.set(n, { body, etag, lastModified: new Date() });
  return etag;
}

/**
 * Completes an upload from the client's part list: parts in ascending order, each uploaded with that ETag, every
 * part but the last at least 1 MB. The object's ETag is the MD5 of the parts' MD5s, `-<count>`.
 * @throws MalformedXML, InvalidPartOrder, InvalidPart, EntityTooSmall, NoSuchUpload
 */
export function completeUpload(state: CosState, bucket: BucketRecord, key: string, uploadId: string,
  parts: ReadonlyArray<{ partNumber: number; etag: string }>): ObjectVersion {
  const upload = uploadOf(bucket, key, uploadId);
  if (parts.length === 0) throw new CosError(400, 'MalformedXML', 'CompleteMultipartUpload lists no parts');
  const chosen = parts.map((p, i) => {
    if (i > 0 && p.partNumber <= parts[i - 1].partNumber) {
      throw new CosError(400, 'InvalidPartOrder', `The list of parts was not in ascending order: part ${p.partNumber} follows part ${parts[i - 1].partNumber}`);
    }
    const part = upload.parts.get(p.partNumber);
    if (!part || unquote(part.etag) !== unquote(p.etag)) {
      throw new CosError(400, 'InvalidPart', `Part ${p.partNumber} was not uploaded, or its ETag ${p.etag} does not match the uploaded part`);
    }
    return part;
  });
  chosen.slice(0, -1).forEach((part, i) => {
    if (part.body.length < MIN_PART_SIZE) {
      throw new CosError(400, 'EntityTooSmall', `Part ${parts[i].partNumber} is ${part.body.length} bytes; every part but the last must be at least ${MIN_PART_SIZE} bytes`);
    }
  });
  const digest = createHash('md5');
  for (const part of chosen) digest.update(Buffer.from(unquote(part.etag), 'hex'));
  bucket.uploads.delete(uploadId);
  return state.write(bucket, {
    key,
    body: Buffer.concat(chosen.map((p) => p.body)),
    etag: `"${digest.digest('hex')}-${chosen.length}"`,
    contentType: upload.contentType,
    headers: upload.headers,
    storageClass: upload.storageClass,
  }, 'cos:ObjectCreated:CompleteMultipartUpload');
}

/** Abandons an upload. @throws NoSuchUpload */
export function abortUpload(bucket: BucketRecord, key: string, uploadId: string): void {
  uploadOf(bucket, key, uploadId);
  bucket.uploads.delete(uploadId);
}

function unquote(etag: string): string {
  return etag.replace(/^"|"$/g, '').toLowerCase();
}
