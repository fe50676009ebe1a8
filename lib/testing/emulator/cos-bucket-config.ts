// Bucket configuration sub-resources kept as documents: PUT stores the (checked) document, GET answers it, DELETE
// removes it. What GET answers while nothing is configured is what the provider's Read expects for "not set"
// (tencentcloud/services/cos/service_tencentcloud_cos.go at v1.83.25: GetBucketCorsNew treats 404 as empty,
// GetBucketLifecycle/Website/Encryption/Accelerate match the error codes named below, GetBucketPullOrigin,
// GetBucketOriginDomain, GetBucketReplication, BucketGetIntelligentTiering and BucketGetObjectLockConfiguration
// treat a 404 status as empty, GetBucketLogStatus fails on any error, GetBucketTags ignores errors).
import type { CosOperationResult, CosRequestContext } from './cos-context';
import { checkLifecycle } from './cos-lifecycle';
import { BucketRecord, CosError } from './cos-state';
import { XmlElement, XmlSyntaxError, buildXml, childOf, childrenOf, documentOf, parseXml, textOf, xmlResponse } from './cos-xml';

/** How one sub-resource behaves. */
interface ConfigKind {
  /** Operation name suffix: `Cors` gives PutBucketCors, GetBucketCors, DeleteBucketCors. */
  readonly api: string;
  /** Root element of the document (checked on PUT, answered on GET). */
  readonly root: string;
  /** GET while nothing is configured: an error, or an empty document (status 200). */
  readonly missing: { readonly status: number; readonly code: string; readonly message: string } | 'empty';
  /** A problem with a PUT document, or undefined. */
  readonly check?: (doc: XmlElement) => string | undefined;
  /** True when a PUT of this document means "nothing configured" (e.g. logging disabled). */
  readonly clears?: (doc: XmlElement) => boolean;
  /** False when the sub-resource has no DELETE. */
  readonly deletable?: boolean;
}

const notFound = (code: string, message: string) => ({ status: 404, code, message });

const CONFIGS: { readonly [subresource: string]: ConfigKind } = {
  'cors': {
    api: 'Cors',
    root: 'CORSConfiguration',
    missing: notFound('NoSuchCORSConfiguration', 'The CORS configuration does not exist'),
    check: (doc) => {
      const rules = childrenOf(doc, 'CORSRule');
      if (rules.length === 0) return 'CORSConfiguration needs at least one CORSRule';
      for (const rule of rules) {
        if (childrenOf(rule, 'AllowedOrigin').length === 0) return 'every CORSRule needs an AllowedOrigin';
        const methods = childrenOf(rule, 'AllowedMethod').map((m) => m.text.trim());
        if (methods.length === 0) return 'every CORSRule needs an AllowedMethod';
        const bad = methods.find((m) => !['GET', 'PUT', 'POST', 'DELETE', 'HEAD'].includes(m));
        if (bad !== undefined) return `AllowedMethod ${JSON.stringify(bad)} is not one of GET, PUT, POST, DELETE, HEAD`;
      }
      return undefined;
    },
  },
  'lifecycle': {
    api: 'Lifecycle',
    root: 'LifecycleConfiguration',
    missing: notFound('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist'),
    check: checkLifecycle,
  },
  'website': {
    api: 'Website',
    root: 'WebsiteConfiguration',
    missing: notFound('NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration'),
    check: (doc) => (childOf(doc, 'IndexDocument') || childOf(doc, 'RedirectAllRequestsTo') ? undefined
      : 'WebsiteConfiguration needs an IndexDocument'),
  },
  'encryption': {
    api: 'Encryption',
    root: 'ServerSideEncryptionConfiguration',
    missing: notFound('NoSuchEncryptionConfiguration', 'The server side encryption configuration was not found'),
    check: (doc) => {
      const algorithm = textOf(childOf(childOf(doc, 'Rule'), 'ApplyServerSideEncryptionByDefault'), 'SSEAlgorithm');
      return algorithm && ['AES256', 'KMS', 'SM4'].includes(algorithm) ? undefined
        : `Rule.ApplyServerSideEncryptionByDefault.SSEAlgorithm must be AES256, KMS or SM4, got ${JSON.stringify(algorithm)}`;
    },
  },
  'tagging': {
    api: 'Tagging',
    root: 'Tagging',
    missing: notFound('NoSuchTagSet', 'There is no tag set associated with the bucket'),
    check: (doc) => {
      const tags = childrenOf(childOf(doc, 'TagSet'), 'Tag');
      if (tags.length > 50) return `a bucket holds at most 50 tags, got ${tags.length}`;
      const keys = tags.map((t) => textOf(t, 'Key') ?? '');
      if (keys.some((k) => k === '')) return 'every Tag needs a Key';
      const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
      return duplicate === undefined ? undefined : `the tag key ${JSON.stringify(duplicate)} appears twice`;
    },
  },
  'logging': {
    api: 'Logging',
    root: 'BucketLoggingStatus',
    missing: 'empty',
    deletable: false,
    clears: (doc) => !childOf(doc, 'LoggingEnabled'),
  },
  'replication': {
    api: 'Replication',
    root: 'ReplicationConfiguration',
    missing: notFound('ReplicationConfigurationnotFoundError', 'The replication configuration was not found'),
  },
  'origin': {
    api: 'Origin',
    root: 'OriginConfiguration',
    missing: notFound('NoSuchOriginConfiguration', 'The origin-pull configuration does not exist'),
  },
  'domain': {
    api: 'Domain',
    root: 'DomainConfiguration',
    missing: notFound('NoSuchDomainConfiguration', 'The custom domain configuration does not exist'),
  },
  'accelerate': {
    api: 'Accelerate',
    root: 'AccelerateConfiguration',
    deletable: false,
    missing: notFound('NoSuchAccelerateConfiguration', 'The accelerate configuration does not exist'),
    check: (doc) => (['Enabled', 'Suspended'].includes(textOf(doc, 'Status') ?? '') ? undefined : 'Status must be Enabled or Suspended'),
  },
  'intelligenttiering': {
    api: 'IntelligentTiering',
    root: 'IntelligentTieringConfiguration',
    deletable: false,
    missing: notFound('NoSuchIntelligentTieringConfiguration', 'Intelligent tiering is not configured'),
    check: (doc) => (textOf(doc, 'Status') === 'Enabled' ? undefined : 'Status must be Enabled (intelligent tiering cannot be switched off)'),
  },
  'object-lock': {
    api: 'ObjectLockConfiguration',
    root: 'ObjectLockConfiguration',
    deletable: false,
    missing: notFound('ObjectLockConfigurationNotFoundError', 'Object lock configuration does not exist for this bucket'),
    check: (doc) => (textOf(doc, 'ObjectLockEnabled') === 'Enabled' ? undefined : 'ObjectLockEnabled must be Enabled'),
  },
};

/** The operation name of a configuration sub-resource request (`GetBucketCors`), or undefined for other sub-resources. */
export function configOperation(verb: string, subresource: string): string | undefined {
  if (subresource === 'policy') return `${verb}BucketPolicy`;
  if (subresource === 'intelligent-tiering') return verb === 'Get' ? 'ListBucketIntelligentTiering' : `${verb}BucketIntelligentTieringV2`;
  const kind = CONFIGS[subresource];
  return kind ? `${verb}Bucket${kind.api}` : undefined;
}

/** Every operation of the configuration sub-resources. */
export function configOperations(): string[] {
  const names = Object.values(CONFIGS).flatMap((k) => ['Get', 'Put', ...(k.deletable === false ? [] : ['Delete'])].map((v) => `${v}Bucket${k.api}`));
  return [...names, 'GetBucketPolicy', 'PutBucketPolicy', 'DeleteBucketPolicy', 'ListBucketIntelligentTiering',
    'GetBucketIntelligentTieringV2', 'PutBucketIntelligentTieringV2', 'DeleteBucketIntelligentTieringV2'];
}

/** Whether a sub-resource is one of the stored configuration documents. */
export function isConfigSubresource(subresource: string): boolean {
  return subresource in CONFIGS || subresource === 'policy' || subresource === 'intelligent-tiering';
}

/** GET, PUT or DELETE of a configuration sub-resource. */
export function handleConfigRequest(context: CosRequestContext, bucket: BucketRecord, subresource: string): CosOperationResult {
  const { request } = context;
  if (subresource === 'policy') return policyRequest(context, bucket);
  if (subresource === 'intelligent-tiering') return tieringRuleRequest(context, bucket);
  const kind = CONFIGS[subresource];
  const verb = { GET: 'Get', PUT: 'Put', DELETE: 'Delete' }[request.method];
  if (!verb || (verb === 'Delete' && kind.deletable === false)) {
    throw new CosError(405, 'MethodNotAllowed', `${request.method} is not allowed on the ${subresource} sub-resource`);
  }
  const operation = `${verb}Bucket${kind.api}`;
  if (verb === 'Get') {
    const stored = bucket.configs.get(subresource);
    if (typeof stored === 'object') return { operation, response: xmlResponse(200, documentOf(stored, kind.root)) };
    if (kind.missing === 'empty') return { operation, response: xmlResponse(200, buildXml(kind.root, '')) };
    throw new CosError(kind.missing.status, kind.missing.code, `${kind.missing.message}: ${bucket.name}`);
  }
  if (verb === 'Delete') {
    bucket.configs.delete(subresource);
    return { operation, response: { status: 204 } };
  }
  const doc = parseBody(request.body, kind.root);
  const problem = kind.check?.(doc);
  if (problem) throw new CosError(400, 'MalformedXML', `${operation}: ${problem}`);
  if (kind.clears?.(doc)) bucket.configs.delete(subresource);
  else bucket.configs.set(subresource, doc);
  return { operation, response: { status: 200 } };
}

/**
 * Intelligent-tiering archiving rules (cos-go-sdk-v5 bucket_intelligenttiering.go, "V2"): PUT, GET and DELETE
 * `?intelligent-tiering&id=<id>`, and GET `?intelligent-tiering` lists every rule (an empty list while none).
 */
function tieringRuleRequest(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const { request } = context;
  const id = request.query.get('id');
  const prefix = 'intelligent-tiering:';
  if (request.method === 'GET' && id === null) {
    const rules = [...bucket.configs.entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v as XmlElement);
    return {
      operation: 'ListBucketIntelligentTiering',
      response: xmlResponse(200, buildXml('ListBucketIntelligentTieringConfigurationsOutput', rules)),
    };
  }
  if (!id) throw new CosError(400, 'InvalidArgument', `${request.method} Bucket ?intelligent-tiering needs an id`);
  const key = `${prefix}${id}`;
  if (request.method === 'GET') {
    const stored = bucket.configs.get(key);
    if (typeof stored !== 'object') throw new CosError(404, 'NoSuchIntelligentTieringConfiguration', `No intelligent-tiering rule ${id}: ${bucket.name}`);
    return { operation: 'GetBucketIntelligentTieringV2', response: xmlResponse(200, documentOf(stored, 'IntelligentTieringConfiguration')) };
  }
  if (request.method === 'DELETE') {
    bucket.configs.delete(key);
    return { operation: 'DeleteBucketIntelligentTieringV2', response: { status: 204 } };
  }
  if (request.method !== 'PUT') throw new CosError(405, 'MethodNotAllowed', `${request.method} is not allowed on the intelligent-tiering sub-resource`);
  const doc = parseBody(request.body, 'IntelligentTieringConfiguration');
  if (textOf(doc, 'Id') !== id) throw new CosError(400, 'MalformedXML', `The rule's Id ${JSON.stringify(textOf(doc, 'Id'))} differs from the id parameter ${id}`);
  bucket.configs.set(key, doc);
  return { operation: 'PutBucketIntelligentTieringV2', response: { status: 200 } };
}

/** PUT/GET/DELETE Bucket policy: a JSON document. */
function policyRequest(context: CosRequestContext, bucket: BucketRecord): CosOperationResult {
  const { request } = context;
  if (request.method === 'GET') {
    const stored = bucket.configs.get('policy');
    if (typeof stored !== 'string') throw new CosError(404, 'NoSuchBucketPolicy', `The bucket policy does not exist: ${bucket.name}`);
    return { operation: 'GetBucketPolicy', response: { status: 200, headers: { 'content-type': 'application/json' }, body: stored } };
  }
  if (request.method === 'DELETE') {
    bucket.configs.delete('policy');
    return { operation: 'DeleteBucketPolicy', response: { status: 204 } };
  }
  if (request.method !== 'PUT') throw new CosError(405, 'MethodNotAllowed', `${request.method} is not allowed on the policy sub-resource`);
  const text = request.body.toString('utf8');
  try {
    const parsed = JSON.parse(text) as { Statement?: unknown; statement?: unknown };
    if (!Array.isArray(parsed.Statement ?? parsed.statement)) throw new Error('no Statement list');
  } catch (e) {
    throw new CosError(400, 'MalformedPolicy', `The bucket policy is not a JSON policy document: ${(e as Error).message}`);
  }
  bucket.configs.set('policy', text);
  return { operation: 'PutBucketPolicy', response: { status: 204 } };
}

/** A request body parsed as XML with the expected root. @throws MalformedXML */
export function parseBody(body: Buffer, root: string): XmlElement {
  let doc: XmlElement;
  try {
    doc = parseXml(body);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new CosError(400, 'MalformedXML', `The XML you provided was not well-formed: ${e.message}`);
    throw e;
  }
  const name = doc.name.slice(doc.name.indexOf(':') + 1);
  if (name !== root) throw new CosError(400, 'MalformedXML', `The XML body's root element is <${doc.name}>; expected <${root}>`);
  return doc;
}
