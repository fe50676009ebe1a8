'use strict';
// Thumbnails: for every image COS reports, read it, recognise its format and size from its bytes, fetch a
// thumbnail through COS image processing (imageMogr2), and write the thumbnail and a JSON description to the
// output bucket. Deployed on its own: nothing here may import the construct library.

const CONTENT_TYPES = { jpeg: 'image/jpeg', png: 'image/png' };

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

/** The full bucket name `<name>-<appid>` of a record. */
function bucketOf(record) {
  return `${record.cos.cosBucket.name}-${record.cos.cosBucket.appid}`;
}

/**
 * Format and dimensions of a PNG or JPEG image, read from its header; undefined for anything else.
 * PNG: the IHDR chunk follows the 8-byte signature. JPEG: the first start-of-frame segment (SOF0..SOF15,
 * except DHT, JPG and DAC) holds height and width.
 */
function inspectImage(bytes) {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a
    && bytes.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1];
      if (marker === 0xff) { offset += 1; continue; } // fill byte
      if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or start of scan before any frame
      const length = bytes.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'jpeg', width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}

/** The size of an image scaled to fit in a `max` × `max` square, never enlarged. */
function fitWithin(width, height, max) {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The handler's settings, from the environment the stack sets. */
function configFromEnv(env) {
  const missing = ['COS_REGION', 'OUTPUT_BUCKET'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`missing environment variables: ${missing.join(', ')}`);
  const size = Number(env.THUMBNAIL_SIZE || 256);
  if (!Number.isInteger(size) || size < 1) throw new Error(`THUMBNAIL_SIZE must be a positive integer, got '${env.THUMBNAIL_SIZE}'`);
  return { region: env.COS_REGION, outputBucket: env.OUTPUT_BUCKET, outputPrefix: env.OUTPUT_PREFIX || 'thumbnails/', size };
}

/**
 * Builds the handler around a storage client with the COS SDK's method shapes:
 * `getObject({ Bucket, Region, Key, QueryString? })` resolving to `{ Body }`, and
 * `putObject({ Bucket, Region, Key, Body, ContentType })`.
 */
function createHandler({ storage, config, log = console.log }) {
  return async function handle(event) {
    const records = (event && Array.isArray(event.Records)) ? event.Records : [];
    const results = [];
    for (const record of records) {
      const bucket = bucketOf(record);
      const key = objectKeyOf(record);
      if (bucket === config.outputBucket) {
        // Only possible if someone points a rule of the output bucket here: never feed on our own output.
        log(`skip ${bucket}/${key}: it is in the output bucket`);
        results.push({ key, status: 'skipped', reason: 'output bucket' });
        continue;
      }
      const original = await storage.getObject({ Bucket: bucket, Region: config.region, Key: key });
      const image = inspectImage(original.Body);
      if (!image) {
        log(`skip ${bucket}/${key}: not a PNG or JPEG image`);
        results.push({ key, status: 'skipped', reason: 'not a PNG or JPEG image' });
        continue;
      }
      const target = fitWithin(image.width, image.height, config.size);
      const unchanged = target.width === image.width && target.height === image.height;
      const thumbnail = unchanged ? original : await storage.getObject({
        Bucket: bucket,
        Region: config.region,
        Key: key,
        QueryString: `imageMogr2/thumbnail/${target.width}x${target.height}`,
      });
      const thumbnailKey = `${config.outputPrefix}${key}`;
      await storage.putObject({
        Bucket: config.outputBucket, Region: config.region, Key: thumbnailKey, Body: thumbnail.Body, ContentType: CONTENT_TYPES[image.format],
      });
      const description = {
        source: { bucket, key, bytes: original.Body.length },
        format: image.format,
        width: image.width,
        height: image.height,
        thumbnail: { bucket: config.outputBucket, key: thumbnailKey, width: target.width, height: target.height },
        event: record.event.eventName,
      };
      await storage.putObject({
        Bucket: config.outputBucket, Region: config.region, Key: `${thumbnailKey}.json`,
        Body: Buffer.from(JSON.stringify(description, null, 2)), ContentType: 'application/json',
      });
      log(`${bucket}/${key}: ${image.format} ${image.width}x${image.height} -> ${config.outputBucket}/${thumbnailKey} ${target.width}x${target.height}`);
      results.push({ key, status: 'done', thumbnailKey, format: image.format, width: target.width, height: target.height });
    }
    return { processed: results.filter((r) => r.status === 'done').length, skipped: results.filter((r) => r.status === 'skipped').length, results };
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
  // Built per invocation: the role's temporary credentials are refreshed between invocations.
  return createHandler({ storage: cosStorage(process.env), config: configFromEnv(process.env) })(event);
}

module.exports = { main_handler, createHandler, configFromEnv, inspectImage, fitWithin, objectKeyOf };
