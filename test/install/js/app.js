// The install test's app, in plain JavaScript (CommonJS): the same stack and checks as src/app.ts.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { App, TerraformStack } = require('cdktf');
const { Bucket, CloudFunction, CosEvent, FunctionCode, Runtime } = require('cdktf-tencentcloud-cos-events');
const { provider } = require('cdktf-tencentcloud-cos-events-provider');
const { checkProviderSchema, cosEvent, invokeHandler, objectKeyOf, simulate } = require('cdktf-tencentcloud-cos-events/testing');

const BUCKET = 'uploads-1250000000';
const HANDLER_DIR = path.join(__dirname, '..', 'handler');

function build(outdir, events = [CosEvent.OBJECT_CREATED]) {
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

async function main() {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-'));
  try {
    const { app, stack } = build(outdir);
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'install-test', 'cdk.tf.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(json.resource).sort(), [
      'tencentcloud_cam_policy', 'tencentcloud_cam_role', 'tencentcloud_cam_role_policy_attachment',
      'tencentcloud_cos_bucket', 'tencentcloud_scf_function', 'tencentcloud_scf_trigger', 'terraform_data',
    ]);
    const triggers = Object.values(json.resource.tencentcloud_scf_trigger);
    assert.deepStrictEqual(triggers.map((t) => [t.type, JSON.parse(t.trigger_desc)]), [
      ['cos', { event: 'cos:ObjectCreated:*', filter: { Prefix: 'uploads/', Suffix: '.jpg' } }],
    ]);

    assert.deepStrictEqual(checkProviderSchema(stack), []);
    const route = (key) => simulate(stack, { bucket: BUCKET, key, event: CosEvent.OBJECT_CREATED_PUT }).map((i) => i.functionName);
    assert.deepStrictEqual(route('uploads/cat.jpg'), ['resizer']);
    assert.deepStrictEqual(route('uploads/cat.png'), []);

    const message = cosEvent({ bucket: BUCKET, key: 'uploads/cat 1.jpg', event: CosEvent.OBJECT_CREATED_PUT }, { clock: 0, seed: 1 });
    assert.strictEqual(objectKeyOf(message.Records[0]), 'uploads/cat 1.jpg');
    const result = await invokeHandler(path.join(HANDLER_DIR, 'index.js'), message);
    const record = message.Records[0];
    assert.deepStrictEqual(result, [{ event: 'cos:ObjectCreated:Put', bucket: record.cos.cosBucket.name, key: record.cos.cosObject.key }]);

    // Plain JavaScript can pass any string: it is checked at synth time, with the construct path.
    const broken = build(fs.mkdtempSync(path.join(outdir, 'broken-')), ['cos:ObjectCreate:*']);
    assert.throws(() => broken.app.synth(), /\[install-test\/Uploads\/[^\]]+\] 'cos:ObjectCreate:\*' is not a COS event type/);
    console.log('JavaScript app: synthesized, toolkit checks passed');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

module.exports = { BUCKET, build };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
