// The examples app: every example stack with fixed example values, written to cdktf.out/ by
// `npm run synth` (or `cdktf synth`). Needs no network and no credentials.
import { App } from 'cdktf';
import { ArchiveRestoreStack } from './archive-restore/stack';
import { AutoUnzipStack } from './auto-unzip/stack';
import { CdnRefreshStack } from './cdn-refresh/stack';
import { DbSyncStack } from './db-sync/stack';
import { ThumbnailsStack, loggingFromEnv } from './thumbnails/stack';

/** Example values: replace the APPID with your account's (console, Account Information). */
const appId = '1250000000';
const region = 'ap-guangzhou';

const app = new App();

// Logs to CLS when THUMBNAILS_CLS_LOGSET_ID and THUMBNAILS_CLS_TOPIC_ID are set; otherwise SCF's default.
new ThumbnailsStack(app, 'thumbnails', { region, appId, logging: loggingFromEnv() });
new AutoUnzipStack(app, 'auto-unzip', { region, appId });
new CdnRefreshStack(app, 'cdn-refresh', { region, appId, cdnDomain: 'static.example.com' });
new DbSyncStack(app, 'db-sync', {
  region,
  appId,
  vpcId: 'vpc-1a2b3c4d',
  subnetId: 'subnet-1a2b3c4d',
  database: {
    host: '10.0.1.10',
    name: 'catalog',
    table: 'cos_objects',
    user: 'indexer',
    credentialsSecretName: 'catalog-indexer-db',
  },
});
new ArchiveRestoreStack(app, 'archive-restore', { region, bucketName: `cold-archive-${appId}` });

app.synth();
