// LayerVersion (tencentcloud_scf_layer), imported layer versions, and a function's layers: rendering, the
// replacement of a version on any change, and the synth-time checks.
import * as path from 'path';
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, FunctionCode, LayerVersion, LayerVersionProps, Runtime, RuntimeFamily } from '../lib';
import { APP_ID, newFunction, newStack, refTo, rendered, synthError, synthText } from './helpers/stack';

const FIXTURES = path.join(__dirname, 'fixtures');

function newLayer(stack: TerraformStack, id = 'Deps', props: Partial<LayerVersionProps> = {}): LayerVersion {
  return new LayerVersion(stack, id, { code: FunctionCode.fromAsset(FIXTURES), compatibleRuntimes: [Runtime.NODEJS_18_15], ...props });
}

function layerError(props: Partial<LayerVersionProps>): string {
  const { stack } = newStack();
  newLayer(stack, 'Deps', props);
  return synthError(stack);
}

describe('LayerVersion', () => {
  test('a local folder is zipped, and every input makes a new version when it changes', () => {
    const { stack } = newStack();
    const layer = newLayer(stack, 'Deps', {
      layerName: 'deps', compatibleRuntimes: [Runtime.NODEJS_18_15, Runtime.NODEJS_16_13], description: 'shared modules', license: 'MIT',
    });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    const resource = rendered(json, stack, layer.resource);
    const zipFile = resource.content.zip_file;
    expect(zipFile).toMatch(/^assets\/Deps_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/archive\.zip$/);
    const inputsId = Object.keys(json.resource.terraform_data)[0];
    expect(resource).toEqual({
      layer_name: 'deps',
      compatible_runtimes: ['Nodejs18.15', 'Nodejs16.13'],
      content: { zip_file: zipFile },
      description: 'shared modules',
      license_info: 'MIT',
      lifecycle: { create_before_destroy: true, replace_triggered_by: [`terraform_data.${inputsId}`] },
    });
    expect(json.resource.terraform_data[inputsId]).toEqual({
      input: {
        layer_name: 'deps', compatible_runtimes: ['Nodejs18.15', 'Nodejs16.13'], content: { zip_file: zipFile }, description: 'shared modules', license_info: 'MIT',
      },
    });
  });

  test('a package in COS is fetched from its bucket (named without the APPID, as SCF takes it) and region; the default name comes from the construct path', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Packages', `packages-${APP_ID}`, 'ap-shanghai');
    const layer = newLayer(stack, 'Fonts', { code: FunctionCode.fromCosObject(bucket, 'layers/fonts.zip') });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const resource = rendered(JSON.parse(text), stack, layer.resource);
    expect(resource.layer_name).toMatch(/^Fonts-[0-9a-f]{8}$/);
    expect(resource.content).toEqual({ cos_bucket_name: 'packages', cos_object_name: 'layers/fonts.zip', cos_bucket_region: 'ap-shanghai' });
  });

  test('the APPID suffix of a bucket name known only at apply time is removed by Terraform', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'bucket', { type: 'string' });
    const bucket = Bucket.fromBucketName(stack, 'Packages', name.stringValue, 'ap-guangzhou');
    const layer = newLayer(stack, 'Fonts', { code: FunctionCode.fromCosObject(bucket, 'layers/fonts.zip') });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, layer.resource).content).toEqual({
      cos_bucket_name: '${replace(var.bucket, "/-[^-]*$/", "")}',
      cos_object_name: 'layers/fonts.zip',
      cos_bucket_region: 'ap-guangzhou',
    });
  });

  test.each(['a', 'deps_v2', 'Node-Modules', `L${'x'.repeat(63)}`])('layer name %j is accepted', (layerName) => {
    const { stack } = newStack();
    newLayer(stack, 'Deps', { layerName });
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test.each([
    ['', 'is 0 characters (1 to 64 allowed)'],
    [`L${'x'.repeat(64)}`, 'is 65 characters (1 to 64 allowed)'],
    ['9lives', 'does not start with a letter'],
    ['deps-', "ends with '-' or '_'"],
    ['my deps', "contains characters other than letters, digits, '-' and '_'"],
  ])('layer name %j is rejected: %s', (layerName, why) => {
    expect(layerError({ layerName })).toContain(
      `[test/Deps] layer name '${layerName}' ${why}. SCF layer names have 1 to 64 characters: letters, digits, '-' and '_', ` +
        'starting with a letter and ending with a letter or digit.',
    );
  });

  test('a layer name known only at apply time is not checked', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'layer_name', { type: 'string' });
    const layer = newLayer(stack, 'Deps', { layerName: name.stringValue });
    expect(rendered(JSON.parse(synthText(stack)), stack, layer.resource).layer_name).toBe('${var.layer_name}');
  });

  test.each([
    [[], "'compatibleRuntimes' must list at least one Runtime such as Runtime.NODEJS_18_15, got an array []."],
    [undefined, "'compatibleRuntimes' must list at least one Runtime such as Runtime.NODEJS_18_15, got undefined."],
    [['Nodejs18.15'], "'compatibleRuntimes' must hold Runtime values such as Runtime.NODEJS_18_15, got a string 'Nodejs18.15'."],
  ])('compatible runtimes %j are rejected', (compatibleRuntimes, message) => {
    expect(layerError({ compatibleRuntimes: compatibleRuntimes as any })).toContain(`[test/Deps] ${message}`);
  });

  test('description and license must be strings', () => {
    const message = layerError({ description: 5 as any, license: true as any });
    expect(message).toContain("[test/Deps] 'description' must be a string, got a number 5.");
    expect(message).toContain("[test/Deps] 'license' must be a string, got a boolean true.");
  });

  test('code bundled for a function handler is refused', () => {
    expect(layerError({ code: FunctionCode.fromEntry(path.join(FIXTURES, 'handlers.js')) })).toContain(
      "[test/Deps] 'code' renders no package: FunctionCode.fromEntry() bundles a function handler. " +
        'Give a layer FunctionCode.fromAsset() (a folder or .zip) or FunctionCode.fromCosObject().',
    );
  });

  test('the problems of the code source are reported on the layer', () => {
    expect(layerError({ code: FunctionCode.fromAsset(path.join(FIXTURES, 'handlers.js')) })).toContain(
      `[test/Deps] FunctionCode.fromAsset('${path.join(FIXTURES, 'handlers.js')}') is a file but not a .zip package.`,
    );
  });

  test('code that is not a FunctionCode is rejected', () => {
    expect(layerError({ code: 'layer/' as any })).toContain(
      "[test/Deps] 'code' must be a FunctionCode such as FunctionCode.fromAsset('layer/'), got a string 'layer/'.",
    );
  });
});

describe('LayerVersion.fromLayerVersionAttributes', () => {
  test('an imported version is bound by name and number', () => {
    const { stack } = newStack();
    const layer = LayerVersion.fromLayerVersionAttributes(stack, 'Sharp', { layerName: 'sharp', versionNumber: 3 });
    const fn = newFunction(stack, 'Fn', { layers: [layer] });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, fn.resource).layers).toEqual([{ layer_name: 'sharp', layer_version: 3 }]);
  });

  test.each([0, 1.5, '2'])('version %j is rejected', (versionNumber) => {
    const { stack } = newStack();
    LayerVersion.fromLayerVersionAttributes(stack, 'Sharp', { layerName: 'sharp', versionNumber: versionNumber as any });
    expect(synthError(stack)).toContain(
      `[test/Sharp] 'versionNumber' ${typeof versionNumber === 'string' ? `'${versionNumber}'` : versionNumber} is not a layer version number: SCF numbers versions 1, 2, 3, ...`,
    );
  });

  test('a version and name known only at apply time are not checked', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const version = new TerraformVariable(stack, 'version', { type: 'number' });
    const layer = LayerVersion.fromLayerVersionAttributes(stack, 'Sharp', { layerName: name.stringValue, versionNumber: version.numberValue });
    const fn = newFunction(stack, 'Fn', { layers: [layer] });
    expect(rendered(JSON.parse(synthText(stack)), stack, fn.resource).layers).toEqual([{ layer_name: '${var.name}', layer_version: '${var.version}' }]);
  });

  test('a wrong name and region are rejected', () => {
    const { stack } = newStack();
    LayerVersion.fromLayerVersionAttributes(stack, 'Sharp', { layerName: 'sharp!', versionNumber: 1, region: 7 as any });
    const message = synthError(stack);
    expect(message).toContain("[test/Sharp] layer name 'sharp!' contains characters other than letters, digits, '-' and '_'.");
    expect(message).toContain("[test/Sharp] 'region' must be a string, got a number 7.");
  });
});

describe('a function\'s layers', () => {
  test('the layers prop and addLayers() render in order; a function without layers has no layers block', () => {
    const { stack } = newStack();
    const a = newLayer(stack, 'A');
    const b = LayerVersion.fromLayerVersionAttributes(stack, 'B', { layerName: 'b', versionNumber: 2 });
    const fn = newFunction(stack, 'Fn', { layers: [a] });
    fn.addLayers(b);
    const plain = newFunction(stack, 'Plain');
    const json = JSON.parse(synthText(stack));
    expect(rendered(json, stack, fn.resource).layers).toEqual([
      { layer_name: refTo(stack, a.resource, 'layer_name'), layer_version: refTo(stack, a.resource, 'layer_version') },
      { layer_name: 'b', layer_version: 2 },
    ]);
    expect(rendered(json, stack, plain.resource)).not.toHaveProperty('layers');
  });

  test('five layers are accepted, six are not', () => {
    const { stack } = newStack();
    const layers = [1, 2, 3, 4, 5, 6].map((n) => LayerVersion.fromLayerVersionAttributes(stack, `L${n}`, { layerName: `l${n}`, versionNumber: 1 }));
    const fn = newFunction(stack, 'Fn', { layers: layers.slice(0, 5) });
    expect(synthText(stack)).toConformToProviderSchema();
    fn.addLayers(layers[5]);
    expect(synthError(stack)).toContain(
      '[test/Fn] the function has 6 layers ([test/L1], [test/L2], [test/L3], [test/L4], [test/L5], [test/L6]); SCF binds at most 5 layers to a function.',
    );
  });

  test('a layer for other runtimes is refused', () => {
    const { stack } = newStack();
    const layer = newLayer(stack, 'Py', { compatibleRuntimes: [Runtime.PYTHON_3_9, Runtime.PYTHON_3_10] });
    newFunction(stack, 'Fn', { layers: [layer] });
    expect(synthError(stack)).toContain(
      "[test/Fn] layer [test/Py] works with 'Python3.9', 'Python3.10', not with the function's runtime 'Nodejs18.15'. " +
        "Add the runtime to the layer's 'compatibleRuntimes', or use a layer built for it.",
    );
  });

  test('runtimes that are unknown or known only at apply time are not compared', () => {
    const { stack } = newStack();
    const runtime = new TerraformVariable(stack, 'runtime', { type: 'string' });
    const tokenLayer = newLayer(stack, 'Any', { compatibleRuntimes: [Runtime.of(runtime.stringValue, RuntimeFamily.NODEJS)] });
    const unknown = LayerVersion.fromLayerVersionAttributes(stack, 'Old', { layerName: 'old', versionNumber: 1 });
    newFunction(stack, 'Fn', { runtime: Runtime.PYTHON_3_9, code: FunctionCode.fromAsset(FIXTURES), layers: [tokenLayer, unknown] });
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test('a layer of another region is refused; one of the same region, or of an unknown region, is not', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const remote = newLayer(stack, 'Remote', { provider: shanghai });
    const local = newLayer(stack, 'Local');
    const importedRemote = LayerVersion.fromLayerVersionAttributes(stack, 'Old', { layerName: 'old', versionNumber: 1, region: 'ap-beijing' });
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const importedToken = LayerVersion.fromLayerVersionAttributes(stack, 'Any', { layerName: 'any', versionNumber: 1, region: region.stringValue });
    expect(remote.region).toBe('ap-shanghai');
    expect(local.region).toBe('ap-guangzhou');
    newFunction(stack, 'Fn', { layers: [local, importedToken] });
    expect(synthText(stack)).toConformToProviderSchema();
    newFunction(stack, 'Fn2', { layers: [remote, importedRemote] });
    const message = synthError(stack);
    expect(message).toContain(
      "[test/Fn2] layer [test/Remote] is in 'ap-shanghai', the function in 'ap-guangzhou': SCF binds layers of the function's own region only. " +
        "Publish the layer with a provider for 'ap-guangzhou'.",
    );
    expect(message).toContain("[test/Fn2] layer [test/Old] is in 'ap-beijing', the function in 'ap-guangzhou'");
    expect(message).not.toContain('[test/Fn]');
  });

  test('values other than layer versions are rejected', () => {
    const { stack } = newStack();
    const fn = newFunction(stack, 'Fn', { layers: 'deps' as any });
    fn.addLayers({ layerName: 'x' } as any);
    const message = synthError(stack);
    expect(message).toContain(
      "[test/Fn] 'layers' must be a list of layer versions (new LayerVersion(...) or LayerVersion.fromLayerVersionAttributes(...)), got a string 'deps'.",
    );
    expect(message).toContain(
      '[test/Fn] addLayers() must hold layer versions (new LayerVersion(...) or LayerVersion.fromLayerVersionAttributes(...)), got an object {"layerName":"x"}.',
    );
  });
});
