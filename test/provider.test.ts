// Regional facts come from any `tencentcloud` provider of the stack, whatever its class: these bindings, bindings
// a user generated with `cdktf get` into `.gen/`, or a hand-written TerraformProvider. What reaches Terraform
// (the synthesized provider block, with overrides) is what counts.
import { TerraformOutput, TerraformProvider, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, FunctionCode, Runtime } from '../lib';
import { APP_ID, rendered, synthError, synthText, testApp } from './helpers/stack';

/** What generated provider classes declare; cdktf matches resources to providers by it. */
const GENERATOR = { providerName: 'tencentcloud', providerVersion: '1.83.25' };

interface ProviderConfig {
  readonly region?: string;
  readonly alias?: string;
}

/** Shaped like a class `cdktf get` generates into `.gen/providers/tencentcloud`: a field, a getter, synthesized attributes. */
class GeneratedTencentcloudProvider extends TerraformProvider {
  private _region?: string;
  private _alias?: string;
  constructor(scope: Construct, id: string, config: ProviderConfig = {}) {
    super(scope, id, { terraformResourceType: 'tencentcloud', terraformProviderSource: 'tencentcloudstack/tencentcloud', terraformGeneratorMetadata: GENERATOR });
    this._region = config.region;
    this._alias = config.alias;
  }
  public get region(): string | undefined {
    return this._region;
  }
  public get alias(): string | undefined {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  protected synthesizeAttributes(): { [name: string]: any } {
    return { region: this._region, alias: this._alias };
  }
}

/** Keeps its configuration only in what it synthesizes: no getter to read. */
class AttributesOnlyProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly attributes: { [name: string]: string }) {
    super(scope, id, { terraformResourceType: 'tencentcloud', terraformProviderSource: 'tencentcloudstack/tencentcloud', terraformGeneratorMetadata: GENERATOR });
  }
  protected synthesizeAttributes(): { [name: string]: any } {
    return { ...this.attributes };
  }
}

type Kind = 'bindings' | 'generated' | 'attributes-only';
const KINDS: Kind[] = ['bindings', 'generated', 'attributes-only'];

function provider(kind: Kind, scope: Construct, id: string, config: ProviderConfig): TerraformProvider {
  switch (kind) {
    case 'bindings': return new tencentcloud.provider.TencentcloudProvider(scope, id, config);
    case 'generated': return new GeneratedTencentcloudProvider(scope, id, config);
    case 'attributes-only': return new AttributesOnlyProvider(scope, id, { ...config } as { [name: string]: string });
  }
}

function stackWith(kind: Kind, region = 'ap-shanghai'): TerraformStack {
  const stack = new TerraformStack(testApp(), 'test');
  provider(kind, stack, 'tencentcloud', { region });
  return stack;
}

/** Synthesized resources (everything but the provider block, which differs by class only in its metadata). */
function resourcesOf(stack: TerraformStack): unknown {
  return JSON.parse(synthText(stack)).resource;
}

/** A stack exercising every regional fact: a grant's CAM resource, an imported bucket's domain, a code package's region. */
function regionalStack(kind: Kind): { stack: TerraformStack; fn: CloudFunction; imported: ReturnType<typeof Bucket.fromBucketName> } {
  const stack = stackWith(kind);
  const code = Bucket.fromBucketName(stack, 'Code', `code-${APP_ID}`);
  const fn = new CloudFunction(stack, 'Fn', { functionName: 'fn', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'f.zip') });
  const photos = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
  photos.grantRead(fn);
  const imported = Bucket.fromBucketName(stack, 'Imported', `imported-${APP_ID}`);
  imported.onObjectCreated(fn);
  new TerraformOutput(stack, 'domain', { value: imported.domain });
  return { stack, fn, imported };
}

describe('the provider region, read from any provider class', () => {
  test.each(KINDS)('%s: grants, imported bucket domains and code package regions use the region', (kind) => {
    const { stack, fn, imported } = regionalStack(kind);
    const json = JSON.parse(synthText(stack));
    const policy = Object.values<any>(json.resource.tencentcloud_cam_policy)[0];
    expect(JSON.parse(policy.document).statement[0].resource).toEqual([`qcs::cos:ap-shanghai:uid/${APP_ID}:photos-${APP_ID}/*`]);
    expect(rendered(json, stack, fn.resource).cos_bucket_region).toBe('ap-shanghai');
    expect(json.output.domain.value).toBe(`imported-${APP_ID}.cos.ap-shanghai.myqcloud.com`);
    expect(imported.region).toBe('ap-shanghai');
    expect(fn.region).toBe('ap-shanghai');
  });

  test('the synthesized resources are the same whatever the provider class', () => {
    const [bindings, ...others] = KINDS.map((kind) => resourcesOf(regionalStack(kind).stack));
    for (const other of others) expect(other).toEqual(bindings);
  });

  test.each(KINDS)('%s: a function in another region than the bucket is an error, with the same message', (kind) => {
    const stack = stackWith(kind);
    const beijing = provider(kind, stack, 'Beijing', { region: 'ap-beijing', alias: 'beijing' });
    const code = Bucket.fromBucketAttributes(stack, 'Code', { bucketName: `code-${APP_ID}`, region: 'ap-beijing' });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'f.zip'), provider: beijing });
    new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` }).onObjectCreated(fn);
    expect(synthError(stack)).toContain(
      "[test/Photos/Rule-Fn] function [test/Fn] is in region 'ap-beijing' but bucket [test/Photos] is in 'ap-shanghai': " +
        "a COS trigger can only invoke a function in the bucket's own region.",
    );
  });

  test.each(KINDS)('%s: an aliased provider is not the stack default', (kind) => {
    const stack = new TerraformStack(testApp(), 'test');
    provider(kind, stack, 'Other', { region: 'ap-beijing', alias: 'other' });
    const bucket = Bucket.fromBucketName(stack, 'Imported', `imported-${APP_ID}`);
    expect(bucket.region).toBeUndefined();
  });

  test('an override of the region wins, as it does in Terraform', () => {
    const stack = stackWith('bindings');
    const p = stack.node.findChild('tencentcloud') as TerraformProvider;
    p.addOverride('region', 'ap-chengdu');
    expect(Bucket.fromBucketName(stack, 'Imported', `imported-${APP_ID}`).region).toBe('ap-chengdu');
  });

  test('a region known only at apply time, or a provider that synthesizes no region, gives no region', () => {
    const stack = new TerraformStack(testApp(), 'test');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: region.stringValue });
    expect(Bucket.fromBucketName(stack, 'Imported', `imported-${APP_ID}`).region).toBeUndefined();

    // A getter Terraform never sees: the provider takes its region from the environment.
    class GetterOnly extends TerraformProvider {
      public readonly region = 'ap-shanghai';
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: 'tencentcloud' });
      }
    }
    const other = new TerraformStack(testApp(), 'other');
    new GetterOnly(other, 'tencentcloud');
    expect(Bucket.fromBucketName(other, 'Imported', `imported-${APP_ID}`).region).toBeUndefined();
  });

  test('a provider of another type is refused by name, with the accepted classes', () => {
    class Aws extends TerraformProvider {
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: 'aws' });
      }
    }
    const stack = stackWith('bindings');
    new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}`, provider: new Aws(stack, 'aws') });
    expect(synthError(stack)).toContain(
      "[test/Photos] 'provider' must be a tencentcloud provider (tencentcloud.provider.TencentcloudProvider, or a tencentcloud provider generated with 'cdktf get'), got a 'aws' provider.",
    );
  });
});
