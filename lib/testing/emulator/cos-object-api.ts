// Object requests: PUT (and PUT Object - Copy), GET, HEAD, DELETE, multipart uploads and POST Object restore.
// Every write and removal goes through CosState, which announces it to event delivery.
import { createHash } from 'crypto';
import { parseBody } from './cos-bucket-config';
import type { CosOperationResult, CosRequestContext } from './cos-context';
import { imageMogr2 } from './cos-image';
import { abortUpload, completeUpload, initiateUpload, uploadOf, uploadPart } from './cos-multipart';
import { cosHeader, encodeKey, isSignatureParameter } from './cos-request';
import { isReadable, restoreHeader } from './cos-restore';
import { BucketRecord, CosError, ObjectVersion, STORAGE_CLASSES, StorageClass, etagOf } from './cos-state';
import { buildXml, childOf, childrenOf, textOf, xmlResponse } from './cos-xml';
import type { EmulatorResponse } from './http';

/** Query parameters that modify a GET or select a version rather than name a sub-resource. */
const OBJECT_PARAMETERS = new Set([
  'versionId', 'response-content-type', 'response-content-language', 'response-expires', 'response-cache-control',
  'response-content-disposition', 'response-content-encoding',
]);

/** Headers stored with an object and answered on GET/HEAD. */
const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires', 'x-cos-server-side-encryption'];

/** Headers the emulator does not implement: refused loudly rather than ignored. */
const UNIMPLEMENTED_HEADERS = ['x-cos-forbid-overwrite', 'x-cos-tagging', 'x-cos-object-lock-mode', 'x-cos-server-side-encryption-customer-algorithm'];

/** Serves a request for an object. */
export function handleObjectRequest(context: CosRequestContext): CosOperationResult {
  const { request, state } = context;
  const names = [...request.query.keys()].filter((n) => !OBJECT_PARAMETERS.has(n) && !isSignatureParameter(n));
  const subresource = names.find((n) => n !== 'uploadId' && n !== 'partNumber') ?? (names.length > 0 ? names.join('&') : undefined);
  const bucket = state.bucket(context.bucketName, context.region);
  const unimplemented = UNIMPLEMENTED_HEADERS.find((h) => request.headers[h] !== undefined);
  if (unimplemented) throw new CosError(501, 'NotImplemented', `The emulator does not implement the ${unimplemented} header`);
  const copySource = cosHeader(context, 'copy-source');
  const versionId = request.query.get('versionId') ?? undefined;
  const uploadId = request.query.get('uploadId');
  const route = `${request.method} ${subresource ?? ''}`;
  switch (route) {
    case 'PUT ': return copySource === undefined ? putObject(context, bucket) : copyObject(context, bucket, copySource);
    case 'PUT partNumber&uploadId':
    case 'PUT uploadId&partNumber':
      if (copySource !== undefined) throw new CosError(501, 'NotImplemented', 'The emulator does not implement Upload Part - Copy');
      return {
        operation: 'UploadPart',
        response: { status: 200, headers: { etag: uploadPart(bucket, context.key, uploadId!, request.query.get('partNumber'), request.body) } },
      };
    case 'GET ': return getObject(context, bucket, versionId, true);
    case 'HEAD ': return getObject(context, bucket, versionId, false);
    case 'GET uploadId': return listParts(context, bucket, uploadId!);
    case 'DELETE ': {
      const done = state.delete(bucket, context.key, versionId);
      const headers: { [name: string]: string } = {};
      if (done.versionId) headers['x-cos-version-id'] = done.versionId;
      if (done.deleteMarker) headers['x-cos-delete-marker'] = 'true';
      return { operation: 'DeleteObject', response: { status: 204, headers } };
    }
    case 'DELETE uploadId':
      abortUpload(bucket, context.key, uploadId!);
      return { operation: 'AbortMultipartUpload', response: { status: 204 } };
    case 'POST uploads': {
      const upload = initiateUpload(state, bucket, context.key, objectFields(context));
      return {
        operation: 'InitiateMultipartUpload',
        response: xmlResponse(200, buildXml('InitiateMultipartUploadResult', { Bucket: bucket.name, Key: context.key, UploadId: upload.uploadId })),
      };
    }
    case 'POST uploadId': {
      const doc = parseBody(request.body, 'CompleteMultipartUpload');
      const parts = childrenOf(doc, 'Part').map((p) => ({ partNumber: Number(textOf(p, 'PartNumber')), etag: textOf(p, 'ETag') ?? '' }));
      const version = completeUpload(state, bucket, context.key, uploadId!, parts);
      return {
        operation: 'CompleteMultipartUpload',
        response: xmlResponse(200, buildXml('CompleteMultipartUploadResult', {
          Location: `${bucket.name}.cos.${bucket.region}.myqcloud.com/${encodeKey(context.key)}`, Bucket: bucket.name, Key: context.key, ETag: version.etag,
        }), versionHeaders(bucket, version)),
      };
    }
    case 'POST restore': return restoreObject(context, bucket, versionId);
  }
  if (request.method === 'GET' && subresource?.startsWith('imageMogr2/')) {
    const version = state.read(bucket, context.key, versionId);
    if (!isReadable(version)) {
      throw new CosError(403, 'InvalidObjectState', `The object ${bucket.name}/${version.key} is ${version.storageClass}: restore it before processing it`);
    }
    const image = imageMogr2(subresource, version.body);
    return { operation: 'GetObjectImageMogr2', response: { status: 200, headers: { 'content-type': image.contentType }, body: image.body } };
  }
  const what = subresource && /imageMogr2|imageView2|imageInfo|watermark|ci-process/.test(subresource)
    ? `image processing (Cloud Infinite) ?${subresource}` : `${request.method} Object${subresource ? ` ?${subresource}` : ''}`;
  throw new CosError(501, 'NotImplemented', `The emulator does not implement ${what} (object ${bucket.name}/${context.key})`);
}

/** The content type, stored headers and storage class a write request asks for. */
export function objectFields(context: CosRequestContext, fallback?: ObjectVersion): {
  contentType: string; headers: { [name: string]: string }; storageClass: StorageClass;
} {
  const h = context.request.headers;
  const headers: { [name: string]: string } = {};
  for (const [name, value] of Object.entries(h)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    if (STORED_HEADERS.includes(name)) headers[name] = text;
    else if (name.startsWith('x-cos-meta-')) headers[name] = text;
    else if (name.startsWith('x-amz-meta-')) headers[`x-cos-meta-${name.slice('x-amz-meta-'.length)}`] = text;
  }
  const requested = cosHeader(context, 'storage-class');
  const storageClass = (requested ?? fallback?.storageClass ?? 'STANDARD').toUpperCase();
  if (!(STORAGE_CLASSES as readonly string[]).includes(storageClass)) {
    throw new CosError(400, 'InvalidArgument', `x-cos-storage-class ${JSON.stringify(requested)} is not a COS storage class; use ${STORAGE_CLASSES.join(', ')}`);
  }
  const contentType = typeof h['content-type'] === 'string' && h['content-type'] !== '' ? h['content-type'] : 'application/octet-stream';
  return { contentType, headers, storageClass: storageClass as StorageClass };
}

/** `x-cos-version-id` when the bucket has versioning. */
export function versionHeaders(bucket: BucketRecord, version: ObjectVersion): { [name: string]: string } {
  return bucket.versioning !== undefined ? { 'x-cos-version-id': version.versionId } : {};
}

function putObject(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const md5 = context.request.headers['content-md5'];
  const body = context.request.body;
  if (typeof md5 === 'string' && md5 !== createHash('md5').update(body).digest('base64')) {
    throw new CosError(400, 'BadDigest', `The Content-MD5 you specified (${md5}) does not match the body received`);
  }
  const version = context.state.write(bucket, { key: context.key, body, etag: etagOf(body), ...objectFields(context) }, 'cos:ObjectCreated:Put');
  return { operation: 'PutObject', response: { status: 200, headers: { etag: version.etag, ...versionHeaders(bucket, version), ...sseHeader(version) } } };
}

function sseHeader(version: ObjectVersion): { [name: string]: string } {
  const sse = version.headers['x-cos-server-side-encryption'];
  return sse ? { 'x-cos-server-side-encryption': sse } : {};
}

/** Parses `x-cos-copy-source`: `<bucket>.cos.<region>.myqcloud.com/<key>`, or path-style `/<bucket>/<key>`; `?versionId=`. */
function parseCopySource(value: string, region: string): { bucket: string; region: string; key: string; versionId?: string } {
  const [location, query = ''] = value.replace(/^https?:\/\//, '').split('?');
  const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
  const [first, ...rest] = location.replace(/^\//, '').split('/');
  const host = /^([a-z0-9-]+)\.cos\.([a-z0-9-]+)\.myqcloud\.com$/.exec(first);
  let key: string;
  try {
    key = decodeURIComponent(rest.join('/'));
  } catch {
    throw new CosError(400, 'InvalidArgument', `x-cos-copy-source ${JSON.stringify(value)} holds a malformed percent-encoding`);
  }
  if (!first || key === '') throw new CosError(400, 'InvalidArgument', `x-cos-copy-source ${JSON.stringify(value)} does not name a bucket and an object`);
  return host ? { bucket: host[1], region: host[2], key, versionId } : { bucket: first, region, key, versionId };
}

function copyObject(context: CosRequestContext, bucket: BucketRecord, copySource: string): CosOperationResult {
  const source = parseCopySource(copySource, context.region);
  const sourceBucket = context.state.bucket(source.bucket, source.region);
  const original = context.state.read(sourceBucket, source.key, source.versionId);
  if (!isReadable(original)) {
    throw new CosError(403, 'InvalidObjectState', `The source object ${source.bucket}/${source.key} is ${original.storageClass} and must be restored before it can be copied`);
  }
  const directive = (cosHeader(context, 'metadata-directive') ?? 'Copy').toLowerCase();
  if (!['copy', 'replaced', 'replace'].includes(directive)) {
    throw new CosError(400, 'InvalidArgument', `x-cos-metadata-directive must be Copy or Replaced, got ${JSON.stringify(directive)}`);
  }
  const requested = objectFields(context, original);
  const fields = directive === 'copy' ? { ...requested, contentType: original.contentType, headers: original.headers } : requested;
  if (sourceBucket === bucket && source.key === context.key && directive === 'copy' && fields.storageClass === original.storageClass) {
    throw new CosError(400, 'InvalidRequest', 'This copy request is illegal because it is trying to copy an object to itself without changing the object\'s metadata or storage class');
  }
  const version = context.state.write(bucket, { key: context.key, body: original.body, etag: etagOf(original.body), ...fields }, 'cos:ObjectCreated:Copy');
  return {
    operation: 'PutObjectCopy',
    response: xmlResponse(200, buildXml('CopyObjectResult', {
      ETag: version.etag,
      LastModified: version.lastModified.toISOString(),
      ...(bucket.versioning !== undefined ? { VersionId: version.versionId } : {}),
    }), versionHeaders(bucket, version)),
  };
}

function getObject(context: CosRequestContext, bucket: BucketRecord, versionId: string | undefined, withBody: boolean): CosOperationResult {
  const operation = withBody ? 'GetObject' : 'HeadObject';
  const version = context.state.read(bucket, context.key, versionId);
  const headers: { [name: string]: string } = {
    'content-type': version.contentType,
    'etag': version.etag,
    'last-modified': version.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
    ...version.headers,
    ...versionHeaders(bucket, version),
  };
  if (version.storageClass !== 'STANDARD') headers['x-cos-storage-class'] = version.storageClass;
  const restore = restoreHeader(version);
  if (restore) headers['x-cos-restore'] = restore;
  const q = context.request.query;
  for (const name of OBJECT_PARAMETERS) if (name.startsWith('response-') && q.has(name)) headers[name.slice('response-'.length)] = q.get(name)!;
  const ifMatch = context.request.headers['if-match'];
  if (typeof ifMatch === 'string' && ifMatch !== version.etag && ifMatch !== '*') {
    throw new CosError(412, 'PreconditionFailed', `If-Match ${ifMatch} does not match the ETag ${version.etag}`);
  }
  if (context.request.headers['if-none-match'] === version.etag) return { operation, response: { status: 304, headers: { etag: version.etag } } };
  if (!withBody) return { operation, response: { status: 200, headers: { ...headers, 'content-length': String(version.body.length) } } };
  if (!isReadable(version)) {
    throw new CosError(403, 'InvalidObjectState', `The object ${bucket.name}/${version.key} is ${version.storageClass}: restore it (POST Object restore) before reading it`);
  }
  return { operation, response: ranged(context, version.body, headers) };
}

function ranged(context: CosRequestContext, body: Buffer, headers: { [name: string]: string }): EmulatorResponse {
  const range = context.request.headers.range;
  if (typeof range !== 'string') return { status: 200, headers, body };
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const size = body.length;
  let start = match && match[1] !== '' ? Number(match[1]) : NaN;
  let end = match && match[2] !== '' ? Number(match[2]) : size - 1;
  if (match && match[1] === '' && match[2] !== '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  }
  if (!match || Number.isNaN(start) || start >= size || end < start) {
    throw new CosError(416, 'InvalidRange', `The requested range ${range} is not satisfiable for an object of ${size} bytes`, { 'content-range': `bytes */${size}` });
  }
  end = Math.min(end, size - 1);
  return { status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${size}` }, body: body.subarray(start, end + 1) };
}

function listParts(context: CosRequestContext, bucket: BucketRecord, uploadId: string): CosOperationResult {
  const upload = uploadOf(bucket, context.key, uploadId);
  const parts = [...upload.parts.entries()].sort(([a], [b]) => a - b);
  return {
    operation: 'ListParts',
    response: xmlResponse(200, buildXml('ListPartsResult', {
      Bucket: bucket.name,
      Key: upload.key,
      UploadId: upload.uploadId,
      StorageClass: upload.storageClass,
      PartNumberMarker: 0,
      NextPartNumberMarker: parts.length > 0 ? parts[parts.length - 1][0] : 0,
      MaxParts: 1000,
      IsTruncated: false,
      Part: parts.map(([n, p]) => ({ PartNumber: n, LastModified: p.lastModified.toISOString(), ETag: p.etag, Size: p.body.length })),
    })),
  };
}

function restoreObject(context: CosRequestContext, bucket: BucketRecord, versionId: string | undefined): CosOperationResult {
  const doc = parseBody(context.request.body, 'RestoreRequest');
  const days = Number(textOf(doc, 'Days'));
  const tier = textOf(childOf(doc, 'CASJobParameters'), 'Tier') ?? 'Standard';
  const version = context.state.read(bucket, context.key, versionId);
  const status = context.restores.restore(bucket, version, days, tier);
  return { operation: 'PostObjectRestore', response: { status } };
}
