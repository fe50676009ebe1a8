// The COS trigger message: cosEvent builds it with the documented fields, and the handler helpers read it back.
import { CosEvent } from '../lib';
import {
  COS_REGION_CODES, CosTriggerEvent, cosEvent, encodeObjectKey, objectKeyOf, parseCosObjectKey, regionCodeOf, regionOfCode,
} from '../lib/testing';

const NOON = Date.UTC(2024, 4, 1, 12, 0, 0);

describe('cosEvent', () => {
  test('a record has exactly the documented fields (SCF document 583/9707)', () => {
    const { Records: [record], ...rest } = cosEvent({ bucket: 'photos-1250000000', key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT });
    expect(Object.keys(rest)).toEqual([]);
    expect(Object.keys(record).sort()).toEqual(['cos', 'event']);
    expect(Object.keys(record.cos).sort()).toEqual(['cosBucket', 'cosNotificationId', 'cosObject', 'cosSchemaVersion']);
    expect(Object.keys(record.cos.cosObject).sort()).toEqual(['key', 'meta', 'size', 'url', 'vid']);
    expect(Object.keys(record.cos.cosBucket).sort()).toEqual(['appid', 'name', 'region']);
    expect(Object.keys(record.event).sort()).toEqual(
      ['eventName', 'eventQueue', 'eventSource', 'eventTime', 'eventVersion', 'reqid', 'requestParameters', 'reservedInfo']);
    expect(Object.keys(record.event.requestParameters).sort()).toEqual(['requestHeaders', 'requestSourceIP']);
  });

  test('values: key with APPID and bucket name, short region code, seconds, constants', () => {
    const event = cosEvent(
      { bucket: 'photos-1250000000', key: 'uploads/2024/cat 1.jpg', event: CosEvent.OBJECT_CREATED_PUT, region: 'ap-chengdu', size: 2048, functionName: 'thumbs' },
      { clock: NOON, seed: 7 },
    );
    const [r] = event.Records;
    expect(r.cos).toEqual({
      cosSchemaVersion: '1.0',
      cosObject: {
        url: 'http://photos-1250000000.cos.ap-chengdu.myqcloud.com/uploads/2024/cat%201.jpg',
        meta: { 'x-cos-request-id': expect.stringMatching(/^[A-Za-z0-9+/]{36}$/), 'Content-Type': 'image/jpeg' },
        vid: '',
        key: '/1250000000/photos/uploads/2024/cat%201.jpg',
        size: 2048,
      },
      cosBucket: { region: 'cd', name: 'photos', appid: '1250000000' },
      cosNotificationId: 'unknown',
    });
    expect(r.event).toEqual({
      eventName: 'cos:ObjectCreated:Put',
      eventVersion: '1.0',
      eventSource: 'qcs::cos',
      eventTime: NOON / 1000,
      eventQueue: 'qcs:0:scf:cd:appid/1250000000:default.thumbs.$DEFAULT',
      requestParameters: { requestSourceIP: '10.0.0.1', requestHeaders: { Authorization: expect.stringMatching(/^q-sign-algorithm=sha1&q-ak=SIMULATED&/) } },
      reservedInfo: '',
      reqid: expect.any(Number),
    });
  });

  test('deterministic with a clock and a seed; different seeds give different ids', () => {
    const input = { bucket: 'photos-1250000000', key: 'a.txt', event: CosEvent.OBJECT_CREATED_PUT };
    expect(cosEvent(input, { clock: NOON, seed: 1 })).toEqual(cosEvent(input, { clock: new Date(NOON), seed: 1 }));
    const reqid = (seed: number) => cosEvent(input, { clock: NOON, seed }).Records[0].event.reqid;
    expect(reqid(1)).not.toBe(reqid(2));
  });

  test('several records in one message, the clock called once per record', () => {
    let t = NOON;
    const event = cosEvent([
      { bucket: 'photos-1250000000', key: 'a.jpg', event: CosEvent.OBJECT_CREATED_PUT },
      { bucket: 'photos-1250000000', key: 'a.jpg', event: CosEvent.OBJECT_REMOVE_DELETE },
    ], { clock: () => (t += 1000), seed: 3 });
    expect(event.Records.map((r) => [r.event.eventName, r.event.eventTime, r.cos.cosObject.size])).toEqual([
      ['cos:ObjectCreated:Put', NOON / 1000 + 1, 1024],
      ['cos:ObjectRemove:Delete', NOON / 1000 + 2, 0],
    ]);
  });

  test('unicode, spaces and reserved characters are encoded per path segment', () => {
    const [r] = cosEvent({ bucket: 'docs-1250000000', key: '年报/2024 Q1+Q2#final.pdf', event: CosEvent.OBJECT_CREATED_PUT }).Records;
    expect(r.cos.cosObject.key).toBe('/1250000000/docs/%E5%B9%B4%E6%8A%A5/2024%20Q1%2BQ2%23final.pdf');
    expect(objectKeyOf(r)).toBe('年报/2024 Q1+Q2#final.pdf');
    expect(r.cos.cosObject.meta['Content-Type']).toBe('application/pdf');
  });

  test('appId for a bucket given without its suffix; region by short code; version id and metadata', () => {
    const [r] = cosEvent({
      bucket: 'photos',
      appId: '1250000000',
      key: 'x',
      event: CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED,
      region: 'sh',
      versionId: 'MTg0NDUx',
      meta: { 'x-cos-meta-owner': 'ann' },
      contentType: 'text/plain',
    }).Records;
    expect(r.cos.cosBucket).toEqual({ region: 'sh', name: 'photos', appid: '1250000000' });
    expect(r.cos.cosObject.url).toBe('http://photos-1250000000.cos.ap-shanghai.myqcloud.com/x');
    expect(r.cos.cosObject.vid).toBe('MTg0NDUx');
    expect(r.cos.cosObject.meta).toMatchObject({ 'x-cos-meta-owner': 'ann', 'Content-Type': 'text/plain' });
  });

  test.each([
    [{ bucket: 'photos', key: 'a', event: CosEvent.OBJECT_CREATED_PUT }, "cosEvent record 0: bucket 'photos' has no -<APPID> suffix (e.g. photos-1250000000); add it or pass appId"],
    [{ bucket: 'photos-1250000000', appId: '1250000001', key: 'a', event: CosEvent.OBJECT_CREATED_PUT }, "bucket 'photos-1250000000' ends in APPID 1250000000 but appId is 1250000001"],
    [{ bucket: 'photos-1250000000', key: 'a', event: 'cos:ObjectCreated:Puts' }, "'cos:ObjectCreated:Puts' is not a COS event type. Did you mean 'cos:ObjectCreated:Put'?"],
    [{ bucket: 'photos-1250000000', key: '/a', event: CosEvent.OBJECT_CREATED_PUT }, 'key "/a" starts with \'/\'; COS object keys never do'],
    [{ bucket: 'photos-1250000000', key: '', event: CosEvent.OBJECT_CREATED_PUT }, 'key must be a non-empty object key, got ""'],
    [{ bucket: 'photos-1250000000', key: 'a', event: CosEvent.OBJECT_CREATED_PUT, region: 'mars-1' }, "unknown COS region code 'mars-1'; known: tj (ap-beijing-1), bj (ap-beijing)"],
    [{ bucket: 'photos-1250000000', key: 'a', event: CosEvent.OBJECT_CREATED_PUT, size: -1 }, 'size must be a whole number of bytes >= 0, got -1'],
  ])('refuses bad input: %j', (input, message) => {
    expect(() => cosEvent(input)).toThrow(message);
  });

  test('the result is typed as the message a handler receives', () => {
    const event: CosTriggerEvent = cosEvent({ bucket: 'photos-1250000000', key: 'a', event: CosEvent.OBJECT_RESTORE_COMPLETED });
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });
});

describe('handler helpers', () => {
  test('parseCosObjectKey splits APPID, bucket and the decoded key', () => {
    expect(parseCosObjectKey('/1250000000/photos/uploads/a%20b/c.jpg')).toEqual({
      appid: '1250000000', bucketName: 'photos', bucket: 'photos-1250000000', key: 'uploads/a b/c.jpg',
    });
    expect(() => parseCosObjectKey('uploads/c.jpg')).toThrow("cosObject.key must look like '/<appid>/<bucket>/<key>', got \"uploads/c.jpg\"");
    expect(() => parseCosObjectKey('/1250000000/photos/%E0%A4%A')).toThrow('malformed URL encoding');
  });

  test('encodeObjectKey keeps slashes and encodes the rest', () => {
    expect(encodeObjectKey('a b/c&d/é.txt')).toBe('a%20b/c%26d/%C3%A9.txt');
  });

  test('region codes both ways', () => {
    expect(regionCodeOf('ap-guangzhou')).toBe('gz');
    expect(regionCodeOf('gz')).toBe('gz');
    expect(regionOfCode('cd')).toBe('ap-chengdu');
    expect(regionOfCode('ap-chengdu')).toBe('ap-chengdu');
    for (const [region, code] of Object.entries(COS_REGION_CODES)) expect(regionOfCode(code)).toBe(region);
    expect(() => regionCodeOf('ap-tokyo')).toThrow("no known COS short code for region 'ap-tokyo'");
  });
});
