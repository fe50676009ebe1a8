'use strict';
// Database sync: created objects are upserted into a MySQL index table, removed objects deleted from it. The
// password is read from Secrets Manager at run time. Deployed on its own: nothing here may import the
// construct library.
const crypto = require('crypto');

const CREATED = 'cos:ObjectCreated:';
const REMOVED = 'cos:ObjectRemove:';

/** The bare object key of a COS trigger record (`cosObject.key` is `/<appid>/<bucket>/<url-encoded key>`). */
function objectKeyOf(record) {
  const { cosObject, cosBucket } = record.cos;
  const prefix = `/${cosBucket.appid}/${cosBucket.name}/`;
  const raw = cosObject.key.startsWith(prefix) ? cosObject.key.slice(prefix.length) : cosObject.key.replace(/^\/[^/]*\/[^/]*\//, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The hex SHA-256 of a key: the index's primary key, since keys of up to 850 bytes are too long to index. */
function keyHash(key) {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The index on a MySQL connection (mysql2's `execute(sql, params)`). Events can arrive out of order: a row is
 * only overwritten by a newer event, and only deleted by a removal at least as new as its last change.
 */
function mysqlIndex(connection, table) {
  if (!/^[A-Za-z0-9_$]{1,64}$/.test(table)) throw new Error(`DB_TABLE must be a plain MySQL table name, got '${table}'`);
  const newer = (column) => `${column} = IF(VALUES(last_event_time) >= last_event_time, VALUES(${column}), ${column})`;
  const upsertSql = `INSERT INTO \`${table}\` (bucket, key_sha256, object_key, size_bytes, version_id, last_event, last_event_time) ` +
    'VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE ' +
    `${['object_key', 'size_bytes', 'version_id', 'last_event'].map(newer).join(', ')}, ` +
    'last_event_time = GREATEST(last_event_time, VALUES(last_event_time))';
  const deleteSql = `DELETE FROM \`${table}\` WHERE bucket = ? AND key_sha256 = ? AND last_event_time <= ?`;
  return {
    async upsert(row) {
      const [result] = await connection.execute(upsertSql,
        [row.bucket, keyHash(row.key), row.key, row.size, row.versionId, row.event, row.eventTime]);
      return result.affectedRows;
    },
    async remove(row) {
      const [result] = await connection.execute(deleteSql, [row.bucket, keyHash(row.key), row.eventTime]);
      return result.affectedRows;
    },
  };
}

/** The handler's settings, from the environment the stack sets. */
function configFromEnv(env) {
  const required = ['DB_HOST', 'DB_NAME', 'DB_TABLE', 'DB_USER', 'DB_CREDENTIALS_SSM_NAME', 'SSM_REGION'];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`missing environment variables: ${missing.join(', ')}`);
  const port = Number(env.DB_PORT || 3306);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`DB_PORT must be a TCP port, got '${env.DB_PORT}'`);
  return {
    host: env.DB_HOST,
    port,
    database: env.DB_NAME,
    table: env.DB_TABLE,
    user: env.DB_USER,
    secretName: env.DB_CREDENTIALS_SSM_NAME,
    secretVersion: env.DB_CREDENTIALS_SSM_VERSION || 'v1',
    ssmRegion: env.SSM_REGION,
  };
}

/** Builds the handler around an index with `upsert(row)` and `remove(row)`, each resolving to the rows changed. */
function createHandler({ index, log = console.log }) {
  return async function handle(event) {
    const records = (event && Array.isArray(event.Records)) ? event.Records : [];
    const summary = { upserted: 0, deleted: 0, ignored: 0, changes: [] };
    for (const record of records) {
      const eventName = record.event.eventName;
      const row = {
        bucket: `${record.cos.cosBucket.name}-${record.cos.cosBucket.appid}`,
        key: objectKeyOf(record),
        size: Number(record.cos.cosObject.size) || 0,
        versionId: record.cos.cosObject.vid || '',
        event: eventName,
        eventTime: Number(record.event.eventTime) || 0,
      };
      if (eventName.startsWith(CREATED)) {
        const rows = await index.upsert(row);
        summary.upserted++;
        summary.changes.push({ action: 'upsert', key: row.key, rows });
        log(`upsert ${row.bucket}/${row.key} (${row.size} bytes, ${eventName}): ${rows} row(s) changed`);
      } else if (eventName.startsWith(REMOVED)) {
        const rows = await index.remove(row);
        summary.deleted++;
        summary.changes.push({ action: 'delete', key: row.key, rows });
        log(`delete ${row.bucket}/${row.key} (${eventName}): ${rows} row(s) deleted`);
      } else {
        summary.ignored++;
        log(`ignore ${eventName} for ${row.bucket}/${row.key}`);
      }
    }
    return summary;
  };
}

/**
 * The database login from Secrets Manager: the secret holds the password itself, or, for a rotated database
 * credential, JSON `{"UserName": ..., "Password": ...}`.
 */
function parseCredentials(secretString, defaultUser) {
  try {
    const parsed = JSON.parse(secretString);
    if (parsed && typeof parsed === 'object' && typeof parsed.Password === 'string') {
      return { user: parsed.UserName || defaultUser, password: parsed.Password };
    }
  } catch {
    // Not JSON: the secret is the password itself.
  }
  return { user: defaultUser, password: secretString };
}

/** Reads the secret with the temporary credentials SCF gives the function's role. */
async function readCredentials(env, config) {
  if (!env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY) {
    throw new Error('no role credentials in the environment: the function needs a role allowed to call ssm:GetSecretValue');
  }
  // Loaded here, not at the top: tests inject a fake index and need no SDK.
  const { ssm } = require('tencentcloud-sdk-nodejs-ssm');
  const client = new ssm.v20190923.Client({
    credential: { secretId: env.TENCENTCLOUD_SECRETID, secretKey: env.TENCENTCLOUD_SECRETKEY, token: env.TENCENTCLOUD_SESSIONTOKEN },
    region: config.ssmRegion,
  });
  const answer = await client.GetSecretValue({ SecretName: config.secretName, VersionId: config.secretVersion });
  return parseCredentials(answer.SecretString, config.user);
}

/** The SCF entry point (`index.main_handler`). */
async function main_handler(event) {
  const config = configFromEnv(process.env);
  const { user, password } = await readCredentials(process.env, config);
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({
    host: config.host, port: config.port, user, password, database: config.database, connectTimeout: 5000,
  });
  try {
    return await createHandler({ index: mysqlIndex(connection, config.table) })(event);
  } finally {
    await connection.end();
  }
}

module.exports = { main_handler, createHandler, mysqlIndex, configFromEnv, parseCredentials, keyHash, objectKeyOf };
