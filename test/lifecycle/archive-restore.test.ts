// archive-restore through its whole life with the real provider against the emulator.
import { expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { ArchiveRestoreStack } from '../../examples/archive-restore/stack';
import { CosEvent } from '../../lib';
import { ARCHIVE_RESTORE_RULES, ArchiveRestoreShape } from './helpers/shapes';

const region = 'ap-guangzhou';
const ARCHIVE = 'cold-archive-1250000000';
const NOTIFIER = 'RestoreNotifier-9b028f93';

describeLifecycle({
  name: 'archive-restore',
  example: (app) => new ArchiveRestoreStack(app, 'archive-restore', { region, bucketName: ARCHIVE }),
  shape: (app, rules, bucketName) => new ArchiveRestoreShape(app, 'archive-restore', { region, bucketName: bucketName ?? ARCHIVE, rules }),
  rules: ARCHIVE_RESTORE_RULES,
  seedBuckets: [ARCHIVE, 'cold-archive-2-1250000000'],
  edits: {
    addRule: { id: 'OnArchiveDeleted', events: [CosEvent.OBJECT_REMOVE_DELETE], description: 'Announce deleted archives' },
    addEvent: { rule: 'OnRestoreCompleted', event: CosEvent.OBJECT_RESTORE_POST },
    changeFilter: { rule: 'OnRestoreCompleted', prefix: 'reports/' },
    toggle: 'OnRestoreCompleted',
    qualifier: '$LATEST',
    newBucket: 'cold-archive-2-1250000000',
  },
  async events({ cloud, ws }) {
    const json = ws.synthesized;
    const key = 'reports/2023 Q4.csv';
    await expectRun(cloud, json, { op: 'put', bucket: ARCHIVE, key, body: 'quarter,total\n4,1200\n', storageClass: 'ARCHIVE' }, []);
    const [restored] = await expectRun(cloud, json, { op: 'restore', bucket: ARCHIVE, key }, [NOTIFIER]);
    const record = restored.event.Records[0];
    expect({ error: restored.error, result: restored.result }).toEqual({
      error: undefined,
      result: {
        notified: 1,
        messages: [{
          event: CosEvent.OBJECT_RESTORE_COMPLETED,
          bucket: ARCHIVE,
          key,
          size: 21,
          completedAt: new Date(Number(record.event.eventTime) * 1000).toISOString(),
          text: `Restore of ${ARCHIVE}/${key} is complete: the object can be downloaded until its restored copy expires.`,
        }],
      },
    });
    await expectRun(cloud, json, { op: 'delete', bucket: ARCHIVE, key }, []);
  },
  failing: {},
  // The rule shares its function's triggers block on the bucket, which creates every entry enabled.
  refused: { disable: "[archive-restore/OnRestoreCompleted] 'enabled: false' cannot be deployed: function [archive-restore/RestoreNotifier] has 3 COS triggers on bucket 'cold-archive-1250000000'" },
});
