import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import {
  Bucket, CloudFunction, CosEvent, EventRule, FunctionAlias, FunctionAsyncInvokeConfig, FunctionCode, FunctionLoggingConfig, Runtime,
  StorageClass,
} from '../../lib';
import { cosBackendFromEnv } from '../shared/backend';

/** Properties of the thumbnails example. */
export interface ThumbnailsStackProps {
  /** The region of both buckets and the function, e.g. `ap-guangzhou`. */
  readonly region: string;
  /** The account APPID, 10 digits. */
  readonly appId: string;
  /**
   * The bucket people upload images to.
   * @default `photos-<appId>`
   */
  readonly inputBucketName?: string;
  /**
   * The bucket the results are written to. Never the input bucket: a function writing into the bucket that
   * triggers it would call itself.
   * @default `photos-thumbnails-<appId>`
   */
  readonly outputBucketName?: string;
  /**
   * The longest side of a thumbnail, in pixels.
   * @default 256
   */
  readonly thumbnailSize?: number;
  /**
   * The CLS logset and topic the function logs to: ids of your account, from configuration (`examples/main.ts`
   * reads them with `loggingFromEnv`).
   * @default - SCF's default log destination
   */
  readonly logging?: FunctionLoggingConfig;
  /**
   * Days after an upload when the original moves to the ARCHIVE storage class.
   * @default 30
   */
  readonly archiveAfterDays?: number;
}

/** Where uploads land in the input bucket: the only keys that trigger the function. */
export const UPLOAD_PREFIX = 'uploads/';
/** Where the results go in the output bucket. */
export const THUMBNAIL_PREFIX = 'thumbnails/';
/** The alias the trigger invokes; a roll-out moves it to another version. */
export const LIVE_ALIAS = 'live';
/**
 * What SCF does when an invocation fails. Thumbnailing is idempotent (a retry writes the same two keys again), so
 * a retry is always safe; three, one minute apart, ride out a short COS or image-processing outage. An event
 * still undelivered after three hours (throttling, platform errors) is dropped: by then a backfill is the better
 * tool, and the original is still in STANDARD for days.
 */
export const RETRY_POLICY = { retryAttempts: 3, maxEventAge: 3 * 60 * 60 } as const;
/** Days after which incomplete multipart uploads are aborted and their parts deleted. */
export const ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;

/** The environment variables the function's CLS logging is configured from. */
export const LOGGING_ENV = {
  /** The id of a CLS logset of the account (a UUID). */
  logsetId: 'THUMBNAILS_CLS_LOGSET_ID',
  /** The id of a topic in that logset (a UUID). */
  topicId: 'THUMBNAILS_CLS_TOPIC_ID',
} as const;

/**
 * The function's CLS logging from `THUMBNAILS_CLS_LOGSET_ID` and `THUMBNAILS_CLS_TOPIC_ID`: both set, or neither
 * (undefined: SCF's default log destination). The ids are checked by the library at synth time.
 */
export function loggingFromEnv(env: NodeJS.ProcessEnv = process.env): FunctionLoggingConfig | undefined {
  const logsetId = env[LOGGING_ENV.logsetId]?.trim() || undefined;
  const topicId = env[LOGGING_ENV.topicId]?.trim() || undefined;
  if (logsetId === undefined && topicId === undefined) return undefined;
  if (logsetId === undefined || topicId === undefined) {
    const [set, unset] = logsetId === undefined ? [LOGGING_ENV.topicId, LOGGING_ENV.logsetId] : [LOGGING_ENV.logsetId, LOGGING_ENV.topicId];
    throw new Error(`${set} is set but ${unset} is not: set both (a CLS logset and a topic in it) or neither (SCF's default log destination).`);
  }
  return { logsetId, topicId };
}

/**
 * Images uploaded under `uploads/` are inspected and thumbnailed into a second bucket. The upload rule invokes
 * the function's alias `live`, which routes to the function's current version; failed invocations are retried
 * (`RETRY_POLICY`); originals move to ARCHIVE after `archiveAfterDays`. The Terraform state goes to COS when
 * `TF_COS_BACKEND_BUCKET` is set (see `examples/shared/backend.ts`).
 */
export class ThumbnailsStack extends TerraformStack {
  /** The bucket images are uploaded to. */
  public readonly input: Bucket;
  /** The bucket thumbnails and metadata are written to. */
  public readonly output: Bucket;
  /** The function that does the work. */
  public readonly thumbnailer: CloudFunction;
  /** The alias `live` of the function, routing to its current version: what the upload rule invokes. */
  public readonly live: FunctionAlias;
  /** The retry policy of the function's asynchronous invocations. */
  public readonly retries: FunctionAsyncInvokeConfig;
  /** The rule: every object created under `uploads/` invokes the alias. */
  public readonly rule: EventRule;

  constructor(scope: Construct, id: string, props: ThumbnailsStackProps) {
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
      code: FunctionCode.fromEntry(path.join(__dirname, 'handler.ts')),
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
    this.retries = this.thumbnailer.configureAsyncInvoke(RETRY_POLICY);
    this.live = this.thumbnailer.addAlias(LIVE_ALIAS, { version: this.thumbnailer.currentVersion, description: 'What uploads invoke' });

    // One rule, on the alias: a rule on a version or alias must be the function's only trigger on the bucket.
    // The handler recognises images by their bytes and skips everything else.
    this.rule = new EventRule(this, 'OnUpload', {
      bucket: this.input,
      target: this.live,
      events: [CosEvent.OBJECT_CREATED],
      filter: { prefix: UPLOAD_PREFIX },
      description: `Thumbnail images uploaded under ${UPLOAD_PREFIX}`,
    });

    // The function reads only the uploads that trigger it and writes only under its output prefix.
    this.input.grantRead(this.thumbnailer, `${UPLOAD_PREFIX}*`);
    this.output.grantWrite(this.thumbnailer, `${THUMBNAIL_PREFIX}*`);
  }
}
