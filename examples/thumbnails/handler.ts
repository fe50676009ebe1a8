// Thumbnails: for every image COS reports (a key ending in .jpg, .jpeg or .png, in any case), read it, recognise
// its format and size from its bytes, fetch a thumbnail through COS image processing (imageMogr2), and write the
// thumbnail and a JSON description to the output bucket.
// Bundled with FunctionCode.fromEntry: `index.main_handler` in the deployed package.
import { CosObjectChange, CosTriggerEvent, mapRecords } from '../../lib/handler';
import { Environment, Log, ObjectStorage, cosStorage, requireEnvironment, roleCredentials } from '../shared/handler-utils';

/** The handler's settings. */
export interface ThumbnailsConfig {
  readonly region: string;
  readonly outputBucket: string;
  readonly outputPrefix: string;
  readonly size: number;
}

/** The two COS calls the handler makes. */
export type ThumbnailStorage = ObjectStorage;

/** What happened to one record. */
export interface ThumbnailResult {
  readonly key: string;
  readonly status: 'done' | 'skipped';
  readonly reason?: string;
  readonly thumbnailKey?: string;
  readonly format?: ImageFormat;
  readonly width?: number;
  readonly height?: number;
}

/** What one invocation did. */
export interface ThumbnailsSummary {
  readonly processed: number;
  readonly skipped: number;
  readonly results: ThumbnailResult[];
}

type ImageFormat = 'png' | 'jpeg';

const CONTENT_TYPES: { readonly [format in ImageFormat]: string } = { jpeg: 'image/jpeg', png: 'image/png' };

/**
 * The key endings of the images handled, in any case. The rule invokes the function for every upload under its
 * prefix; other keys are skipped before anything is downloaded.
 */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png'] as const;

/** True when the key ends in one of `IMAGE_EXTENSIONS`, in any case (`cat.JPG` too). */
export function hasImageExtension(key: string): boolean {
  const lower = key.toLowerCase();
  return IMAGE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Format and dimensions of a PNG or JPEG image, read from its header; undefined for anything else.
 * PNG: the IHDR chunk follows the 8-byte signature. JPEG: the first start-of-frame segment (SOF0..SOF15, except
 * DHT, JPG and DAC) holds height and width.
 */
export function inspectImage(bytes: Buffer): { format: ImageFormat; width: number; height: number } | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a
    && bytes.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1];
      if (marker === 0xff) { // fill byte
        offset += 1;
        continue;
      }
      if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or start of scan before any frame
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'jpeg', width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + bytes.readUInt16BE(offset + 2);
    }
  }
  return undefined;
}

/** The size of an image scaled to fit in a `max` × `max` square, never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The handler's settings, from the environment the stack sets. */
export function configFromEnv(env: Environment): ThumbnailsConfig {
  requireEnvironment(env, ['COS_REGION', 'OUTPUT_BUCKET']);
  const size = Number(env.THUMBNAIL_SIZE || 256);
  if (!Number.isInteger(size) || size < 1) throw new Error(`THUMBNAIL_SIZE must be a positive integer, got '${env.THUMBNAIL_SIZE}'`);
  return { region: env.COS_REGION!, outputBucket: env.OUTPUT_BUCKET!, outputPrefix: env.OUTPUT_PREFIX || 'thumbnails/', size };
}

/** Builds the handler around a storage client. */
export function createHandler(deps: { storage: ThumbnailStorage; config: ThumbnailsConfig; log?: Log }):
(event: CosTriggerEvent) => Promise<ThumbnailsSummary> {
  const { storage, config, log = console.log } = deps;
  const thumbnail = async ({ bucket, key, event }: CosObjectChange): Promise<ThumbnailResult> => {
    if (bucket === config.outputBucket) {
      // Only possible if someone points a rule of the output bucket here: never feed on our own output.
      log(`skip ${bucket}/${key}: it is in the output bucket`);
      return { key, status: 'skipped', reason: 'output bucket' };
    }
    if (!hasImageExtension(key)) {
      log(`skip ${bucket}/${key}: not a .jpg, .jpeg or .png key`);
      return { key, status: 'skipped', reason: 'not a .jpg, .jpeg or .png key' };
    }
    const original = await storage.getObject({ Bucket: bucket, Region: config.region, Key: key });
    const image = inspectImage(original.Body);
    if (!image) {
      log(`skip ${bucket}/${key}: not a PNG or JPEG image`);
      return { key, status: 'skipped', reason: 'not a PNG or JPEG image' };
    }
    const target = fitWithin(image.width, image.height, config.size);
    const unchanged = target.width === image.width && target.height === image.height;
    const scaled = unchanged ? original : await storage.getObject({
      Bucket: bucket, Region: config.region, Key: key, QueryString: `imageMogr2/thumbnail/${target.width}x${target.height}`,
    });
    const thumbnailKey = `${config.outputPrefix}${key}`;
    await storage.putObject({
      Bucket: config.outputBucket, Region: config.region, Key: thumbnailKey, Body: scaled.Body, ContentType: CONTENT_TYPES[image.format],
    });
    const description = {
      source: { bucket, key, bytes: original.Body.length },
      format: image.format,
      width: image.width,
      height: image.height,
      thumbnail: { bucket: config.outputBucket, key: thumbnailKey, width: target.width, height: target.height },
      event,
    };
    await storage.putObject({
      Bucket: config.outputBucket,
      Region: config.region,
      Key: `${thumbnailKey}.json`,
      Body: Buffer.from(JSON.stringify(description, null, 2)),
      ContentType: 'application/json',
    });
    log(`${bucket}/${key}: ${image.format} ${image.width}x${image.height} -> ${config.outputBucket}/${thumbnailKey} ${target.width}x${target.height}`);
    return { key, status: 'done', thumbnailKey, format: image.format, width: target.width, height: target.height };
  };
  return async (event) => {
    const results = await mapRecords(event, thumbnail);
    return { processed: results.filter((r) => r.status === 'done').length, skipped: results.filter((r) => r.status === 'skipped').length, results };
  };
}

/** The SCF entry point (`index.main_handler`). */
export async function main_handler(event: CosTriggerEvent): Promise<ThumbnailsSummary> {
  // Built per invocation: the role's temporary credentials are refreshed between invocations.
  const storage = cosStorage(roleCredentials(process.env, '(the stack grants bucket access to it)'));
  return createHandler({ storage, config: configFromEnv(process.env) })(event);
}
