// CloudFunction: the rendered tencentcloud_scf_function (defaults, runtimes, code sources and options), its
// synth-time checks, and CloudFunction.fromFunctionName.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationMetadataEntryType, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { IConstruct } from 'constructs';
import {
  Bucket,
  CloudFunction,
  CloudFunctionAttributes,
  CloudFunctionProps,
  CosEvent,
  FunctionCode,
  Runtime,
  RuntimeFamily,
} from '../lib';
import { newStack, refTo, rendered, resourcesOf, synth, synthError, synthText } from './helpers/stack';

/** The warnings cdktf recorded on a construct. */
function warningsOf(construct: IConstruct): string[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => m.data as string);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloud-function-test-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A folder with an index.js handler (content given), for FunctionCode.fromAsset. */
function handlerDir(name: string, content = 'exports.main_handler = async (event) => event;\n'): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.js'), content);
  return dir;
}

/** Code from a package in an imported bucket (no asset). */
function cosCode(stack: TerraformStack): FunctionCode {
  const codeBucket = (stack.node.tryFindChild('CodeBucket') as Bucket | undefined)
    ?? Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: 'code-1250000000', region: 'ap-guangzhou' });
  return FunctionCode.fromCosObject(codeBucket, 'packages/fn.zip');
}

function renderedFunction(stack: TerraformStack, fn: CloudFunction): { [key: string]: any } {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return rendered(JSON.parse(text), stack, fn.resource);
}

/** The validation message of a stack with one function built from `props` (runtime and code defaulted). */
function functionError(props: Partial<CloudFunctionProps>): string {
  const { stack } = newStack();
  new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), ...props });
  return synthError(stack);
}

function accepted(props: Partial<CloudFunctionProps>): void {
  const { stack } = newStack();
  new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), ...props });
  expect(synthText(stack)).toConformToProviderSchema();
}

describe('CloudFunction resource', () => {
  test('renders the defaults', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { functionName: 'resizer', runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });

    expect(renderedFunction(stack, fn)).toEqual({
      name: 'resizer',
      namespace: 'default',
      runtime: 'Nodejs18.15',
      handler: 'index.main_handler',
      mem_size: 128,
      timeout: 3,
      enable_public_net: true,
      cos_bucket_name: 'code-1250000000',
      cos_object_name: 'packages/fn.zip',
      cos_bucket_region: 'ap-guangzhou',
    });
  });

  test('exposes the name as a reference, the namespace, the region and the runtime', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { functionName: 'resizer', runtime: Runtime.PYTHON_3_9, code: cosCode(stack), namespace: 'media' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const rule = bucket.onObjectCreated(fn);

    expect(fn.namespace).toBe('media');
    expect(fn.region).toBe('ap-guangzhou');
    expect(fn.runtime).toBe(Runtime.PYTHON_3_9);
    const json = synth(stack);
    expect(rendered(json, stack, fn.resource).namespace).toBe('media');
    // Triggers name the function through a reference, so Terraform creates the function first.
    expect(rendered(json, stack, rule.triggers[0]).function_name).toBe(refTo(stack, fn.resource, 'name'));
    expect(rendered(json, stack, rule.triggers[0]).namespace).toBe('media');
  });

  test('without functionName, the name is derived from the construct path, valid and deterministic', () => {
    const names = [0, 1].map(() => {
      const { stack } = newStack();
      const fn = new CloudFunction(stack, 'Thumbnail_Maker', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });
      return renderedFunction(stack, fn).name as string;
    });

    expect(names[0]).toBe(names[1]);
    expect(names[0]).toMatch(/^Thumbnail_Maker-[0-9a-f]{8}$/);
  });

  test('two functions without functionName get different names', () => {
    const { stack } = newStack();
    const a = new CloudFunction(stack, 'A', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });
    const b = new CloudFunction(stack, 'B', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });
    const json = synth(stack);
    expect(rendered(json, stack, a.resource).name).not.toBe(rendered(json, stack, b.resource).name);
  });

  test('a triggers block only for two or more triggers on one bucket; one trigger on a bucket is standalone', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { functionName: 'resizer', runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });
    const photos = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const docs = new Bucket(stack, 'Docs', { bucketName: 'docs-1250000000' });
    photos.onObjectCreated(fn, { prefix: 'img/' });
    photos.onObjectRemoved(fn);
    docs.onObjectCreated(fn);

    const json = synth(stack);
    expect(rendered(json, stack, fn.resource).triggers).toEqual([
      {
        type: 'cos',
        name: refTo(stack, photos.resource, 'bucket'),
        cos_region: 'ap-guangzhou',
        trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"img/","Suffix":""}}',
      },
      {
        type: 'cos',
        name: refTo(stack, photos.resource, 'bucket'),
        cos_region: 'ap-guangzhou',
        trigger_desc: '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"","Suffix":""}}',
      },
    ]);
    expect(resourcesOf(json, 'tencentcloud_scf_trigger').map((t) => t.trigger_name)).toEqual([refTo(stack, docs.resource, 'cos_bucket_url')]);
  });

  test('renders environment, tags, description, memory, timeout, handler and namespace', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', {
      functionName: 'resizer',
      runtime: Runtime.PYTHON_3_10,
      code: cosCode(stack),
      handler: 'app.handle',
      memorySize: 512,
      timeout: 60,
      namespace: 'media',
      environment: { TARGET_PREFIX: 'thumbs/', LOG_LEVEL: 'info' },
      tags: { team: 'media' },
      description: 'Makes thumbnails',
    });

    expect(renderedFunction(stack, fn)).toEqual({
      name: 'resizer',
      namespace: 'media',
      runtime: 'Python3.10',
      handler: 'app.handle',
      mem_size: 512,
      timeout: 60,
      enable_public_net: true,
      environment: { TARGET_PREFIX: 'thumbs/', LOG_LEVEL: 'info' },
      tags: { team: 'media' },
      description: 'Makes thumbnails',
      cos_bucket_name: 'code-1250000000',
      cos_object_name: 'packages/fn.zip',
      cos_bucket_region: 'ap-guangzhou',
    });
  });

  test('in a VPC, public network access is off unless asked for', () => {
    const { stack } = newStack();
    const vpc = { vpcId: 'vpc-abc12345', subnetId: 'subnet-abc12345' };
    const closed = new CloudFunction(stack, 'Closed', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), vpc });
    const open = new CloudFunction(stack, 'Open', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), vpc, publicNetwork: true });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    expect(rendered(json, stack, closed.resource)).toMatchObject({ vpc_id: 'vpc-abc12345', subnet_id: 'subnet-abc12345', enable_public_net: false });
    expect(rendered(json, stack, open.resource)).toMatchObject({ vpc_id: 'vpc-abc12345', subnet_id: 'subnet-abc12345', enable_public_net: true });
  });

  test('an existing role is rendered as role', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), role: 'existing-scf-role' });
    expect(renderedFunction(stack, fn).role).toBe('existing-scf-role');
  });

  test('uses the provider it is given', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), provider: shanghai });

    expect(fn.region).toBe('ap-shanghai');
    expect(fn.provider).toBe(shanghai);
    expect(renderedFunction(stack, fn).provider).toBe('tencentcloud.shanghai');
  });
});

describe('runtimes', () => {
  test.each([
    [Runtime.NODEJS_12_16, 'Nodejs12.16', 'index.main_handler'],
    [Runtime.NODEJS_14_18, 'Nodejs14.18', 'index.main_handler'],
    [Runtime.NODEJS_16_13, 'Nodejs16.13', 'index.main_handler'],
    [Runtime.NODEJS_18_15, 'Nodejs18.15', 'index.main_handler'],
    [Runtime.PYTHON_3_6, 'Python3.6', 'index.main_handler'],
    [Runtime.PYTHON_3_7, 'Python3.7', 'index.main_handler'],
    [Runtime.PYTHON_3_9, 'Python3.9', 'index.main_handler'],
    [Runtime.PYTHON_3_10, 'Python3.10', 'index.main_handler'],
    [Runtime.PHP_7_2, 'Php7', 'index.main_handler'],
    [Runtime.PHP_7_4, 'Php7.4', 'index.main_handler'],
    [Runtime.PHP_8_0, 'Php8.0', 'index.main_handler'],
    [Runtime.GO_1, 'Go1', 'main'],
    [Runtime.CUSTOM_RUNTIME, 'CustomRuntime', 'index.main_handler'],
  ])('%s renders runtime %s with default handler %s', (runtime, name, handler) => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime, code: cosCode(stack) });
    expect(renderedFunction(stack, fn)).toMatchObject({ runtime: name, handler });
  });

  test('Java needs a handler in its own format', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.JAVA_8, code: cosCode(stack), handler: 'example.Hello::mainHandler' });
    expect(renderedFunction(stack, fn)).toMatchObject({ runtime: 'Java8', handler: 'example.Hello::mainHandler' });

    expect(functionError({ runtime: Runtime.JAVA_8 })).toContain(
      "[test/Fn] handler 'index.main_handler' does not fit runtime Java8: use the form <package>.<Class>::<method>, e.g. 'example.Hello::mainHandler'",
    );
  });

  test('Runtime.of names a runtime newer than the library', () => {
    const runtime = Runtime.of('Nodejs20.15', RuntimeFamily.NODEJS);
    expect(runtime.name).toBe('Nodejs20.15');
    expect(runtime.family).toBe(RuntimeFamily.NODEJS);
    expect(runtime.toString()).toBe('Nodejs20.15');

    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime, code: cosCode(stack) });
    expect(renderedFunction(stack, fn)).toMatchObject({ runtime: 'Nodejs20.15', handler: 'index.main_handler' });
  });

  test('Runtime.of with the Go family defaults the handler to main', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.of('Go2', RuntimeFamily.GO), code: cosCode(stack) });
    expect(renderedFunction(stack, fn)).toMatchObject({ runtime: 'Go2', handler: 'main' });
  });

  test('a runtime given as a string is rejected with the way to name it', () => {
    expect(functionError({ runtime: 'Nodejs18.15' as unknown as Runtime })).toContain(
      "[test/Fn] 'runtime' must be a Runtime such as Runtime.NODEJS_18_15 (or Runtime.of('Nodejs20.15', RuntimeFamily.NODEJS) for newer ones), got a string 'Nodejs18.15'.",
    );
  });
});

describe('FunctionCode', () => {
  test('fromAsset zips a folder into a content-addressed zip_file', () => {
    const dir = handlerDir('asset-a');
    const zipOf = (d: string): string => {
      const { stack } = newStack();
      const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(d) });
      const f = renderedFunction(stack, fn);
      expect(f).not.toHaveProperty('cos_bucket_name');
      expect(f).not.toHaveProperty('cos_object_name');
      return f.zip_file;
    };

    const first = zipOf(dir);
    expect(first).toMatch(/^assets\/Fn_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/archive\.zip$/);
    expect(zipOf(dir)).toBe(first);
    expect(zipOf(handlerDir('asset-b', 'exports.main_handler = async () => 2;\n'))).not.toBe(first);
  });

  test('fromAsset takes a .zip file as it is', () => {
    const zip = path.join(tmp, 'package.zip');
    fs.writeFileSync(zip, 'PK\u0005\u0006' + '\u0000'.repeat(18));
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(zip) });

    expect(renderedFunction(stack, fn).zip_file).toMatch(/^assets\/Fn_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/package\.zip$/);
  });

  test('fromAsset with a missing path is rejected', () => {
    const missing = path.join(tmp, 'nope');
    expect(functionError({ code: FunctionCode.fromAsset(missing) })).toContain(
      `[test/Fn] FunctionCode.fromAsset('${missing}'): '${missing}' does not exist. Give the folder that holds the handler file, or a .zip package.`,
    );
  });

  test('fromAsset with a file that is not a zip is rejected', () => {
    const file = path.join(handlerDir('single-file'), 'index.js');
    expect(functionError({ code: FunctionCode.fromAsset(file) })).toContain(
      `[test/Fn] FunctionCode.fromAsset('${file}') is a file but not a .zip package.`,
    );
  });

  test('one bad fromAsset shared by two functions is reported once by each function', () => {
    // GIVEN one code source with a missing path, used by two functions
    const missing = path.join(tmp, 'shared-missing');
    const { stack } = newStack();
    const code = FunctionCode.fromAsset(missing);
    new CloudFunction(stack, 'Resize', { runtime: Runtime.NODEJS_18_15, code });
    new CloudFunction(stack, 'Thumbnail', { runtime: Runtime.NODEJS_18_15, code });
    // WHEN the stack is synthesized THEN each function lists the source's problem exactly once
    const problem = `FunctionCode.fromAsset('${missing}'): '${missing}' does not exist. Give the folder that holds the handler file, or a .zip package.`;
    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        `  [test/Resize] ${problem}\n` +
        `  [test/Thumbnail] ${problem}\n\n` +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });

  test('one bad fromCosObject shared by two functions is reported once by each function', () => {
    const { stack } = newStack();
    const packages = Bucket.fromBucketName(stack, 'Packages', 'packages-1250000000');
    const code = FunctionCode.fromCosObject(packages, 'fn/index.js');
    new CloudFunction(stack, 'Resize', { runtime: Runtime.NODEJS_18_15, code });
    new CloudFunction(stack, 'Thumbnail', { runtime: Runtime.NODEJS_18_15, code });
    const problem = "FunctionCode.fromCosObject() key 'fn/index.js' must end with '.zip' or '.jar' (the SCF code package formats).";
    expect(synthError(stack)).toBe(
      'Validation failed with the following errors:\n' +
        `  [test/Resize] ${problem}\n` +
        `  [test/Thumbnail] ${problem}\n\n` +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
  });

  test('a shared fromAsset that is fine is packaged for each function', () => {
    const { stack } = newStack();
    const code = FunctionCode.fromAsset(handlerDir('shared-ok'));
    const a = new CloudFunction(stack, 'Resize', { runtime: Runtime.NODEJS_18_15, code });
    const b = new CloudFunction(stack, 'Thumbnail', { runtime: Runtime.NODEJS_18_15, code });
    const json = synth(stack);
    expect(rendered(json, stack, a.resource).zip_file).toMatch(/^assets\/Resize_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/archive\.zip$/);
    expect(rendered(json, stack, b.resource).zip_file).toMatch(/^assets\/Thumbnail_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/archive\.zip$/);
  });

  test('code sources have no public validate(): their problems are reported by the functions', () => {
    expect('validate' in FunctionCode.fromAsset('handler/')).toBe(false);
    expect('validate' in FunctionCode.fromEntry('handler.ts')).toBe(false);
  });

  test('fromCosObject renders bucket, key and the bucket region', () => {
    const { stack } = newStack();
    const packages = new Bucket(stack, 'Packages', { bucketName: 'packages-1250000000' });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(packages, 'fn/v1.zip') });

    const f = renderedFunction(stack, fn);
    expect(f).toMatchObject({ cos_bucket_name: 'packages-1250000000', cos_object_name: 'fn/v1.zip', cos_bucket_region: 'ap-guangzhou' });
    expect(f).not.toHaveProperty('zip_file');
  });

  test('fromCosObject accepts .jar packages', () => {
    const { stack } = newStack();
    const packages = Bucket.fromBucketAttributes(stack, 'Packages', { bucketName: 'packages-1250000000', region: 'ap-shanghai' });
    const fn = new CloudFunction(stack, 'Fn', {
      runtime: Runtime.JAVA_8,
      handler: 'example.Hello::mainHandler',
      code: FunctionCode.fromCosObject(packages, 'fn.jar'),
    });
    expect(renderedFunction(stack, fn)).toMatchObject({ cos_object_name: 'fn.jar', cos_bucket_region: 'ap-shanghai' });
  });

  test('fromCosObject with a key that is not a package is rejected', () => {
    const { stack } = newStack();
    const packages = Bucket.fromBucketName(stack, 'Packages', 'packages-1250000000');
    new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(packages, 'fn/index.js') });
    expect(synthError(stack)).toContain(
      "[test/Fn] FunctionCode.fromCosObject() key 'fn/index.js' must end with '.zip' or '.jar' (the SCF code package formats).",
    );
  });

  test('fromCosObject with a bucket of unknown region is rejected', () => {
    const { stack } = newStack(null);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', {});
    const packages = Bucket.fromBucketName(stack, 'Packages', 'packages-1250000000');
    new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(packages, 'fn.zip') });
    expect(synthError(stack)).toContain(
      '[test/Fn] FunctionCode.fromCosObject(): the region of bucket [test/Packages] is unknown, and SCF needs it to fetch the package.',
    );
  });
});

describe('CloudFunction checks', () => {
  test.each(['ab', 'resizer', 'Resizer_v2', 'make-thumbs-2', `a${'b'.repeat(59)}`])('function name %s is accepted', (functionName) => {
    accepted({ functionName });
  });

  test.each([
    ['a', 'is 1 characters (2 to 60 allowed)'],
    [`a${'b'.repeat(60)}`, 'is 61 characters (2 to 60 allowed)'],
    ['2resize', 'does not start with a letter'],
    ['_resize', 'does not start with a letter'],
    ['resize-', "ends with '-' or '_'"],
    ['resize_', "ends with '-' or '_'"],
    ['resize.me', "contains characters other than letters, digits, '-' and '_'"],
    ['resize me', "contains characters other than letters, digits, '-' and '_'"],
  ])('function name %j is rejected: %s', (functionName, why) => {
    expect(functionError({ functionName })).toContain(
      `[test/Fn] function name '${functionName}' ${why}. SCF function names have 2 to 60 characters: letters, digits, '-' and '_', ` +
        'starting with a letter and ending with a letter or digit.',
    );
  });

  test('a function name known only at apply time is not checked', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'fn_name', { type: 'string' });
    const fn = new CloudFunction(stack, 'Fn', { functionName: name.stringValue, runtime: Runtime.NODEJS_18_15, code: cosCode(stack) });
    expect(renderedFunction(stack, fn).name).toBe('${var.fn_name}');
  });

  test.each(['index.main_handler', 'src.app.handler', 'my-file.handler_2'])('Node.js handler %s is accepted', (handler) => {
    accepted({ handler });
  });

  test.each(['index', 'index.', 'index.main-handler', 'index::main'])('Node.js handler %j is rejected', (handler) => {
    expect(functionError({ handler })).toContain(
      `[test/Fn] handler '${handler}' does not fit runtime Nodejs18.15: use the form <file>.<function>, e.g. 'index.main_handler' (2 to 60 characters, starting with a letter).`,
    );
  });

  test('a handler the provider itself rejects names the provider rule and the runtime form', () => {
    expect(functionError({ handler: '.main_handler' })).toContain(
      "[test/Fn] handler '.main_handler' does not start with a letter: the provider accepts 2 to 60 characters: letters, digits, '-', '_', ':' and '.', " +
        "starting with a letter and not ending with '-' or '_'. Runtime Nodejs18.15 needs the form <file>.<function>, e.g. 'index.main_handler'.",
    );
  });

  test('a Go handler is an executable name', () => {
    accepted({ runtime: Runtime.GO_1, handler: 'bootstrap' });
    expect(functionError({ runtime: Runtime.GO_1, handler: 'main.go' })).toContain(
      "[test/Fn] handler 'main.go' does not fit runtime Go1: use the form <executable name>, e.g. 'main'",
    );
  });

  test.each([128, 256, 1536, 3072])('memorySize %d is accepted', (memorySize) => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), memorySize });
    expect(renderedFunction(stack, fn).mem_size).toBe(memorySize);
  });

  test.each([0, 64, 100, 129, 3200, -128, 1.5])('memorySize %d is rejected', (memorySize) => {
    expect(functionError({ memorySize })).toContain(
      `[test/Fn] 'memorySize' ${memorySize} is out of range: SCF allows 128 to 3072 MB in steps of 128.`,
    );
  });

  test.each([1, 3, 900])('timeout %d is accepted', (timeout) => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), timeout });
    expect(renderedFunction(stack, fn).timeout).toBe(timeout);
  });

  test.each([0, 901, 1.5, -1])('timeout %d is rejected', (timeout) => {
    expect(functionError({ timeout })).toContain(
      `[test/Fn] 'timeout' ${timeout} is out of range: SCF allows 1 to 900 seconds, a whole number.`,
    );
  });

  test('a memory size that is not a number is rejected with its type', () => {
    expect(functionError({ memorySize: '256' as unknown as number })).toContain(
      "[test/Fn] 'memorySize' must be a number of MB, got a string '256'.",
    );
  });

  test('an invalid namespace is rejected', () => {
    expect(functionError({ namespace: 'my namespace' })).toContain(
      "[test/Fn] namespace 'my namespace' is not a valid SCF namespace: 1 to 30 letters, digits, '-' and '_'.",
    );
  });

  test('a description over 1000 characters is rejected', () => {
    accepted({ description: 'd'.repeat(1000) });
    expect(functionError({ description: 'd'.repeat(1001) })).toContain("[test/Fn] 'description' is 1001 characters; SCF allows at most 1000.");
  });

  test('credentials in the environment are rejected', () => {
    expect(functionError({ environment: { TENCENTCLOUD_SECRETKEY: 'abc' } })).toContain(
      "[test/Fn] environment variable 'TENCENTCLOUD_SECRETKEY' would put cloud credentials in the function configuration and the Terraform state.",
    );
  });

  test('a secret-looking environment variable is a warning', () => {
    const { stack } = newStack();
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: cosCode(stack), environment: { DB_PASSWORD: 'hunter2', MODE: 'x' } });
    expect(synthText(stack)).toConformToProviderSchema();
    expect(fn.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => m.data)).toEqual([
      "environment variable 'DB_PASSWORD' looks like a secret written in code; it ends up in the Terraform state. Prefer a secret store or the function's role.",
    ]);
  });

  test('a non-string environment value is rejected', () => {
    expect(functionError({ environment: { PORT: 8080 as unknown as string } })).toContain(
      "[test/Fn] 'environment.PORT' must be a string, got a number 8080.",
    );
  });

  test('publicNetwork: false without a VPC is rejected', () => {
    expect(functionError({ publicNetwork: false })).toContain(
      "[test/Fn] 'publicNetwork: false' needs a 'vpc': SCF only lets functions inside a VPC turn public network access off.",
    );
  });

  test('a VPC without a subnet is rejected', () => {
    expect(functionError({ vpc: { vpcId: 'vpc-1' } as never })).toContain(
      "[test/Fn] 'vpc' needs both 'vpcId' and 'subnetId' (SCF sets them together), got {\"vpcId\":\"vpc-1\"}.",
    );
  });

  test('code that is not a FunctionCode is rejected', () => {
    expect(functionError({ code: 'handler/' as unknown as FunctionCode })).toContain(
      "[test/Fn] 'code' must be a FunctionCode such as FunctionCode.fromAsset('handler/'), got a string 'handler/'.",
    );
  });
});

describe('CloudFunction.fromFunctionAttributes', () => {
  test('creates no function resource, and its triggers name it literally', () => {
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', namespace: 'media' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const rule = bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT], fn);

    expect(fn.functionName).toBe('resizer');
    expect(fn.namespace).toBe('media');
    expect(fn.region).toBe('ap-guangzhou');
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    expect(resourcesOf(json, 'tencentcloud_scf_function')).toEqual([]);
    expect(rendered(json, stack, rule.triggers[0])).toMatchObject({ function_name: 'resizer', namespace: 'media' });
  });

  test('the namespace defaults to default; an explicit region wins', () => {
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', region: 'ap-shanghai' });
    expect(fn.namespace).toBe('default');
    expect(fn.region).toBe('ap-shanghai');
  });

  test('its triggers use the provider it is given', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', provider: shanghai });
    const bucket = Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: 'photos-1250000000', region: 'ap-shanghai' });
    const rule = bucket.onObjectCreated(fn);

    expect(fn.region).toBe('ap-shanghai');
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0]).provider).toBe('tencentcloud.shanghai');
  });

  test('a region that differs from the provider its triggers are created with is rejected', () => {
    // Triggers are created through the provider (tencentcloud_scf_trigger has no region of its own): a function
    // said to be in ap-shanghai behind the ap-guangzhou default provider would get its triggers in the wrong region.
    const { stack } = newStack();
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', region: 'ap-shanghai' });
    Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: 'photos-1250000000', region: 'ap-shanghai' }).onObjectCreated(fn);

    expect(synthError(stack)).toContain(
      "[test/Existing] region 'ap-shanghai' differs from the region of the function's provider ('ap-guangzhou'), which its triggers are created with. " +
        "Pass a tencentcloud provider for 'ap-shanghai' as 'provider'.",
    );
  });

  test('a region equal to the provider region is fine', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', region: 'ap-shanghai', provider: shanghai });
    Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: 'photos-1250000000', region: 'ap-shanghai' }).onObjectCreated(fn);
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test('an invalid name is rejected', () => {
    const { stack } = newStack();
    CloudFunction.fromFunctionName(stack, 'Existing', '9lives');
    expect(synthError(stack)).toContain("[test/Existing] function name '9lives' does not start with a letter.");
  });
});

describe('CloudFunction.fromFunctionName', () => {
  test('takes the name: namespace default, the stack provider and its region, no warning', () => {
    // GIVEN a stack in ap-guangzhou
    const { stack } = newStack();
    // WHEN a function is imported by name and gets a trigger
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', 'resizer');
    const rule = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' }).onObjectCreated(fn);
    // THEN its trigger names it literally
    expect([fn.functionName, fn.namespace, fn.region, fn.provider]).toEqual(['resizer', 'default', 'ap-guangzhou', undefined]);
    const json = synth(stack);
    expect(resourcesOf(json, 'tencentcloud_scf_function')).toEqual([]);
    expect(rendered(json, stack, rule.triggers[0])).toMatchObject({ function_name: 'resizer', namespace: 'default' });
    expect(warningsOf(fn)).toEqual([]);
  });

  test('attributes still work (deprecated), with a warning naming the replacement', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', { functionName: 'resizer', namespace: 'media', provider: shanghai });
    expect([fn.functionName, fn.namespace, fn.region, fn.provider]).toEqual(['resizer', 'media', 'ap-shanghai', shanghai]);
    expect(warningsOf(fn)).toEqual([
      'CloudFunction.fromFunctionName(scope, id, attributes) is deprecated and will be removed in the next minor version: ' +
        'use CloudFunction.fromFunctionAttributes(scope, id, attributes), or CloudFunction.fromFunctionName(scope, id, functionName).',
    ]);
    expect(warningsOf(CloudFunction.fromFunctionAttributes(stack, 'Other', { functionName: 'other', namespace: 'media' }))).toEqual([]);
  });

  test('attributes given the old way are checked as before', () => {
    const { stack } = newStack();
    CloudFunction.fromFunctionName(stack, 'Existing', { functionName: '9lives' });
    expect(synthError(stack)).toContain("[test/Existing] function name '9lives' does not start with a letter.");
  });

  test('a name that is not a string, or none, is rejected', () => {
    const { stack } = newStack();
    CloudFunction.fromFunctionName(stack, 'Number', 42 as unknown as string);
    CloudFunction.fromFunctionName(stack, 'Missing', undefined as unknown as string);
    const message = synthError(stack);
    expect(message).toContain("[test/Number] 'functionName' must be a string, got a number 42.");
    expect(message).toContain("[test/Missing] 'functionName' is required: the name of the existing function, e.g. 'resizer'.");
  });

  test('a name known only at apply time is not checked for its shape', () => {
    const { stack } = newStack();
    const name = new TerraformVariable(stack, 'function_name', { type: 'string' });
    const fn = CloudFunction.fromFunctionName(stack, 'Existing', name.stringValue);
    const rule = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' }).onObjectCreated(fn);
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0]).function_name).toBe('${var.function_name}');
  });
});

describe('CloudFunction.fromFunctionAttributes input checks', () => {
  test('every problem of the attributes is reported at once', () => {
    const { stack } = newStack();
    CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: '9lives', namespace: 'no spaces', region: 'shanghai' });
    const message = synthError(stack);
    expect(message).toContain("[test/Existing] region 'shanghai' is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.");
    expect(message).toContain("[test/Existing] function name '9lives' does not start with a letter.");
    expect(message).toContain("[test/Existing] namespace 'no spaces' is not a valid SCF namespace: 1 to 30 letters, digits, '-' and '_'.");
  });

  test('attributes that are not an object, and a missing functionName, are rejected', () => {
    const { stack } = newStack();
    CloudFunction.fromFunctionAttributes(stack, 'NotAnObject', 'resizer' as unknown as CloudFunctionAttributes);
    CloudFunction.fromFunctionAttributes(stack, 'NoName', { namespace: 'media' } as CloudFunctionAttributes);
    const message = synthError(stack);
    expect(message).toContain("[test/NotAnObject] attributes must be an object like { functionName: 'resizer' }, got a string 'resizer'.");
    expect(message).toContain("[test/NoName] 'functionName' is required: the name of the existing function, e.g. 'resizer'.");
  });

  test('a region known only at apply time is not checked', () => {
    const { stack } = newStack();
    const region = new TerraformVariable(stack, 'function_region', { type: 'string' });
    const fn = CloudFunction.fromFunctionAttributes(stack, 'Existing', { functionName: 'resizer', region: region.stringValue });
    new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' }).onObjectCreated(fn);
    expect(synthText(stack)).toConformToProviderSchema();
  });
});
