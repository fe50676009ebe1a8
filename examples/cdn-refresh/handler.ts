// CDN refresh: every object created or removed under the watched folder has its URL purged from the CDN cache with
// the CDN API's PurgeUrlsCache. Bundled with FunctionCode.fromEntry, the Tencent Cloud CDN SDK included.
import { cdn } from 'tencentcloud-sdk-nodejs-cdn';
import { CosTriggerEvent, encodeObjectKey, objectKeyOf, recordsOf } from '../../lib/handler';
import { Environment, Log, requireEnvironment, roleCredentials } from '../shared/handler-utils';

/** URLs per PurgeUrlsCache request: small batches keep each request far below the API's limits. */
export const BATCH_SIZE = 100;

/** The handler's settings. */
export interface CdnRefreshConfig {
  readonly domain: string;
  readonly protocol: 'http' | 'https';
}

/** Purges a batch of URLs (CDN PurgeUrlsCache) and resolves to the API's answer. */
export type Purge = (urls: string[]) => Promise<{ TaskId?: string; RequestId?: string }>;

/** What one invocation did. */
export interface CdnRefreshSummary {
  readonly purged: number;
  readonly urls: string[];
  readonly tasks: Array<string | undefined>;
}

/** The CDN URL of an object key: each path segment percent-encoded, the slashes kept. */
export function urlOf(key: string, config: CdnRefreshConfig): string {
  return `${config.protocol}://${config.domain}/${encodeObjectKey(key)}`;
}

/** The handler's settings, from the environment the stack sets. */
export function configFromEnv(env: Environment): CdnRefreshConfig {
  const domain = (env.CDN_DOMAIN || '').trim();
  requireEnvironment({ CDN_DOMAIN: domain }, ['CDN_DOMAIN']);
  if (/[/:]/.test(domain)) throw new Error(`CDN_DOMAIN must be a bare domain such as static.example.com, got '${domain}'`);
  const protocol = (env.CDN_PROTOCOL || 'https').trim();
  if (protocol !== 'http' && protocol !== 'https') throw new Error(`CDN_PROTOCOL must be http or https, got '${protocol}'`);
  return { domain, protocol };
}

/** Builds the handler around `purge(urls)`. */
export function createHandler(deps: { purge: Purge; config: CdnRefreshConfig; log?: Log }): (event: CosTriggerEvent) => Promise<CdnRefreshSummary> {
  const { purge, config, log = console.log } = deps;
  return async (event) => {
    const urls: string[] = [];
    for (const record of recordsOf(event)) {
      const key = objectKeyOf(record);
      if (key === '' || key.endsWith('/')) continue; // a folder placeholder has no page to purge
      const url = urlOf(key, config);
      log(`${record.event.eventName} ${key} -> purge ${url}`);
      if (!urls.includes(url)) urls.push(url);
    }
    const tasks: Array<string | undefined> = [];
    for (let i = 0; i < urls.length; i += BATCH_SIZE) {
      const batch = urls.slice(i, i + BATCH_SIZE);
      const answer = await purge(batch);
      log(`purge task ${answer?.TaskId} for ${batch.length} URL(s)`);
      tasks.push(answer?.TaskId);
    }
    return { purged: urls.length, urls, tasks };
  };
}

/** `purge(urls)` on the Tencent Cloud CDN SDK, signed with the role's temporary credentials. */
function sdkPurge(env: Environment): Purge {
  const credentials = roleCredentials(env, 'allowed to call cdn:PurgeUrlsCache');
  const client = new cdn.v20180606.Client({
    credential: { secretId: credentials.secretId, secretKey: credentials.secretKey, token: credentials.sessionToken },
    region: '',
    profile: { httpProfile: { endpoint: 'cdn.tencentcloudapi.com' } },
  });
  return (urls) => client.PurgeUrlsCache({ Urls: urls });
}

/** The SCF entry point (`index.main_handler`). */
export async function main_handler(event: CosTriggerEvent): Promise<CdnRefreshSummary> {
  // Built per invocation: the role's temporary credentials are refreshed between invocations.
  return createHandler({ purge: sdkPurge(process.env), config: configFromEnv(process.env) })(event);
}
