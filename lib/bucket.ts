import { Annotations, Lazy, TerraformProvider } from 'cdktf';
import type * as cosBucket from 'cdktf-tencentcloud-cos-events-provider/lib/cos-bucket';
import { Construct } from 'constructs';
import { Access, BucketGrant, grantAccess } from './bucket-grant';
import { BucketLifecycle, LifecycleRule } from './bucket-lifecycle';
import { appIdOf, checkBucketName, checkDomainLength, resolveBucketName } from './bucket-name';
import { CosEvent } from './cos-event';
import { EventNotificationOptions, EventRule, IBucket } from './event-rule';
import { ICloudFunction } from './function-ref';
import { KeyFilter } from './key-filter';
import * as bindings from './private/bindings';
import { checkMapKeys, checkWellFormedMap, registerOwnedBucket } from './private/deploy-checks';
import { registerBucketIdentity } from './private/identity';
import {
  checkProvider, checkRegionName, isTencentcloudProvider, providerRegion, providerRegionInCheck, registerRegionFromProvider,
  shareProviderBlocksInChecks,
} from './private/provider';
import { addRule } from './private/rule-ids';
import { escapeTemplate, escapeTemplateMap } from './private/template-escape';
import { hasRules } from './private/trigger-rendering';
import { Problems, checkStringMap, checkType, constructArgs, isUnresolved, propsObject, quote, stringOrUndefined } from './validation';

export { IBucket } from './event-rule';

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

/** Methods shared by owned and imported buckets. */
abstract class BucketBase extends Construct implements IBucket {
  public abstract readonly bucketName: string;
  public abstract readonly appId: string;
  public abstract readonly domain: string;
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

  public grantRead(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant {
    return grantAccess(this, fn, [Access.READ], objectsKeyPattern);
  }

  public grantWrite(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant {
    return grantAccess(this, fn, [Access.WRITE], objectsKeyPattern);
  }

  public grantReadWrite(fn: ICloudFunction, objectsKeyPattern?: string): BucketGrant {
    return grantAccess(this, fn, [Access.READ, Access.WRITE], objectsKeyPattern);
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
 * Attributes of an existing bucket, for `Bucket.fromBucketAttributes`.
 */
export interface BucketAttributes {
  /** The full bucket name, `<name>-<APPID>`, e.g. `photos-1250000000`. */
  readonly bucketName: string;
  /**
   * The bucket's region, e.g. `ap-guangzhou`.
   * @default - the region of `provider`, or of the stack's tencentcloud provider without alias
   */
  readonly region?: string;
  /**
   * The tencentcloud provider of the bucket's region: the bucket's region is the provider's `region`.
   * @default - the stack's tencentcloud provider without alias
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
   * Reference an existing bucket by its full name, e.g. to attach rules to it.
   *
   * Its region is that of the stack's tencentcloud provider without alias; for another region use
   * `Bucket.fromBucketAttributes`.
   *
   * The fourth argument `region` is deprecated and will be removed in the next minor version: use
   * `Bucket.fromBucketAttributes(scope, id, { bucketName, region })`.
   * @param bucketName the full bucket name `<name>-<APPID>`, e.g. `photos-1250000000`
   * @param region deprecated: use `Bucket.fromBucketAttributes(scope, id, { bucketName, region })`
   */
  public static fromBucketName(scope: Construct, id: string, bucketName: string, region?: string): IBucket {
    const bucket = new ImportedBucket(scope, id, { bucketName, region }, 'Bucket.fromBucketName');
    if (region !== undefined) {
      Annotations.of(bucket).addWarning('Bucket.fromBucketName(scope, id, bucketName, region) is deprecated and will be removed in the next minor version: ' +
        'use Bucket.fromBucketAttributes(scope, id, { bucketName, region }).');
    }
    return bucket;
  }

  /**
   * Reference an existing bucket by its name and, when it is not the stack provider's, its region or provider.
   *
   * @example
   * const archive = Bucket.fromBucketAttributes(stack, 'Archive', { bucketName: 'archive-1250000000', region: 'ap-shanghai' });
   */
  public static fromBucketAttributes(scope: Construct, id: string, attrs: BucketAttributes): IBucket {
    return new ImportedBucket(scope, id, attrs, 'Bucket.fromBucketAttributes');
  }

  public readonly bucketName: string;
  public readonly appId: string;
  public readonly domain: string;
  /** The underlying `tencentcloud_cos_bucket` resource. */
  public readonly resource: cosBucket.CosBucket;
  /** @internal */
  protected readonly _provider?: TerraformProvider;
  /** @internal */
  protected readonly _explicitRegion?: string = undefined;
  private readonly lifecycle: BucketLifecycle;

  constructor(scope: Construct, id: string, props: BucketProps = {}) {
    super(...constructArgs(scope, id, 'Bucket'));
    const problems = new Problems();
    const p = propsObject(props, problems);
    const full = resolveBucketName(p, problems);
    this._provider = isTencentcloudProvider(p.provider) ? p.provider : undefined;
    problems.addAll([checkProvider(p.provider), checkType('versioned', p.versioned, 'boolean'),
      checkType('forceDestroy', p.forceDestroy, 'boolean'), checkType('kmsKeyId', p.kmsKeyId, 'string'),
      ...checkStringMap('tags', p.tags)]);
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

    this.resource = new (bindings.CosBucket())(this, 'Resource', {
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
    // A subclass may say otherwise about its region.
    if (new.target === Bucket) registerRegionFromProvider(this, this._provider);
    this.lifecycle = new BucketLifecycle(this, this.resource, p.lifecycleRules, p.versioned);
    this.bucketName = isUnresolved(full.name) ? this.resource.bucket : full.name;
    this.appId = full.appId;
    this.domain = this.resource.cosBucketUrl;
    registerBucketIdentity(this, {
      key: isUnresolved(full.name) ? `path:${this.node.path}` : full.name,
      description: isUnresolved(full.name) ? `[${this.node.path}]` : `'${full.name}'`,
      bucketId: this.resource.bucket,
    });
    // A Bucket's region is its provider's (a subclass may say otherwise): read once per validation run of the stack.
    const ownRegion = new.target === Bucket;
    if (ownRegion) shareProviderBlocksInChecks(this);
    problems.attach(this, () => {
      const region = ownRegion ? providerRegionInCheck(this, this._provider) : this.region;
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
  protected readonly _provider?: TerraformProvider;
  /** @internal */
  protected readonly _explicitRegion?: string;

  constructor(scope: Construct, id: string, attrs: BucketAttributes, what: string) {
    super(...constructArgs(scope, id, what));
    const problems = new Problems();
    const a: Partial<BucketAttributes> = propsObject(attrs, problems, { name: 'attributes', example: "{ bucketName: 'photos-1250000000' }" });
    // Wrong types are reported below; the construct keeps working with strings.
    const bucketName = a.bucketName;
    this.bucketName = typeof bucketName === 'string' ? bucketName : '';
    this._explicitRegion = stringOrUndefined(a.region);
    this._provider = isTencentcloudProvider(a.provider) ? a.provider : undefined;
    if (bucketName === undefined) {
      problems.add("'bucketName' is required: the full name '<name>-<APPID>' of the existing bucket, e.g. 'photos-1250000000'.");
    } else {
      problems.addAll(checkBucketName('bucketName', bucketName));
    }
    problems.addAll(checkRegionName(a.region));
    problems.add(checkProvider(a.provider));
    this.appId = appIdOf(this.bucketName);
    const literal = typeof bucketName === 'string' && !isUnresolved(bucketName);
    this.domain = Lazy.stringValue({ produce: () => escapeTemplate(`${this.bucketName}.cos.${this.region ?? 'unknown-region'}.myqcloud.com`) });
    problems.attach(this, () => {
      const r = this.region;
      // Without a region, only a problem when a rule (anywhere in the tree) needs the bucket's domain.
      if (!r) {
        return hasRules(this) ? [`the region of imported bucket ${quote(bucketName)} is unknown, so its COS trigger name '<bucket>.cos.<region>.myqcloud.com' cannot be built. ` +
          "Give it with Bucket.fromBucketAttributes(scope, id, { bucketName, region: 'ap-guangzhou' }), or set 'region' on the stack's tencentcloud provider."] : [];
      }
      return [...this.checkProviderRegion(), ...(literal ? checkDomainLength(this.bucketName, r) : [])];
    });
  }

  /** An explicit region must be the region of an explicit provider. */
  private checkProviderRegion(): string[] {
    const explicit = this._explicitRegion;
    if (!this._provider || explicit === undefined || isUnresolved(explicit)) return [];
    const fromProvider = providerRegion(this, this._provider);
    return fromProvider !== undefined && fromProvider !== explicit
      ? [`region ${quote(explicit)} differs from the region of the bucket's provider (${quote(fromProvider)}). Give only one of them, or a provider for ${quote(explicit)}.`]
      : [];
  }
}
