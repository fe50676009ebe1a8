// Text holding Terraform's template sequences reaches the cloud literally, and plans stay clean: a function's
// description, environment and tags, a bucket's tags, a trigger's filter and description, applied with the real
// provider against the emulator.
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror, providerProcess } from './helpers/environment';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

const TEXT = 'a${b} %{c} $${d} %%{e} $$${f} $ % ${ %{ ~}';
const BUCKET = 'escapes-1250000000';

function escapesStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'escapes');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const bucket = new Bucket(stack, 'Photos', { bucketName: BUCKET, tags: { team: TEXT } });
  const fn = new CloudFunction(stack, 'Fn', {
    functionName: 'escapes',
    runtime: Runtime.NODEJS_18_15,
    code: FunctionCode.fromAsset(path.join(__dirname, '..', 'fixtures')),
    handler: 'handlers.main_handler',
    description: TEXT,
    environment: { TEXT },
    tags: { note: TEXT },
  });
  new EventRule(stack, 'OnUpload', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED], filter: { prefix: `in${TEXT}/` }, description: TEXT });
  return stack;
}

describe('template sequences in user text', () => {
  let cloud: CloudEmulator;
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    cloud = await startCloudEmulator();
    ws = await TerraformWorkspace.create(escapesStack(), { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
  });
  afterAll(async () => {
    await ws?.dispose();
    await cloud?.stop();
  });

  test('are applied literally and re-plan clean; destroy leaves the emulator empty', async () => {
    await ws.apply();
    await ws.assertCleanPlan();
    ws.assertLiveState(cloud);
    const [fn] = cloud.functions();
    expect({ description: fn.description, environment: fn.environment }).toEqual({ description: TEXT, environment: { TEXT } });
    expect(cloud.triggers().map((t) => ({ desc: JSON.parse(t.triggerDesc), description: t.description }))).toEqual([
      { desc: { event: 'cos:ObjectCreated:*', filter: { Prefix: `in${TEXT}/`, Suffix: '' } }, description: TEXT },
    ]);
    await ws.destroy();
    expect(cloud.isEmpty()).toBe(true);
  });
});
