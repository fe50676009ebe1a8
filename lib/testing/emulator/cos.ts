// The COS XML API of the emulator: which bucket and key a request is for (virtual-hosted
// `<bucket>-<appid>.cos.<region>.myqcloud.com`, path-style `cos.<region>.myqcloud.com/<bucket>/<key>`, and the
// service host `service.cos.myqcloud.com`), the signature requirement, error documents, call records, and the
// state views the emulator exposes. Bucket and object operations are in cos-bucket-api.ts and cos-object-api.ts.
import { CosAuthorizationDenial, CosAuthorizationRequest, checkAccess } from './cos-auth';
import { handleBucketRequest } from './cos-bucket-api';
import { configOperations } from './cos-bucket-config';
import { CosOperationResult, CosRequestContext } from './cos-context';
import { LiveLifecycleRule, liveLifecycle } from './cos-lifecycle';
import { handleObjectRequest } from './cos-object-api';
import { operationOf } from './cos-request';
import { CosRestores, restoreHeader } from './cos-restore';
import { BucketRecord, CosError, CosState, ObjectEventListener, StorageClass } from './cos-state';
import { buildXml, childOf, errorDocument, textOf, xmlResponse } from './cos-xml';
import { CallRecorder, EmulatorHandler, EmulatorRequest, EmulatorResponse } from './http';

export { CosOperationResult, CosRequestContext } from './cos-context';

/** Options of `createCosService`. */
export interface CosServiceOptions {
  /** The account's APPID: every bucket is `<name>-<appId>`. */
  readonly appId: string;
  /** The account's UIN (bucket owner in ACLs and listings). */
  readonly ownerUin: string;
  /** The region of the test API's buckets when a call does not name one. */
  readonly region: string;
  /** Records every call. */
  readonly record: CallRecorder;
  /**
   * How long a restore job of an archived object takes, in milliseconds.
   * @default 0 (completes on the next turn of the event loop)
   */
  readonly restoreDelayMs?: number;
  /**
   * Decides requests signed with credentials it knows (a function role's temporary credentials): a denial is
   * answered 403 with its code.
   * @default every signed request is allowed
   */
  readonly authorize?: (request: CosAuthorizationRequest) => CosAuthorizationDenial | undefined;
}

/** A bucket as the emulator holds it. */
export interface LiveBucket {
  /** `<name>-<appid>`. */
  readonly name: string;
  readonly region: string;
  /** `<name>-<appid>.cos.<region>.myqcloud.com`: the name a COS trigger uses. */
  readonly domain: string;
  readonly acl: string;
  readonly versioning?: 'Enabled' | 'Suspended';
  /** The default encryption (`AES256`, `KMS`, `SM4`), when configured. */
  readonly encryption?: string;
  /** The lifecycle rules, when configured. */
  readonly lifecycle?: readonly LiveLifecycleRule[];
  /** Configured sub-resources, e.g. `['cors', 'encryption']`. */
  readonly configured: readonly string[];
  /** True for buckets made by `createBucket` (they existed before Terraform ran). */
  readonly seeded: boolean;
  readonly createdAt: Date;
}

/** The current version of an object. */
export interface LiveObject {
  readonly key: string;
  readonly size: number;
  readonly body: Buffer;
  readonly etag: string;
  /** `''` when the bucket has no versioning. */
  readonly versionId: string;
  readonly contentType: string;
  readonly storageClass: StorageClass;
  /** `x-cos-meta-*` headers. */
  readonly meta: { readonly [name: string]: string };
  readonly lastModified: Date;
  /** The `x-cos-restore` header of an archived object that has been (or is being) restored. */
  readonly restore?: string;
}

/** The emulated COS service. */
export interface CosService {
  /** Serves every COS request (see `isCosHost`). */
  readonly handler: EmulatorHandler;
  /** Number of restore jobs running. */
  readonly pendingJobs: number;
  /** The state, for the other emulator parts. */
  readonly state: CosState;
  readonly options: CosServiceOptions;
  /** Whether a host is a COS host this service answers for. */
  isCosHost(host: string): boolean;
  buckets(): LiveBucket[];
  /** The current objects of a bucket (no delete markers, no older versions). @throws when there is no such bucket */
  objects(bucket: string): LiveObject[];
  /** True when no bucket is left but seeded ones. */
  isEmpty(): boolean;
  /** The current body of an object, or undefined (for function code stored in COS). */
  readObject(bucket: string, key: string): Buffer | undefined;
  /** Registers a listener for every object created, removed or restored. */
  onObjectEvent(listener: ObjectEventListener): void;
  /** Resolves when no restore job is running. */
  idle(): Promise<void>;
  /** Cancels running restore jobs. */
  stop(): void;
}

// COS answers on myqcloud.com and on tencentcos.cn (the SDKs switch to the latter when the former fails).
const VIRTUAL_HOST = /^([a-z0-9-]+)\.cos\.([a-z0-9-]+)\.(?:myqcloud\.com|tencentcos\.cn)$/;
const REGION_HOST = /^cos\.([a-z0-9-]+)\.(?:myqcloud\.com|tencentcos\.cn)$/;
const SERVICE_HOST = 'service.cos.myqcloud.com';

/** The COS operations the emulator implements, as calls record them (`service: 'cos'`, `action`). */
export const COS_OPERATIONS: readonly string[] = Object.freeze([
  'GetService', 'PutBucket', 'HeadBucket', 'DeleteBucket', 'GetBucket', 'GetBucketLocation', 'GetBucketAcl', 'PutBucketAcl',
  'GetBucketVersioning', 'PutBucketVersioning', 'GetBucketObjectVersions', 'ListMultipartUploads', 'DeleteMultipleObjects',
  ...configOperations(),
  'PutObject', 'PostObject', 'PutObjectCopy', 'GetObject', 'HeadObject', 'DeleteObject', 'InitiateMultipartUpload', 'UploadPart',
  'CompleteMultipartUpload', 'AbortMultipartUpload', 'ListParts', 'PostObjectRestore', 'GetObjectImageMogr2',
].sort());

/** Creates the COS service of one emulator. */
export function createCosService(options: CosServiceOptions): CosService {
  const state = new CosState(options.appId, options.ownerUin);
  const restores = new CosRestores(state, options.restoreDelayMs ?? 0);

  const handler: EmulatorHandler = (request) => {
    const requestId = state.newId('request');
    let operation: string;
    let label: string | undefined;
    try {
      const target = targetOf(request);
      label = targetName(target);
      const context: CosRequestContext = { state, restores, request, requestId, ...target };
      checkAccess(options, request, target, target.bucketName ? state.buckets.get(target.bucketName) : undefined);
      const result = target.bucketName === '' ? serviceRequest(context)
        : target.key === '' ? handleBucketRequest(context) : handleObjectRequest(context);
      operation = result.operation;
      options.record({ service: 'cos', action: operation, target: targetName(target), time: Date.now() });
      return withCommonHeaders(result.response, requestId);
    } catch (e) {
      if (!(e instanceof CosError)) throw e;
      const unimplemented = e.code === 'NotImplemented';
      operation = operationOf(request.method, request.query, keyOf(request), request.headers);
      options.record({
        service: 'cos',
        action: operation,
        target: label ?? request.host,
        errorCode: e.code,
        time: Date.now(),
        ...(unimplemented ? { unimplemented: true } : {}),
      });
      const body = request.method === 'HEAD' ? undefined : errorDocument({
        code: e.code, message: e.message, resource: `${request.host}${request.path}`, requestId,
      });
      return withCommonHeaders({ status: e.status, headers: { ...e.headers, ...(body ? { 'content-type': 'application/xml' } : {}) }, body }, requestId);
    }
  };

  const liveBucket = (b: BucketRecord): LiveBucket => {
    const encryption = b.configs.get('encryption');
    const lifecycle = b.configs.get('lifecycle');
    const algorithm = typeof encryption === 'object'
      ? textOf(childOf(childOf(encryption, 'Rule'), 'ApplyServerSideEncryptionByDefault'), 'SSEAlgorithm')
      : undefined;
    return {
      name: b.name,
      region: b.region,
      domain: `${b.name}.cos.${b.region}.myqcloud.com`,
      acl: b.acl,
      ...(b.versioning ? { versioning: b.versioning } : {}),
      ...(algorithm ? { encryption: algorithm } : {}),
      ...(typeof lifecycle === 'object' ? { lifecycle: liveLifecycle(lifecycle) } : {}),
      configured: [...b.configs.keys()].sort(),
      seeded: b.seeded,
      createdAt: b.createdAt,
    };
  };

  return {
    handler,
    state,
    options,
    isCosHost: (host) => isCosHost(host),
    buckets: () => [...state.buckets.values()].map(liveBucket),
    objects: (bucket) => {
      const record = state.buckets.get(bucket);
      if (!record) throw new Error(`no bucket ${JSON.stringify(bucket)} in the emulator; buckets: ${[...state.buckets.keys()].join(', ') || 'none'}`);
      return state.currentObjects(record).map((v) => {
        const meta: { [name: string]: string } = {};
        for (const [name, value] of Object.entries(v.headers)) if (name.startsWith('x-cos-meta-')) meta[name] = value;
        const restore = restoreHeader(v);
        return {
          key: v.key,
          size: v.body.length,
          body: v.body,
          etag: v.etag,
          versionId: v.versionId === 'null' ? '' : v.versionId,
          contentType: v.contentType,
          storageClass: v.storageClass,
          meta,
          lastModified: v.lastModified,
          ...(restore ? { restore } : {}),
        };
      });
    },
    isEmpty: () => [...state.buckets.values()].every((b) => b.seeded),
    readObject: (bucket, key) => {
      const version = state.buckets.get(bucket)?.objects.get(key)?.[0];
      return version && !version.deleteMarker ? version.body : undefined;
    },
    onObjectEvent: (listener) => state.onObjectEvent(listener),
    idle: () => restores.idle(),
    get pendingJobs() {
      return restores.pending;
    },
    stop: () => restores.stop(),
  };
}

/** Whether the COS service answers for a host. */
export function isCosHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === SERVICE_HOST || REGION_HOST.test(h) || VIRTUAL_HOST.test(h);
}

function targetName(target: { bucketName: string; key: string }): string | undefined {
  if (!target.bucketName) return undefined;
  return target.key ? `${target.bucketName}/${target.key}` : target.bucketName;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new CosError(400, 'InvalidURI', `The request path ${JSON.stringify(path)} holds a malformed percent-encoding`);
  }
}

/** The object key of a request, or '' (also for requests that cannot be parsed). */
function keyOf(request: EmulatorRequest): string {
  try {
    return targetOf(request).key;
  } catch {
    return '';
  }
}

function targetOf(request: EmulatorRequest): { bucketName: string; region: string; key: string } {
  const host = request.host.toLowerCase();
  const virtual = VIRTUAL_HOST.exec(host);
  if (virtual && virtual[1] !== 'service') {
    return { bucketName: virtual[1], region: virtual[2], key: decodePath(request.path.replace(/^\//, '')) };
  }
  const regional = REGION_HOST.exec(host);
  if (regional || host === SERVICE_HOST) {
    const [, first = '', ...rest] = request.path.split('/');
    if (host === SERVICE_HOST && first !== '') {
      throw new CosError(501, 'NotImplemented', `The emulator serves only GET Service on ${SERVICE_HOST}, not ${request.method} ${request.path}`);
    }
    return { bucketName: decodePath(first), region: regional ? regional[1] : '', key: decodePath(rest.join('/')) };
  }
  throw new CosError(501, 'NotImplemented', `The emulator's COS service does not serve host ${host}: it serves <bucket>-<appid>.cos.<region>.myqcloud.com, cos.<region>.myqcloud.com and ${SERVICE_HOST}`);
}

function serviceRequest(context: CosRequestContext): CosOperationResult {
  const { request, state } = context;
  if (request.method !== 'GET') {
    throw new CosError(501, 'NotImplemented', `The emulator does not implement ${request.method} on the service endpoint ${request.host}`);
  }
  const owner = `qcs::cam::uin/${state.ownerUin}:uin/${state.ownerUin}`;
  const buckets = [...state.buckets.values()].filter((b) => !context.region || request.host === SERVICE_HOST || b.region === context.region);
  return {
    operation: 'GetService',
    response: xmlResponse(200, buildXml('ListAllMyBucketsResult', {
      Owner: { ID: owner, DisplayName: state.ownerUin },
      Buckets: { Bucket: buckets.map((b) => ({ Name: b.name, Location: b.region, CreationDate: b.createdAt.toISOString(), BucketType: 'cos' })) },
    })),
  };
}

function withCommonHeaders(response: EmulatorResponse, requestId: string): EmulatorResponse {
  return {
    ...response,
    headers: { 'server': 'tencent-cos', 'date': new Date().toUTCString(), 'x-cos-request-id': requestId, ...response.headers },
  };
}
