// Auto-unzip: every .zip archive COS reports is downloaded, its files are extracted with Node's own zlib, and each
// file is uploaded under `extracted/<archive path without .zip>/`. Bundled with FunctionCode.fromEntry.
import * as path from 'path';
import * as zlib from 'zlib';
import { CosObjectChange, CosTriggerEvent, mapRecords } from '../../lib/handler';
import { Environment, Log, ObjectStorage, cosStorage, requireEnvironment, roleCredentials } from '../shared/handler-utils';

/** The handler's settings. */
export interface AutoUnzipConfig {
  readonly region: string;
  readonly archivePrefix: string;
  readonly extractedPrefix: string;
  readonly maxBytes: number;
}

/** The two COS calls the handler makes. */
export type ArchiveStorage = ObjectStorage;

/** What happened to one archive. */
export interface ArchiveResult {
  readonly key: string;
  readonly status: 'extracted' | 'skipped';
  readonly folder?: string;
  readonly files: string[];
  readonly rejected?: string[];
}

/** What one invocation did. */
export interface AutoUnzipSummary {
  readonly archives: number;
  readonly files: number;
  readonly details: ArchiveResult[];
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    // eslint-disable-next-line no-bitwise
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/* eslint-disable no-bitwise */
function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
/* eslint-enable no-bitwise */

/** An entry name as a safe relative path, or undefined when it would leave the target folder ("zip slip"). */
export function safeEntryPath(name: string): string | undefined {
  // Trailing slashes name a directory, not a file.
  const normalized = path.posix.normalize(name.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../') || /^[A-Za-z]:/.test(normalized)) return undefined;
  return normalized === '' || normalized === '.' ? undefined : normalized;
}

/**
 * The files of a zip archive (stored or deflated entries; no encryption, no ZIP64), read from its central
 * directory, directories left out. Stops with an error when the files would exceed `maxBytes` in total.
 */
export function readZip(archive: Buffer, options: { maxBytes?: number } = {}): Array<{ name: string; data: Buffer }> {
  const maxBytes = options.maxBytes ?? Infinity;
  let eocd = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 0xffff); i--) {
    if (archive.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const count = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported');

  const files: Array<{ name: string; data: Buffer }> = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt central directory at entry ${n}`);
    const flags = archive.readUInt16LE(offset + 8);
    const method = archive.readUInt16LE(offset + 10);
    const crc = archive.readUInt32LE(offset + 16);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const localOffset = archive.readUInt32LE(offset + 42);
    // Bit 11: the name is UTF-8. Older tools write their code page; latin1 keeps such names readable enough.
    const utf8 = Math.floor(flags / 0x800) % 2 === 1;
    const name = archive.subarray(offset + 46, offset + 46 + nameLength).toString(utf8 ? 'utf8' : 'latin1');
    offset += 46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);

    if (name.endsWith('/')) continue; // a directory
    if (flags % 2 === 1) throw new Error(`${name}: encrypted entries are not supported`);
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
export function configFromEnv(env: Environment): AutoUnzipConfig {
  requireEnvironment(env, ['COS_REGION']);
  const maxBytes = Number(env.MAX_EXTRACTED_BYTES || 1024 * 1024 * 1024);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`MAX_EXTRACTED_BYTES must be a positive number, got '${env.MAX_EXTRACTED_BYTES}'`);
  return { region: env.COS_REGION!, archivePrefix: env.ARCHIVE_PREFIX || '', extractedPrefix: env.EXTRACTED_PREFIX || 'extracted/', maxBytes };
}

/** Where the files of `archiveKey` go: `archives/2024/a.zip` → `extracted/2024/a/`. */
export function destinationFolder(archiveKey: string, config: AutoUnzipConfig): string {
  const relative = archiveKey.startsWith(config.archivePrefix) ? archiveKey.slice(config.archivePrefix.length) : archiveKey;
  return `${config.extractedPrefix}${relative.replace(/\.zip$/i, '')}/`;
}

/** Builds the handler around a storage client. */
export function createHandler(deps: { storage: ArchiveStorage; config: AutoUnzipConfig; log?: Log }):
(event: CosTriggerEvent) => Promise<AutoUnzipSummary> {
  const { storage, config, log = console.log } = deps;
  const extract = async ({ bucket, key, event }: CosObjectChange): Promise<ArchiveResult> => {
    if (key.startsWith(config.extractedPrefix) || !key.toLowerCase().endsWith('.zip')) {
      // The rule never sends these; a hand-made test event or a wider rule might.
      log(`skip ${bucket}/${key}: not an archive under ${config.archivePrefix || 'the bucket'}`);
      return { key, status: 'skipped', files: [] };
    }
    const { Body } = await storage.getObject({ Bucket: bucket, Region: config.region, Key: key });
    const folder = destinationFolder(key, config);
    const written: string[] = [];
    const rejected: string[] = [];
    for (const file of readZip(Body, { maxBytes: config.maxBytes })) {
      const relative = safeEntryPath(file.name);
      if (!relative) {
        rejected.push(file.name);
        continue;
      }
      await storage.putObject({ Bucket: bucket, Region: config.region, Key: `${folder}${relative}`, Body: file.data });
      written.push(`${folder}${relative}`);
    }
    log(`${bucket}/${key} (${event}): ${written.length} files extracted to ${folder}` + (rejected.length ? `; refused unsafe names: ${rejected.join(', ')}` : ''));
    return { key, status: 'extracted', folder, files: written, rejected };
  };
  return async (event) => {
    const archives = await mapRecords(event, extract);
    return { archives: archives.filter((a) => a.status === 'extracted').length, files: archives.reduce((n, a) => n + a.files.length, 0), details: archives };
  };
}

/** The SCF entry point (`index.main_handler`). */
export async function main_handler(event: CosTriggerEvent): Promise<AutoUnzipSummary> {
  const storage = cosStorage(roleCredentials(process.env, '(the stack grants bucket access to it)'));
  return createHandler({ storage, config: configFromEnv(process.env) })(event);
}
