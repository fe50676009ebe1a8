// The CDN product (`cdn.tencentcloudapi.com`, version 2018-06-06), as far as a function purges cached URLs:
// PurgeUrlsCache. Rules: tencentcloud-sdk-go cdn/v20180606 (PurgeUrlsCacheRequestParams: Urls required, "at most
// 1000 per call"; the URL's domain must be a CDN domain of the account, else ResourceNotFound.CdnHostNotExists).
import { randomBytes } from 'crypto';
import type { Api3Service } from './api3';
import { ApiError } from './api3';
import { optionalArray, optionalString, oneOf } from './params';

/** One accepted PurgeUrlsCache call. */
export interface CdnPurge {
  /** The task id the API answered. */
  readonly taskId: string;
  /** The URLs, as sent. */
  readonly urls: readonly string[];
  /**
   * `mainland` or `overseas`, when the call named an area.
   * @default - the domain's own acceleration area
   */
  readonly area?: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
}

/** The emulated CDN product; `purges` receives every accepted purge. */
export function createCdnService(domains: readonly string[], purges: CdnPurge[]): Api3Service {
  const known = new Set(domains.map((d) => d.toLowerCase()));
  return {
    name: 'cdn',
    version: '2018-06-06',
    actions: {
      PurgeUrlsCache: (p) => {
        const urls = (optionalArray(p, 'Urls') ?? []).map((u) => {
          if (typeof u !== 'string') throw new ApiError('InvalidParameter.CdnParamError', `Urls must hold strings, got ${JSON.stringify(u)}.`);
          return u;
        });
        if (urls.length === 0) throw new ApiError('InvalidParameter.CdnParamError', 'Urls must hold at least one URL.');
        if (urls.length > 1000) {
          throw new ApiError('LimitExceeded.CdnPurgeUrlExceedBatchLimit', `At most 1000 URLs per PurgeUrlsCache call, got ${urls.length}.`);
        }
        const areaValue = optionalString(p, 'Area');
        const area = areaValue === undefined ? undefined : oneOf(areaValue, ['mainland', 'overseas'], 'InvalidParameter.CdnParamError', 'Area');
        for (const url of urls) {
          let host: string;
          try {
            const parsed = new URL(url);
            if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
            host = parsed.hostname;
          } catch {
            throw new ApiError('InvalidParameter.CdnParamError', `${JSON.stringify(url)} is not an http(s) URL.`);
          }
          if (url.includes('*')) {
            throw new ApiError('InvalidParameter.CdnPurgeWildcardNotAllowed', `Wildcards are not allowed in purge URLs: ${url}.`);
          }
          if (!known.has(host)) {
            throw new ApiError('ResourceNotFound.CdnHostNotExists', `The domain ${host} is not a CDN domain of this account (emulator option cdnDomains).`);
          }
        }
        const taskId = `${Date.now()}-${randomBytes(4).toString('hex')}`;
        purges.push({ taskId, urls, ...(area ? { area } : {}), time: Date.now() });
        return { TaskId: taskId };
      },
    },
  };
}
