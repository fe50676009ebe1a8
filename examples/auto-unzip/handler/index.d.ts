import type { CosTriggerMessage, CosTriggerRecordFields, Log } from '../../shared/handler-types';

export interface AutoUnzipConfig {
  readonly region: string;
  readonly archivePrefix: string;
  readonly extractedPrefix: string;
  readonly maxBytes: number;
}

/** The two COS SDK calls the handler makes, with the SDK's parameter names. */
export interface ArchiveStorage {
  getObject(params: { Bucket: string; Region: string; Key: string }): Promise<{ Body: Buffer }>;
  putObject(params: { Bucket: string; Region: string; Key: string; Body: Buffer }): Promise<unknown>;
}

export interface ArchiveResult {
  readonly key: string;
  readonly status: 'extracted' | 'skipped';
  readonly folder?: string;
  readonly files: string[];
  readonly rejected?: string[];
}

export interface AutoUnzipSummary {
  readonly archives: number;
  readonly files: number;
  readonly details: ArchiveResult[];
}

export function createHandler(deps: { storage: ArchiveStorage; config: AutoUnzipConfig; log?: Log }): (event: CosTriggerMessage) => Promise<AutoUnzipSummary>;
export function configFromEnv(env: { [name: string]: string | undefined }): AutoUnzipConfig;
export function readZip(archive: Buffer, options?: { maxBytes?: number }): Array<{ name: string; data: Buffer }>;
export function safeEntryPath(name: string): string | undefined;
export function destinationFolder(archiveKey: string, config: AutoUnzipConfig): string;
export function objectKeyOf(record: CosTriggerRecordFields): string;
export function main_handler(event: CosTriggerMessage): Promise<AutoUnzipSummary>;
