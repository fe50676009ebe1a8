// Image processing on download (Cloud Infinite, `GET <object>?imageMogr2/thumbnail/<W>x<H>`): the emulator
// scales PNG images (8-bit grey, grey+alpha, RGB, RGBA or palette, not interlaced) to fit within W x H, keeping
// the aspect ratio (each target pixel takes the source pixel under its centre), and answers a PNG (its CRCs by
// zlib.crc32, Node.js 20.15 or later). Other formats and operations are refused as not emulated.
import { crc32, deflateSync, inflateSync } from 'zlib';
import { CosError } from './cos-state';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel by PNG colour type (bit depth 8). */
const CHANNELS: { readonly [colorType: number]: number } = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function notEmulated(what: string): CosError {
  return new CosError(501, 'NotImplemented', `The emulator does not implement image processing of ${what}`);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of decompressed PNG data. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[y * stride + x - bpp] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const corner = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, left, up, Math.floor((left + up) / 2), paeth(left, up, corner)][filter];
      if (predictor === undefined) throw new CosError(400, 'InvalidImageFormat', `The PNG row ${y} has an unknown filter type ${filter}`);
      out[y * stride + x] = (row[x] + predictor) % 256;
    }
  }
  return out;
}

/** Applies one `imageMogr2` operation (only `thumbnail/<W>x<H>`) to an image. */
export function imageMogr2(operation: string, image: Buffer): { body: Buffer; contentType: string } {
  const thumbnail = /^imageMogr2\/thumbnail\/(\d+)x(\d+)$/.exec(operation);
  if (!thumbnail) throw notEmulated(`?${operation} (only imageMogr2/thumbnail/<W>x<H> is emulated)`);
  if (image.length < 8 || !image.subarray(0, 8).equals(SIGNATURE)) throw notEmulated('this image format (only PNG is emulated)');
  let offset = 8;
  const idat: Buffer[] = [];
  const keep: Buffer[] = [];
  let header: Buffer | undefined;
  while (offset + 8 <= image.length) {
    const length = image.readUInt32BE(offset);
    const type = image.toString('latin1', offset + 4, offset + 8);
    const data = image.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new CosError(400, 'InvalidImageFormat', `The PNG chunk ${type} is truncated`);
    if (type === 'IHDR') header = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE' || type === 'tRNS') keep.push(chunk(type, data));
    offset += 12 + length;
  }
  if (!header || header.length !== 13 || idat.length === 0) throw new CosError(400, 'InvalidImageFormat', 'The PNG has no IHDR or IDAT chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = header.subarray(8);
  const bpp = CHANNELS[colorType];
  if (depth !== 8 || bpp === undefined || interlace !== 0) {
    throw notEmulated(`PNG images of bit depth ${depth}, colour type ${colorType}${interlace ? ', interlaced' : ''} (8-bit, not interlaced only)`);
  }
  const maxWidth = Number(thumbnail[1]);
  const maxHeight = Number(thumbnail[2]);
  if (maxWidth < 1 || maxHeight < 1) throw new CosError(400, 'InvalidArgument', `thumbnail/${maxWidth}x${maxHeight}: both sides must be at least 1`);
  const scale = Math.min(maxWidth / width, maxHeight / height);
  const outWidth = Math.max(1, Math.round(width * scale));
  const outHeight = Math.max(1, Math.round(height * scale));
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
  const rows: Buffer[] = [];
  for (let y = 0; y < outHeight; y++) {
    const row = Buffer.alloc(1 + outWidth * bpp); // filter type 0
    const sy = Math.min(height - 1, Math.floor((y + 0.5) * height / outHeight));
    for (let x = 0; x < outWidth; x++) {
      const sx = Math.min(width - 1, Math.floor((x + 0.5) * width / outWidth));
      pixels.copy(row, 1 + x * bpp, (sy * width + sx) * bpp, (sy * width + sx + 1) * bpp);
    }
    rows.push(row);
  }
  const outHeader = Buffer.from(header);
  outHeader.writeUInt32BE(outWidth, 0);
  outHeader.writeUInt32BE(outHeight, 4);
  const body = Buffer.concat([SIGNATURE, chunk('IHDR', outHeader), ...keep, chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
  return { body, contentType: 'image/png' };
}
