// cdn-refresh through its whole life with the real provider against the emulator (whose CDN API records purges).
import { emptyBuckets, expectRun } from './helpers/routing';
import { describeLifecycle } from './helpers/scenario';
import { CdnRefreshStack } from '../../examples/cdn-refresh/stack';
import { CosEvent } from '../../lib';
import { CDN_REFRESH_RULES, CdnRefreshShape } from './helpers/shapes';

const props = { region: 'ap-guangzhou', appId: '1250000000', cdnDomain: 'static.example.com' };
const WEBSITE = 'website-1250000000';
const PURGER = 'Purger-d9720937';

describeLifecycle({
  name: 'cdn-refresh',
  example: (app) => new CdnRefreshStack(app, 'cdn-refresh', props),
  shape: (app, rules, bucketName) => new CdnRefreshShape(app, 'cdn-refresh', { ...props, bucketName, rules }),
  rules: CDN_REFRESH_RULES,
  emulator: { cdnDomains: [props.cdnDomain] },
  edits: {
    addRule: { id: 'OnAssetsChange', events: [CosEvent.OBJECT_CREATED], prefix: 'assets/', description: 'Purge the CDN cache of changed assets/ objects' },
    addEvent: { rule: 'OnAssetsChange', event: CosEvent.OBJECT_REMOVE },
    changeFilter: { rule: 'OnStaticChange', prefix: 'public/' },
    toggle: 'OnStaticChange',
    qualifier: '$LATEST',
    newBucket: 'website-v2-1250000000',
  },
  async events({ cloud, ws }) {
    const json = ws.synthesized;
    const url = 'https://static.example.com/static/css/site%20main.css';
    const purged = async (o: Parameters<typeof expectRun>[2]) => {
      const before = cloud.cdnPurges().length;
      const [invocation] = await expectRun(cloud, json, o, [PURGER]);
      const purges = cloud.cdnPurges().slice(before);
      expect(purges.map((p) => p.urls)).toEqual([[url]]);
      expect({ error: invocation.error, result: invocation.result })
        .toEqual({ error: undefined, result: { purged: 1, urls: [url], tasks: [purges[0].taskId] } });
    };
    await purged({ op: 'put', bucket: WEBSITE, key: 'static/css/site main.css', body: 'body{}' });
    await purged({ op: 'delete', bucket: WEBSITE, key: 'static/css/site main.css' });
    await expectRun(cloud, json, { op: 'put', bucket: WEBSITE, key: 'index.html', body: '<html></html>' }, []);
    expect(await emptyBuckets(cloud)).toEqual([]);
  },
  failing: {},
  // The rule shares its function's triggers block on the bucket, which creates every entry enabled.
  refused: { disable: "[cdn-refresh/OnStaticChange] 'enabled: false' cannot be deployed: function [cdn-refresh/Purger] has 4 COS triggers on bucket 'website-1250000000'" },
});
