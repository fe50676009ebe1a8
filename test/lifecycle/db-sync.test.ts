// db-sync through its whole life with the real provider against the emulator. The function's database is a
// loopback endpoint of this test (nothing may leave the machine): it accepts the connection and closes it, so
// the handler runs through Secrets Manager to its MySQL connect and fails there, the same way every time.
import * as net from 'net';
import { emptyBuckets, expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { DbSyncStack, DbSyncStackProps } from '../../examples/db-sync/stack';
import { CosEvent } from '../../lib';
import { DB_SYNC_RULES, DbSyncShape } from './helpers/shapes';

const DOCUMENTS = 'documents-1250000000';
const INDEXER = 'Indexer-344e75bf';
const SECRET = 'catalog-indexer-db';
let database: net.Server | undefined;
let connections = 0;

function props(): DbSyncStackProps {
  const port = (database!.address() as net.AddressInfo).port;
  return {
    region: 'ap-guangzhou',
    appId: '1250000000',
    vpcId: 'vpc-1a2b3c4d',
    subnetId: 'subnet-1a2b3c4d',
    database: { host: '127.0.0.1', port, name: 'catalog', table: 'cos_objects', user: 'indexer', credentialsSecretName: SECRET },
  };
}

describeLifecycle({
  name: 'db-sync',
  async setup(cloud) {
    database = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => database!.listen(0, '127.0.0.1', resolve));
    cloud.putSecret(SECRET, 'v1', 'not-a-real-password');
  },
  async teardown() {
    await new Promise((resolve) => database?.close(resolve));
  },
  example: (app) => new DbSyncStack(app, 'db-sync', props()),
  shape: (app, rules, bucketName) => new DbSyncShape(app, 'db-sync', { ...props(), bucketName, rules }),
  rules: DB_SYNC_RULES,
  edits: {
    addRule: { id: 'OnReportCreated', events: [CosEvent.OBJECT_CREATED], prefix: 'reports/', description: 'Index new reports' },
    addEvent: { rule: 'OnReportCreated', event: CosEvent.OBJECT_REMOVE },
    changeFilter: { rule: 'created', prefix: 'docs/' },
    toggle: 'OnReportCreated',
    qualifier: '$LATEST',
    newBucket: 'documents-v2-1250000000',
  },
  async events({ cloud, ws }) {
    const json = ws.synthesized;
    const lost = { error: 'Connection lost: The server closed the connection.', result: undefined };
    const before = connections;
    const [created] = await expectRun(cloud, json, { op: 'put', bucket: DOCUMENTS, key: 'documents/2024/report.pdf', body: '%PDF-1.4' }, [INDEXER]);
    expect({ error: created.error, result: created.result }).toEqual(lost);
    const [removed] = await expectRun(cloud, json, { op: 'delete', bucket: DOCUMENTS, key: 'documents/2024/report.pdf' }, [INDEXER]);
    expect({ error: removed.error, result: removed.result }).toEqual(lost);
    await expectRun(cloud, json, { op: 'put', bucket: DOCUMENTS, key: 'notes/todo.txt', body: 'later' }, []);
    expect(connections - before).toBe(2);
    expect(cloud.calls.filter((c) => c.service === 'ssm').map((c) => [c.action, c.target, c.errorCode]))
      .toEqual([['GetSecretValue', SECRET, undefined], ['GetSecretValue', SECRET, undefined]]);
    expect(await emptyBuckets(cloud)).toEqual([]);
  },
  failing: {},
  // The rule shares its function's triggers block on the bucket, which creates every entry enabled.
  refused: { disable: "[db-sync/OnReportCreated] 'enabled: false' cannot be deployed: function [db-sync/Indexer] has 4 COS triggers on bucket 'documents-1250000000'" },
});
