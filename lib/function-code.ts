import * as fs from 'fs';
import * as path from 'path';
import { AssetType, Lazy, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import type { IBucket } from './bucket';
import { escapeTemplate } from './private/template-escape';
import { describeType, isUnresolved, quote } from './validation';

/**
 * What a code source renders into the function resource.
 */
export interface FunctionCodeConfig {
  /**
   * Local path of a zip file the provider uploads.
   * @default - not a local package
   */
  readonly zipFile?: string;
  /**
   * Full name (`<name>-<APPID>`) of the bucket holding the package.
   * @default - not a package in COS
   */
  readonly cosBucketName?: string;
  /**
   * Key of the package in that bucket (`.zip` or `.jar`).
   * @default - not a package in COS
   */
  readonly cosObjectName?: string;
  /**
   * Region of that bucket.
   * @default - not a package in COS
   */
  readonly cosBucketRegion?: string;
}

/**
 * The code of a cloud function.
 */
export abstract class FunctionCode {
  /**
   * Code from a local folder (zipped at synth time) or a local `.zip` file. Relative paths are resolved against
   * the current working directory. The package is uploaded by the provider; it changes whenever its content does.
   * @param assetPath a folder or a `.zip` file
   */
  public static fromAsset(assetPath: string): FunctionCode {
    return new AssetCode(assetPath);
  }

  /**
   * A `.zip` or `.jar` package stored in COS.
   * @param bucket the bucket holding the package (in a known region)
   * @param key the object key of the package
   */
  public static fromCosObject(bucket: IBucket, key: string): FunctionCode {
    return new CosObjectCode(bucket, key);
  }

  /** Renders the code source for the function `scope`. Called once per function. */
  public abstract bind(scope: Construct): FunctionCodeConfig;

  /** Every rule the source breaks, as messages; called at synth time, after `bind`. */
  public abstract validate(): string[];
}

class AssetCode extends FunctionCode {
  private readonly problems: string[] = [];

  constructor(private readonly assetPath: string) {
    super();
  }

  public bind(scope: Construct): FunctionCodeConfig {
    if (typeof this.assetPath !== 'string' || this.assetPath === '') {
      this.problems.push(`FunctionCode.fromAsset() needs a folder or .zip path, got ${describeType(this.assetPath)} ${quote(this.assetPath)}.`);
      return {};
    }
    const absolute = path.resolve(this.assetPath);
    if (!fs.existsSync(absolute)) {
      this.problems.push(`FunctionCode.fromAsset(${quote(this.assetPath)}): ${quote(absolute)} does not exist. Give the folder that holds the handler file, or a .zip package.`);
      return {};
    }
    const isDir = fs.statSync(absolute).isDirectory();
    if (!isDir && !absolute.endsWith('.zip')) {
      this.problems.push(`FunctionCode.fromAsset(${quote(this.assetPath)}) is a file but not a .zip package. Give the folder that holds the handler (it is zipped at synth time) or a .zip file.`);
      return {};
    }
    const asset = new TerraformAsset(scope, 'Code', { path: absolute, type: isDir ? AssetType.ARCHIVE : AssetType.FILE });
    return { zipFile: asset.path };
  }

  public validate(): string[] {
    return this.problems;
  }
}

class CosObjectCode extends FunctionCode {
  constructor(private readonly bucket: IBucket, private readonly key: string) {
    super();
  }

  public bind(_scope: Construct): FunctionCodeConfig {
    if (!this.hasBucket()) return {};
    return {
      cosBucketName: this.bucket.bucketName,
      cosObjectName: typeof this.key === 'string' ? escapeTemplate(this.key) : undefined,
      // Read at synth time, when the provider (and so the region) is known.
      cosBucketRegion: Lazy.stringValue({ produce: () => escapeTemplate(this.bucket.region ?? '') }),
    };
  }

  public validate(): string[] {
    const problems: string[] = [];
    if (typeof this.key !== 'string') {
      problems.push(`FunctionCode.fromCosObject() needs an object key string, got ${describeType(this.key)} ${quote(this.key)}.`);
    } else if (!isUnresolved(this.key) && !/\.(zip|jar)$/.test(this.key)) {
      problems.push(`FunctionCode.fromCosObject() key ${quote(this.key)} must end with '.zip' or '.jar' (the SCF code package formats).`);
    }
    if (!this.hasBucket()) {
      problems.push(`FunctionCode.fromCosObject() needs a bucket (new Bucket(...) or Bucket.fromBucketName(...)), got ${describeType(this.bucket)}.`);
    } else if (this.bucket.region === undefined) {
      problems.push(`FunctionCode.fromCosObject(): the region of bucket [${this.bucket.node.path}] is unknown, and SCF needs it to fetch the package. Set 'region' on its tencentcloud provider, or import the bucket with a region.`);
    }
    return problems;
  }

  private hasBucket(): boolean {
    return typeof this.bucket === 'object' && this.bucket !== null && typeof this.bucket.bucketName === 'string';
  }
}
