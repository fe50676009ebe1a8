// The lifecycle tests notice an emulator that stops behaving like the cloud: the same user edit (a changed
// filter on a one-trigger stack) fails against the emulator as the SCF API behaves (UpdateTrigger refuses cos
// triggers), and passes every lifecycle check against one deliberately broken to accept it. This relies on the
// library turning a changed filter into an in-place update (single-trigger.test.ts); once it replaces the
// trigger instead, this test needs another edit that reaches UpdateTrigger, or another quirk.
import { Testing } from 'cdktf';
import { providerMirror, providerProcess } from './helpers/environment';
import { RuleSpec, changeRule } from './helpers/rules';
import { ARCHIVE_RESTORE_RULES, ArchiveRestoreShape } from './helpers/shapes';
import { CloudEmulator, EmulatorQuirks, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace, liveCosTriggers } from '../../lib/testing/lifecycle';

const ARCHIVE = 'cold-archive-1250000000';
const stack = (rules: readonly RuleSpec[]) =>
  new ArchiveRestoreShape(Testing.app(), 'archive-restore', { region: 'ap-guangzhou', bucketName: ARCHIVE, rules });
const EDITED = changeRule(ARCHIVE_RESTORE_RULES, 'OnRestoreCompleted', (r) => ({ ...r, prefix: 'reports/' }));
const trigger = (prefix: string) => ({
  bucket: ARCHIVE,
  functionName: 'RestoreNotifier-9b028f93',
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
  const ws = await TerraformWorkspace.create(stack(ARCHIVE_RESTORE_RULES),
    { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
  await ws.apply();
  ws.load(stack(EDITED));
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
