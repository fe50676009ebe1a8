import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';

/** Properties of the CDN refresh example. */
export interface CdnRefreshStackProps {
  /** The region of the bucket and the function, e.g. `ap-guangzhou`. */
  readonly region: string;
  /** The account APPID, 10 digits. */
  readonly appId: string;
  /** The CDN domain serving the bucket (its origin), e.g. `static.example.com`. */
  readonly cdnDomain: string;
  /**
   * The website bucket (the CDN domain's origin).
   * @default `website-<appId>`
   */
  readonly bucketName?: string;
  /**
   * The scheme of the purged URLs.
   * @default 'https'
   */
  readonly protocol?: 'http' | 'https';
}

/** The folder whose changes are pushed to the CDN. */
export const STATIC_PREFIX = 'static/';

/**
 * Any object created or removed under `static/` has its CDN cache purged (CDN `PurgeUrlsCache`), so visitors
 * see the new version, or a 404, at once instead of after the cache expires.
 */
export class CdnRefreshStack extends TerraformStack {
  /** The website bucket. */
  public readonly bucket: Bucket;
  /** The purging function. */
  public readonly purger: CloudFunction;
  /** The rule: every create and remove event under `static/` (two entries of the function's `triggers` block). */
  public readonly rule: EventRule;

  constructor(scope: Construct, id: string, props: CdnRefreshStackProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });

    this.bucket = new Bucket(this, 'Website', { bucketName: props.bucketName ?? `website-${props.appId}` });
    this.purger = new CloudFunction(this, 'Purger', {
      runtime: Runtime.NODEJS_18_15,
      code: FunctionCode.fromEntry(path.join(__dirname, 'handler.ts')),
      handler: 'index.main_handler',
      timeout: 30,
      description: `Purges the CDN cache of ${props.cdnDomain} for objects changed under ${STATIC_PREFIX}`,
      // The API credentials are not here: SCF puts the role's temporary credentials in the environment.
      environment: {
        CDN_DOMAIN: props.cdnDomain,
        CDN_PROTOCOL: props.protocol ?? 'https',
      },
    });
    // PurgeUrlsCache is authorised for every domain here ('*'); CAM can narrow it to one domain with a
    // six-segment resource of the domain if your account uses such policies.
    this.purger.addToRolePolicy({ actions: ['name/cdn:PurgeUrlsCache'], resources: ['*'] });

    this.rule = new EventRule(this, 'OnStaticChange', {
      bucket: this.bucket,
      target: this.purger,
      events: [CosEvent.OBJECT_CREATED, CosEvent.OBJECT_REMOVE],
      filter: { prefix: STATIC_PREFIX },
    });
  }
}
