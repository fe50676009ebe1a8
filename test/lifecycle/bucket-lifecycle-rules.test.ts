// Bucket lifecycle rules with the real provider against the emulator: terraform validate accepts every feature's
// rendering, apply puts the rules, the re-plan is clean, an edited rule is updated in place and re-plans clean,
// and removing every rule deletes the bucket's lifecycle configuration. Also: the emulator refuses, as COS does,
// a rule the library's checks keep from ever reaching it (written here with the raw provider bindings).
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { providerMirror, providerProcess } from './helpers/environment';
import { Bucket, LifecycleRule, StorageClass } from '../../lib';
import { CloudEmulator, LiveLifecycleRule, startCloudEmulator } from '../../lib/testing/emulator';
import { TerraformWorkspace } from '../../lib/testing/lifecycle';

const BUCKET = 'logs-1250000000';

const stack = (rules: LifecycleRule[]) => {
  const s = new TerraformStack(Testing.app(), 'bucket-lifecycle');
  new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  new Bucket(s, 'Logs', { bucketName: BUCKET, versioned: true, lifecycleRules: rules });
  return s;
};

const AGE_OUT: LifecycleRule = {
  id: 'age-out-logs',
  prefix: 'logs/',
  transitions: [
    { storageClass: StorageClass.STANDARD_IA, days: 30 },
    { storageClass: StorageClass.ARCHIVE, days: 90 },
    { storageClass: StorageClass.DEEP_ARCHIVE, days: 180 },
  ],
  expirationDays: 365,
  abortIncompleteMultipartUploadAfterDays: 7,
};
const BY_DATE: LifecycleRule = {
  id: 'reports-by-date',
  prefix: 'reports/',
  transitions: [{ storageClass: StorageClass.INTELLIGENT_TIERING, date: '2027-01-01' }],
  expirationDate: '2030-01-01',
};
const MARKERS: LifecycleRule = { id: 'markers', expiredObjectDeleteMarker: true };
const OLD_VERSIONS: LifecycleRule = {
  id: 'old-versions',
  noncurrentVersionTransitions: [{ storageClass: StorageClass.ARCHIVE, days: 0 }, { storageClass: StorageClass.DEEP_ARCHIVE, days: 30 }],
  noncurrentVersionExpirationDays: 90,
};

/** How the emulator holds a rule the library rendered (every rule is sent enabled). */
const live = (r: LifecycleRule): LiveLifecycleRule => ({
  ...(r.id ? { id: r.id } : {}),
  status: 'Enabled',
  prefix: r.prefix ?? '',
  transitions: (r.transitions ?? []).map((t) => ({ storageClass: t.storageClass, ...(t.days !== undefined ? { days: t.days } : { date: t.date }) })),
  ...(r.expirationDays !== undefined || r.expirationDate !== undefined || r.expiredObjectDeleteMarker ? {
    expiration: {
      ...(r.expirationDays !== undefined ? { days: r.expirationDays } : {}),
      ...(r.expirationDate !== undefined ? { date: r.expirationDate } : {}),
      ...(r.expiredObjectDeleteMarker ? { expiredObjectDeleteMarker: true } : {}),
    },
  } : {}),
  noncurrentVersionTransitions: (r.noncurrentVersionTransitions ?? []).map((t) => ({ storageClass: t.storageClass, days: t.days })),
  ...(r.noncurrentVersionExpirationDays !== undefined ? { noncurrentVersionExpirationDays: r.noncurrentVersionExpirationDays } : {}),
  ...(r.abortIncompleteMultipartUploadAfterDays !== undefined
    ? { abortIncompleteMultipartUploadAfterDays: r.abortIncompleteMultipartUploadAfterDays } : {}),
});

/** Transitions are sets in the provider's schema: their order in the request is the set's, not the program's. */
const byClass = <T extends { storageClass: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => a.storageClass.localeCompare(b.storageClass));
const unordered = (r: LiveLifecycleRule): LiveLifecycleRule => ({
  ...r, transitions: byClass(r.transitions), noncurrentVersionTransitions: byClass(r.noncurrentVersionTransitions),
});
const liveRules = (cloud: CloudEmulator) => cloud.buckets().find((b) => b.name === BUCKET)?.lifecycle?.map(unordered);

describe('bucket lifecycle rules with the real provider', () => {
  let cloud: CloudEmulator;
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    cloud = await startCloudEmulator();
  });
  afterAll(async () => {
    await ws?.dispose();
    await cloud?.stop();
  });

  test('validate, apply, re-plan clean, edit a rule, re-plan clean, remove every rule', async () => {
    ws = await TerraformWorkspace.create(stack([AGE_OUT, BY_DATE, MARKERS, OLD_VERSIONS]),
      { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
    await ws.validate();
    await ws.apply();
    await ws.assertCleanPlan();
    expect(liveRules(cloud)).toEqual([AGE_OUT, BY_DATE, MARKERS, OLD_VERSIONS].map(live).map(unordered));

    // A later archive, and the delete-marker rule gone: the bucket is updated in place.
    const edited: LifecycleRule = {
      ...AGE_OUT,
      transitions: [{ storageClass: StorageClass.STANDARD_IA, days: 30 }, { storageClass: StorageClass.ARCHIVE, days: 120 }],
    };
    ws.load(stack([edited, BY_DATE, OLD_VERSIONS]));
    const plan = await ws.plan();
    expect(plan.changes.map((c) => `${c.address} ${c.actions.join(',')}`)).toEqual([`tencentcloud_cos_bucket.${bucketId(ws)} update`]);
    await ws.apply();
    await ws.assertCleanPlan();
    expect(liveRules(cloud)).toEqual([edited, BY_DATE, OLD_VERSIONS].map(live).map(unordered));

    ws.load(stack([]));
    await ws.apply();
    await ws.assertCleanPlan();
    expect(liveRules(cloud)).toBeUndefined();
    expect(cloud.buckets().find((b) => b.name === BUCKET)?.configured).not.toContain('lifecycle');
  });

  test('COS refuses a rule that mixes days and dates (the library reports it at synth)', async () => {
    const s = new TerraformStack(Testing.app(), 'mixed');
    new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
    new tencentcloud.cosBucket.CosBucket(s, 'Raw', {
      bucket: 'mixed-1250000000',
      lifecycleRules: [{ filterPrefix: 'path1/', transition: [{ date: '2027-01-30', storageClass: 'STANDARD_IA' }], expiration: { days: 90 } }],
    });
    const raw = await TerraformWorkspace.create(s, { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
    try {
      await expect(raw.apply()).rejects.toThrow('InvalidArgument: Check Expiration and Transition in same rule failure');
    } finally {
      await raw.dispose();
    }
  });
});

/** The logical id of the bucket in the workspace's synthesized stack. */
function bucketId(w: TerraformWorkspace): string {
  return Object.keys((w.synthesized as { resource: { tencentcloud_cos_bucket: object } }).resource.tencentcloud_cos_bucket)[0];
}
