import type { CosTriggerMessage, CosTriggerRecordFields, Log } from '../../shared/handler-types';

export interface CdnRefreshConfig {
  readonly domain: string;
  readonly protocol: 'http' | 'https';
}

/** Purges a batch of URLs (CDN PurgeUrlsCache) and resolves to the API's answer. */
export type Purge = (urls: string[]) => Promise<{ TaskId?: string; RequestId?: string }>;

export interface CdnRefreshSummary {
  readonly purged: number;
  readonly urls: string[];
  readonly tasks: Array<string | undefined>;
}

export const BATCH_SIZE: number;
export function createHandler(deps: { purge: Purge; config: CdnRefreshConfig; log?: Log }): (event: CosTriggerMessage) => Promise<CdnRefreshSummary>;
export function configFromEnv(env: { [name: string]: string | undefined }): CdnRefreshConfig;
export function urlOf(key: string, config: CdnRefreshConfig): string;
export function objectKeyOf(record: CosTriggerRecordFields): string;
export function main_handler(event: CosTriggerMessage): Promise<CdnRefreshSummary>;
