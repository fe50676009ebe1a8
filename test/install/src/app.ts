// The install test's app, in TypeScript: a stack built from the installed packages, synthesized with validations
// (`app.synth()`), then read back with the testing toolkit. `node build/app.js` runs the checks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Bucket, CloudFunction, CosEvent, FunctionCode, Runtime } from 'cdktf-tencentcloud-cos-events';
import { provider } from 'cdktf-tencentcloud-cos-events-provider';
import { checkProviderSchema, cosEvent, invokeHandler, objectKeyOf, simulate } from 'cdktf-tencentcloud-cos-events/testing';

export const BUCKET = 'uploads-1250000000';
export const HANDLER_DIR = path.join(__dirname, '..', 'handler');

/** One bucket whose .jpg uploads under uploads/ invoke the function `resizer`, which may read the bucket. */
export function build(outdir: string, events: CosEvent[] = [CosEvent.OBJECT_CREATED]) {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'install-test');
  new provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const uploads = new Bucket(stack, 'Uploads', { bucketName: BUCKET });
  const resizer = new CloudFunction(stack, 'Resizer', {
    functionName: 'resizer',
    runtime: Runtime.NODEJS_18_15,
    code: FunctionCode.fromAsset(HANDLER_DIR),
  });
  uploads.addEventNotification(events, resizer, { prefix: 'uploads/', suffix: '.jpg' });
  uploads.grantRead(resizer);
  return { app, stack, uploads, resizer };
}

async function main(): Promise<void> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-'));
  try {
    const { app, stack } = build(outdir);
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'install-test', 'cdk.tf.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(json.resource).sort(), [
      'tencentcloud_cam_policy', 'tencentcloud_cam_role', 'tencentcloud_cam_role_policy_attachment',
      'tencentcloud_cos_bucket', 'tencentcloud_scf_function', 'tencentcloud_scf_trigger', 'terraform_data',
    ]);
    const triggers = Object.values(json.resource.tencentcloud_scf_trigger) as Array<{ type: string; trigger_desc: string }>;
    assert.deepStrictEqual(triggers.map((t) => [t.type, JSON.parse(t.trigger_desc)]), [
      ['cos', { event: 'cos:ObjectCreated:*', filter: { Prefix: 'uploads/', Suffix: '.jpg' } }],
    ]);

    assert.deepStrictEqual(checkProviderSchema(stack), []);
    const route = (key: string) => simulate(stack, { bucket: BUCKET, key, event: CosEvent.OBJECT_CREATED_PUT }).map((i) => i.functionName);
    assert.deepStrictEqual(route('uploads/cat.jpg'), ['resizer']);
    assert.deepStrictEqual(route('uploads/cat.png'), []);

    const message = cosEvent({ bucket: BUCKET, key: 'uploads/cat 1.jpg', event: CosEvent.OBJECT_CREATED_PUT }, { clock: 0, seed: 1 });
    assert.strictEqual(objectKeyOf(message.Records[0]), 'uploads/cat 1.jpg');
    const result = await invokeHandler(path.join(HANDLER_DIR, 'index.js'), message);
    const record = message.Records[0];
    assert.deepStrictEqual(result, [{ event: 'cos:ObjectCreated:Put', bucket: record.cos.cosBucket.name, key: record.cos.cosObject.key }]);

    // Validations run in app.synth(): a misspelt event is reported with the construct path.
    const broken = build(fs.mkdtempSync(path.join(outdir, 'broken-')), ['cos:ObjectCreate:*' as CosEvent]);
    assert.throws(() => broken.app.synth(), /\[install-test\/Uploads\/[^\]]+\] 'cos:ObjectCreate:\*' is not a COS event type/);
    console.log('TypeScript app: synthesized, toolkit checks passed');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
