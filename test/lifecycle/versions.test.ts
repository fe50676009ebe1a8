// Versions, aliases and a rule on an alias, judged by the real provider: `terraform validate` accepts the
// rendering, and the first plan creates the function, then its versions, the alias and the trigger on it.
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror, providerProcess } from './helpers/environment';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../../lib';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

function versionsStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'versions');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const bucket = new Bucket(stack, 'Photos', { bucketName: 'versions-1250000000' });
  const code = Bucket.fromBucketName(stack, 'Code', 'code-1250000000', 'ap-guangzhou');
  const fn = new CloudFunction(stack, 'Fn', { functionName: 'resizer', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'fn.zip') });
  const stable = fn.addVersion('Stable', { description: 'stable' });
  const live = fn.addAlias('live', { version: stable, additionalVersionWeights: [{ version: fn.currentVersion, weight: 0.1 }], description: 'canary' });
  new EventRule(stack, 'OnJpg', { bucket, target: live, events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.jpg' } });
  return stack;
}

describe('versions and aliases with the real provider', () => {
  let cloud: CloudEmulator;
  let ws: TerraformWorkspace;
  const stack = versionsStack();
  beforeAll(async () => {
    cloud = await startCloudEmulator();
    ws = await TerraformWorkspace.create(stack, { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
  });
  afterAll(async () => {
    await ws?.dispose();
    await cloud?.stop();
  });

  test('validate accepts the stack, and the plan creates every resource once', async () => {
    await ws.validate();
    const plan = await ws.plan();
    const resources = stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource);
    expect(resources.map((r) => r.terraformResourceType).sort()).toEqual([
      'tencentcloud_cos_bucket', 'tencentcloud_scf_function', 'tencentcloud_scf_function_alias', 'tencentcloud_scf_function_version',
      'tencentcloud_scf_function_version', 'tencentcloud_scf_trigger', 'terraform_data', 'terraform_data', 'terraform_data', 'terraform_data',
    ]);
    expect(plan.changes.map((c) => [c.address, c.actions.join(',')]).sort())
      .toEqual(resources.map((r) => [`${r.terraformResourceType}.${stack.getLogicalId(r)}`, 'create']).sort());
  });
});
