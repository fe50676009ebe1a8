// The emulator's COS XML API without Terraform: buckets, sub-resources, objects, versions, multipart uploads,
// restores, and the events each operation announces.
import { createHash } from 'crypto';
import { crc32, deflateSync, inflateSync } from 'zlib';
import { COS_OPERATIONS, CosService, createCosService } from '../lib/testing/emulator/cos';
import { CosRequestError, CosTestClient } from '../lib/testing/emulator/cos-client';
import { ObjectEventRecord } from '../lib/testing/emulator/cos-state';
import { XmlSyntaxError, buildXml, childOf, parseXml, textOf } from '../lib/testing/emulator/cos-xml';
import { EmulatorResponse, RecordedCall } from '../lib/testing/emulator/http';

const APPID = '1250000000';
const HOST = `photos-${APPID}.cos.ap-guangzhou.myqcloud.com`;
const AUTH = 'q-sign-algorithm=sha1&q-ak=AKIDTEST&q-sign-time=1;2&q-key-time=1;2&q-header-list=&q-url-param-list=&q-signature=00';

let cos: CosService;
let client: CosTestClient;
let calls: RecordedCall[];
let events: ObjectEventRecord[];

beforeEach(() => {
  calls = [];
  events = [];
  cos = createCosService({ appId: APPID, ownerUin: '100000000001', region: 'ap-guangzhou', record: (c) => calls.push(c) });
  cos.onObjectEvent((e) => events.push(e));
  client = new CosTestClient(cos);
});

afterEach(() => {
  cos.stop();
  // Every operation a test ran successfully is in the published list of emulated operations.
  expect(calls.filter((c) => !c.errorCode).map((c) => c.action).filter((a) => !COS_OPERATIONS.includes(a))).toEqual([]);
});

interface SendOptions { host?: string; query?: string; body?: string | Buffer; headers?: Record<string, string> }

async function send(method: string, path: string, options: SendOptions = {}): Promise<EmulatorResponse> {
  return cos.handler({
    method,
    host: options.host ?? HOST,
    path,
    query: new URLSearchParams(options.query ?? ''),
    headers: { authorization: AUTH, ...options.headers },
    body: Buffer.from(options.body ?? ''),
  });
}

function text(response: EmulatorResponse): string {
  return response.body === undefined ? '' : response.body.toString();
}

/** An 8-bit RGB PNG with filter type 0 rows. */
function png(width: number, height: number, rows: number[][]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const raw = Buffer.concat(rows.map((r) => Buffer.from([0, ...r])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Size and rows of an RGB PNG whose rows all use filter type 0 (what the emulator writes). */
function pixelsOf(image: Buffer): { width: number; height: number; rows: number[][] } {
  const width = image.readUInt32BE(16);
  const height = image.readUInt32BE(20);
  const idatAt = image.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(image.subarray(idatAt + 4, idatAt + 4 + image.readUInt32BE(idatAt - 4)));
  const rows = Array.from({ length: height }, (_, y) => [...raw.subarray(y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1))]);
  return { width, height, rows };
}

function errorCode(response: EmulatorResponse): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(text(response))?.[1];
}

describe('buckets', () => {
  test('create, head, refuse duplicates, delete', async () => {
    expect((await send('PUT', '/')).status).toBe(200);
    const head = await send('HEAD', '/');
    expect(head.status).toBe(200);
    expect(head.headers!['x-cos-bucket-region']).toBe('ap-guangzhou');

    const again = await send('PUT', '/');
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe('BucketAlreadyOwnedByYou');
    expect(text(again)).toContain(`<Resource>${HOST}/</Resource>`);
    const elsewhere = await send('PUT', '/', { host: `photos-${APPID}.cos.ap-beijing.myqcloud.com` });
    expect([elsewhere.status, errorCode(elsewhere)]).toEqual([409, 'BucketAlreadyExists']);

    expect((await send('DELETE', '/')).status).toBe(204);
    const gone = await send('HEAD', '/');
    expect(gone.status).toBe(404);
    expect(gone.body).toBeUndefined();
    expect(cos.isEmpty()).toBe(true);
    expect(calls.map((c) => [c.action, c.errorCode])).toEqual([
      ['PutBucket', undefined], ['HeadBucket', undefined], ['PutBucket', 'BucketAlreadyOwnedByYou'], ['PutBucket', 'BucketAlreadyExists'],
      ['DeleteBucket', undefined], ['HeadBucket', 'NoSuchBucket'],
    ]);
  });

  test('bucket names follow the COS rules', async () => {
    const wrongAppId = await send('PUT', '/', { host: 'photos-1250000001.cos.ap-guangzhou.myqcloud.com' });
    expect(errorCode(wrongAppId)).toBe('InvalidBucketName');
    expect(text(wrongAppId)).toContain('ends in APPID 1250000001, but this account&apos;s APPID is 1250000000');
    const tooLong = await send('PUT', '/', { host: `a-very-long-bucket-name-for-testing-${APPID}.cos.ap-guangzhou.myqcloud.com` });
    expect(errorCode(tooLong)).toBe('InvalidBucketName');
    expect(text(tooLong)).toContain('is 76 characters long; COS allows at most 60');
  });

  test('a request without a signature is refused unless the ACL lets anyone read', async () => {
    await client.createBucket(`photos-${APPID}`);
    const anonymous = await cos.handler({ method: 'GET', host: HOST, path: '/', query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) });
    expect([anonymous.status, errorCode(anonymous)]).toEqual([403, 'AccessDenied']);
    await send('PUT', '/', { query: 'acl', headers: { 'x-cos-acl': 'public-read' } });
    const publicRead = await cos.handler({ method: 'GET', host: HOST, path: '/', query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) });
    expect(publicRead.status).toBe(200);
    const presigned = await cos.handler({ method: 'PUT', host: HOST, path: '/a.txt', query: new URLSearchParams('q-sign-algorithm=sha1&q-signature=1'), headers: {}, body: Buffer.from('x') });
    expect(presigned.status).toBe(200);
  });

  test.each([
    ['cors', 404, 'NoSuchCORSConfiguration'],
    ['lifecycle', 404, 'NoSuchLifecycleConfiguration'],
    ['website', 404, 'NoSuchWebsiteConfiguration'],
    ['encryption', 404, 'NoSuchEncryptionConfiguration'],
    ['tagging', 404, 'NoSuchTagSet'],
    ['replication', 404, 'ReplicationConfigurationnotFoundError'],
    ['origin', 404, 'NoSuchOriginConfiguration'],
    ['domain', 404, 'NoSuchDomainConfiguration'],
    ['accelerate', 404, 'NoSuchAccelerateConfiguration'],
    ['intelligenttiering', 404, 'NoSuchIntelligentTieringConfiguration'],
    ['object-lock', 404, 'ObjectLockConfigurationNotFoundError'],
    ['policy', 404, 'NoSuchBucketPolicy'],
  ])('GET ?%s of a bucket without one answers %i %s', async (subresource, status, code) => {
    await client.createBucket(`photos-${APPID}`);
    const answer = await send('GET', '/', { query: subresource });
    expect([answer.status, errorCode(answer)]).toEqual([status, code]);
  });

  test('versioning and logging answer empty documents while never set', async () => {
    await client.createBucket(`photos-${APPID}`);
    expect(text(await send('GET', '/', { query: 'versioning' }))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<VersioningConfiguration></VersioningConfiguration>');
    expect(text(await send('GET', '/', { query: 'logging' }))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<BucketLoggingStatus></BucketLoggingStatus>');
  });

  test('a configuration is stored, answered and deleted', async () => {
    await client.createBucket(`photos-${APPID}`);
    const doc = '<ServerSideEncryptionConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Rule><ApplyServerSideEncryptionByDefault>'
      + '<KMSMasterKeyID></KMSMasterKeyID><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>';
    expect((await send('PUT', '/', { query: 'encryption', body: doc })).status).toBe(200);
    expect(text(await send('GET', '/', { query: 'encryption' }))).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${doc}`);
    expect(cos.buckets()[0]).toMatchObject({ encryption: 'AES256', configured: ['encryption'] });
    expect((await send('DELETE', '/', { query: 'encryption' })).status).toBe(204);
    expect(errorCode(await send('GET', '/', { query: 'encryption' }))).toBe('NoSuchEncryptionConfiguration');

    const bad = await send('PUT', '/', { query: 'encryption', body: doc.replace('AES256', 'ROT13') });
    expect([bad.status, errorCode(bad)]).toEqual([400, 'MalformedXML']);
    expect(text(bad)).toContain('SSEAlgorithm must be AES256, KMS or SM4, got &quot;ROT13&quot;');
    const notXml = await send('PUT', '/', { query: 'cors', body: '<CORSConfiguration><CORSRule>' });
    expect(text(notXml)).toContain('The XML you provided was not well-formed: element &lt;CORSRule&gt; is not closed');
  });

  test('the ACL answers the owner and the public grants of the canned ACL', async () => {
    await client.createBucket(`photos-${APPID}`);
    const grantee = (type: string, inner: string) => `<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="${type}">${inner}</Grantee>`;
    const owner = '<ID>qcs::cam::uin/100000000001:uin/100000000001</ID><DisplayName>100000000001</DisplayName>';
    expect(text(await send('GET', '/', { query: 'acl' }))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<AccessControlPolicy>'
      + `<Owner>${owner}</Owner><AccessControlList><Grant>${grantee('CanonicalUser', owner)}<Permission>FULL_CONTROL</Permission></Grant>`
      + '</AccessControlList></AccessControlPolicy>');
    expect((await send('PUT', '/', { query: 'acl', headers: { 'x-amz-acl': 'public-read' } })).status).toBe(200);
    expect(text(await send('GET', '/', { query: 'acl' }))).toContain(
      `<Grant>${grantee('Group', '<URI>http://cam.qcloud.com/groups/global/AllUsers</URI>')}<Permission>READ</Permission></Grant></AccessControlList>`);
    const bad = await send('PUT', '/', { query: 'acl', headers: { 'x-cos-acl': 'world-writable' } });
    expect([bad.status, errorCode(bad)]).toEqual([400, 'InvalidArgument']);
  });

  test('an operation the emulator does not implement is a loud, recorded 501', async () => {
    await client.createBucket(`photos-${APPID}`);
    const answer = await send('GET', '/', { query: 'inventory&id=1' });
    expect([answer.status, errorCode(answer)]).toEqual([501, 'NotImplemented']);
    expect(text(answer)).toContain(`The emulator does not implement GET Bucket ?inventory (bucket photos-${APPID})`);
    expect(calls[calls.length - 1]).toMatchObject({ service: 'cos', action: 'GetBucket?inventory', errorCode: 'NotImplemented', unimplemented: true });
    const image = await send('GET', '/cat.png', { query: 'imageView2/1/w/10' });
    expect(text(image)).toContain('The emulator does not implement image processing (Cloud Infinite) ?imageView2/1/w/10');
    const host = await send('GET', '/', { host: `photos-${APPID}.cos-website.ap-guangzhou.myqcloud.com` });
    expect([host.status, errorCode(host)]).toEqual([501, 'NotImplemented']);
  });

  test('a bucket with objects cannot be deleted; GET Service lists buckets', async () => {
    await client.createBucket(`photos-${APPID}`);
    await client.putObject(`photos-${APPID}`, 'a.txt', 'a');
    const refused = await send('DELETE', '/');
    expect([refused.status, errorCode(refused)]).toEqual([409, 'BucketNotEmpty']);
    const service = text(await send('GET', '/', { host: 'service.cos.myqcloud.com' }));
    expect(service).toContain(`<Buckets><Bucket><Name>photos-${APPID}</Name><Location>ap-guangzhou</Location><CreationDate>`);
  });
});

describe('objects', () => {
  beforeEach(() => client.createBucket(`photos-${APPID}`));

  test('put, get, head and delete an object', async () => {
    const put = await send('PUT', '/uploads/cat%201.jpg', { body: 'meow', headers: { 'content-type': 'image/jpeg', 'x-cos-meta-owner': 'tom' } });
    expect(put.status).toBe(200);
    expect(put.headers!.etag).toBe(`"${createHash('md5').update('meow').digest('hex')}"`);
    const get = await send('GET', '/uploads/cat%201.jpg');
    expect([get.status, text(get), get.headers!['content-type'], get.headers!['x-cos-meta-owner']]).toEqual([200, 'meow', 'image/jpeg', 'tom']);
    const head = await send('HEAD', '/uploads/cat%201.jpg');
    expect([head.status, head.body, head.headers!['content-length']]).toEqual([200, undefined, '4']);
    const range = await send('GET', '/uploads/cat%201.jpg', { headers: { range: 'bytes=1-2' } });
    expect([range.status, text(range), range.headers!['content-range']]).toEqual([206, 'eo', 'bytes 1-2/4']);
    expect((await send('DELETE', '/uploads/cat%201.jpg')).status).toBe(204);
    const missing = await send('GET', '/uploads/cat%201.jpg');
    expect([missing.status, errorCode(missing)]).toEqual([404, 'NoSuchKey']);
    expect(events.map((e) => [e.event, e.key, e.size, e.versionId, e.contentType, e.meta])).toEqual([
      ['cos:ObjectCreated:Put', 'uploads/cat 1.jpg', 4, '', 'image/jpeg', { 'x-cos-meta-owner': 'tom' }],
      ['cos:ObjectRemove:Delete', 'uploads/cat 1.jpg', 4, '', 'image/jpeg', { 'x-cos-meta-owner': 'tom' }],
    ]);
  });

  test('copy keeps the metadata unless replaced; copying an object onto itself unchanged is refused', async () => {
    await client.putObject(`photos-${APPID}`, 'a.txt', 'hello', { contentType: 'text/plain', meta: { k: 'v' } });
    await client.copyObject({ bucket: `photos-${APPID}`, key: 'a.txt' }, { bucket: `photos-${APPID}`, key: 'b.txt' });
    const copy = await client.getObject(`photos-${APPID}`, 'b.txt');
    expect([copy.body.toString(), copy.contentType, copy.headers['x-cos-meta-k']]).toEqual(['hello', 'text/plain', 'v']);
    await expect(client.copyObject({ bucket: `photos-${APPID}`, key: 'a.txt' }, { bucket: `photos-${APPID}`, key: 'a.txt' }))
      .rejects.toMatchObject({ status: 400, code: 'InvalidRequest' });
    expect(events.map((e) => e.event)).toEqual(['cos:ObjectCreated:Put', 'cos:ObjectCreated:Copy']);
  });

  test('GET Bucket lists with prefix, delimiter, marker and max-keys', async () => {
    for (const key of ['a/1.txt', 'a/2.txt', 'a/b/3.txt', 'c.txt']) await client.putObject(`photos-${APPID}`, key, 'x');
    const list = text(await send('GET', '/', { query: 'prefix=a/&delimiter=/&max-keys=2' }));
    expect(list.replace(/<LastModified>[^<]*<\/LastModified>/g, '')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult>'
      + `<Name>photos-${APPID}</Name><Prefix>a/</Prefix><Marker></Marker><MaxKeys>2</MaxKeys><Delimiter>/</Delimiter>`
      + '<IsTruncated>true</IsTruncated><NextMarker>a/2.txt</NextMarker>'
      + ['1', '2'].map((n) => `<Contents><Key>a/${n}.txt</Key><ETag>&quot;9dd4e461268c8034f5c8564e155c67a6&quot;</ETag><Size>1</Size>`
        + '<Owner><ID>qcs::cam::uin/100000000001:uin/100000000001</ID><DisplayName>100000000001</DisplayName></Owner><StorageClass>STANDARD</StorageClass></Contents>').join('')
      + '</ListBucketResult>');
    const next = text(await send('GET', '/', { query: 'prefix=a/&delimiter=/&marker=a/2.txt' }));
    expect(next).toContain('<IsTruncated>false</IsTruncated><CommonPrefixes><Prefix>a/b/</Prefix></CommonPrefixes></ListBucketResult>');
  });

  test('versioning: version ids, delete markers, and removal of a version', async () => {
    await send('PUT', '/', { query: 'versioning', body: '<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>' });
    const v1 = await client.putObject(`photos-${APPID}`, 'doc.txt', 'one');
    const v2 = await client.putObject(`photos-${APPID}`, 'doc.txt', 'two');
    expect(v1.versionId).not.toBe(v2.versionId);
    const marker = await client.deleteObject(`photos-${APPID}`, 'doc.txt');
    expect(marker.deleteMarker).toBe(true);
    const hidden = await send('GET', '/doc.txt');
    expect([hidden.status, errorCode(hidden), hidden.headers!['x-cos-delete-marker']]).toEqual([404, 'NoSuchKey', 'true']);
    expect((await client.getObject(`photos-${APPID}`, 'doc.txt', { versionId: v1.versionId })).body.toString()).toBe('one');
    await client.deleteObject(`photos-${APPID}`, 'doc.txt', { versionId: v1.versionId });
    expect(events.map((e) => [e.event, e.versionId])).toEqual([
      ['cos:ObjectCreated:Put', v1.versionId], ['cos:ObjectCreated:Put', v2.versionId],
      ['cos:ObjectRemove:DeleteMarkerCreated', marker.versionId], ['cos:ObjectRemove:Delete', v1.versionId],
    ]);
    const versions = text(await send('GET', '/', { query: 'versions' }));
    expect(versions.match(/<(Version|DeleteMarker)><Key>doc.txt<\/Key><VersionId>[^<]+<\/VersionId><IsLatest>(true|false)/g)).toEqual([
      `<DeleteMarker><Key>doc.txt</Key><VersionId>${marker.versionId}</VersionId><IsLatest>true`,
      `<Version><Key>doc.txt</Key><VersionId>${v2.versionId}</VersionId><IsLatest>false`,
    ]);
  });

  test('multi-delete removes every version listed (the provider\'s force_clean)', async () => {
    await client.putObject(`photos-${APPID}`, 'a', '1');
    await client.putObject(`photos-${APPID}`, 'b', '2');
    const answer = await send('POST', '/', { query: 'delete', body: '<Delete><Quiet>true</Quiet><Object><Key>a</Key></Object><Object><Key>b</Key></Object></Delete>' });
    expect(text(answer)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult></DeleteResult>');
    expect(cos.objects(`photos-${APPID}`)).toEqual([]);
    expect(events.map((e) => [e.event, e.key])).toEqual([
      ['cos:ObjectCreated:Put', 'a'], ['cos:ObjectCreated:Put', 'b'], ['cos:ObjectRemove:Delete', 'a'], ['cos:ObjectRemove:Delete', 'b'],
    ]);
  });

  test('multipart upload: parts of at least 1 MB but the last, ETag of the parts, errors of COS', async () => {
    const big = Buffer.alloc(1024 * 1024, 1);
    const done = await client.multipartUpload(`photos-${APPID}`, 'big.bin', [big, 'tail']);
    expect(done.etag).toMatch(/^"[0-9a-f]{32}-2"$/);
    expect(cos.objects(`photos-${APPID}`).map((o) => [o.key, o.size])).toEqual([['big.bin', 1024 * 1024 + 4]]);
    await expect(client.multipartUpload(`photos-${APPID}`, 'small.bin', ['a', 'b'])).rejects.toMatchObject({ status: 400, code: 'EntityTooSmall' });
    const abort = await send('DELETE', '/small.bin', { query: 'uploadId=nope' });
    expect([abort.status, errorCode(abort)]).toEqual([404, 'NoSuchUpload']);
    expect(events.map((e) => e.event)).toEqual(['cos:ObjectCreated:CompleteMultipartUpload']);
  });

  test('POST Object (form upload) creates the object with event Post', async () => {
    await client.postObject(`photos-${APPID}`, 'forms/a.txt', 'form body', { contentType: 'text/plain' });
    expect((await client.getObject(`photos-${APPID}`, 'forms/a.txt')).body.toString()).toBe('form body');
    expect(events.map((e) => [e.event, e.key, e.contentType])).toEqual([['cos:ObjectCreated:Post', 'forms/a.txt', 'text/plain']]);
  });

  test('archived objects must be restored: Post, then Completed', async () => {
    await client.putObject(`photos-${APPID}`, 'cold.txt', 'frozen', { storageClass: 'ARCHIVE' });
    const frozen = await send('GET', '/cold.txt');
    expect([frozen.status, errorCode(frozen)]).toEqual([403, 'InvalidObjectState']);
    expect(await client.restoreObject(`photos-${APPID}`, 'cold.txt', { days: 2 })).toBe(202);
    await expect(client.restoreObject(`photos-${APPID}`, 'cold.txt')).rejects.toMatchObject({ status: 409, code: 'RestoreAlreadyInProgress' });
    expect((await send('HEAD', '/cold.txt')).headers!['x-cos-restore']).toBe('ongoing-request="true"');
    await cos.idle();
    expect((await send('HEAD', '/cold.txt')).headers!['x-cos-restore']).toMatch(/^ongoing-request="false", expiry-date=".* GMT"$/);
    expect((await client.getObject(`photos-${APPID}`, 'cold.txt')).body.toString()).toBe('frozen');
    await expect(client.restoreObject(`photos-${APPID}`, 'cold.txt', { tier: 'Instant' })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await client.putObject(`photos-${APPID}`, 'warm.txt', 'w');
    await expect(client.restoreObject(`photos-${APPID}`, 'warm.txt')).rejects.toMatchObject({ status: 403, code: 'InvalidObjectState' });
    expect(events.map((e) => [e.event, e.key])).toEqual([
      ['cos:ObjectCreated:Put', 'cold.txt'], ['cos:ObjectRestore:Post', 'cold.txt'], ['cos:ObjectRestore:Completed', 'cold.txt'],
      ['cos:ObjectCreated:Put', 'warm.txt'],
    ]);
  });

  test('the tencentcos.cn domain (where the COS SDKs switch on failures) reaches the same bucket', async () => {
    const get = await send('PUT', '/t.txt', { host: `photos-${APPID}.cos.ap-guangzhou.tencentcos.cn`, body: 'cn' });
    expect(get.status).toBe(200);
    expect((await client.getObject(`photos-${APPID}`, 't.txt')).body.toString()).toBe('cn');
    expect(cos.isCosHost(`photos-${APPID}.cos.ap-guangzhou.tencentcos.cn`)).toBe(true);
    expect(cos.isCosHost('scf.tencentcloudapi.com')).toBe(false);
  });

  test('imageMogr2/thumbnail scales a PNG to fit, keeping its aspect ratio; other formats and operations are not emulated', async () => {
    // 4 x 2 RGB; each target pixel takes the source pixel under its centre: columns 1 and 3 of row 1.
    const rows = [[255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255], [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]];
    await client.putObject(`photos-${APPID}`, 'img.png', png(4, 2, rows), { contentType: 'image/png' });
    const answer = await send('GET', '/img.png', { query: 'imageMogr2/thumbnail/2x2' });
    expect([answer.status, answer.headers!['content-type']]).toEqual([200, 'image/png']);
    expect(pixelsOf(answer.body as Buffer)).toEqual({ width: 2, height: 1, rows: [[40, 50, 60, 100, 110, 120]] });
    expect(calls[calls.length - 1]).toMatchObject({ action: 'GetObjectImageMogr2', target: `photos-${APPID}/img.png` });

    await client.putObject(`photos-${APPID}`, 'img.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const jpeg = await send('GET', '/img.jpg', { query: 'imageMogr2/thumbnail/2x2' });
    expect([jpeg.status, errorCode(jpeg)]).toEqual([501, 'NotImplemented']);
    expect(text(jpeg)).toContain('image processing of this image format (only PNG is emulated)');
    const rotate = await send('GET', '/img.png', { query: 'imageMogr2/rotate/90' });
    expect(text(rotate)).toContain('image processing of ?imageMogr2/rotate/90 (only imageMogr2/thumbnail/&lt;W&gt;x&lt;H&gt; is emulated)');
  });

  test('path-style requests reach the same bucket', async () => {
    const put = await send('PUT', `/photos-${APPID}/p/q.txt`, { host: 'cos.ap-guangzhou.myqcloud.com', body: 'path' });
    expect(put.status).toBe(200);
    expect((await client.getObject(`photos-${APPID}`, 'p/q.txt')).body.toString()).toBe('path');
  });

  test('errors of the test client carry the COS code', async () => {
    const error = await client.getObject(`photos-${APPID}`, 'nothing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CosRequestError);
    expect((error as Error).message).toBe(`GET photos-${APPID}/nothing: 404 NoSuchKey: The specified key does not exist: nothing`);
  });
});

describe('XML', () => {
  test('parses declarations, comments, CDATA, entities and attributes; builds escaped documents', () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><Tagging xmlns="x"><TagSet><Tag><Key>a&amp;b</Key><Value><![CDATA[<v>]]></Value></Tag></TagSet></Tagging>');
    expect([doc.name, doc.attributes, textOf(childOf(childOf(doc, 'TagSet'), 'Tag'), 'Key'), textOf(childOf(childOf(doc, 'TagSet'), 'Tag'), 'Value')])
      .toEqual(['Tagging', { xmlns: 'x' }, 'a&b', '<v>']);
    expect(buildXml('R', { A: ['1', '2'], B: { C: 'x<y' }, D: undefined })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<R><A>1</A><A>2</A><B><C>x&lt;y</C></B></R>');
  });

  test.each([
    ['<A><B></A>', 'unexpected closing tag </A> at offset 6 (open element is <B>)'],
    ['<A>&nbsp;</A>', 'unknown entity &nbsp; near offset 3'],
    ['<A/><B/>', 'second root element <B> at offset 4'],
    ['<!DOCTYPE x><A/>', 'DTDs and declarations are not accepted (offset 0)'],
    ['', 'no root element'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => parseXml(input)).toThrow(new XmlSyntaxError(message));
  });
});
