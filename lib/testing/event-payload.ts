// Builds the message COS sends to a function, for feeding handlers in tests.
import { createHash } from 'crypto';
import { CosEvent, explainInvalidEvent } from '../cos-event';
import { CosTriggerEvent, CosTriggerRecord, encodeObjectKey, regionCodeOf, regionOfCode } from './cos-trigger-event';
import { jsonText } from '../validation';

/** One record of a simulated COS message. */
export interface CosEventRecordOptions {
  /** The bucket, with its `-<appid>` suffix (e.g. `photos-1250000000`); without it, give `appId`. */
  readonly bucket: string;
  /** The bare object key, e.g. `uploads/cat 1.jpg` (encoded in the message as COS does). */
  readonly key: string;
  /** The event type. */
  readonly event: CosEvent | string;
  /**
   * The object size in bytes.
   * @default 1024 for created and restored objects, 0 for removals
   */
  readonly size?: number;
  /**
   * The bucket's region: a region name (`ap-guangzhou`) or short code (`gz`).
   * @default 'ap-guangzhou'
   */
  readonly region?: string;
  /**
   * The APPID, when `bucket` has no `-<appid>` suffix.
   * @default the suffix of `bucket`
   */
  readonly appId?: string;
  /**
   * The version id.
   * @default '' (no versioning)
   */
  readonly versionId?: string;
  /**
   * The object's Content-Type.
   * @default guessed from the key's extension, else 'application/octet-stream'
   */
  readonly contentType?: string;
  /**
   * More object headers (e.g. `x-cos-meta-owner`).
   * @default none
   */
  readonly meta?: { readonly [header: string]: string };
  /**
   * The function the message is queued for (it appears in `eventQueue`).
   * @default 'function'
   */
  readonly functionName?: string;
  /**
   * The function's namespace (it appears in `eventQueue`).
   * @default 'default'
   */
  readonly namespace?: string;
  /**
   * The client's IP address.
   * @default '10.0.0.1'
   */
  readonly sourceIp?: string;
}

/** How random and time-dependent fields are made. */
export interface CosEventGeneration {
  /**
   * The event time: a Date, milliseconds since the epoch, or a function returning either (called once per record).
   * @default the current time
   */
  readonly clock?: Date | number | (() => Date | number);
  /**
   * A seed for request ids; the same seed gives the same ids.
   * @default random ids
   */
  readonly seed?: number;
}

const CONTENT_TYPES: { readonly [extension: string]: string } = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  html: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tar: 'application/x-tar',
  mp4: 'video/mp4',
  csv: 'text/csv',
  xml: 'application/xml',
  svg: 'image/svg+xml',
};

/**
 * A realistic COS trigger message with one record per entry: the key encoded as COS encodes it, the bucket's
 * APPID and short region code, timestamps, request ids and headers. Deterministic when `clock` and `seed` are
 * given.
 *
 * @throws when an event type is not one of the 12, the bucket name has no APPID, or the region has no known code
 */
export function cosEvent(records: CosEventRecordOptions | readonly CosEventRecordOptions[],
  generation: CosEventGeneration = {}): CosTriggerEvent {
  const list: readonly CosEventRecordOptions[] = Array.isArray(records) ? records : [records as CosEventRecordOptions];
  if (list.length === 0) throw new Error('cosEvent needs at least one record');
  if (typeof generation !== 'object' || generation === null) throw new Error(`cosEvent: generation must be an object like { clock: 0, seed: 1 }, got ${jsonText(generation)}`);
  if (generation.seed !== undefined && (typeof generation.seed !== 'number' || !Number.isFinite(generation.seed))) {
    throw new Error(`cosEvent: seed must be a finite number, got ${jsonText(generation.seed)}`);
  }
  const random = generation.seed === undefined ? Math.random : seeded(generation.seed);
  return { Records: list.map((r, i) => record(r, i, generation.clock, random)) };
}

function record(o: CosEventRecordOptions, index: number, clock: CosEventGeneration['clock'], random: () => number): CosTriggerRecord {
  const what = `cosEvent record ${index}`;
  if (typeof o !== 'object' || o === null) throw new Error(`${what} must be an object like { bucket, key, event }, got ${jsonText(o)}`);
  for (const prop of ['region', 'appId', 'versionId', 'contentType', 'functionName', 'namespace', 'sourceIp'] as const) {
    if (o[prop] !== undefined && typeof o[prop] !== 'string') throw new Error(`${what}: ${prop} must be a string, got ${jsonText(o[prop])}`);
  }
  if (o.meta !== undefined && (typeof o.meta !== 'object' || o.meta === null || Array.isArray(o.meta) ||
    Object.values(o.meta).some((v) => typeof v !== 'string'))) {
    throw new Error(`${what}: meta must be an object of header strings, got ${jsonText(o.meta)}`);
  }
  const invalid = explainInvalidEvent(o.event);
  if (invalid) throw new Error(`${what}: ${invalid}`);
  if (typeof o.key !== 'string' || o.key === '') throw new Error(`${what}: key must be a non-empty object key, got ${jsonText(o.key)}`);
  if (o.key.startsWith('/')) throw new Error(`${what}: key ${jsonText(o.key)} starts with '/'; COS object keys never do`);

  const { name, appid } = splitBucket(o.bucket, o.appId, what);
  const region = regionOfCode(o.region ?? 'ap-guangzhou');
  const code = regionCodeOf(region);
  const encodedKey = encodeObjectKey(o.key);
  const removal = o.event.startsWith('cos:ObjectRemove:');
  const size = o.size ?? (removal ? 0 : 1024);
  if (!Number.isInteger(size) || size < 0) throw new Error(`${what}: size must be a whole number of bytes >= 0, got ${jsonText(size)}`);
  const time = timeOf(clock);
  const requestId = base64Id(random);
  const extension = /\.([A-Za-z0-9]+)$/.exec(o.key)?.[1]?.toLowerCase() ?? '';

  return {
    cos: {
      cosSchemaVersion: '1.0',
      cosObject: {
        url: `http://${name}-${appid}.cos.${region}.myqcloud.com/${encodedKey}`,
        meta: {
          'x-cos-request-id': requestId,
          'Content-Type': o.contentType ?? CONTENT_TYPES[extension] ?? 'application/octet-stream',
          ...o.meta,
        },
        vid: o.versionId ?? '',
        key: `/${appid}/${name}/${encodedKey}`,
        size,
      },
      cosBucket: { region: code, name, appid },
      cosNotificationId: 'unknown',
    },
    event: {
      eventName: o.event,
      eventVersion: '1.0',
      eventSource: 'qcs::cos',
      eventTime: Math.floor(time / 1000),
      eventQueue: `qcs:0:scf:${code}:appid/${appid}:${o.namespace ?? 'default'}.${o.functionName ?? 'function'}.$DEFAULT`,
      requestParameters: {
        requestSourceIP: o.sourceIp ?? '10.0.0.1',
        requestHeaders: { Authorization: `q-sign-algorithm=sha1&q-ak=SIMULATED&q-sign-time=${Math.floor(time / 1000)};${Math.floor(time / 1000) + 600}&q-signature=${hex(random, 40)}` },
      },
      reservedInfo: '',
      reqid: Math.floor(random() * 2 ** 31),
    },
  };
}

function splitBucket(bucket: string, appId: string | undefined, what: string): { name: string; appid: string } {
  if (typeof bucket !== 'string' || bucket === '') throw new Error(`${what}: bucket must be a bucket name, got ${jsonText(bucket)}`);
  const match = /^(.+)-(\d{10})$/.exec(bucket);
  if (appId !== undefined) {
    if (!/^\d{10}$/.test(appId)) throw new Error(`${what}: appId must be 10 digits, got ${jsonText(appId)}`);
    if (match && match[2] !== appId) {
      throw new Error(`${what}: bucket '${bucket}' ends in APPID ${match[2]} but appId is ${appId}`);
    }
    return { name: match ? match[1] : bucket, appid: appId };
  }
  if (!match) {
    throw new Error(`${what}: bucket '${bucket}' has no -<APPID> suffix (e.g. photos-1250000000); add it or pass appId`);
  }
  return { name: match[1], appid: match[2] };
}

function timeOf(clock: CosEventGeneration['clock']): number {
  const value = typeof clock === 'function' ? clock() : clock;
  if (value === undefined) return Date.now();
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new Error(`clock must give a valid time, got ${jsonText(value)}`);
  return ms;
}

/** A deterministic stream of numbers in [0, 1) from a seed: SHA-256 of the seed and a counter. */
function seeded(seed: number): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

function hex(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** A request id of the form COS uses: base64 text. */
function base64Id(random: () => number): string {
  const bytes = Buffer.alloc(27);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes.toString('base64');
}
