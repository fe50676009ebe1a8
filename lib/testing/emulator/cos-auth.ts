// Who may make a COS request. COS needs a signature (header `Authorization`, or the signature in the query of a
// presigned URL) unless the bucket's ACL lets anyone read or write; the signature itself is not checked. A request
// signed with a role's temporary credentials (a function's SDK calls) is also put to the role's CAM policies
// through `authorize`: the COS action (`cos:GetObject`, ...) on the object or bucket resource
// (`qcs::cos:<region>:uid/<appid>:<bucket>/<key>`, COS document 436/12469 "CAM-supported actions and resources").
import { cosHeaderValue, operationOf } from './cos-request';
import { BucketRecord, CosError } from './cos-state';
import type { EmulatorRequest } from './http';

/** What access checks need of the service's options (`CosServiceOptions`). */
export interface CosAccessOptions {
  /** The account's APPID. */
  readonly appId: string;
  /** Decides requests signed with credentials it knows. */
  readonly authorize?: (request: CosAuthorizationRequest) => CosAuthorizationDenial | undefined;
}

/** What `authorize` is asked about one request. */
export interface CosAuthorizationRequest {
  /** The SecretId the request was signed with (`q-ak`, or the S3 `Credential`). */
  readonly secretId: string;
  /** `x-cos-security-token`, when sent. */
  readonly sessionToken?: string;
  /** The CAM action, e.g. `cos:PutObject`. */
  readonly action: string;
  /** Every resource the action touches (a copy also reads its source). */
  readonly resources: readonly string[];
}

/** A refusal: answered as 403 with this code and message. */
export interface CosAuthorizationDenial {
  readonly code: string;
  readonly message: string;
}

/** Operations whose CAM action has another name. */
const CAM_ACTIONS: { readonly [operation: string]: string } = {
  PutObjectCopy: 'PutObject', GetObjectImageMogr2: 'GetObject', GetService: 'GetService',
};

/**
 * Throws AccessDenied when the request carries no signature and the bucket's ACL does not let anyone do it,
 * or when `authorize` refuses it.
 */
export function checkAccess(options: CosAccessOptions, request: EmulatorRequest,
  target: { bucketName: string; region: string; key: string }, bucket: BucketRecord | undefined): void {
  const credentials = credentialsOf(request);
  if (!credentials) {
    const reading = request.method === 'GET' || request.method === 'HEAD';
    const publicBucket = bucket && (bucket.acl === 'public-read-write' || (reading && bucket.acl === 'public-read'));
    // A browser form upload (POST Object) signs in its form fields: checked by its handler.
    const form = request.method === 'POST' && /^multipart\/form-data/i.test(String(request.headers['content-type'] ?? ''));
    if (publicBucket || form) return;
    throw new CosError(403, 'AccessDenied', `Access Denied: ${request.method} ${request.host}${request.path} carries no Authorization header or presigned signature`);
  }
  if (!options.authorize || !credentials.secretId) return;
  const operation = operationOf(request.method, request.query, target.key, request.headers);
  const prefix = `qcs::cos:${target.region}:uid/${options.appId}:`;
  const resources = target.bucketName === '' ? ['*'] : [`${prefix}${target.bucketName}/${target.key}`];
  const copySource = cosHeaderValue(request.headers, 'copy-source');
  if (operation === 'PutObjectCopy' && copySource) {
    const [location] = copySource.replace(/^https?:\/\//, '').split('?');
    const [first, ...rest] = location.replace(/^\//, '').split('/');
    const host = /^([a-z0-9-]+)\.cos\.([a-z0-9-]+)\./.exec(first);
    let key = rest.join('/');
    try {
      key = decodeURIComponent(key);
    } catch {
      // the copy itself answers the malformed encoding
    }
    resources.push(`qcs::cos:${host ? host[2] : target.region}:uid/${options.appId}:${host ? host[1] : first}/${key}`);
  }
  const action = `cos:${CAM_ACTIONS[operation] ?? operation}`;
  // A copy needs GetObject on its source and PutObject on its target.
  const checks = operation === 'PutObjectCopy'
    ? [{ action, resources: resources.slice(0, 1) }, { action: 'cos:GetObject', resources: resources.slice(1) }]
    : [{ action, resources }];
  for (const check of checks) {
    const denial = options.authorize({ secretId: credentials.secretId, sessionToken: credentials.sessionToken, ...check });
    if (denial) throw new CosError(403, denial.code, denial.message);
  }
}

/** The SecretId and token of a signed request, or undefined when it is not signed. */
function credentialsOf(request: EmulatorRequest): { secretId?: string; sessionToken?: string } | undefined {
  const q = request.query;
  const authorization = request.headers.authorization;
  const sessionToken = cosHeaderValue(request.headers, 'security-token') ?? q.get('x-cos-security-token') ?? undefined;
  if (typeof authorization === 'string' && authorization !== '') {
    const cos = /(?:^|&)q-ak=([^&]+)/.exec(authorization)?.[1];
    const s3 = /Credential=([^/,\s]+)/.exec(authorization)?.[1];
    return { secretId: cos ?? s3, sessionToken };
  }
  if (q.has('q-sign-algorithm') || q.has('sign') || q.has('X-Amz-Signature') || q.has('Signature')) {
    return { secretId: q.get('q-ak') ?? q.get('X-Amz-Credential')?.split('/')[0] ?? undefined, sessionToken };
  }
  return undefined;
}
