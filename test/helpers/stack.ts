// Helpers shared by the tests: a stack with a default Tencent provider, synthesis with validations on, and the
// validation errors of a stack that must not synthesize.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Construct } from 'constructs';
import { Bucket, CloudFunction, CloudFunctionProps, FunctionCode, IBucket, Runtime } from '../../lib';

export const APP_ID = '1250000000';
export const REGION = 'ap-guangzhou';

let appOutdir: string | undefined;

/**
 * A fresh app as `Testing.app()` makes it, but with an output folder shared by the apps of this test process (under
 * the run's temporary folder, see run-tmpdir.ts) instead of a new one per app: these tests synthesize in memory
 * (`Testing.synth`) and never write an app's output.
 */
export function testApp(): App {
  appOutdir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'test-apps-'));
  return Testing.app({ outdir: appOutdir });
}

/** A fresh app and stack; with a default provider in `region` unless `region` is null. */
export function newStack(region: string | null = REGION, id = 'test'): { app: App; stack: TerraformStack } {
  const app = testApp();
  const stack = new TerraformStack(app, id);
  if (region !== null) new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region });
  return { app, stack };
}

/** A function to attach rules to; its code comes from an imported bucket, so no asset is needed. */
export function newFunction(stack: TerraformStack, id = 'Fn', props: Partial<CloudFunctionProps> = {}): CloudFunction {
  const codeBucket = (stack.node.tryFindChild('CodeBucket') as IBucket | undefined)
    ?? Bucket.fromBucketAttributes(stack, 'CodeBucket', { bucketName: `code-${APP_ID}`, region: REGION });
  return new CloudFunction(stack, id, { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket, 'fn.zip'), ...props });
}

/** A stack with the bucket `Photos` (photos-1250000000) and the function `Fn`. */
export function photosAndFunction(fnProps: Partial<CloudFunctionProps> = {}): { stack: TerraformStack; bucket: Bucket; fn: CloudFunction } {
  const { stack } = newStack();
  return { stack, bucket: new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` }), fn: newFunction(stack, 'Fn', fnProps) };
}

/** Synthesized JSON of a stack, validations on (as every test and helper here does). */
export function synth(stack: TerraformStack): { [key: string]: any } {
  return JSON.parse(Testing.synth(stack, true));
}

/** The synthesized JSON text, validations on. */
export function synthText(stack: TerraformStack): string {
  return Testing.synth(stack, true);
}

/**
 * The message of the error that synthesis (validations on) fails with. Fails the test when synthesis succeeds,
 * or when what is thrown is not a validation error (a TypeError from inside the library, for instance).
 */
export function synthError(stack: TerraformStack): string {
  let thrown: unknown;
  try {
    Testing.synth(stack, true);
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error('expected synthesis to fail validation, but it succeeded');
  if (!(thrown instanceof Error) || thrown.constructor !== Error) {
    throw new Error(`expected a validation error, got ${String((thrown as Error)?.constructor?.name)}: ${String(thrown)}`);
  }
  return thrown.message;
}

/** The rendered JSON of one resource of a synthesized stack. */
export function rendered(json: { [key: string]: any }, stack: TerraformStack, resource: TerraformResource): { [key: string]: any } {
  const found = json.resource?.[resource.terraformResourceType]?.[stack.getLogicalId(resource)];
  if (!found) throw new Error(`${resource.node.path} is not in the synthesized stack`);
  return found;
}

/** Every rendered resource of one type. */
export function resourcesOf(json: { [key: string]: any }, type: string): Array<{ [key: string]: any }> {
  return Object.values(json.resource?.[type] ?? {});
}

/** `${type.logicalId.attribute}`: how a reference to a resource attribute is rendered. */
export function refTo(stack: TerraformStack, resource: TerraformResource, attribute: string): string {
  return `\${${resource.terraformResourceType}.${stack.getLogicalId(resource)}.${attribute}}`;
}

/** The construct at a path under the stack, e.g. `pathOf(stack, 'Photos/Rule-Fn')`. */
export function pathOf(scope: Construct, relative: string): string {
  return `${scope.node.path}/${relative}`;
}
