// The lifecycle tests apply edits of the examples through stacks that mirror them: each mirror, given the
// example's own rules, must synthesize exactly the example's JSON (same addresses, same values), so that an
// edit applied into an example's deployment changes only what the edit changes.
import { App, TerraformStack, Testing } from 'cdktf';
import { ArchiveRestoreStack } from '../examples/archive-restore/stack';
import { AutoUnzipStack } from '../examples/auto-unzip/stack';
import { CdnRefreshStack } from '../examples/cdn-refresh/stack';
import { DbSyncStack } from '../examples/db-sync/stack';
import { ThumbnailsStack } from '../examples/thumbnails/stack';
import { cosTriggersOf } from '../lib/testing';
import {
  ARCHIVE_RESTORE_RULES, AUTO_UNZIP_RULES, ArchiveRestoreShape, AutoUnzipShape, CDN_REFRESH_RULES, CdnRefreshShape, DB_SYNC_RULES,
  DbSyncShape, THUMBNAILS_RULES, ThumbnailsShape,
} from './lifecycle/helpers/shapes';

const common = { region: 'ap-guangzhou', appId: '1250000000' };
const dbSync = {
  ...common,
  vpcId: 'vpc-1a2b3c4d',
  subnetId: 'subnet-1a2b3c4d',
  database: { host: '10.0.1.10', name: 'catalog', table: 'cos_objects', user: 'indexer', credentialsSecretName: 'catalog-indexer-db' },
};
const logging = { logsetId: '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f', topicId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' };
const archive = { region: 'ap-guangzhou', bucketName: 'cold-archive-1250000000' };

const cases: Array<[string, (app: App) => TerraformStack, (app: App) => TerraformStack]> = [
  ['thumbnails', (app) => new ThumbnailsStack(app, 's', common), (app) => new ThumbnailsShape(app, 's', { ...common, rules: THUMBNAILS_RULES })],
  ['thumbnails with CLS logging', (app) => new ThumbnailsStack(app, 's', { ...common, logging }),
    (app) => new ThumbnailsShape(app, 's', { ...common, logging, rules: THUMBNAILS_RULES })],
  ['auto-unzip', (app) => new AutoUnzipStack(app, 's', common), (app) => new AutoUnzipShape(app, 's', { ...common, rules: AUTO_UNZIP_RULES })],
  ['cdn-refresh', (app) => new CdnRefreshStack(app, 's', { ...common, cdnDomain: 'static.example.com' }),
    (app) => new CdnRefreshShape(app, 's', { ...common, cdnDomain: 'static.example.com', rules: CDN_REFRESH_RULES })],
  ['db-sync', (app) => new DbSyncStack(app, 's', dbSync), (app) => new DbSyncShape(app, 's', { ...dbSync, rules: DB_SYNC_RULES })],
  ['archive-restore', (app) => new ArchiveRestoreStack(app, 's', archive), (app) => new ArchiveRestoreShape(app, 's', { ...archive, rules: ARCHIVE_RESTORE_RULES })],
];

describe('lifecycle mirrors of the examples', () => {
  test.each(cases)('%s: the mirror with the example\'s rules synthesizes the example\'s JSON', (_name, example, mirror) => {
    const expected = Testing.synth(example(Testing.app()), true);
    expect(Testing.synth(mirror(Testing.app()), true)).toBe(expected);
    expect(cosTriggersOf(JSON.parse(expected)).length).toBeGreaterThan(0);
  });
});
