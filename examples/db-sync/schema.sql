-- The index table of the db-sync example (MySQL 5.7 or 8.0, e.g. TencentDB for MySQL).
-- Run once, as an administrator, in the database named by DB_NAME:
--   mysql -h <host> -u <admin> -p <database> < examples/db-sync/schema.sql
CREATE TABLE IF NOT EXISTS cos_objects (
  bucket          VARCHAR(63)     NOT NULL COMMENT 'full bucket name <name>-<APPID>',
  key_sha256      CHAR(64)        NOT NULL COMMENT 'hex SHA-256 of object_key: keys of up to 850 bytes are too long to index',
  object_key      VARCHAR(850)    NOT NULL,
  size_bytes      BIGINT UNSIGNED NOT NULL,
  version_id      VARCHAR(128)    NOT NULL DEFAULT '',
  last_event      VARCHAR(64)     NOT NULL COMMENT 'the COS event that last changed the row',
  last_event_time BIGINT          NOT NULL COMMENT 'Unix seconds of that event: older events never overwrite newer ones',
  updated_at      TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (bucket, key_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The function's login: it only reads and writes this table.
-- CREATE USER 'indexer'@'10.0.%' IDENTIFIED BY '<the password you store in Secrets Manager>';
-- GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.cos_objects TO 'indexer'@'10.0.%';
