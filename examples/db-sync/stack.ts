import * as path from 'path';
import { TerraformStack } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, EventRule, FunctionCode, Runtime } from '../../lib';

/** Where the index table lives and how the function logs in. No password: only the name of the secret holding it. */
export interface IndexDatabase {
  /** The MySQL host inside the VPC, e.g. `10.0.1.10`. */
  readonly host: string;
  /**
   * The MySQL port.
   * @default 3306
   */
  readonly port?: number;
  /** The database (schema) name. */
  readonly name: string;
  /** The index table, created with `examples/db-sync/schema.sql`. */
  readonly table: string;
  /** The MySQL user the function logs in as. */
  readonly user: string;
  /** The name of the Secrets Manager (SSM) secret whose value is that user's password. */
  readonly credentialsSecretName: string;
  /**
   * The secret's version.
   * @default 'v1'
   */
  readonly credentialsSecretVersion?: string;
}

/** Properties of the database sync example. */
export interface DbSyncStackProps {
  /** The region of the bucket, the function and the secret, e.g. `ap-guangzhou`. */
  readonly region: string;
  /** The account APPID, 10 digits. */
  readonly appId: string;
  /** The VPC the database is in, e.g. `vpc-abc12345`. */
  readonly vpcId: string;
  /** A subnet of that VPC for the function, e.g. `subnet-abc12345`. */
  readonly subnetId: string;
  /** The database. */
  readonly database: IndexDatabase;
  /**
   * The bucket whose objects are indexed.
   * @default `documents-<appId>`
   */
  readonly bucketName?: string;
  /**
   * Only objects under this prefix are indexed.
   * @default 'documents/'
   */
  readonly prefix?: string;
  /**
   * The UIN of the account member that created the secret (part of the secret's CAM resource).
   * @default - the identity running Terraform (data source `tencentcloud_user_info`)
   */
  readonly secretCreatorUin?: string;
}

/**
 * Every object created or removed under `documents/` is upserted into, or deleted from, a MySQL index table.
 * The function runs in the database's VPC; it reads the database password from Secrets Manager at run time,
 * so no secret is in the stack, the function configuration or the Terraform state.
 */
export class DbSyncStack extends TerraformStack {
  /** The indexed bucket. */
  public readonly bucket: Bucket;
  /** The indexing function. */
  public readonly indexer: CloudFunction;
  /** The rule for created objects. */
  public readonly onCreated: EventRule;
  /** The rule for removed objects. */
  public readonly onRemoved: EventRule;

  constructor(scope: Construct, id: string, props: DbSyncStackProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: props.region });
    const db = props.database;
    const prefix = props.prefix ?? 'documents/';

    this.bucket = new Bucket(this, 'Documents', { bucketName: props.bucketName ?? `documents-${props.appId}` });
    this.indexer = new CloudFunction(this, 'Indexer', {
      runtime: Runtime.NODEJS_18_15,
      code: FunctionCode.fromEntry(path.join(__dirname, 'handler.ts')),
      handler: 'index.main_handler',
      timeout: 30,
      description: `Keeps ${db.name}.${db.table} in step with the objects under ${prefix}`,
      vpc: { vpcId: props.vpcId, subnetId: props.subnetId },
      // The database is reached inside the VPC; the Secrets Manager API through the public network.
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

    // Reading that one secret is all the role may do. The account's UINs come from the identity running Terraform.
    const deployer = new tencentcloud.dataTencentcloudUserInfo.DataTencentcloudUserInfo(this, 'Deployer');
    const creatorUin = props.secretCreatorUin ?? deployer.uin;
    this.indexer.addToRolePolicy({
      actions: ['name/ssm:GetSecretValue'],
      resources: [`qcs::ssm:${props.region}:uin/${deployer.ownerUin}:secret/creatorUin/${creatorUin}/${db.credentialsSecretName}`],
    });

    // Named rules: 'Documents/OnCreated' and 'Documents/OnRemoved' in the construct tree.
    this.onCreated = this.bucket.onObjectCreated(this.indexer, { prefix }, { id: 'OnCreated' });
    this.onRemoved = this.bucket.onObjectRemoved(this.indexer, { prefix }, { id: 'OnRemoved' });
  }
}
