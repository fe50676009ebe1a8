import type { CosTriggerMessage, CosTriggerRecordFields, Log } from '../../shared/handler-types';

/** One object as the index stores it. */
export interface IndexRow {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly versionId: string;
  readonly event: string;
  readonly eventTime: number;
}

/** The index table: each call resolves to the number of rows changed. */
export interface ObjectIndex {
  upsert(row: IndexRow): Promise<number>;
  remove(row: IndexRow): Promise<number>;
}

/** The one mysql2 call the index makes. */
export interface SqlConnection {
  execute(sql: string, params: unknown[]): Promise<[{ affectedRows: number }, ...unknown[]]>;
}

export interface DbSyncConfig {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly table: string;
  readonly user: string;
  readonly secretName: string;
  readonly secretVersion: string;
  readonly ssmRegion: string;
}

export interface DbSyncSummary {
  readonly upserted: number;
  readonly deleted: number;
  readonly ignored: number;
  readonly changes: Array<{ action: 'upsert' | 'delete'; key: string; rows: number }>;
}

export function createHandler(deps: { index: ObjectIndex; log?: Log }): (event: CosTriggerMessage) => Promise<DbSyncSummary>;
export function mysqlIndex(connection: SqlConnection, table: string): ObjectIndex;
export function configFromEnv(env: { [name: string]: string | undefined }): DbSyncConfig;
export function parseCredentials(secretString: string, defaultUser: string): { user: string; password: string };
export function keyHash(key: string): string;
export function objectKeyOf(record: CosTriggerRecordFields): string;
export function main_handler(event: CosTriggerMessage): Promise<DbSyncSummary>;
