// Stacks that mirror each example exactly (same constructs, ids and properties), with their rules given as a
// list, so that the lifecycle tests can apply real user edits of an example's rules into its deployment.
// `shapes.test` in this folder proves that each mirror with the example's own rules synthesizes the example's
// JSON byte for byte.
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { RuleSpec, addRules } from './rules';
import { ArchiveRestoreStackProps } from '../../../examples/archive-restore/stack';
import { ARCHIVE_PREFIX, AutoUnzipStackProps, EXTRACTED_PREFIX } from '../../../examples/auto-unzip/stack';
import { CdnRefreshStackProps, STATIC_PREFIX } from '../../../examples/cdn-refresh/stack';
import { DbSyncStackProps } from '../../../examples/db-sync/stack';
import { cosBackendFromEnv } from '../../../examples/shared/backend';
import {
  ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS, LIVE_ALIAS, RETRY_POLICY, THUMBNAIL_PREFIX, ThumbnailsStackProps, UPLOAD_PREFIX,
} from '../../../examples/thumbnails/stack';
import { Bucket, CloudFunction, CosEvent, FunctionCode, Runtime, StorageClass } from '../../../lib';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const handler = (example: string) => FunctionCode.fromEntry(path.join(EXAMPLES, example, 'handler.ts'));

/** The rules of a mirrored example. */
export interface ShapeProps {
  readonly rules: readonly RuleSpec[];
}

/** The thumbnails example's rule (on the alias `live`). */
export const THUMBNAILS_RULES: RuleSpec[] = [{
  id: 'OnUpload',
  events: [CosEvent.OBJECT_CREATED],
  prefix: UPLOAD_PREFIX,
  description: `Thumbnail images uploaded under ${UPLOAD_PREFIX}`,
}];

/**
 * `ThumbnailsStack` with its rules as a list. The rules invoke the alias `live`; a rule with `target: 'function'`
 * invokes the function itself (`$LATEST`).
 */
export class ThumbnailsShape extends TerraformStack {
  public readonly input: Bucket;
  public readonly output: Bucket;
  public readonly thumbnailer: CloudFunction;
  constructor(scope: Construct, id: string, props: ThumbnailsStackProps & ShapeProps) {
    super(scope, id);
    cosBackendFromEnv(this);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    this.input = new Bucket(this, 'Photos', {
      bucketName: props.inputBucketName ?? `photos-${props.appId}`,
      lifecycleRules: [{
        id: 'archive-originals',
        prefix: UPLOAD_PREFIX,
        transitions: [{ storageClass: StorageClass.ARCHIVE, days: props.archiveAfterDays ?? 30 }],
        abortIncompleteMultipartUploadAfterDays: ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS,
      }],
    });
    this.output = new Bucket(this, 'Thumbnails', { bucketName: props.outputBucketName ?? `photos-thumbnails-${props.appId}` });
    this.thumbnailer = new CloudFunction(this, 'Thumbnailer', {
      runtime: Runtime.NODEJS_18_15,
      code: handler('thumbnails'),
      handler: 'index.main_handler',
      memorySize: 512,
      timeout: 60,
      description: 'Inspects uploaded images and writes thumbnails and metadata to the output bucket',
      environment: {
        COS_REGION: props.region,
        OUTPUT_BUCKET: this.output.bucketName,
        OUTPUT_PREFIX: THUMBNAIL_PREFIX,
        THUMBNAIL_SIZE: String(props.thumbnailSize ?? 256),
      },
      logging: props.logging,
    });
    this.thumbnailer.configureAsyncInvoke(RETRY_POLICY);
    const live = this.thumbnailer.addAlias(LIVE_ALIAS, { version: this.thumbnailer.currentVersion, description: 'What uploads invoke' });
    addRules(this, this.input, live, props.rules, { function: this.thumbnailer });
    this.input.grantRead(this.thumbnailer, `${UPLOAD_PREFIX}*`);
    this.output.grantWrite(this.thumbnailer, `${THUMBNAIL_PREFIX}*`);
  }
}

/** The auto-unzip example's rule. */
export const AUTO_UNZIP_RULES: RuleSpec[] = [{
  id: 'OnArchiveUploaded',
  events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
  prefix: ARCHIVE_PREFIX,
  suffix: '.zip',
  description: 'Extract uploaded .zip archives',
}];

/** `AutoUnzipStack` with its rules as a list. */
export class AutoUnzipShape extends TerraformStack {
  constructor(scope: Construct, id: string, props: AutoUnzipStackProps & ShapeProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    const bucket = new Bucket(this, 'Uploads', { bucketName: props.bucketName ?? `uploads-${props.appId}` });
    const extractor = new CloudFunction(this, 'Extractor', {
      runtime: Runtime.NODEJS_18_15,
      code: handler('auto-unzip'),
      handler: 'index.main_handler',
      memorySize: 1024,
      timeout: 600,
      description: `Extracts .zip files uploaded under ${ARCHIVE_PREFIX} into ${EXTRACTED_PREFIX}`,
      environment: {
        COS_REGION: props.region,
        ARCHIVE_PREFIX,
        EXTRACTED_PREFIX,
        MAX_EXTRACTED_BYTES: String(props.maxExtractedBytes ?? 1024 * 1024 * 1024),
      },
    });
    addRules(this, bucket, extractor, props.rules);
    bucket.grantRead(extractor, `${ARCHIVE_PREFIX}*`);
    bucket.grantWrite(extractor, `${EXTRACTED_PREFIX}*`);
  }
}

/** The cdn-refresh example's rule. */
export const CDN_REFRESH_RULES: RuleSpec[] = [{
  id: 'OnStaticChange',
  events: [CosEvent.OBJECT_CREATED, CosEvent.OBJECT_REMOVE],
  prefix: STATIC_PREFIX,
  description: `Purge the CDN cache of changed ${STATIC_PREFIX} objects`,
}];

/** `CdnRefreshStack` with its rules as a list. */
export class CdnRefreshShape extends TerraformStack {
  constructor(scope: Construct, id: string, props: CdnRefreshStackProps & ShapeProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    const bucket = new Bucket(this, 'Website', { bucketName: props.bucketName ?? `website-${props.appId}` });
    const purger = new CloudFunction(this, 'Purger', {
      runtime: Runtime.NODEJS_18_15,
      code: handler('cdn-refresh'),
      handler: 'index.main_handler',
      timeout: 30,
      description: `Purges the CDN cache of ${props.cdnDomain} for objects changed under ${STATIC_PREFIX}`,
      environment: { CDN_DOMAIN: props.cdnDomain, CDN_PROTOCOL: props.protocol ?? 'https' },
    });
    purger.addToRolePolicy({ actions: ['name/cdn:PurgeUrlsCache'], resources: ['*'] });
    addRules(this, bucket, purger, props.rules);
  }
}

/** The db-sync example's rules: `onObjectCreated` and `onObjectRemoved` (positional construct ids). */
export const DB_SYNC_RULES: RuleSpec[] = [
  { id: 'created', method: 'onObjectCreated', prefix: 'documents/' },
  { id: 'removed', method: 'onObjectRemoved', prefix: 'documents/' },
];

/** `DbSyncStack` with its rules as a list. */
export class DbSyncShape extends TerraformStack {
  constructor(scope: Construct, id: string, props: DbSyncStackProps & ShapeProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    const db = props.database;
    const prefix = props.prefix ?? 'documents/';
    const bucket = new Bucket(this, 'Documents', { bucketName: props.bucketName ?? `documents-${props.appId}` });
    const indexer = new CloudFunction(this, 'Indexer', {
      runtime: Runtime.NODEJS_18_15,
      code: handler('db-sync'),
      handler: 'index.main_handler',
      timeout: 30,
      description: `Keeps ${db.name}.${db.table} in step with the objects under ${prefix}`,
      vpc: { vpcId: props.vpcId, subnetId: props.subnetId },
      publicNetwork: true,
      environment: {
        DB_HOST: db.host,
        DB_PORT: String(db.port ?? 3306),
        DB_NAME: db.name,
        DB_TABLE: db.table,
        DB_USER: db.user,
        DB_CREDENTIALS_SSM_NAME: db.credentialsSecretName,
        DB_CREDENTIALS_SSM_VERSION: db.credentialsSecretVersion ?? 'v1',
        SSM_REGION: props.region,
      },
    });
    const deployer = new tencentcloud.dataTencentcloudUserInfo.DataTencentcloudUserInfo(this, 'Deployer');
    const creatorUin = props.secretCreatorUin ?? deployer.uin;
    indexer.addToRolePolicy({
      actions: ['name/ssm:GetSecretValue'],
      resources: [`qcs::ssm:${props.region}:uin/${deployer.ownerUin}:secret/creatorUin/${creatorUin}/${db.credentialsSecretName}`],
    });
    addRules(this, bucket, indexer, props.rules);
  }
}

/** The archive-restore example's rule. */
export const ARCHIVE_RESTORE_RULES: RuleSpec[] = [{
  id: 'OnRestoreCompleted',
  events: [CosEvent.OBJECT_RESTORE_COMPLETED],
  description: 'Announce completed archive restores',
}];

/** `ArchiveRestoreStack` with its rules as a list. */
export class ArchiveRestoreShape extends TerraformStack {
  constructor(scope: Construct, id: string, props: ArchiveRestoreStackProps & ShapeProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    const archive = Bucket.fromBucketAttributes(this, 'Archive', { bucketName: props.bucketName, region: props.region });
    const notifier = new CloudFunction(this, 'RestoreNotifier', {
      runtime: Runtime.NODEJS_18_15,
      code: handler('archive-restore'),
      handler: 'index.main_handler',
      timeout: 10,
      description: `Announces completed archive restores in ${props.bucketName}`,
      environment: props.notifyUrl === undefined ? undefined : { NOTIFY_URL: props.notifyUrl },
    });
    addRules(this, archive, notifier, props.rules);
  }
}
