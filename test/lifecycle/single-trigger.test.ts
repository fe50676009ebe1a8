// Changes of one rule that has a single trigger (archive-restore), each applied on its own to the deployed
// example: no other trigger of the function is on the bucket, so what happens is the change's own doing.
import { Testing } from 'cdktf';
import { providerMirror, providerProcess } from './helpers/environment';
import { recordStep } from './helpers/report';
import { RuleSpec, changeRule } from './helpers/rules';
import { ARCHIVE_RESTORE_RULES, ArchiveRestoreShape } from './helpers/shapes';
import { ArchiveRestoreStack } from '../../examples/archive-restore/stack';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

const region = 'ap-guangzhou';
const ARCHIVE = 'cold-archive-1250000000';
const edited = (change: (r: RuleSpec) => RuleSpec) => changeRule(ARCHIVE_RESTORE_RULES, 'OnRestoreCompleted', change);

describe('archive-restore, one trigger: each change of its rule applied on its own', () => {
  let cloud: CloudEmulator;
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    cloud = await startCloudEmulator();
    await cloud.createBucket(ARCHIVE);
    ws = await TerraformWorkspace.create(new ArchiveRestoreStack(Testing.app(), 'archive-restore', { region, bucketName: ARCHIVE }),
      { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
    await ws.apply();
  });
  afterAll(async () => {
    await ws?.dispose();
    await cloud?.stop();
  });

  const step = (title: string, rules: readonly RuleSpec[]) => test(title, () =>
    recordStep('archive-restore (one trigger)', title, undefined, async () => {
      ws.load(new ArchiveRestoreShape(Testing.app(), 'archive-restore', { region, bucketName: ARCHIVE, rules }));
      await ws.apply();
      await ws.assertCleanPlan();
      ws.assertLiveState(cloud);
    }));

  step('edit: change the filter, applied and re-planned clean, live triggers equal the declared ones',
    edited((r) => ({ ...r, prefix: 'reports/' })));
  step('edit: disable the rule, applied and re-planned clean, live triggers equal the declared ones',
    edited((r) => ({ ...r, enabled: false })));
  step('edit: change the qualifier, applied and re-planned clean, live triggers equal the declared ones',
    edited((r) => ({ ...r, qualifier: '$LATEST' })));
  step('edit: change the description, applied and re-planned clean, live triggers equal the declared ones',
    edited((r) => ({ ...r, description: 'Tell the team about completed restores' })));

  test('back to the example: applied and re-planned clean; destroy leaves the emulator empty', () =>
    recordStep('archive-restore (one trigger)', 'back to the example, destroy', undefined, async () => {
      ws.load(new ArchiveRestoreStack(Testing.app(), 'archive-restore', { region, bucketName: ARCHIVE }));
      await ws.apply();
      await ws.assertCleanPlan();
      ws.assertLiveState(cloud);
      await ws.destroy();
      expect(await ws.stateAddresses()).toEqual([]);
      expect(cloud.isEmpty()).toBe(true);
    }));
});
