// Bucket requests: PUT/HEAD/DELETE Bucket, GET Bucket (list objects, version 1), GET Bucket object versions,
// multi-delete, ACL, versioning, location and the configuration sub-resources (cos-bucket-config.ts).
import { handleConfigRequest, isConfigSubresource, parseBody } from './cos-bucket-config';
import type { CosOperationResult, CosRequestContext } from './cos-context';
import { handlePostObject } from './cos-post-object';
import { cosHeader, isSignatureParameter, ownerOf } from './cos-request';
import { BucketRecord, CosError } from './cos-state';
import { XmlContent, buildXml, childOf, childrenOf, serializeElement, textOf, xmlResponse } from './cos-xml';

/** Query parameters of listings (everything else in a bucket request's query names a sub-resource). */
const LIST_PARAMETERS = new Set([
  'prefix', 'delimiter', 'marker', 'max-keys', 'encoding-type', 'key-marker', 'version-id-marker', 'upload-id-marker',
  'max-uploads', 'list-type', 'continuation-token', 'start-after', 'fetch-owner',
]);

/** Canned ACLs of buckets (COS document 436/7737, "PUT Bucket acl", x-cos-acl). */
export const BUCKET_CANNED_ACLS = ['private', 'public-read', 'public-read-write', 'authenticated-read'];

const ALL_USERS = 'http://cam.qcloud.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://cam.qcloud.com/groups/global/AuthenticatedUsers';

/** The first query parameter that names a sub-resource. */
export function subresourceOf(query: URLSearchParams, ignore: ReadonlySet<string> = LIST_PARAMETERS): string | undefined {
  for (const name of query.keys()) if (!ignore.has(name) && !isSignatureParameter(name)) return name;
  return undefined;
}

/** Serves a request for a bucket (no object key). */
export function handleBucketRequest(context: CosRequestContext): CosOperationResult {
  const { request, state } = context;
  const subresource = subresourceOf(request.query);
  if (subresource === undefined) {
    switch (request.method) {
      case 'PUT': return createBucket(context);
      case 'HEAD': {
        const bucket = state.bucket(context.bucketName, context.region);
        const headers: { [name: string]: string } = { 'x-cos-bucket-region': bucket.region };
        if (bucket.configs.get('multi-az') === 'MAZ') headers['x-cos-bucket-az-type'] = 'MAZ';
        return { operation: 'HeadBucket', response: { status: 200, headers } };
      }
      case 'DELETE':
        state.deleteBucket(context.bucketName, context.region);
        return { operation: 'DeleteBucket', response: { status: 204 } };
      case 'GET': return listObjects(context, state.bucket(context.bucketName, context.region));
      case 'POST': return handlePostObject(context, state.bucket(context.bucketName, context.region));
    }
    throw new CosError(501, 'NotImplemented', `The emulator does not implement ${request.method} Bucket`);
  }
  const bucket = state.bucket(context.bucketName, context.region);
  const method = request.method;
  if (subresource === 'acl' && (method === 'GET' || method === 'PUT')) return bucketAcl(context, bucket);
  if (subresource === 'versioning' && (method === 'GET' || method === 'PUT')) return versioning(context, bucket);
  if (subresource === 'location' && method === 'GET') {
    return { operation: 'GetBucketLocation', response: xmlResponse(200, buildXml('LocationConstraint', bucket.region)) };
  }
  if (subresource === 'versions' && method === 'GET') return listVersions(context, bucket);
  if (subresource === 'uploads' && method === 'GET') return listUploads(context, bucket);
  if (subresource === 'delete' && method === 'POST') return deleteMultiple(context, bucket);
  if (isConfigSubresource(subresource)) return handleConfigRequest(context, bucket, subresource);
  throw new CosError(501, 'NotImplemented', `The emulator does not implement ${method} Bucket ?${subresource} (bucket ${bucket.name})`);
}

function createBucket(context: CosRequestContext): CosOperationResult {
  const acl = cosHeader(context, 'acl') ?? 'private';
  if (!BUCKET_CANNED_ACLS.includes(acl)) {
    throw new CosError(400, 'InvalidArgument', `x-cos-acl ${JSON.stringify(acl)} is not a bucket ACL; use ${BUCKET_CANNED_ACLS.join(', ')}`);
  }
  const grants = Object.keys(context.request.headers).filter((h) => /^x-(cos|amz)-grant-/.test(h));
  if (grants.length > 0) {
    throw new CosError(501, 'NotImplemented', `The emulator does not implement grant headers on PUT Bucket (${grants.join(', ')})`);
  }
  let multiAz = false;
  if (context.request.body.length > 0) {
    const doc = parseBody(context.request.body, 'CreateBucketConfiguration');
    const location = textOf(doc, 'LocationConstraint');
    if (location && location !== context.region) {
      throw new CosError(400, 'InvalidLocationConstraint', `LocationConstraint ${location} does not match the endpoint's region ${context.region}`);
    }
    if (textOf(doc, 'BucketArchConfig') !== undefined) {
      throw new CosError(501, 'NotImplemented', 'The emulator does not implement BucketArchConfig (metadata-accelerated buckets)');
    }
    multiAz = textOf(doc, 'BucketAZConfig') === 'MAZ';
  }
  const bucket = context.state.createBucket(context.bucketName, context.region, acl, false);
  if (multiAz) bucket.configs.set('multi-az', 'MAZ');
  return { operation: 'PutBucket', response: { status: 200 } };
}

function bucketAcl(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const { request, state } = context;
  if (request.method === 'PUT') {
    const acl = cosHeader(context, 'acl');
    if (request.body.length > 0) {
      const doc = parseBody(request.body, 'AccessControlPolicy');
      if (!childOf(doc, 'AccessControlList')) throw new CosError(400, 'MalformedXML', 'AccessControlPolicy needs an AccessControlList');
      bucket.aclPolicy = doc;
      const publicGrants = childrenOf(childOf(doc, 'AccessControlList'), 'Grant')
        .filter((g) => textOf(childOf(g, 'Grantee'), 'URI') === ALL_USERS).map((g) => textOf(g, 'Permission'));
      bucket.acl = publicGrants.includes('WRITE') ? 'public-read-write' : publicGrants.includes('READ') ? 'public-read' : 'private';
    } else if (acl !== undefined) {
      if (!BUCKET_CANNED_ACLS.includes(acl)) {
        throw new CosError(400, 'InvalidArgument', `x-cos-acl ${JSON.stringify(acl)} is not a bucket ACL; use ${BUCKET_CANNED_ACLS.join(', ')}`);
      }
      bucket.acl = acl;
      bucket.aclPolicy = undefined;
    } else {
      throw new CosError(400, 'MalformedXML', 'PUT Bucket acl needs an x-cos-acl header or an AccessControlPolicy body');
    }
    return { operation: 'PutBucketAcl', response: { status: 200 } };
  }
  if (bucket.aclPolicy) {
    return { operation: 'GetBucketAcl', response: xmlResponse(200, `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(bucket.aclPolicy, 'AccessControlPolicy')}`) };
  }
  const owner = `qcs::cam::uin/${state.ownerUin}:uin/${state.ownerUin}`;
  const grants: string[] = [grantXml('CanonicalUser', `<ID>${owner}</ID><DisplayName>${state.ownerUin}</DisplayName>`, 'FULL_CONTROL')];
  if (bucket.acl === 'public-read' || bucket.acl === 'public-read-write') grants.push(grantXml('Group', `<URI>${ALL_USERS}</URI>`, 'READ'));
  if (bucket.acl === 'public-read-write') grants.push(grantXml('Group', `<URI>${ALL_USERS}</URI>`, 'WRITE'));
  if (bucket.acl === 'authenticated-read') grants.push(grantXml('Group', `<URI>${AUTHENTICATED_USERS}</URI>`, 'READ'));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<AccessControlPolicy><Owner><ID>${owner}</ID><DisplayName>${state.ownerUin}</DisplayName></Owner>`
    + `<AccessControlList>${grants.join('')}</AccessControlList></AccessControlPolicy>`;
  return { operation: 'GetBucketAcl', response: xmlResponse(200, body) };
}

function grantXml(type: string, grantee: string, permission: string): string {
  return `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="${type}">${grantee}</Grantee><Permission>${permission}</Permission></Grant>`;
}

function versioning(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  if (context.request.method === 'GET') {
    return { operation: 'GetBucketVersioning', response: xmlResponse(200, buildXml('VersioningConfiguration', { Status: bucket.versioning })) };
  }
  const status = textOf(parseBody(context.request.body, 'VersioningConfiguration'), 'Status');
  if (status !== 'Enabled' && status !== 'Suspended') {
    throw new CosError(400, 'MalformedXML', `VersioningConfiguration Status must be Enabled or Suspended, got ${JSON.stringify(status)}`);
  }
  // A bucket that never had versioning stays without it when asked to suspend (COS document 436/19889).
  if (status === 'Enabled' || bucket.versioning !== undefined) bucket.versioning = status;
  return { operation: 'PutBucketVersioning', response: { status: 200 } };
}

function maxKeysOf(context: CosRequestContext, name = 'max-keys'): number {
  const raw = context.request.query.get(name);
  if (raw === null) return 1000;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 0) throw new CosError(400, 'InvalidArgument', `${name} must be a whole number >= 0, got ${JSON.stringify(raw)}`);
  return Math.min(n, 1000);
}

function listObjects(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const q = context.request.query;
  if (q.has('list-type')) throw new CosError(501, 'NotImplemented', 'The emulator implements GET Bucket version 1 only (no list-type=2)');
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') ?? '';
  const marker = q.get('marker') ?? '';
  const maxKeys = maxKeysOf(context);
  const url = q.get('encoding-type') === 'url';
  if (q.has('encoding-type') && !url) throw new CosError(400, 'InvalidArgument', `encoding-type must be url, got ${JSON.stringify(q.get('encoding-type'))}`);
  const enc = (s: string) => (url ? encodeURIComponent(s) : s);
  const contents: XmlContent[] = [];
  const prefixes: string[] = [];
  let truncated = false;
  let last = '';
  for (const v of context.state.currentObjects(bucket)) {
    if (v.key <= marker || !v.key.startsWith(prefix)) continue;
    const cut = delimiter ? v.key.indexOf(delimiter, prefix.length) : -1;
    const common = cut >= 0 ? v.key.slice(0, cut + delimiter.length) : undefined;
    if (common !== undefined && common === prefixes[prefixes.length - 1]) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (common !== undefined) {
      prefixes.push(common);
      last = common;
    } else {
      contents.push({
        Key: enc(v.key),
        LastModified: v.lastModified.toISOString(),
        ETag: v.etag,
        Size: v.body.length,
        Owner: ownerOf(context.state),
        StorageClass: v.storageClass,
      });
      last = v.key;
    }
  }
  return {
    operation: 'GetBucket',
    response: xmlResponse(200, buildXml('ListBucketResult', {
      Name: bucket.name,
      ...(url ? { EncodingType: 'url' } : {}),
      Prefix: enc(prefix),
      Marker: enc(marker),
      MaxKeys: maxKeys,
      ...(delimiter ? { Delimiter: enc(delimiter) } : {}),
      IsTruncated: truncated,
      ...(truncated ? { NextMarker: enc(last) } : {}),
      CommonPrefixes: prefixes.map((p) => ({ Prefix: enc(p) })),
      Contents: contents,
    })),
  };
}

function listVersions(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const q = context.request.query;
  if (q.get('delimiter')) throw new CosError(501, 'NotImplemented', 'The emulator does not implement delimiter in GET Bucket Object versions');
  const prefix = q.get('prefix') ?? '';
  const keyMarker = q.get('key-marker') ?? '';
  const versionMarker = q.get('version-id-marker') ?? '';
  const maxKeys = maxKeysOf(context);
  let all = context.state.allVersions(bucket).filter((v) => v.key.startsWith(prefix));
  if (keyMarker) {
    const markerIndex = versionMarker ? all.findIndex((v) => v.key === keyMarker && v.versionId === versionMarker) : -1;
    all = markerIndex >= 0 ? all.slice(markerIndex + 1) : all.filter((v) => Buffer.compare(Buffer.from(v.key), Buffer.from(keyMarker)) > 0);
  }
  const page = all.slice(0, maxKeys);
  const truncated = all.length > page.length;
  const entries: XmlContent[] = page.map((v) => {
    const isLatest = bucket.objects.get(v.key)?.[0] === v;
    const common = { Key: v.key, VersionId: v.versionId, IsLatest: isLatest, LastModified: v.lastModified.toISOString() };
    return v.deleteMarker
      ? { DeleteMarker: { ...common, Owner: ownerOf(context.state) } }
      : { Version: { ...common, ETag: v.etag, Size: v.body.length, StorageClass: v.storageClass, Owner: ownerOf(context.state) } };
  });
  const lastOfPage = page[page.length - 1];
  return {
    operation: 'GetBucketObjectVersions',
    response: xmlResponse(200, buildXml('ListVersionsResult', [
      { Name: bucket.name, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker, MaxKeys: maxKeys, IsTruncated: truncated },
      truncated ? { NextKeyMarker: lastOfPage.key, NextVersionIdMarker: lastOfPage.versionId } : {},
      entries,
    ])),
  };
}

function listUploads(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const prefix = context.request.query.get('prefix') ?? '';
  const uploads = [...bucket.uploads.values()].filter((u) => u.key.startsWith(prefix))
    .sort((a, b) => (a.key === b.key ? a.initiated.getTime() - b.initiated.getTime() : a.key < b.key ? -1 : 1));
  return {
    operation: 'ListMultipartUploads',
    response: xmlResponse(200, buildXml('ListMultipartUploadsResult', {
      Bucket: bucket.name,
      Prefix: prefix,
      MaxUploads: 1000,
      IsTruncated: false,
      Upload: uploads.map((u) => ({
        Key: u.key,
        UploadId: u.uploadId,
        StorageClass: u.storageClass,
        Initiator: ownerOf(context.state),
        Owner: ownerOf(context.state),
        Initiated: u.initiated.toISOString(),
      })),
    })),
  };
}

function deleteMultiple(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const doc = parseBody(context.request.body, 'Delete');
  const quiet = textOf(doc, 'Quiet') === 'true';
  const objects = childrenOf(doc, 'Object');
  if (objects.length === 0 || objects.length > 1000) {
    throw new CosError(400, 'MalformedXML', `A multi-delete request names 1 to 1000 objects, got ${objects.length}`);
  }
  const results: XmlContent[] = objects.map((o) => {
    const key = textOf(o, 'Key') ?? '';
    const versionId = textOf(o, 'VersionId') || undefined;
    try {
      if (key === '') throw new CosError(400, 'InvalidArgument', 'An Object of a multi-delete request has no Key');
      const done = context.state.delete(bucket, key, versionId);
      if (quiet) return undefined;
      return {
        Deleted: {
          Key: key,
          VersionId: versionId,
          ...(done.deleteMarker ? { DeleteMarker: true, DeleteMarkerVersionId: done.versionId } : {}),
        },
      };
    } catch (e) {
      if (!(e instanceof CosError)) throw e;
      return { Error: { Key: key, VersionId: versionId, Code: e.code, Message: e.message } };
    }
  });
  return { operation: 'DeleteMultipleObjects', response: xmlResponse(200, buildXml('DeleteResult', results)) };
}
