// Small helpers shared by the COS request handlers.
import { configOperation } from './cos-bucket-config';
import type { CosRequestContext } from './cos-context';
import type { CosState } from './cos-state';
import type { XmlContent } from './cos-xml';

/** A request header in its COS or S3 spelling (`x-cos-acl` or `x-amz-acl`). */
export function cosHeader(context: CosRequestContext, name: string): string | undefined {
  return cosHeaderValue(context.request.headers, name);
}

/** A header in its COS or S3 spelling, from a header map. */
export function cosHeaderValue(headers: { readonly [name: string]: string | string[] | undefined }, name: string): string | undefined {
  const value = headers[`x-cos-${name}`] ?? headers[`x-amz-${name}`];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Whether a query parameter carries a request signature (COS `q-*`, `sign`, tokens, S3 presigning). */
export function isSignatureParameter(name: string): boolean {
  return /^q-/.test(name) || /^x-amz-/i.test(name) || ['sign', 'x-cos-security-token', 'Signature', 'AWSAccessKeyId', 'Expires'].includes(name);
}

/** URL-encodes a key path segment by segment, as COS writes keys into URLs. */
export function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** The `<Owner>` of the account. */
export function ownerOf(state: CosState): XmlContent {
  return { ID: `qcs::cam::uin/${state.ownerUin}:uin/${state.ownerUin}`, DisplayName: state.ownerUin };
}

const VERBS: { readonly [method: string]: string } = { GET: 'Get', PUT: 'Put', DELETE: 'Delete', HEAD: 'Head', POST: 'Post' };

/**
 * The name a request is recorded under when it fails before its operation answers (the operations name
 * themselves on success): `PutBucket`, `GetBucketCors`, `PutObjectCopy`, `CompleteMultipartUpload`, ...
 */
export function operationOf(method: string, query: URLSearchParams, key: string, headers: { readonly [name: string]: unknown }): string {
  const names = [...query.keys()].filter((n) => !isSignatureParameter(n));
  const has = (n: string) => names.includes(n);
  const verb = VERBS[method] ?? method;
  if (key === '') {
    const sub = names.find((n) => !['prefix', 'delimiter', 'marker', 'max-keys', 'encoding-type', 'key-marker', 'version-id-marker'].includes(n));
    if (sub === undefined) return method === 'POST' ? 'PostObject' : `${verb}Bucket`;
    const special: { [name: string]: string } = {
      versions: 'GetBucketObjectVersions',
      uploads: 'ListMultipartUploads',
      delete: 'DeleteMultipleObjects',
      location: 'GetBucketLocation',
      acl: `${verb}BucketAcl`,
      versioning: `${verb}BucketVersioning`,
    };
    return special[sub] ?? configOperation(verb, sub) ?? `${verb}Bucket?${sub}`;
  }
  if (method === 'PUT') return has('partNumber') ? 'UploadPart' : headers['x-cos-copy-source'] || headers['x-amz-copy-source'] ? 'PutObjectCopy' : 'PutObject';
  if (method === 'GET' && has('uploadId')) return 'ListParts';
  if (method === 'GET' && names.some((n) => n.startsWith('imageMogr2/'))) return 'GetObjectImageMogr2';
  if (method === 'DELETE' && has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'POST') {
    if (has('uploads')) return 'InitiateMultipartUpload';
    if (has('uploadId')) return 'CompleteMultipartUpload';
    if (has('restore')) return 'PostObjectRestore';
  }
  return `${verb}Object`;
}
