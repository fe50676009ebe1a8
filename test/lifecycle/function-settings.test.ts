// The function settings (async retry policy, layers, logging, reserved and provisioned concurrency) render
// configuration the real provider accepts: `terraform validate` with every one of them in one stack.
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror } from './helpers/environment';
import { Bucket, CloudFunction, FunctionCode, LayerVersion, ProvisionedConcurrency, Runtime } from '../../lib';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function settingsStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'settings');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const packages = Bucket.fromBucketName(stack, 'Packages', 'packages-1250000000', 'ap-guangzhou');
  const local = new LayerVersion(stack, 'Deps', {
    layerName: 'deps',
    code: FunctionCode.fromAsset(FIXTURES),
    compatibleRuntimes: [Runtime.NODEJS_18_15, Runtime.NODEJS_16_13],
    description: 'shared modules',
    license: 'MIT',
  });
  const fromCos = new LayerVersion(stack, 'Fonts', { code: FunctionCode.fromCosObject(packages, 'layers/fonts.zip'), compatibleRuntimes: [Runtime.NODEJS_18_15] });
  const bucketName = new TerraformVariable(stack, 'layer_bucket', { type: 'string' });
  const fromVariableBucket = new LayerVersion(stack, 'Models', {
    code: FunctionCode.fromCosObject(Bucket.fromBucketName(stack, 'ModelBucket', bucketName.stringValue, 'ap-guangzhou'), 'layers/models.zip'),
    compatibleRuntimes: [Runtime.NODEJS_18_15],
  });
  const imported = LayerVersion.fromLayerVersionAttributes(stack, 'Sharp', { layerName: 'sharp', versionNumber: 3 });
  const fn = new CloudFunction(stack, 'Fn', {
    functionName: 'settings',
    runtime: Runtime.NODEJS_18_15,
    code: FunctionCode.fromAsset(FIXTURES),
    handler: 'handlers.main_handler',
    memorySize: 256,
    layers: [local, fromCos],
    logging: { logsetId: '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f', topicId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' },
    reservedConcurrency: 10,
  });
  fn.addLayers(imported, fromVariableBucket);
  fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: 6 * 3600 });
  new ProvisionedConcurrency(stack, 'Warm', { function: fn, qualifier: '1', provisionedConcurrency: 2 });
  return stack;
}

describe('function settings with the real provider', () => {
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    ws = await TerraformWorkspace.create(settingsStack(), { providerMirror: providerMirror() });
  });
  afterAll(async () => {
    await ws?.dispose();
  });

  test('terraform validate accepts every resource and block', async () => {
    const run = await ws.validate();
    expect(run.exitCode).toBe(0);
    const types = Object.keys(ws.synthesized.resource as object).sort();
    expect(types).toEqual([
      'tencentcloud_scf_function',
      'tencentcloud_scf_function_event_invoke_config',
      'tencentcloud_scf_layer',
      'tencentcloud_scf_provisioned_concurrency_config',
      'tencentcloud_scf_reserved_concurrency_config',
      'terraform_data',
    ]);
  });
});
