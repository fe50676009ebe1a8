import { Annotations, Fn, Lazy, TerraformProvider } from 'cdktf';
import * as cosBucket from 'cdktf-tencentcloud-cos-events-provider/lib/cos-bucket';
import { Construct, IConstruct } from 'constructs';
import { BucketLifecycle, LifecycleRule } from './bucket-lifecycle';
import type { ICloudFunction } from './cloud-function';
import { CosEvent } from './cos-event';
import { EventNotificationOptions, EventRule } from './event-rule';
import { KeyFilter } from './key-filter';
import { checkMapKeys, checkWellFormedMap, registerOwnedBucket } from './private/deploy-checks';
import { checkProvider, isTencentcloudProvider, providerRegion } from './private/provider';
import { addRule } from './private/rule-ids';
import { escapeTemplate, escapeTemplateMap } from './private/template-escape';
import { hasRules } from './private/trigger-rendering';
import { CosEventsError, Problems, checkStringMap, checkType, constructArgs, describeType, describeValue, isUnresolved, quote, stringOrUndefined } from './validation';

/** The canned ACL of a bucket. */
export enum BucketAcl {
  /** Only the owner (and those granted through CAM) can read or write. */
  PRIVATE = 'private',
  /** Anyone on the internet can read objects; only the owner can write. */
  PUBLIC_READ = 'public-read',
  /** Anyone on the internet can read and write objects. Almost never what you want. */
  PUBLIC_READ_WRITE = 'public-read-write',
}

/** Server-side encryption of the objects in a bucket. */
export enum BucketEncryption {
  /** SSE-COS: keys managed by COS, AES-256. */
  SSE_COS = 'AES256',
  /** SSE-KMS: keys managed by Tencent Cloud KMS (see `kmsKeyId`). */
  KMS = 'KMS',
  /** SM4, the Chinese national standard block cipher, managed by COS. */
  SM4 = 'SM4',
  /** No server-side encryption. Only for data that is public anyway. */
  UNENCRYPTED = 'UNENCRYPTED',
}

/** What a bucket grant allows. */
enum Access {
  READ = 'read',
  WRITE = 'write',
}

const READ_ACTIONS = ['name/cos:GetObject', 'name/cos:HeadObject', 'name/cos:GetBucket', 'name/cos:OptionsObject'];
const WRITE_ACTIONS = [
  'name/cos:PutObject',
  'name/cos:PostObject',
  'name/cos:DeleteObject',
  'name/cos:InitiateMultipartUpload',
  'name/cos:UploadPart',
  'name/cos:CompleteMultipartUpload',
  'name/cos:AbortMultipartUpload',
  'name/cos:ListMultipartUploads',
  'name/cos:ListParts',
];

/** The full bucket name rule: `<name>-<10-digit APPID>`, lowercase letters, digits and '-'. */
export const BUCKET_NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$/;
const APP_ID_PATTERN = /^[0-9]{10}$/;
const REGION_PATTERN = /^[a-z]{2,}-[a-z]+(-[a-z0-9]+)*$/;
/** A COS domain `<bucket>.cos.<region>.myqcloud.com` is at most 60 characters. */
const MAX_DOMAIN_LENGTH = 60;

/**
 * A COS bucket, created by this stack or imported.
 */
export interface IBucket extends IConstruct {
  /** The full bucket name, `<name>-<APPID>`. */
  readonly bucketName: string;
  /** The account APPID (the 10-digit suffix of the bucket name). */
  readonly appId: string;
  /**
   * The bucket's region, when known at synth time.
   * @default - unknown: the provider's region comes from the environment
   */
  readonly region?: string;
  /** The bucket's COS domain `<bucket>.cos.<region>.myqcloud.com`: the name of a COS trigger. */
  readonly domain: string;

  /**
   * Invoke `target` when one of `events` happens to an object whose key matches `filter`.
   * @param options the rule's construct id under this bucket, and the options of its triggers
   * @returns the new rule
   */
  addEventNotification(events: CosEvent[], target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` whenever an object is created (`cos:ObjectCreated:*`). */
  onObjectCreated(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` whenever an object is removed (`cos:ObjectRemove:*`). */
  onObjectRemoved(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;
  /** Invoke `target` when an archive restore job is created or completed (both restore events). */
  onObjectRestored(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule;

  /** Allow `fn` to read objects of this bucket (and only this bucket). */
  grantRead(fn: ICloudFunction): void;
  /** Allow `fn` to write and delete objects of this bucket (and only this bucket). */
  grantWrite(fn: ICloudFunction): void;
  /** Allow `fn` to read, write and delete objects of this bucket (and only this bucket). */
  grantReadWrite(fn: ICloudFunction): void;
}

/**
 * The parts of a bucket's identity that rules compare and render. Not exported from the package root.
 */
export interface BucketIdentity {
  /** Identifies the real bucket: its literal name, or the construct path when the name is a token. */
  readonly key: string;
  /** How messages name the bucket. */
  readonly description: string;
  /** The bucket id `<name>-<APPID>` for a function's triggers block: a reference for buckets of the stack. */
  readonly bucketId: string;
}

/** Methods shared by owned and imported buckets. */
abstract class BucketBase extends Construct implements IBucket {
  public abstract readonly bucketName: string;
  public abstract readonly appId: string;
  public abstract readonly domain: string;
  /** @internal */
  public abstract readonly _identity: BucketIdentity;
  /** @internal */
  protected abstract readonly _provider?: TerraformProvider;
  /** @internal */
  protected abstract readonly _explicitRegion?: string;

  public get region(): string | undefined {
    return this._explicitRegion ?? providerRegion(this, this._provider);
  }

  public addEventNotification(events: CosEvent[], target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return addRule(this, events, target, filter, options);
  }

  public onObjectCreated(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return addRule(this, [CosEvent.OBJECT_CREATED], target, filter, options);
  }

  public onObjectRemoved(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return addRule(this, [CosEvent.OBJECT_REMOVE], target, filter, options);
  }

  public onObjectRestored(target: ICloudFunction, filter?: KeyFilter, options?: EventNotificationOptions): EventRule {
    return addRule(this, [CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED], target, filter, options);
  }

  public grantRead(fn: ICloudFunction): void {
    this.grant(fn, [Access.READ]);
  }

  public grantWrite(fn: ICloudFunction): void {
    this.grant(fn, [Access.WRITE]);
  }

  public grantReadWrite(fn: ICloudFunction): void {
    this.grant(fn, [Access.READ, Access.WRITE]);
  }

  private grant(fn: ICloudFunction, access: Access[]): void {
    if (typeof fn !== 'object' || fn === null || typeof (fn as Partial<ICloudFunction>).addToRolePolicy !== 'function') {
      const method = access.length === 2 ? 'grantReadWrite' : access[0] === Access.READ ? 'grantRead' : 'grantWrite';
      throw new CosEventsError([{ path: this.node.path, message: `${method}(fn): 'fn' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got ${describeValue(fn)}.` }]);
    }
    const actions = access.flatMap((a) => (a === Access.READ ? READ_ACTIONS : WRITE_ACTIONS));
    // Six-segment CAM resource of every object in this bucket. The region segment is left empty (any region)
    // only when the region is not known at synth time; bucket names are unique within an account anyway.
    const resource = Lazy.stringValue({
      produce: () => escapeTemplate(`qcs::cos:${this.region ?? ''}:uid/${this.appId}:${this.bucketName}/*`),
    });
    fn.addToRolePolicy({ actions, resources: [resource] });
  }
}

/**
 * Properties of a COS bucket.
 */
export interface BucketProps {
  /**
   * The full bucket name, `<name>-<APPID>`, e.g. `photos-1250000000`. Give either this, or `name` and `appId`.
   * @default - built from `name` and `appId`
   */
  readonly bucketName?: string;
  /**
   * The bucket name without the APPID suffix, e.g. `photos`. Needs `appId`.
   * @default - `bucketName` is used
   */
  readonly name?: string;
  /**
   * The account APPID, 10 digits, e.g. `1250000000`, or a token such as
   * `new tencentcloud.dataTencentcloudUserInfo.DataTencentcloudUserInfo(this, 'Me').appId`.
   * @default - taken from the suffix of `bucketName`
   */
  readonly appId?: string;
  /**
   * The canned ACL.
   * @default BucketAcl.PRIVATE
   */
  readonly acl?: BucketAcl;
  /**
   * Server-side encryption of new objects.
   * @default BucketEncryption.SSE_COS
   */
  readonly encryption?: BucketEncryption;
  /**
   * The KMS key for `BucketEncryption.KMS`.
   * @default - the account's default COS KMS key
   */
  readonly kmsKeyId?: string;
  /**
   * Keep every version of every object. Once enabled, versioning can only be suspended.
   * @default false
   */
  readonly versioned?: boolean;
  /**
   * Tags of the bucket.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Delete every object when the bucket is destroyed (the provider's `force_clean`).
   * @default false
   */
  readonly forceDestroy?: boolean;
  /**
   * Lifecycle rules: move objects to colder storage classes, expire them, clean up old versions and incomplete
   * uploads. More can be added with `addLifecycleRule()`.
   * @default - no lifecycle rules
   */
  readonly lifecycleRules?: LifecycleRule[];
  /**
   * The tencentcloud provider (and so the region) of the bucket.
   * @default - the stack's provider without alias
   */
  readonly provider?: TerraformProvider;
}

/**
 * A COS bucket (`tencentcloud_cos_bucket`), private and encrypted unless asked otherwise.
 *
 * @example
 * const bucket = new Bucket(stack, 'Uploads', { bucketName: 'uploads-1250000000' });
 * bucket.onObjectCreated(resizer, { prefix: 'uploads/', suffix: '.jpg' });
 */
export class Bucket extends BucketBase {
  /**
   * Import an existing bucket so that rules can be attached to it.
   * @param bucketName the full bucket name `<name>-<APPID>`
   * @param region the bucket's region, e.g. `ap-guangzhou`; by default the stack provider's region
   */
  public static fromBucketName(scope: Construct, id: string, bucketName: string, region?: string): IBucket {
    return new ImportedBucket(scope, id, bucketName, region);
  }

  public readonly bucketName: string;
  public readonly appId: string;
  public readonly domain: string;
  /** The underlying `tencentcloud_cos_bucket` resource. */
  public readonly resource: cosBucket.CosBucket;
  /** @internal */
  public readonly _identity: BucketIdentity;
  /** @internal */
  protected readonly _provider?: TerraformProvider;
  /** @internal */
  protected readonly _explicitRegion?: string = undefined;
  private readonly lifecycle: BucketLifecycle;

  constructor(scope: Construct, id: string, props: BucketProps = {}) {
    super(...constructArgs(scope, id, 'Bucket'));
    const problems = new Problems();
    const p = (props ?? {}) as BucketProps;
    if (typeof props !== 'object' || props === null) {
      problems.add(`props must be an object, got ${describeType(props)} ${quote(props)}.`);
    }
    const full = resolveBucketName(p, problems);
    this._provider = isTencentcloudProvider(p.provider) ? p.provider : undefined;
    problems.addAll([checkProvider(p.provider), checkType('versioned', p.versioned, 'boolean'),
      checkType('forceDestroy', p.forceDestroy, 'boolean'), checkType('kmsKeyId', p.kmsKeyId, 'string'),
      ...checkStringMap('tags', p.tags)].filter(isMessage));
    problems.addAll([...checkMapKeys('tags', p.tags), ...checkWellFormedMap('tags', p.tags)]);

    const acl = p.acl ?? BucketAcl.PRIVATE;
    if (!Object.values(BucketAcl).includes(acl)) {
      problems.add(`'acl' ${quote(acl)} is not a COS canned ACL. Allowed: ${Object.values(BucketAcl).map((v) => `'${v}'`).join(', ')}.`);
    } else if (acl !== BucketAcl.PRIVATE) {
      Annotations.of(this).addWarning(`bucket ${quote(full.name)} is readable by anyone on the internet (acl '${acl}').`);
    }
    const encryption = p.encryption ?? BucketEncryption.SSE_COS;
    if (!Object.values(BucketEncryption).includes(encryption)) {
      problems.add(`'encryption' ${quote(encryption)} is not supported. Allowed: ${Object.keys(BucketEncryption).map((k) => `BucketEncryption.${k}`).join(', ')}.`);
    }
    if (p.kmsKeyId !== undefined && encryption !== BucketEncryption.KMS) {
      problems.add(`'kmsKeyId' is only used with BucketEncryption.KMS, but encryption is ${quote(encryption)}. Remove kmsKeyId or set encryption: BucketEncryption.KMS.`);
    }

    this.resource = new cosBucket.CosBucket(this, 'Resource', {
      bucket: full.name,
      acl: Object.values(BucketAcl).includes(acl) ? acl : undefined,
      encryptionAlgorithm: encryption === BucketEncryption.UNENCRYPTED ? undefined : encryption,
      kmsId: typeof p.kmsKeyId === 'string' ? escapeTemplate(p.kmsKeyId) : undefined,
      versioningEnable: p.versioned,
      forceClean: p.forceDestroy,
      tags: escapeTemplateMap(p.tags),
      provider: isTencentcloudProvider(p.provider) ? p.provider : undefined,
    });
    registerOwnedBucket(this, this.resource, this._provider);
    this.lifecycle = new BucketLifecycle(this, this.resource, p.lifecycleRules, p.versioned);
    this.bucketName = isUnresolved(full.name) ? this.resource.bucket : full.name;
    this.appId = full.appId;
    this.domain = this.resource.cosBucketUrl;
    this._identity = {
      key: isUnresolved(full.name) ? `path:${this.node.path}` : full.name,
      description: isUnresolved(full.name) ? `[${this.node.path}]` : `'${full.name}'`,
      bucketId: this.resource.bucket,
    };
    problems.attach(this, () => {
      const region = this.region;
      return region && !isUnresolved(full.name) ? checkDomainLength(full.name, region) : [];
    });
  }

  /**
   * Add a lifecycle rule after the ones of the `lifecycleRules` prop (it is `lifecycleRules[n]` in messages).
   * @example
   * bucket.addLifecycleRule({ prefix: 'logs/', transitions: [{ storageClass: StorageClass.ARCHIVE, days: 90 }] });
   */
  public addLifecycleRule(rule: LifecycleRule): void {
    this.lifecycle.add(rule);
  }
}

/** An existing bucket, imported by name. */
class ImportedBucket extends BucketBase {
  public readonly bucketName: string;
  public readonly appId: string;
  public readonly domain: string;
  /** @internal */
  public readonly _identity: BucketIdentity;
  /** @internal */
  protected readonly _provider?: TerraformProvider = undefined;
  /** @internal */
  protected readonly _explicitRegion?: string;

  constructor(scope: Construct, id: string, bucketName: string, region?: string) {
    super(...constructArgs(scope, id, 'Bucket.fromBucketName'));
    const problems = new Problems();
    // Wrong types are reported below; the construct keeps working with strings.
    this.bucketName = typeof bucketName === 'string' ? bucketName : '';
    this._explicitRegion = stringOrUndefined(region);
    problems.addAll(checkBucketName('bucketName', bucketName));
    if (region !== undefined && !isUnresolved(region)) {
      if (typeof region !== 'string' || !REGION_PATTERN.test(region)) {
        problems.add(`region ${quote(region)} is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.`);
      }
    }
    this.appId = appIdOf(bucketName);
    const literal = typeof bucketName === 'string' && !isUnresolved(bucketName);
    this.domain = Lazy.stringValue({ produce: () => escapeTemplate(`${this.bucketName}.cos.${this.region ?? 'unknown-region'}.myqcloud.com`) });
    this._identity = {
      key: literal ? bucketName : `path:${this.node.path}`,
      description: literal ? `'${bucketName}'` : `[${this.node.path}]`,
      bucketId: this.bucketName,
    };
    problems.attach(this, () => {
      const r = this.region;
      // Without a region, only a problem when a rule (anywhere in the tree) needs the bucket's domain.
      if (!r) return hasRules(this) ? [`the region of imported bucket ${quote(bucketName)} is unknown, so its COS trigger name '<bucket>.cos.<region>.myqcloud.com' cannot be built. Pass the region to Bucket.fromBucketName(scope, id, bucketName, 'ap-guangzhou'), or set 'region' on the stack's tencentcloud provider.`] : [];
      return literal ? checkDomainLength(this.bucketName, r) : [];
    });
  }
}

function isMessage(m: string | undefined): m is string {
  return m !== undefined;
}

/** The APPID of a full bucket name: the part after the last '-' (a Terraform expression for tokens). */
function appIdOf(bucketName: string): string {
  if (typeof bucketName !== 'string') return '';
  if (isUnresolved(bucketName)) return Fn.element(Fn.reverse(Fn.split('-', bucketName)), 0);
  return bucketName.slice(bucketName.lastIndexOf('-') + 1);
}

function resolveBucketName(p: BucketProps, problems: Problems): { name: string; appId: string } {
  if (p.bucketName !== undefined && (p.name !== undefined || p.appId !== undefined)) {
    problems.add(`give either 'bucketName' (e.g. 'photos-1250000000') or 'name' and 'appId', not both: got bucketName ${quote(p.bucketName)}, name ${quote(p.name)}, appId ${quote(p.appId)}.`);
  }
  if (p.bucketName !== undefined) {
    problems.addAll(checkBucketName('bucketName', p.bucketName));
    return typeof p.bucketName === 'string' ? { name: p.bucketName, appId: appIdOf(p.bucketName) } : { name: '', appId: '' };
  }
  if (p.name === undefined) {
    problems.add('a bucket needs a name: give \'bucketName\' (\'<name>-<APPID>\', e.g. \'photos-1250000000\') or \'name\' and \'appId\'.');
    return { name: '', appId: '' };
  }
  if (p.appId === undefined) {
    problems.add(`'name' ${quote(p.name)} needs 'appId': COS bucket names end with '-<APPID>', the account's 10-digit APPID (data source tencentcloud_user_info gives it). Or give the full 'bucketName'.`);
  }
  // Wrong types are reported below; what is built from them stays a string.
  const appId = typeof p.appId === 'string' ? p.appId : '';
  const nameUnresolved = isUnresolved(p.name);
  const appIdUnresolved = isUnresolved(appId);
  if (!nameUnresolved) {
    if (typeof p.name !== 'string' || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(p.name)) {
      problems.add(`'name' ${quote(p.name)} is not a valid COS bucket name: use lowercase letters, digits and '-', not starting or ending with '-'.`);
    } else if (/-[0-9]{10}$/.test(p.name) && p.appId !== undefined) {
      problems.add(`'name' ${quote(p.name)} already ends with an APPID; with 'appId' the name would be '${p.name}-${p.appId}'. Give 'bucketName' instead.`);
    }
  }
  if (p.appId !== undefined && !appIdUnresolved && (typeof p.appId !== 'string' || !APP_ID_PATTERN.test(appId))) {
    problems.add(`'appId' ${quote(p.appId)} is not an APPID: an APPID is exactly 10 digits, e.g. '1250000000'.`);
  }
  const full = `${typeof p.name === 'string' ? p.name : ''}-${appId}`;
  if (!nameUnresolved && !appIdUnresolved && typeof p.name === 'string' && full.length > 60) {
    problems.add(`bucket name ${quote(full)} is ${full.length} characters; COS allows at most 60 (including '-<APPID>').`);
  }
  return { name: full, appId };
}

/** Every rule a full bucket name breaks. Tokens are not checked. */
export function checkBucketName(prop: string, value: unknown): string[] {
  if (isUnresolved(value)) return [];
  if (typeof value !== 'string') return [`'${prop}' must be a string like 'photos-1250000000', got ${describeType(value)} ${quote(value)}.`];
  const problems: string[] = [];
  if (value.length < 1 || value.length > 60) {
    problems.push(`'${prop}' ${quote(value)} is ${value.length} characters; a COS bucket name has 1 to 60 characters (including '-<APPID>').`);
  }
  if (!BUCKET_NAME_PATTERN.test(value)) {
    // 6 to 13 digits look like a mistyped APPID; fewer are part of the name (e.g. 'logs-2024').
    const digits = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-([0-9]{6,9}|[0-9]{11,13})$/.exec(value)?.[2];
    if (digits) {
      problems.push(`'${prop}' ${quote(value)} ends in '-${digits}', ${digits.length} digits: the APPID suffix of a COS bucket name has exactly 10 digits (e.g. '-1250000000').`);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value) && !/-[0-9]{10}$/.test(value)) {
      problems.push(`'${prop}' ${quote(value)} has no APPID suffix: COS bucket names are '<name>-<APPID>' with the account's 10-digit APPID, e.g. '${value}-1250000000'.`);
    } else {
      problems.push(`'${prop}' ${quote(value)} is not a valid COS bucket name: it must match ${BUCKET_NAME_PATTERN.source} (lowercase letters, digits and '-', not starting or ending with '-', then '-' and the 10-digit APPID).`);
    }
  }
  return problems;
}

function checkDomainLength(bucketName: string, region: string): string[] {
  const domain = `${bucketName}.cos.${region}.myqcloud.com`;
  return domain.length > MAX_DOMAIN_LENGTH
    ? [`the bucket domain ${quote(domain)} is ${domain.length} characters; COS allows at most ${MAX_DOMAIN_LENGTH}. Use a shorter bucket name.`]
    : [];
}
