// Event delivery without Terraform: functions and triggers are created through the emulator's SCF API (as the
// provider creates them), objects through its COS API; each event must run exactly the functions of the
// matching live triggers, with the COS message and SCF's environment, and a handler's own COS SDK calls must
// reach the emulator.
import { zipSync } from 'fflate';
import { callApi } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';

const APPID = '1250000000';
const PHOTOS = `photos-${APPID}`;
const THUMBS = `thumbs-${APPID}`;
const DOMAIN = `${PHOTOS}.cos.ap-guangzhou.myqcloud.com`;

/** A handler that answers what it received and what SCF gave it. */
const ECHO = `exports.main_handler = async (event, context) => ({
  fn: context.function_name,
  events: event.Records.map((r) => r.event.eventName + ' ' + r.cos.cosObject.key),
  greeting: process.env.GREETING,
  scf: [process.env.SCF_FUNCTIONNAME, process.env.SCF_NAMESPACE, process.env.TENCENTCLOUD_REGION, process.env.TENCENTCLOUD_APPID].join('|'),
  credentials: Boolean(process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY && process.env.TENCENTCLOUD_SESSIONTOKEN),
});`;

/** A handler on the official COS SDK: reads the uploaded object, writes it upper-cased into OUTPUT_BUCKET. */
const SDK_HANDLER = `
const COS = require(${JSON.stringify(require.resolve('cos-nodejs-sdk-v5'))});
exports.main_handler = async (event) => {
  const cos = new COS({ SecretId: process.env.TENCENTCLOUD_SECRETID, SecretKey: process.env.TENCENTCLOUD_SECRETKEY, SecurityToken: process.env.TENCENTCLOUD_SESSIONTOKEN });
  const call = (method, params) => new Promise((resolve, reject) => cos[method](params, (err, data) => (err ? reject(new Error(JSON.stringify(err))) : resolve(data))));
  const record = event.Records[0];
  const key = decodeURIComponent(record.cos.cosObject.key.split('/').slice(3).join('/'));
  const source = await call('getObject', { Bucket: record.cos.cosBucket.name + '-' + record.cos.cosBucket.appid, Region: process.env.COS_REGION, Key: key });
  await call('putObject', { Bucket: process.env.OUTPUT_BUCKET, Region: process.env.COS_REGION, Key: 'out/' + key, Body: Buffer.from(String(source.Body).toUpperCase()), ContentType: 'text/plain' });
  return { copied: key, bytes: source.Body.length };
};`;

function zip(files: Record<string, string>): string {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return Buffer.from(zipSync(entries)).toString('base64');
}

let emulator: CloudEmulator;

async function createRole(name: string): Promise<void> {
  const document = JSON.stringify({ version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['scf.qcloud.com'] } }] });
  expect((await callApi(emulator, 'cam', 'CreateRole', { RoleName: name, PolicyDocument: document })).Error).toBeUndefined();
}

/** Attaches a policy to a role: one allow statement per `[action, resource]`. */
async function grant(role: string, allows: Array<[string, string]>): Promise<void> {
  const statement = allows.map(([action, resource]) => ({ action: [`name/${action}`], effect: 'allow', resource: [resource] }));
  const document = JSON.stringify({ version: '2.0', statement });
  const created = await callApi(emulator, 'cam', 'CreatePolicy', { PolicyName: `${role}-policy`, PolicyDocument: document });
  expect(created.Error).toBeUndefined();
  expect((await callApi(emulator, 'cam', 'AttachRolePolicy', { PolicyId: created.PolicyId, AttachRoleName: role })).Error).toBeUndefined();
}

async function createFunction(name: string, code: string, extra: Record<string, unknown> = {}): Promise<void> {
  const answer = await callApi(emulator, 'scf', 'CreateFunction', {
    FunctionName: name, Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Timeout: 10, Code: { ZipFile: code }, ...extra,
  });
  expect(answer.Error).toBeUndefined();
}

async function createTrigger(functionName: string, event: string, prefix: string, suffix: string, enable = 'OPEN', bucketDomain = DOMAIN): Promise<void> {
  const answer = await callApi(emulator, 'scf', 'CreateTrigger', {
    FunctionName: functionName,
    TriggerName: bucketDomain,
    Type: 'cos',
    Enable: enable,
    Qualifier: '$DEFAULT',
    TriggerDesc: JSON.stringify({ event, filter: { Prefix: prefix, Suffix: suffix } }),
  });
  expect(answer.Error).toBeUndefined();
}

beforeEach(async () => {
  emulator = await startCloudEmulator({ functionReadyDelayMs: 0 });
  await emulator.createBucket(PHOTOS);
  await emulator.createBucket(THUMBS);
});

afterEach(async () => {
  await emulator.stop();
});

test('each operation runs exactly the functions of the matching live triggers, with the COS message', async () => {
  await createRole('uploads-role');
  await createFunction('on-upload', zip({ 'index.js': ECHO }), { Role: 'uploads-role', Environment: { Variables: [{ Key: 'GREETING', Value: 'hi' }] } });
  await createFunction('on-delete', zip({ 'index.js': ECHO }));
  await createFunction('on-post', zip({ 'index.js': ECHO }));
  await createTrigger('on-upload', 'cos:ObjectCreated:*', 'uploads/', '.jpg');
  await createTrigger('on-delete', 'cos:ObjectRemove:Delete', '', '');
  await createTrigger('on-post', 'cos:ObjectCreated:Post', 'forms/', '', 'CLOSE');
  await createTrigger('on-post', 'cos:ObjectCreated:Put', 'forms/', '', 'OPEN', `${THUMBS}.cos.ap-guangzhou.myqcloud.com`);

  await emulator.putObject(PHOTOS, 'uploads/cat 1.jpg', 'jpeg bytes');
  await emulator.putObject(PHOTOS, 'uploads/cat.png', 'png'); // wrong suffix
  await emulator.putObject(PHOTOS, 'other/cat.jpg', 'jpg'); // wrong prefix
  await emulator.postObject(PHOTOS, 'forms/a.txt', 'form'); // disabled trigger
  await emulator.putObject(PHOTOS, 'forms/b.txt', 'put'); // the Put rule is on the other bucket
  await emulator.copyObject({ bucket: PHOTOS, key: 'uploads/cat 1.jpg' }, { bucket: PHOTOS, key: 'uploads/copy.jpg' });
  await emulator.multipartUpload(PHOTOS, 'uploads/big.jpg', [Buffer.alloc(1024 * 1024), 'end']);
  await emulator.deleteObject(PHOTOS, 'uploads/cat.png');
  await emulator.settle();

  const upload = { greeting: 'hi', credentials: true };
  const other = { credentials: false };
  expect(emulator.invocations.map((i) => ({ fn: i.functionName, qualifier: i.qualifier, error: i.error, result: i.result }))).toEqual([
    { fn: 'on-upload', qualifier: '$DEFAULT', error: undefined, result: { fn: 'on-upload', events: ['cos:ObjectCreated:Put /1250000000/photos/uploads/cat%201.jpg'], scf: 'on-upload|default|ap-guangzhou|1250000000', ...upload } },
    { fn: 'on-upload', qualifier: '$DEFAULT', error: undefined, result: { fn: 'on-upload', events: ['cos:ObjectCreated:Copy /1250000000/photos/uploads/copy.jpg'], scf: 'on-upload|default|ap-guangzhou|1250000000', ...upload } },
    { fn: 'on-upload', qualifier: '$DEFAULT', error: undefined, result: { fn: 'on-upload', events: ['cos:ObjectCreated:CompleteMultipartUpload /1250000000/photos/uploads/big.jpg'], scf: 'on-upload|default|ap-guangzhou|1250000000', ...upload } },
    { fn: 'on-delete', qualifier: '$DEFAULT', error: undefined, result: { fn: 'on-delete', events: ['cos:ObjectRemove:Delete /1250000000/photos/uploads/cat.png'], scf: 'on-delete|default|ap-guangzhou|1250000000', ...other } },
  ]);

  const first = emulator.invocations[0];
  expect(first.trigger).toMatchObject({ functionName: 'on-upload', triggerName: DOMAIN, enable: 'OPEN', triggerDesc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"uploads/","Suffix":".jpg"}}' });
  expect(first.object).toEqual({ bucket: PHOTOS, key: 'uploads/cat 1.jpg', event: 'cos:ObjectCreated:Put', versionId: '' });
  const [record] = first.event.Records;
  expect(record.cos).toEqual({
    cosSchemaVersion: '1.0',
    cosObject: {
      url: `http://${DOMAIN}/uploads/cat%201.jpg`,
      key: '/1250000000/photos/uploads/cat%201.jpg',
      size: 10,
      vid: '',
      meta: { 'x-cos-request-id': expect.any(String), 'Content-Type': 'application/octet-stream' },
    },
    cosBucket: { region: 'gz', name: 'photos', appid: APPID },
    cosNotificationId: 'unknown',
  });
  expect(record.event).toMatchObject({ eventName: 'cos:ObjectCreated:Put', eventSource: 'qcs::cos', eventQueue: 'qcs:0:scf:gz:appid/1250000000:default.on-upload.$DEFAULT' });
});

test('a failing handler is recorded with its error; the COS call it followed succeeded', async () => {
  await createFunction('broken', zip({ 'index.js': 'exports.main_handler = async () => { throw new Error("cannot read the image"); };' }));
  await createFunction('wrong-handler', zip({ 'main.js': ECHO }));
  await createTrigger('broken', 'cos:ObjectCreated:Put', 'a/', '');
  await createTrigger('wrong-handler', 'cos:ObjectCreated:Put', 'b/', '');
  await expect(emulator.putObject(PHOTOS, 'a/x', 'x')).resolves.toMatchObject({ etag: expect.any(String) });
  await emulator.putObject(PHOTOS, 'b/x', 'x');
  await emulator.settle();
  expect(emulator.invocations.map((i) => [i.functionName, i.error])).toEqual([
    ['broken', 'cannot read the image'],
    ['wrong-handler', expect.stringMatching(/^invokeHandler: there is no handler module at \/.*\/code\/[0-9a-f]{32}\/index$/)],
  ]);
  expect(emulator.objects(PHOTOS).map((o) => o.key)).toEqual(['a/x', 'b/x']);
});

test('a handler on cos-nodejs-sdk-v5 reads the upload and writes into a second bucket through the emulator', async () => {
  await createRole('writer');
  await grant('writer', [['cos:GetObject', `qcs::cos:ap-guangzhou:uid/${APPID}:${PHOTOS}/*`], ['cos:PutObject', `qcs::cos:ap-guangzhou:uid/${APPID}:${THUMBS}/out/*`]]);
  await createFunction('writer', zip({ 'index.js': SDK_HANDLER }), {
    Role: 'writer', Environment: { Variables: [{ Key: 'COS_REGION', Value: 'ap-guangzhou' }, { Key: 'OUTPUT_BUCKET', Value: THUMBS }] },
  });
  await createTrigger('writer', 'cos:ObjectCreated:*', 'in/', '');
  await emulator.putObject(PHOTOS, 'in/note 1.txt', 'hello cloud');
  await emulator.settle();
  expect(emulator.invocations.map((i) => [i.error, i.result])).toEqual([[undefined, { copied: 'in/note 1.txt', bytes: 11 }]]);
  const written = emulator.objects(THUMBS);
  expect(written.map((o) => [o.key, o.body.toString(), o.contentType])).toEqual([['out/in/note 1.txt', 'HELLO CLOUD', 'text/plain']]);
  const sdkCalls = emulator.calls.filter((c) => c.service === 'cos' && (c.target ?? '').includes('note 1.txt')).map((c) => [c.action, c.target]);
  expect(sdkCalls).toEqual([
    ['PutObject', `${PHOTOS}/in/note 1.txt`], ['GetObject', `${PHOTOS}/in/note 1.txt`], ['PutObject', `${THUMBS}/out/in/note 1.txt`],
  ]);
});

test('a handler\'s COS call that its role\'s policies do not allow is denied (AccessDenied), and nothing is written', async () => {
  await createRole('reader');
  await grant('reader', [['cos:GetObject', `qcs::cos:ap-guangzhou:uid/${APPID}:${PHOTOS}/*`]]);
  await createFunction('reader', zip({ 'index.js': SDK_HANDLER }), {
    Role: 'reader', Environment: { Variables: [{ Key: 'COS_REGION', Value: 'ap-guangzhou' }, { Key: 'OUTPUT_BUCKET', Value: THUMBS }] },
  });
  await createTrigger('reader', 'cos:ObjectCreated:*', 'in/', '');
  await emulator.putObject(PHOTOS, 'in/a.txt', 'a');
  await emulator.settle();
  expect(emulator.invocations.map((i) => i.error)).toEqual([expect.stringContaining(
    `Access Denied: no policy of role reader allows cos:PutObject on qcs::cos:ap-guangzhou:uid/${APPID}:${THUMBS}/out/in/a.txt`)]);
  expect(emulator.objects(THUMBS)).toEqual([]);
  expect(emulator.calls.filter((c) => c.errorCode === 'AccessDenied').map((c) => [c.action, c.target])).toEqual([['PutObject', `${THUMBS}/out/in/a.txt`]]);
});

test('a restore runs the Post trigger, then the Completed trigger', async () => {
  await createFunction('restores', zip({ 'index.js': ECHO }));
  await createTrigger('restores', 'cos:ObjectRestore:Post', 'cold/', '');
  await createTrigger('restores', 'cos:ObjectRestore:Completed', 'cold/', '');
  await emulator.putObject(PHOTOS, 'cold/a.bin', 'archived', { storageClass: 'ARCHIVE' });
  expect(await emulator.restoreObject(PHOTOS, 'cold/a.bin', { days: 3 })).toBe(202);
  await emulator.settle();
  expect(emulator.invocations.map((i) => (i.result as { events: string[] }).events)).toEqual([
    ['cos:ObjectRestore:Post /1250000000/photos/cold/a.bin'], ['cos:ObjectRestore:Completed /1250000000/photos/cold/a.bin'],
  ]);
});

test('in a versioned bucket a delete creates a marker: DeleteMarkerCreated with its version id', async () => {
  await emulator.createBucket(`archive-${APPID}`, { versioning: true });
  await createFunction('removals', zip({ 'index.js': ECHO }));
  await createTrigger('removals', 'cos:ObjectRemove:*', '', '', 'OPEN', `archive-${APPID}.cos.ap-guangzhou.myqcloud.com`);
  await emulator.putObject(`archive-${APPID}`, 'doc.txt', 'v1');
  const marker = await emulator.deleteObject(`archive-${APPID}`, 'doc.txt');
  await emulator.settle();
  expect(emulator.invocations.map((i) => [i.object.event, i.object.versionId, i.event.Records[0].cos.cosObject.vid])).toEqual([
    ['cos:ObjectRemove:DeleteMarkerCreated', marker.versionId, marker.versionId],
  ]);
});

test('with deliverEvents false nothing runs', async () => {
  const quiet = await startCloudEmulator({ deliverEvents: false });
  try {
    await quiet.createBucket(PHOTOS);
    const answer = await callApi(quiet, 'scf', 'CreateFunction', {
      FunctionName: 'echo', Handler: 'index.main_handler', Runtime: 'Nodejs18.15', Code: { ZipFile: zip({ 'index.js': ECHO }) },
    });
    expect(answer.Error).toBeUndefined();
    await callApi(quiet, 'scf', 'CreateTrigger', {
      FunctionName: 'echo', TriggerName: DOMAIN, Type: 'cos', TriggerDesc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}',
    });
    await quiet.putObject(PHOTOS, 'a.txt', 'a');
    await quiet.settle();
    expect(quiet.invocations).toEqual([]);
  } finally {
    await quiet.stop();
  }
});
