'use strict';
// Auto-unzip: every .zip archive COS reports is downloaded, its files are extracted with Node's own zlib, and
// each file is uploaded under `extracted/<archive path without .zip>/`. Deployed on its own: nothing here may
// import the construct library.
const path = require('path');
const zlib = require('zlib');

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

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes) {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** An entry name as a safe relative path, or undefined when it would leave the target folder ("zip slip"). */
function safeEntryPath(name) {
  // Trailing slashes name a directory, not a file.
  const normalized = path.posix.normalize(name.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../') || /^[A-Za-z]:/.test(normalized)) return undefined;
  return normalized === '' || normalized === '.' ? undefined : normalized;
}

/**
 * The files of a zip archive (stored or deflated entries; no encryption, no ZIP64), read from its central
 * directory. Stops with an error when the files would exceed `maxBytes` in total.
 * @returns `[{ name, data }]`, directories left out
 */
function readZip(archive, { maxBytes = Infinity } = {}) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 0xffff); i--) {
    if (archive.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const count = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported');

  const files = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt central directory at entry ${n}`);
    const flags = archive.readUInt16LE(offset + 8);
    const method = archive.readUInt16LE(offset + 10);
    const crc = archive.readUInt32LE(offset + 16);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localOffset = archive.readUInt32LE(offset + 42);
    const nameBytes = archive.subarray(offset + 46, offset + 46 + nameLength);
    // Bit 11: the name is UTF-8. Older tools write their code page; latin1 keeps such names readable enough.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    offset += 46 + nameLength + extraLength + commentLength;

    if (name.endsWith('/')) continue; // a directory
    if (flags & 0x1) throw new Error(`${name}: encrypted entries are not supported`);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not supported (only stored and deflate)`);
    total += size;
    if (total > maxBytes) throw new Error(`the extracted files would exceed ${maxBytes} bytes`);

    if (archive.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`${name}: corrupt local header`);
    const dataStart = localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
    const raw = archive.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or checksum mismatch`);
    files.push({ name, data });
  }
  return files;
}

/** The handler's settings, from the environment the stack sets. */
function configFromEnv(env) {
  if (!env.COS_REGION) throw new Error('missing environment variable: COS_REGION');
  const maxBytes = Number(env.MAX_EXTRACTED_BYTES || 1024 * 1024 * 1024);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`MAX_EXTRACTED_BYTES must be a positive number, got '${env.MAX_EXTRACTED_BYTES}'`);
  return {
    region: env.COS_REGION,
    archivePrefix: env.ARCHIVE_PREFIX || '',
    extractedPrefix: env.EXTRACTED_PREFIX || 'extracted/',
    maxBytes,
  };
}

/** Where the files of `archiveKey` go: `archives/2024/a.zip` → `extracted/2024/a/`. */
function destinationFolder(archiveKey, config) {
  const relative = archiveKey.startsWith(config.archivePrefix) ? archiveKey.slice(config.archivePrefix.length) : archiveKey;
  return `${config.extractedPrefix}${relative.replace(/\.zip$/i, '')}/`;
}

/**
 * Builds the handler around a storage client with the COS SDK's method shapes:
 * `getObject({ Bucket, Region, Key })` resolving to `{ Body }`, and `putObject({ Bucket, Region, Key, Body })`.
 */
function createHandler({ storage, config, log = console.log }) {
  return async function handle(event) {
    const records = (event && Array.isArray(event.Records)) ? event.Records : [];
    const archives = [];
    for (const record of records) {
      const bucket = `${record.cos.cosBucket.name}-${record.cos.cosBucket.appid}`;
      const key = objectKeyOf(record);
      if (key.startsWith(config.extractedPrefix) || !key.toLowerCase().endsWith('.zip')) {
        // The rule never sends these; a hand-made test event or a wider rule might.
        log(`skip ${bucket}/${key}: not an archive under ${config.archivePrefix || 'the bucket'}`);
        archives.push({ key, status: 'skipped', files: [] });
        continue;
      }
      const { Body } = await storage.getObject({ Bucket: bucket, Region: config.region, Key: key });
      const folder = destinationFolder(key, config);
      const written = [];
      const rejected = [];
      for (const file of readZip(Body, { maxBytes: config.maxBytes })) {
        const relative = safeEntryPath(file.name);
        if (!relative) {
          rejected.push(file.name);
          continue;
        }
        const target = `${folder}${relative}`;
        await storage.putObject({ Bucket: bucket, Region: config.region, Key: target, Body: file.data });
        written.push(target);
      }
      log(`${bucket}/${key} (${record.event.eventName}): ${written.length} files extracted to ${folder}` +
        (rejected.length ? `; refused unsafe names: ${rejected.join(', ')}` : ''));
      archives.push({ key, status: 'extracted', folder, files: written, rejected });
    }
    return { archives: archives.filter((a) => a.status === 'extracted').length, files: archives.reduce((n, a) => n + a.files.length, 0), details: archives };
  };
}

/** A storage client on the COS SDK, signed with the temporary credentials SCF gives the function's role. */
function cosStorage(env) {
  if (!env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY) {
    throw new Error('no role credentials in the environment: the function needs a role (the stack grants bucket access to it)');
  }
  // Loaded here, not at the top: tests inject a fake client and need no SDK.
  const COS = require('cos-nodejs-sdk-v5');
  const cos = new COS({ SecretId: env.TENCENTCLOUD_SECRETID, SecretKey: env.TENCENTCLOUD_SECRETKEY, SecurityToken: env.TENCENTCLOUD_SESSIONTOKEN });
  const call = (method, params) => new Promise((resolve, reject) => {
    cos[method](params, (err, data) => (err ? reject(err) : resolve(data)));
  });
  return { getObject: (params) => call('getObject', params), putObject: (params) => call('putObject', params) };
}

/** The SCF entry point (`index.main_handler`). */
async function main_handler(event) {
  return createHandler({ storage: cosStorage(process.env), config: configFromEnv(process.env) })(event);
}

module.exports = { main_handler, createHandler, configFromEnv, readZip, safeEntryPath, destinationFolder, objectKeyOf };
