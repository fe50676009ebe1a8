// invokeHandler runs a Node.js handler the way SCF's Node.js runtime does.
import * as path from 'path';
import { CosEvent } from '../lib';
import { cosEvent, invokeHandler } from '../lib/testing';

const HANDLERS = path.join(__dirname, 'fixtures', 'handlers.js');
const event = cosEvent({ bucket: 'photos-1250000000', key: 'uploads/a b.jpg', event: CosEvent.OBJECT_CREATED_PUT }, { clock: 0, seed: 1 });

describe('invokeHandler', () => {
  test('calls exports.main_handler with the event and a context like SCF\'s; the result comes back through JSON', async () => {
    const result = await invokeHandler(HANDLERS, event, {
      environment: { OUTPUT_BUCKET: 'out-1250000000', MODE: 'fast' },
      functionName: 'thumbs',
      namespace: 'media',
      memorySize: 256,
      timeout: 10,
      region: 'ap-chengdu',
      appId: '1250000001',
      requestId: 'req-1',
    });
    expect(result).toEqual({
      keys: ['/1250000000/photos/uploads/a%20b.jpg'],
      requestId: 'req-1',
      functionName: 'thumbs',
      namespace: 'media',
      memory: 256,
      timeLimit: 10_000,
      remainingPositive: true,
      environment: { OUTPUT_BUCKET: 'out-1250000000', MODE: 'fast' },
      environ: 'OUTPUT_BUCKET=out-1250000000;MODE=fast',
      region: 'ap-chengdu',
      appid: '1250000001',
      fromProcess: 'out-1250000000',
      secretId: null,
      when: '1970-01-01T00:00:00.000Z',
    });
  });

  test('the environment is set only for the call; credentials of the test process are hidden unless given', async () => {
    const saved = process.env.TENCENTCLOUD_SECRETID;
    process.env.TENCENTCLOUD_SECRETID = 'AKIDtestprocess';
    try {
      expect((await invokeHandler(HANDLERS, event)).secretId).toBeNull();
      expect((await invokeHandler(HANDLERS, event, { environment: { TENCENTCLOUD_SECRETID: 'AKIDrole' } })).secretId).toBe('AKIDrole');
      expect(process.env.TENCENTCLOUD_SECRETID).toBe('AKIDtestprocess');
      expect(process.env.OUTPUT_BUCKET).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.TENCENTCLOUD_SECRETID;
      else process.env.TENCENTCLOUD_SECRETID = saved;
    }
  });

  test('callback-style handlers, by export name or SCF handler string', async () => {
    await expect(invokeHandler(HANDLERS, event, { handler: 'callback_handler' })).resolves.toEqual({ records: 1 });
    await expect(invokeHandler(HANDLERS, event, { handler: 'index.callback_handler' })).resolves.toEqual({ records: 1 });
    await expect(invokeHandler(HANDLERS, event, { handler: 'callback_error' })).rejects.toThrow('callback failed');
  });

  test("the handler's error fails the invocation", async () => {
    await expect(invokeHandler(HANDLERS, event, { handler: 'failing' })).rejects.toThrow('handler failed');
  });

  test('a handler slower than the timeout fails it', async () => {
    await expect(invokeHandler(HANDLERS, event, { handler: 'slow', timeout: 1 })).rejects.toThrow(/^invokeHandler: slow timed out after 1 s \(request /);
  });

  test('the handler gets a copy of the event', async () => {
    await expect(invokeHandler(HANDLERS, event, { handler: 'mutating' })).resolves.toBe('ok');
    expect(event.Records).toHaveLength(1);
  });

  test('a missing handler names what the module exports', async () => {
    await expect(invokeHandler(HANDLERS, event, { handler: 'notAFunction' })).rejects.toThrow(
      `invokeHandler: ${HANDLERS} exports no function 'notAFunction' (it exports: main_handler, callback_handler, callback_error, failing, slow, mutating)`);
    await expect(invokeHandler(HANDLERS, event, { timeout: 0 })).rejects.toThrow('invokeHandler: timeout must be 1-900 seconds, got 0');
  });
});
