// The lifecycle tests notice an emulator that stops behaving like the cloud: the same edit (a changed filter of a
// trigger written with the raw provider bindings, which Terraform updates in place) fails against the emulator as
// the SCF API behaves (UpdateTrigger refuses cos triggers), and passes every lifecycle check against one
// deliberately broken to accept it. The library itself never updates a COS trigger in place; the raw resource
// keeps this check independent of how the library renders triggers.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror, providerProcess } from './helpers/environment';
import { CloudFunction, FunctionCode, Runtime } from '../../lib';
import { CloudEmulator, EmulatorQuirks, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace, liveCosTriggers } from '../../lib/testing/lifecycle';

const ARCHIVE = 'cold-archive-1250000000';
const FUNCTION = 'restore-notifier';
const CODE = fs.mkdtempSync(path.join(os.tmpdir(), 'teeth-'));
fs.writeFileSync(path.join(CODE, 'index.js'), 'exports.main_handler = async () => ({});\n');
afterAll(() => fs.rmSync(CODE, { recursive: true, force: true }));

const stack = (prefix: string) => {
  const s = new TerraformStack(Testing.app(), 'teeth');
  new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  const fn = new CloudFunction(s, 'Notifier', { functionName: FUNCTION, runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromAsset(CODE) });
  new tencentcloud.scfTrigger.ScfTrigger(s, 'RawTrigger', {
    functionName: fn.functionName,
    namespace: 'default',
    type: 'cos',
    triggerName: `${ARCHIVE}.cos.ap-guangzhou.myqcloud.com`,
    triggerDesc: JSON.stringify({ event: 'cos:ObjectRestore:Completed', filter: { Prefix: prefix, Suffix: '' } }),
    enable: 'OPEN',
    qualifier: '$DEFAULT',
  });
  return s;
};
const trigger = (prefix: string) => ({
  bucket: ARCHIVE,
  functionName: FUNCTION,
  namespace: 'default',
  qualifier: '$DEFAULT',
  event: 'cos:ObjectRestore:Completed',
  prefix,
  suffix: '',
  enabled: true,
});

async function deployed(quirks: EmulatorQuirks): Promise<{ cloud: CloudEmulator; ws: TerraformWorkspace }> {
  const cloud = await startCloudEmulator({ quirks });
  await cloud.createBucket(ARCHIVE);
  const ws = await TerraformWorkspace.create(stack(''),
    { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
  await ws.apply();
  ws.load(stack('reports/'));
  return { cloud, ws };
}

describe('the lifecycle checks notice a broken emulator', () => {
  const running: Array<{ cloud: CloudEmulator; ws: TerraformWorkspace }> = [];
  afterAll(async () => {
    for (const r of running) {
      await r.ws.dispose();
      await r.cloud.stop();
    }
  });

  test('as the cloud behaves: changing a filter in place fails at apply, the old trigger stays live', async () => {
    const r = await deployed({});
    running.push(r);
    await expect(r.ws.apply()).rejects.toThrow('Code=InvalidParameterValue.Type, Message=The parameter `Type` has the invalid value "cos"; allowed: timer, ckafka, http.');
    expect(liveCosTriggers(r.cloud)).toEqual([trigger('')]);
  });

  test('with UpdateTrigger accepting cos triggers (broken on purpose): the same edit applies, re-plans clean, live equals declared', async () => {
    const r = await deployed({ updateTriggerAcceptsCos: true });
    running.push(r);
    await r.ws.apply();
    await r.ws.assertCleanPlan();
    r.ws.assertLiveState(r.cloud);
    expect(liveCosTriggers(r.cloud)).toEqual([trigger('reports/')]);
  });
});
