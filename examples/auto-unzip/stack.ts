import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';

/** Properties of the auto-unzip example. */
export interface AutoUnzipStackProps {
  /** The region of the bucket and the function, e.g. `ap-guangzhou`. */
  readonly region: string;
  /** The account APPID, 10 digits. */
  readonly appId: string;
  /**
   * The bucket archives are uploaded to and extracted in.
   * @default `uploads-<appId>`
   */
  readonly bucketName?: string;
  /**
   * The largest total size of the files extracted from one archive, in bytes (a guard against zip bombs).
   * @default 1 GiB
   */
  readonly maxExtractedBytes?: number;
}

/** Where archives are uploaded: the rule's prefix. */
export const ARCHIVE_PREFIX = 'archives/';
/** Where their files are written: outside the rule's prefix, so extracted files never trigger the function. */
export const EXTRACTED_PREFIX = 'extracted/';

/**
 * `.zip` files uploaded under `archives/` (with a simple PUT or a multipart upload) are extracted under
 * `extracted/<archive name>/` in the same bucket.
 */
export class AutoUnzipStack extends TerraformStack {
  /** The bucket. */
  public readonly bucket: Bucket;
  /** The extractor function. */
  public readonly extractor: CloudFunction;
  /** The rule: both upload events, prefix `archives/`, suffix `.zip`. */
  public readonly rule: EventRule;

  constructor(scope: Construct, id: string, props: AutoUnzipStackProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });

    this.bucket = new Bucket(this, 'Uploads', { bucketName: props.bucketName ?? `uploads-${props.appId}` });
    this.extractor = new CloudFunction(this, 'Extractor', {
      runtime: Runtime.NODEJS_18_15,
      code: FunctionCode.fromEntry(path.join(__dirname, 'handler.ts')),
      handler: 'index.main_handler',
      // The archive and its largest file are held in memory.
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

    // Small archives arrive with PUT Object, large ones (coscli, the console) as multipart uploads. Two events of
    // one function on one bucket: entries of the function's triggers block.
    this.rule = new EventRule(this, 'OnArchiveUploaded', {
      bucket: this.bucket,
      target: this.extractor,
      events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
      filter: { prefix: ARCHIVE_PREFIX, suffix: '.zip' },
    });

    // The function reads only the archives that trigger it and writes only under the extracted prefix.
    this.bucket.grantRead(this.extractor, `${ARCHIVE_PREFIX}*`);
    this.bucket.grantWrite(this.extractor, `${EXTRACTED_PREFIX}*`);
  }
}
