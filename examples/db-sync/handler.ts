// Database sync: created objects are upserted into a MySQL index table, removed objects deleted from it. The
// password is read from Secrets Manager at run time. Bundled with FunctionCode.fromEntry, mysql2 and the Tencent
// Cloud SSM SDK included.
import * as crypto from 'crypto';
import * as mysql from 'mysql2/promise';
import { ssm } from 'tencentcloud-sdk-nodejs-ssm';
import { CosTriggerEvent, changeOf, recordsOf } from '../../lib/handler';
import { Environment, Log, requireEnvironment, roleCredentials } from '../shared/handler-utils';

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

/** The handler's settings. */
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

/** What one invocation did. */
export interface DbSyncSummary {
  upserted: number;
  deleted: number;
  ignored: number;
  readonly changes: Array<{ action: 'upsert' | 'delete'; key: string; rows: number }>;
}

/** The hex SHA-256 of a key: the index's primary key, since keys of up to 850 bytes are too long to index. */
export function keyHash(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The index on a MySQL connection. Events can arrive out of order: a row is only overwritten by a newer event, and
 * only deleted by a removal at least as new as its last change.
 */
export function mysqlIndex(connection: SqlConnection, table: string): ObjectIndex {
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(table)) throw new Error(`DB_TABLE must be a plain MySQL table name, got '${table}'`);
  const newer = (column: string) => `${column} = IF(VALUES(last_event_time) >= last_event_time, VALUES(${column}), ${column})`;
  const upsertSql = `INSERT INTO \`${table}\` (bucket, key_sha256, object_key, size_bytes, version_id, last_event, last_event_time) `
    + 'VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE '
    + `${['object_key', 'size_bytes', 'version_id', 'last_event'].map(newer).join(', ')}, `
    + 'last_event_time = GREATEST(last_event_time, VALUES(last_event_time))';
  const deleteSql = `DELETE FROM \`${table}\` WHERE bucket = ? AND key_sha256 = ? AND last_event_time <= ?`;
  return {
    async upsert(row) {
      const params = [row.bucket, keyHash(row.key), row.key, row.size, row.versionId, row.event, row.eventTime];
      const [result] = await connection.execute(upsertSql, params);
      return result.affectedRows;
    },
    async remove(row) {
      const [result] = await connection.execute(deleteSql, [row.bucket, keyHash(row.key), row.eventTime]);
      return result.affectedRows;
    },
  };
}

/** The handler's settings, from the environment the stack sets. */
export function configFromEnv(env: Environment): DbSyncConfig {
  requireEnvironment(env, ['DB_HOST', 'DB_NAME', 'DB_TABLE', 'DB_USER', 'DB_CREDENTIALS_SSM_NAME', 'SSM_REGION']);
  const port = Number(env.DB_PORT || 3306);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`DB_PORT must be a TCP port, got '${env.DB_PORT}'`);
  return {
    host: env.DB_HOST!,
    port,
    database: env.DB_NAME!,
    table: env.DB_TABLE!,
    user: env.DB_USER!,
    secretName: env.DB_CREDENTIALS_SSM_NAME!,
    secretVersion: env.DB_CREDENTIALS_SSM_VERSION || 'v1',
    ssmRegion: env.SSM_REGION!,
  };
}

/** Builds the handler around an index. */
export function createHandler(deps: { index: ObjectIndex; log?: Log }): (event: CosTriggerEvent) => Promise<DbSyncSummary> {
  const { index, log = console.log } = deps;
  return async (event) => {
    const summary: DbSyncSummary = { upserted: 0, deleted: 0, ignored: 0, changes: [] };
    for (const record of recordsOf(event)) {
      const { family, ...change } = changeOf(record);
      const row: IndexRow = change;
      if (family === 'created') {
        const rows = await index.upsert(row);
        summary.upserted++;
        summary.changes.push({ action: 'upsert', key: row.key, rows });
        log(`upsert ${row.bucket}/${row.key} (${row.size} bytes, ${row.event}): ${rows} row(s) changed`);
      } else if (family === 'removed') {
        const rows = await index.remove(row);
        summary.deleted++;
        summary.changes.push({ action: 'delete', key: row.key, rows });
        log(`delete ${row.bucket}/${row.key} (${row.event}): ${rows} row(s) deleted`);
      } else {
        summary.ignored++;
        log(`ignore ${row.event} for ${row.bucket}/${row.key}`);
      }
    }
    return summary;
  };
}

/**
 * The database login from Secrets Manager: the secret holds the password itself, or, for a rotated database
 * credential, JSON `{"UserName": ..., "Password": ...}`.
 */
export function parseCredentials(secretString: string, defaultUser: string): { user: string; password: string } {
  try {
    const parsed = JSON.parse(secretString) as { UserName?: string; Password?: unknown } | null;
    if (parsed && typeof parsed === 'object' && typeof parsed.Password === 'string') {
      return { user: parsed.UserName || defaultUser, password: parsed.Password };
    }
  } catch {
    // Not JSON: the secret is the password itself.
  }
  return { user: defaultUser, password: secretString };
}

/** Reads the secret with the role's temporary credentials. */
async function readCredentials(env: Environment, config: DbSyncConfig): Promise<{ user: string; password: string }> {
  const credentials = roleCredentials(env, 'allowed to call ssm:GetSecretValue');
  const client = new ssm.v20190923.Client({
    credential: { secretId: credentials.secretId, secretKey: credentials.secretKey, token: credentials.sessionToken },
    region: config.ssmRegion,
  });
  const answer = await client.GetSecretValue({ SecretName: config.secretName, VersionId: config.secretVersion });
  return parseCredentials(answer.SecretString ?? '', config.user);
}

/** The SCF entry point (`index.main_handler`). */
export async function main_handler(event: CosTriggerEvent): Promise<DbSyncSummary> {
  const config = configFromEnv(process.env);
  const { user, password } = await readCredentials(process.env, config);
  const connection = await mysql.createConnection({
    host: config.host, port: config.port, user, password, database: config.database, connectTimeout: 5000,
  });
  try {
    return await createHandler({ index: mysqlIndex(connection as unknown as SqlConnection, config.table) })(event);
  } finally {
    await connection.end();
  }
}
