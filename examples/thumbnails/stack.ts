import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';
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
}

/** Where uploads land in the input bucket: the only keys that trigger the function. */
export const UPLOAD_PREFIX = 'uploads/';
/** Where the results go in the output bucket. */
export const THUMBNAIL_PREFIX = 'thumbnails/';
/** The image types handled: one rule each, since a rule has a single suffix. */
export const IMAGE_SUFFIXES = ['.jpg', '.png'] as const;

/**
 * Images uploaded under `uploads/` (`.jpg` or `.png`) are inspected and thumbnailed into a second bucket.
 * The Terraform state goes to COS when `TF_COS_BACKEND_BUCKET` is set (see `examples/shared/backend.ts`).
 */
export class ThumbnailsStack extends TerraformStack {
  /** The bucket images are uploaded to. */
  public readonly input: Bucket;
  /** The bucket thumbnails and metadata are written to. */
  public readonly output: Bucket;
  /** The function that does the work. */
  public readonly thumbnailer: CloudFunction;
  /**
   * The rules, one per image suffix. Both invoke one function on one bucket, so their triggers are entries of
   * the function's `triggers` block (see the README's "Semantics").
   */
  public readonly rules: EventRule[];

  constructor(scope: Construct, id: string, props: ThumbnailsStackProps) {
    super(scope, id);
    cosBackendFromEnv(this);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });

    this.input = new Bucket(this, 'Photos', { bucketName: props.inputBucketName ?? `photos-${props.appId}` });
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
    });

    this.rules = IMAGE_SUFFIXES.map((suffix) => new EventRule(this, `On${suffix.charAt(1).toUpperCase()}${suffix.slice(2)}Upload`, {
      bucket: this.input,
      target: this.thumbnailer,
      events: [CosEvent.OBJECT_CREATED],
      filter: { prefix: UPLOAD_PREFIX, suffix },
    }));

    // The function reads only the uploads that trigger it and writes only under its output prefix.
    this.input.grantRead(this.thumbnailer, `${UPLOAD_PREFIX}*`);
    this.output.grantWrite(this.thumbnailer, `${THUMBNAIL_PREFIX}*`);
  }
}
