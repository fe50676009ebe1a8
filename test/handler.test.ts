// The handler entry point (cdktf-tencentcloud-cos-events/handler): the record helpers on real messages, and that it
// bundles on its own, small, with no import outside its folder.
import * as path from 'path';
// esbuild is an optional dependency of the library, installed with it.
// eslint-disable-next-line import/no-extraneous-dependencies
import { buildSync } from 'esbuild';
import { CosEvent } from '../lib';
import { bucketOf, changeOf, eventFamilyOf, mapRecords, objectKeyOf, recordsOf, regionOf } from '../lib/handler';
import * as testing from '../lib/testing';
import { cosEvent } from '../lib/testing/event-payload';

const BUCKET = 'photos-1250000000';

describe('record helpers', () => {
  test('recordsOf: the records of a message, none for anything else', () => {
    const message = cosEvent({ bucket: BUCKET, key: 'a.jpg', event: CosEvent.OBJECT_CREATED_PUT });
    expect(recordsOf(message)).toBe(message.Records);
    expect(recordsOf({} as never)).toEqual([]);
    expect(recordsOf(null)).toEqual([]);
    expect(recordsOf({ Records: 'x' } as never)).toEqual([]);
  });

  test('bucketOf, regionOf and objectKeyOf read the bucket with its APPID, the region name and the bare key', () => {
    const [record] = cosEvent({ bucket: BUCKET, key: 'uploads/猫 1.jpg', event: CosEvent.OBJECT_CREATED_PUT, region: 'ap-chengdu' }).Records;
    expect(record.cos.cosBucket.region).toBe('cd');
    expect(bucketOf(record)).toBe(BUCKET);
    expect(regionOf(record)).toBe('ap-chengdu');
    expect(objectKeyOf(record)).toBe('uploads/猫 1.jpg');
  });

  test('regionOf: an undocumented short code throws, unless a fallback is given', () => {
    const [record] = cosEvent({ bucket: BUCKET, key: 'a', event: CosEvent.OBJECT_CREATED_PUT }).Records;
    const odd = { ...record, cos: { ...record.cos, cosBucket: { ...record.cos.cosBucket, region: 'xx' } } };
    expect(() => regionOf(odd)).toThrow("unknown COS region code 'xx'; known: tj (ap-beijing-1), bj (ap-beijing), sh (ap-shanghai)");
    expect(regionOf(odd, 'ap-guangzhou')).toBe('ap-guangzhou');
  });

  test('eventFamilyOf and changeOf', () => {
    const families = [CosEvent.OBJECT_CREATED_COPY, CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED, CosEvent.OBJECT_RESTORE_COMPLETED]
      .map((event) => eventFamilyOf(cosEvent({ bucket: BUCKET, key: 'a', event }).Records[0]));
    expect(families).toEqual(['created', 'removed', 'restored']);
    const [record] = cosEvent({ bucket: BUCKET, key: 'docs/a b.pdf', event: CosEvent.OBJECT_REMOVE_DELETE, versionId: 'v1' }, { clock: 5000, seed: 1 }).Records;
    expect(changeOf(record)).toEqual({ bucket: BUCKET, key: 'docs/a b.pdf', event: 'cos:ObjectRemove:Delete', family: 'removed', size: 0, versionId: 'v1', eventTime: 5 });
    expect(eventFamilyOf({ event: { ...record.event, eventName: 'cos:Other' } })).toBeUndefined();
  });

  test('mapRecords: one record at a time, results in record order', async () => {
    const message = { Records: ['a', 'b', 'c'].flatMap((key) => cosEvent({ bucket: BUCKET, key, event: CosEvent.OBJECT_CREATED_PUT }).Records) };
    const running: string[] = [];
    const results = await mapRecords(message, async (change, record) => {
      running.push(`start ${change.key}`);
      await new Promise((resolve) => setTimeout(resolve, change.key === 'a' ? 20 : 1));
      running.push(`end ${change.key}`);
      return `${change.bucket}/${objectKeyOf(record)}`;
    });
    expect(results).toEqual([`${BUCKET}/a`, `${BUCKET}/b`, `${BUCKET}/c`]);
    expect(running).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(await mapRecords(undefined, () => 1)).toEqual([]);
  });

  test('the testing toolkit offers the same functions', () => {
    expect(testing.objectKeyOf).toBe(objectKeyOf);
    expect(testing.recordsOf).toBe(recordsOf);
  });
});

describe('the entry point itself', () => {
  test('bundles with nothing outside lib/handler, in under 6 KB', () => {
    const root = path.join(__dirname, '..');
    const result = buildSync({
      entryPoints: [path.join(root, 'lib', 'handler', 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      absWorkingDir: root,
      outfile: path.join(root, 'out.js'),
    });
    expect(Object.keys(result.metafile.inputs).sort()).toEqual(['lib/handler/cos-trigger-event.ts', 'lib/handler/index.ts', 'lib/handler/records.ts']);
    expect(result.outputFiles[0].contents.length).toBeLessThan(6 * 1024);
  });
});
