import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, IBucket, Runtime } from '../../lib';

/** Properties of the archive restore example. */
export interface ArchiveRestoreStackProps {
  /** The region of the existing bucket; the function is deployed there too. */
  readonly region: string;
  /** The full name (`<name>-<APPID>`) of an existing bucket holding ARCHIVE or DEEP ARCHIVE objects. */
  readonly bucketName: string;
  /**
   * An HTTPS endpoint that receives a JSON message per restored object (e.g. your chat or ticket system's
   * incoming webhook behind an API gateway). It is stored in the function configuration and the Terraform
   * state: use an endpoint that does not carry a secret in its URL.
   * @default - the function only logs
   */
  readonly notifyUrl?: string;
}

/**
 * When a restore of an archived object completes (`cos:ObjectRestore:Completed`), a function logs it and posts
 * a message, so whoever asked for the restore knows the temporary copy can be downloaded now. The bucket
 * already exists and is only referenced (`Bucket.fromBucketAttributes`), never managed by this stack.
 */
export class ArchiveRestoreStack extends TerraformStack {
  /** The existing bucket. */
  public readonly archive: IBucket;
  /** The notifying function. */
  public readonly notifier: CloudFunction;
  /** The rule: restore completed, any key. */
  public readonly rule: EventRule;

  constructor(scope: Construct, id: string, props: ArchiveRestoreStackProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });

    this.archive = Bucket.fromBucketAttributes(this, 'Archive', { bucketName: props.bucketName, region: props.region });
    this.notifier = new CloudFunction(this, 'RestoreNotifier', {
      runtime: Runtime.NODEJS_18_15,
      code: FunctionCode.fromEntry(path.join(__dirname, 'handler.ts')),
      handler: 'index.main_handler',
      timeout: 10,
      description: `Announces completed archive restores in ${props.bucketName}`,
      environment: props.notifyUrl === undefined ? undefined : { NOTIFY_URL: props.notifyUrl },
    });

    this.rule = new EventRule(this, 'OnRestoreCompleted', {
      bucket: this.archive,
      target: this.notifier,
      events: [CosEvent.OBJECT_RESTORE_COMPLETED],
      description: 'Announce completed archive restores',
    });
  }
}
