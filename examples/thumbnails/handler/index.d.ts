import type { CosTriggerMessage, CosTriggerRecordFields, Log } from '../../shared/handler-types';

export interface ThumbnailsConfig {
  readonly region: string;
  readonly outputBucket: string;
  readonly outputPrefix: string;
  readonly size: number;
}

export interface ObjectBody {
  readonly Body: Buffer;
}

/** The two COS SDK calls the handler makes, with the SDK's parameter names. */
export interface ThumbnailStorage {
  getObject(params: { Bucket: string; Region: string; Key: string; QueryString?: string }): Promise<ObjectBody>;
  putObject(params: { Bucket: string; Region: string; Key: string; Body: Buffer; ContentType: string }): Promise<unknown>;
}

export interface ThumbnailResult {
  readonly key: string;
  readonly status: 'done' | 'skipped';
  readonly reason?: string;
  readonly thumbnailKey?: string;
  readonly format?: 'png' | 'jpeg';
  readonly width?: number;
  readonly height?: number;
}

export interface ThumbnailsSummary {
  readonly processed: number;
  readonly skipped: number;
  readonly results: ThumbnailResult[];
}

export function createHandler(deps: { storage: ThumbnailStorage; config: ThumbnailsConfig; log?: Log }): (event: CosTriggerMessage) => Promise<ThumbnailsSummary>;
export function configFromEnv(env: { [name: string]: string | undefined }): ThumbnailsConfig;
export function inspectImage(bytes: Buffer): { format: 'png' | 'jpeg'; width: number; height: number } | undefined;
export function fitWithin(width: number, height: number, max: number): { width: number; height: number };
export function objectKeyOf(record: CosTriggerRecordFields): string;
export function main_handler(event: CosTriggerMessage): Promise<ThumbnailsSummary>;
