// thumbnails through its whole life with the real provider against the emulator: the upload rule on the alias
// `live`, the current version it routes to, the retry policy, CLS logging and the archive lifecycle rule.
import { Testing } from 'cdktf';
import { ThumbnailsStack, ThumbnailsStackProps } from '../../examples/thumbnails/stack';
import { CosEvent } from '../../lib';
import { providerMirror, providerProcess } from './helpers/environment';
import { tinyPng } from './helpers/files';
import { recordStep } from './helpers/report';
import { emptyBuckets, expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { THUMBNAILS_RULES, ThumbnailsShape } from './helpers/shapes';
import { CloudEmulator, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

// As examples/main.ts builds it with THUMBNAILS_CLS_LOGSET_ID and THUMBNAILS_CLS_TOPIC_ID set.
const props: ThumbnailsStackProps = {
  region: 'ap-guangzhou',
  appId: '1250000000',
  logging: { logsetId: '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f', topicId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' },
};
const PHOTOS = 'photos-1250000000';
const OUTPUT = 'photos-thumbnails-1250000000';
const THUMBNAILER = 'Thumbnailer-2b5acfcc';
/** Why a second trigger of the function on the photos bucket is refused while the rule invokes the alias. */
const SECOND_TRIGGER = "the target alias [thumbnails/Thumbnailer/Alias-live] cannot be deployed: function [thumbnails/Thumbnailer] has 2 COS triggers on bucket 'photos-1250000000'";

describeLifecycle({
  name: 'thumbnails',
  example: (app) => new ThumbnailsStack(app, 'thumbnails', props),
  shape: (app, rules, bucketName) => new ThumbnailsShape(app, 'thumbnails', { ...props, inputBucketName: bucketName, rules }),
  rules: THUMBNAILS_RULES,
  edits: {
    addRule: {
      id: 'OnAvatarUpload',
      events: [CosEvent.OBJECT_CREATED],
      prefix: 'avatars/',
      description: 'Thumbnail avatars',
    },
    addEvent: { rule: 'OnUpload', event: CosEvent.OBJECT_REMOVE },
    changeFilter: { rule: 'OnUpload', prefix: 'incoming/' },
    toggle: 'OnUpload',
    // The rule's qualifier is its target, the alias `live`: the edit points the rule at the function itself, so
    // that its trigger invokes $LATEST instead.
    qualifier: { target: 'function' },
    newBucket: 'photos-v2-1250000000',
  },
  async events({ cloud, ws }) {
    const json = ws.synthesized;
    const png = tinyPng(2, 1);
    const [put] = await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'uploads/cat 1.png', body: png }, [THUMBNAILER]);
    const done = (key: string) => ({
      error: undefined,
      result: {
        processed: 1,
        skipped: 0,
        results: [{ key, status: 'done', thumbnailKey: `thumbnails/${key}`, format: 'png', width: 2, height: 1 }],
      },
    });
    expect({ error: put.error, result: put.result }).toEqual(done('uploads/cat 1.png'));
    const [copied] = await expectRun(cloud, json,
      { op: 'copy', bucket: PHOTOS, key: 'uploads/copy.png', from: { bucket: PHOTOS, key: 'uploads/cat 1.png' } }, [THUMBNAILER]);
    expect({ error: copied.error, result: copied.result }).toEqual(done('uploads/copy.png'));
    // Every upload under uploads/ runs the function: image endings in any case are thumbnailed, other keys skipped.
    const [upper] = await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'uploads/cat.PNG', body: png }, [THUMBNAILER]);
    expect({ error: upper.error, result: upper.result }).toEqual(done('uploads/cat.PNG'));
    const [text] = await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'uploads/notes.txt', body: 'not an image' }, [THUMBNAILER]);
    expect({ error: text.error, result: text.result }).toEqual({
      error: undefined,
      result: { processed: 0, skipped: 1, results: [{ key: 'uploads/notes.txt', status: 'skipped', reason: 'not a .jpg, .jpeg or .png key' }] },
    });
    // Keys and events the rule does not match: another prefix, a removal.
    await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'incoming/cat.png', body: png }, []);
    await expectRun(cloud, json, { op: 'delete', bucket: PHOTOS, key: 'uploads/cat 1.png' }, []);
    // An original stored in ARCHIVE cannot be read until it is restored, and restoring it invokes nothing.
    const [archived] = await expectRun(cloud, json,
      { op: 'put', bucket: PHOTOS, key: 'uploads/old.png', body: png, storageClass: 'ARCHIVE' }, [THUMBNAILER]);
    expect(archived.error).toContain('InvalidObjectState');
    await expectRun(cloud, json, { op: 'restore', bucket: PHOTOS, key: 'uploads/old.png' }, []);

    // The thumbnails and their descriptions are in the output bucket, which triggers nothing.
    const output = cloud.objects(OUTPUT).map((o) => ({ key: o.key, body: o.body.toString('latin1') })).sort((a, b) => (a.key < b.key ? -1 : 1));
    const description = (key: string, event: string) => JSON.stringify({
      source: { bucket: PHOTOS, key, bytes: png.length },
      format: 'png',
      width: 2,
      height: 1,
      thumbnail: { bucket: OUTPUT, key: `thumbnails/${key}`, width: 2, height: 1 },
      event,
    }, null, 2);
    expect(output).toEqual([
      { key: 'thumbnails/uploads/cat 1.png', body: png.toString('latin1') },
      { key: 'thumbnails/uploads/cat 1.png.json', body: description('uploads/cat 1.png', CosEvent.OBJECT_CREATED_PUT) },
      { key: 'thumbnails/uploads/cat.PNG', body: png.toString('latin1') },
      { key: 'thumbnails/uploads/cat.PNG.json', body: description('uploads/cat.PNG', CosEvent.OBJECT_CREATED_PUT) },
      { key: 'thumbnails/uploads/copy.png', body: png.toString('latin1') },
      { key: 'thumbnails/uploads/copy.png.json', body: description('uploads/copy.png', CosEvent.OBJECT_CREATED_COPY) },
    ]);
    expect(await emptyBuckets(cloud)).toEqual([]);
  },
  failing: {},
  // A rule on a version or alias must be its function's only trigger on the bucket: a second rule, or a second
  // event of the rule, would put both triggers in the function's triggers block, which invokes $LATEST.
  refused: { 'add-rule': SECOND_TRIGGER, 'add-event': SECOND_TRIGGER },
});

describe('thumbnails roll-out: a change of the function publishes a new current version and moves live, the trigger stays', () => {
  let cloud: CloudEmulator;
  let ws: TerraformWorkspace;
  let trigger: ReturnType<CloudEmulator['triggers']>[0];
  const step = (title: string, body: () => Promise<unknown>) => test(title, () => recordStep('thumbnails roll-out', title, undefined, body));

  /** The versions that ran for uploads of PNG images under uploads/. */
  async function uploads(...keys: string[]): Promise<string[]> {
    const from = cloud.invocations.length;
    for (const key of keys) await cloud.putObject(PHOTOS, `uploads/${key}`, tinyPng(2, 1));
    await cloud.settle();
    return cloud.invocations.slice(from).map((i) => `${i.qualifier}->${i.version}:${i.error ?? (i.result as { processed: number }).processed}`);
  }

  /** The plan's changes as `<address> <actions>`, addresses cut to type and construct id. */
  async function plannedChanges(): Promise<string[]> {
    const plan = await ws.plan();
    return plan.changes.map((c) => `${c.address.replace(/_[0-9A-F]{8}$/, '')} ${c.actions.join(',')}`).sort();
  }

  beforeAll(async () => {
    cloud = await startCloudEmulator();
    ws = await TerraformWorkspace.create(new ThumbnailsStack(Testing.app(), 'thumbnails', props),
      { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
  });
  afterAll(async () => {
    await ws?.dispose();
    await cloud?.stop();
  });

  step('apply: uploads run version 1 through live', async () => {
    await ws.apply();
    await ws.assertCleanPlan();
    expect(cloud.triggers().map((t) => [t.functionName, t.qualifier, t.enable])).toEqual([[THUMBNAILER, 'live', 'OPEN']]);
    trigger = cloud.triggers()[0];
    expect(await uploads('a.png')).toEqual(['live->1:1']);
  });

  step('a new thumbnail size: version 2 is published and live moves to it; the trigger is not touched', async () => {
    ws.load(new ThumbnailsStack(Testing.app(), 'thumbnails', { ...props, thumbnailSize: 128 }));
    // The new configuration's hash replaces the current version (the new one first); the alias's description names
    // its version, so the alias is updated with it. No trigger is in the plan.
    expect(await plannedChanges()).toEqual([
      'tencentcloud_scf_function.Thumbnailer update',
      'tencentcloud_scf_function_alias.Thumbnailer_Alias-live update',
      'tencentcloud_scf_function_version.Thumbnailer_CurrentVersion create,delete',
      'terraform_data.Thumbnailer_CurrentVersion_Configuration update',
    ]);
    const from = cloud.calls.length;
    await ws.apply();
    const written = ['CreateTrigger', 'DeleteTrigger', 'UpdateTrigger', 'PublishVersion', 'UpdateAlias', 'DeleteFunction'];
    // Version 2 published, live moved to it, then version 1 deleted (create_before_destroy); no trigger call.
    expect(cloud.calls.slice(from).filter((c) => c.service === 'scf' && written.includes(c.action)).map((c) => c.action))
      .toEqual(['PublishVersion', 'UpdateAlias', 'DeleteFunction']);
    expect(cloud.triggers()).toEqual([trigger]);
    await ws.assertCleanPlan();
    expect(await uploads('b.png')).toEqual(['live->2:1']);
  });

  step('destroy: nothing left', async () => {
    expect(await emptyBuckets(cloud)).toEqual([]);
    await ws.destroy();
    expect(await ws.stateAddresses()).toEqual([]);
    expect(cloud.isEmpty()).toBe(true);
  });
});
