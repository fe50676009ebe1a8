// auto-unzip through its whole life with the real provider against the emulator.
import { zipOf } from './helpers/files';
import { emptyBuckets, expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { AUTO_UNZIP_RULES, AutoUnzipShape } from './helpers/shapes';
import { AutoUnzipStack } from '../../examples/auto-unzip/stack';
import { CosEvent } from '../../lib';

const props = { region: 'ap-guangzhou', appId: '1250000000' };
const UPLOADS = 'uploads-1250000000';
const EXTRACTOR = 'Extractor-3bfd7340';

describeLifecycle({
  name: 'auto-unzip',
  example: (app) => new AutoUnzipStack(app, 'auto-unzip', props),
  shape: (app, rules, bucketName) => new AutoUnzipShape(app, 'auto-unzip', { ...props, bucketName, rules }),
  rules: AUTO_UNZIP_RULES,
  edits: {
    addRule: {
      id: 'OnUpperCaseZip',
      events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
      prefix: 'archives/',
      suffix: '.ZIP',
      description: 'Extract uploaded .ZIP archives',
    },
    addEvent: { rule: 'OnArchiveUploaded', event: CosEvent.OBJECT_CREATED_POST },
    changeFilter: { rule: 'OnUpperCaseZip', prefix: 'archives/upper/' },
    toggle: 'OnArchiveUploaded',
    qualifier: '$LATEST',
    newBucket: 'uploads-v2-1250000000',
  },
  async events({ cloud, ws }) {
    const json = ws.synthesized;
    const archive = zipOf({ 'a.txt': 'alpha', 'docs/b.txt': 'beta' });
    const extracted = (key: string, folder: string) => ({
      error: undefined,
      result: {
        archives: 1,
        files: 2,
        details: [{ key, status: 'extracted', folder, files: [`${folder}a.txt`, `${folder}docs/b.txt`], rejected: [] }],
      },
    });
    const [put] = await expectRun(cloud, json, { op: 'put', bucket: UPLOADS, key: 'archives/2024/batch.zip', body: archive }, [EXTRACTOR]);
    expect({ error: put.error, result: put.result }).toEqual(extracted('archives/2024/batch.zip', 'extracted/2024/batch/'));
    const [multipart] = await expectRun(cloud, json, { op: 'multipart', bucket: UPLOADS, key: 'archives/big.zip', parts: [archive] }, [EXTRACTOR]);
    expect({ error: multipart.error, result: multipart.result }).toEqual(extracted('archives/big.zip', 'extracted/big/'));
    // Events and keys the rule leaves out: a form upload, a copy, another case, another type, a removal.
    await expectRun(cloud, json, { op: 'post', bucket: UPLOADS, key: 'archives/form.zip', body: archive }, []);
    await expectRun(cloud, json, { op: 'copy', bucket: UPLOADS, key: 'archives/copy.zip', from: { bucket: UPLOADS, key: 'archives/big.zip' } }, []);
    await expectRun(cloud, json, { op: 'put', bucket: UPLOADS, key: 'archives/BATCH.ZIP', body: archive }, []);
    await expectRun(cloud, json, { op: 'put', bucket: UPLOADS, key: 'archives/readme.txt', body: 'read me' }, []);
    await expectRun(cloud, json, { op: 'delete', bucket: UPLOADS, key: 'archives/big.zip' }, []);

    // The extracted files were written under extracted/, which the rule never matches: no invocation came of them.
    const files = cloud.objects(UPLOADS).filter((o) => o.key.startsWith('extracted/'))
      .map((o) => [o.key, o.body.toString()]).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(files).toEqual([
      ['extracted/2024/batch/a.txt', 'alpha'], ['extracted/2024/batch/docs/b.txt', 'beta'],
      ['extracted/big/a.txt', 'alpha'], ['extracted/big/docs/b.txt', 'beta'],
    ]);
    expect(await emptyBuckets(cloud)).toEqual([]);
  },
  failing: {},
  // The rule shares its function's triggers block on the bucket, which creates every entry enabled.
  refused: { disable: "[auto-unzip/OnArchiveUploaded] 'enabled: false' cannot be deployed: function [auto-unzip/Extractor] has 5 COS triggers on bucket 'uploads-1250000000'" },
});
