// Object operations for tests: each builds the request a COS SDK would send and passes it through the same
// handler as requests from Terraform or a function, so that it is checked, recorded and announced to event
// delivery exactly like theirs.
import { createHash } from 'crypto';
import type { CosService } from './cos';
import { encodeKey } from './cos-request';
import { parseXml, textOf } from './cos-xml';
import type { EmulatorResponse } from './http';

/** A COS error answered to a test's object operation. */
export class CosRequestError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
    this.name = 'CosRequestError';
  }
}

/** Options of a write. */
export interface CosWriteOptions {
  /**
   * The object's Content-Type.
   * @default 'application/octet-stream'
   */
  readonly contentType?: string;
  /**
   * The storage class (e.g. `ARCHIVE` for an object that must be restored before it is read).
   * @default 'STANDARD'
   */
  readonly storageClass?: string;
  /**
   * User metadata, without the `x-cos-meta-` prefix.
   * @default none
   */
  readonly meta?: { readonly [name: string]: string };
}

/** What a write answered. */
export interface CosWriteResult {
  readonly etag: string;
  /** `''` when the bucket has no versioning. */
  readonly versionId: string;
}

/** What a read answered. */
export interface CosReadResult extends CosWriteResult {
  readonly body: Buffer;
  readonly contentType: string;
  /** Response headers, lower-case names. */
  readonly headers: { readonly [name: string]: string };
}

const SIGNATURE = 'q-sign-algorithm=sha1&q-ak=AKIDEMULATORTEST&q-sign-time=0;9999999999&q-key-time=0;9999999999&q-header-list=&q-url-param-list=&q-signature=0';

/** Object operations that go through the emulator's COS API. */
export class CosTestClient {
  constructor(private readonly cos: CosService) {}

  /**
   * Creates a bucket that exists before Terraform runs (it is marked `seeded`, and `isEmpty()` ignores it).
   * @param name `<name>-<appid>`
   */
  public async createBucket(name: string,
    options: { readonly region?: string; readonly acl?: string; readonly versioning?: boolean } = {}): Promise<void> {
    const region = options.region ?? this.cos.options.region;
    await this.send('PUT', name, '', { headers: options.acl ? { 'x-cos-acl': options.acl } : {}, region });
    this.cos.state.buckets.get(name)!.seeded = true;
    if (options.versioning) {
      await this.send('PUT', name, '', { query: 'versioning', region, body: '<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>' });
    }
  }

  /** PUT Object (event `cos:ObjectCreated:Put`). */
  public async putObject(bucket: string, key: string, body: string | Buffer, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    return written(await this.send('PUT', bucket, key, { body, headers: writeHeaders(options) }));
  }

  /** POST Object, the form upload (event `cos:ObjectCreated:Post`). */
  public async postObject(bucket: string, key: string, body: string | Buffer, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    const boundary = `----emulator${createHash('md5').update(key).digest('hex')}`;
    const fields: Array<[string, string]> = [['key', key], ['q-signature', '0'], ...Object.entries(writeHeaders(options))];
    const form = Buffer.concat([
      ...fields.map(([n, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${key.split('/').pop()}"\r\n\r\n`),
      Buffer.from(body), Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return written(await this.send('POST', bucket, '', { body: form, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, signed: false }));
  }

  /** PUT Object - Copy (event `cos:ObjectCreated:Copy`). */
  public async copyObject(source: { readonly bucket: string; readonly key: string; readonly versionId?: string },
    target: { readonly bucket: string; readonly key: string }, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    const sourceRegion = this.regionOf(source.bucket);
    const copySource = `${source.bucket}.cos.${sourceRegion}.myqcloud.com/${encodeKey(source.key)}${source.versionId ? `?versionId=${encodeURIComponent(source.versionId)}` : ''}`;
    const replaced = options.contentType !== undefined || options.meta !== undefined;
    return written(await this.send('PUT', target.bucket, target.key, {
      headers: { 'x-cos-copy-source': copySource, ...writeHeaders(options), ...(replaced ? { 'x-cos-metadata-directive': 'Replaced' } : {}) },
    }));
  }

  /** Multipart upload: initiate, one part per buffer, complete (event `cos:ObjectCreated:CompleteMultipartUpload`). */
  public async multipartUpload(bucket: string, key: string, parts: ReadonlyArray<string | Buffer>,
    options: CosWriteOptions = {}): Promise<CosWriteResult> {
    const init = await this.send('POST', bucket, key, { query: 'uploads', headers: writeHeaders(options) });
    const uploadId = textOf(parseXml(String(init.body)), 'UploadId')!;
    const etags: string[] = [];
    for (const [i, part] of parts.entries()) {
      const answer = await this.send('PUT', bucket, key, { query: `partNumber=${i + 1}&uploadId=${encodeURIComponent(uploadId)}`, body: part });
      etags.push(answer.headers!.etag);
    }
    const list = etags.map((etag, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${etag}</ETag></Part>`).join('');
    return written(await this.send('POST', bucket, key, {
      query: `uploadId=${encodeURIComponent(uploadId)}`, body: `<CompleteMultipartUpload>${list}</CompleteMultipartUpload>`,
    }));
  }

  /** GET Object. */
  public async getObject(bucket: string, key: string, options: { readonly versionId?: string } = {}): Promise<CosReadResult> {
    const answer = await this.send('GET', bucket, key, { query: options.versionId ? `versionId=${encodeURIComponent(options.versionId)}` : '' });
    const body = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body ?? '');
    return { ...written(answer), body, contentType: answer.headers?.['content-type'] ?? '', headers: { ...answer.headers } };
  }

  /**
   * DELETE Object: removes the object (`cos:ObjectRemove:Delete`), or adds a delete marker in a versioned bucket
   * (`cos:ObjectRemove:DeleteMarkerCreated`); with a version id, removes that version.
   */
  public async deleteObject(bucket: string, key: string,
    options: { readonly versionId?: string } = {}): Promise<{ versionId: string; deleteMarker: boolean }> {
    const answer = await this.send('DELETE', bucket, key, { query: options.versionId ? `versionId=${encodeURIComponent(options.versionId)}` : '' });
    return { versionId: answer.headers?.['x-cos-version-id'] ?? '', deleteMarker: answer.headers?.['x-cos-delete-marker'] === 'true' };
  }

  /**
   * POST Object restore of an ARCHIVE or DEEP_ARCHIVE object: `cos:ObjectRestore:Post` now, `cos:ObjectRestore:Completed`
   * when the job ends. @returns 202 for a new job, 200 when the object was restored already
   */
  public async restoreObject(bucket: string, key: string,
    options: { readonly days?: number; readonly tier?: string; readonly versionId?: string } = {}): Promise<number> {
    const body = `<RestoreRequest><Days>${options.days ?? 1}</Days><CASJobParameters><Tier>${options.tier ?? 'Standard'}</Tier></CASJobParameters></RestoreRequest>`;
    const query = `restore${options.versionId ? `&versionId=${encodeURIComponent(options.versionId)}` : ''}`;
    return (await this.send('POST', bucket, key, { query, body })).status;
  }

  private regionOf(bucket: string): string {
    return this.cos.state.buckets.get(bucket)?.region ?? this.cos.options.region;
  }

  private async send(method: string, bucket: string, key: string, options: {
    readonly query?: string;
    readonly body?: string | Buffer;
    readonly headers?: { readonly [name: string]: string };
    readonly region?: string;
    readonly signed?: boolean;
  }): Promise<EmulatorResponse & { headers?: { readonly [name: string]: string } }> {
    const region = options.region ?? this.regionOf(bucket);
    const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(options.body);
    const headers: { [name: string]: string } = { 'content-length': String(body.length), ...options.headers };
    if (options.signed !== false) headers.authorization = SIGNATURE;
    const answer = await this.cos.handler({
      method,
      host: `${bucket}.cos.${region}.myqcloud.com`,
      path: `/${encodeKey(key)}`,
      query: new URLSearchParams(options.query ?? ''),
      headers,
      body,
    });
    if (answer.status >= 300 && answer.status !== 304) {
      const text = answer.body === undefined ? '' : String(answer.body);
      const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? String(answer.status);
      const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '';
      throw new CosRequestError(answer.status, code, `${method} ${bucket}/${key}${options.query ? `?${options.query}` : ''}: ${answer.status} ${code}: ${message}`);
    }
    return answer;
  }
}

function writeHeaders(options: CosWriteOptions): { [name: string]: string } {
  const headers: { [name: string]: string } = {};
  if (options.contentType) headers['content-type'] = options.contentType;
  if (options.storageClass) headers['x-cos-storage-class'] = options.storageClass;
  for (const [name, value] of Object.entries(options.meta ?? {})) headers[`x-cos-meta-${name}`] = value;
  return headers;
}

function written(answer: EmulatorResponse): CosWriteResult {
  const headers = answer.headers ?? {};
  let etag = headers.etag ?? '';
  if (!etag && answer.body) etag = /<ETag>([^<]*)<\/ETag>/.exec(String(answer.body))?.[1]?.replace(/&quot;/g, '"') ?? '';
  return { etag, versionId: headers['x-cos-version-id'] ?? '' };
}
