// thumbnails through its whole life with the real provider against the emulator.
import { ThumbnailsStack } from '../../examples/thumbnails/stack';
import { CosEvent } from '../../lib';
import { tinyPng } from './helpers/files';
import { emptyBuckets, expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { THUMBNAILS_RULES, ThumbnailsShape } from './helpers/shapes';

const props = { region: 'ap-guangzhou', appId: '1250000000' };
const PHOTOS = 'photos-1250000000';
const OUTPUT = 'photos-thumbnails-1250000000';
const THUMBNAILER = 'Thumbnailer-2b5acfcc';

describeLifecycle({
  name: 'thumbnails',
  example: (app) => new ThumbnailsStack(app, 'thumbnails', props),
  shape: (app, rules, bucketName) => new ThumbnailsShape(app, 'thumbnails', { ...props, inputBucketName: bucketName, rules }),
  rules: THUMBNAILS_RULES,
  edits: {
    addRule: {
      id: 'OnGifUpload',
      events: [CosEvent.OBJECT_CREATED],
      prefix: 'uploads/',
      suffix: '.gif',
      description: 'Thumbnail .gif images uploaded under uploads/',
    },
    addEvent: { rule: 'OnGifUpload', event: CosEvent.OBJECT_REMOVE },
    changeFilter: { rule: 'OnPngUpload', prefix: 'incoming/' },
    toggle: 'OnPngUpload',
    qualifier: '$LATEST',
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
    // Keys and events no rule matches: another case, another prefix, another type, a removal.
    await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'uploads/cat.PNG', body: png }, []);
    await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'incoming/cat.png', body: png }, []);
    await expectRun(cloud, json, { op: 'put', bucket: PHOTOS, key: 'uploads/notes.txt', body: 'not an image' }, []);
    await expectRun(cloud, json, { op: 'delete', bucket: PHOTOS, key: 'uploads/cat 1.png' }, []);

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
      { key: 'thumbnails/uploads/copy.png', body: png.toString('latin1') },
      { key: 'thumbnails/uploads/copy.png.json', body: description('uploads/copy.png', CosEvent.OBJECT_CREATED_COPY) },
    ]);
    expect(await emptyBuckets(cloud)).toEqual([]);
  },
  failing: {},
  // The rule shares its function's triggers block on the bucket, which creates every entry enabled.
  refused: { disable: "[thumbnails/OnPngUpload] 'enabled: false' cannot be deployed: function [thumbnails/Thumbnailer] has 4 COS triggers on bucket 'photos-1250000000'" },
});
