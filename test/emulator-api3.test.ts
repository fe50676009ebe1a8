// The emulator's proxy and API 3.0 envelope: TLS with the run's CA, routing by host, refused hosts, the
// request checks of the real endpoint (signature, version, region) and loud not-emulated actions.
import * as http from 'http';
import * as https from 'https';
import type { Socket } from 'net';
import * as tls from 'tls';
import { callApi, rawCall, tunnel } from './helpers/api3-client';
import { CloudEmulator, startCloudEmulator } from '../lib/testing/emulator';

let emulator: CloudEmulator;
beforeAll(async () => {
  emulator = await startCloudEmulator();
});
afterAll(async () => {
  await emulator.stop();
});

function responseOf(body: string): { Error?: { Code: string; Message: string }; RequestId: string } {
  return (JSON.parse(body) as { Response: { Error?: { Code: string; Message: string }; RequestId: string } }).Response;
}

describe('env', () => {
  test('gives a terraform process the proxy, the CA file, dummy credentials and neutralized provider settings', () => {
    expect(emulator.env).toMatchObject({
      HTTPS_PROXY: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      SSL_CERT_FILE: emulator.caFile,
      AWS_CA_BUNDLE: emulator.caFile,
      TENCENTCLOUD_SECRET_ID: expect.stringMatching(/^AKID/),
      TENCENTCLOUD_READ_RETRY_TIMEOUT: '1',
      TENCENTCLOUD_WRITE_RETRY_TIMEOUT: '1',
      TENCENTCLOUD_ASSUME_ROLE_ARN: '',
      TENCENTCLOUD_SECURITY_TOKEN: '',
      TENCENTCLOUD_DOMAIN: '',
      NO_PROXY: '',
      no_proxy: '',
    });
    expect(emulator.env.https_proxy).toBe(emulator.env.HTTPS_PROXY);
  });
});

describe('proxy', () => {
  test('the host certificate is signed by the run\'s CA and names the host', async () => {
    const socket = await tunnel(emulator, 'scf.tencentcloudapi.com');
    const cert = socket.getPeerCertificate();
    socket.destroy();
    expect(socket.authorized).toBe(true);
    expect(cert.subjectaltname).toBe('DNS:scf.tencentcloudapi.com');
    expect(cert.issuer.CN).toBe('cdktf-tencentcloud-cos-events local cloud emulator CA');
  });

  test('a client that does not trust the CA is refused by TLS', async () => {
    const proxy = new URL(emulator.env.HTTPS_PROXY);
    const error = await new Promise<Error>((resolve) => {
      const req = http.request({ host: proxy.hostname, port: Number(proxy.port), method: 'CONNECT', path: 'scf.tencentcloudapi.com:443' });
      req.on('connect', (_res: http.IncomingMessage, socket: Socket) => {
        const secure = tls.connect({ socket, servername: 'scf.tencentcloudapi.com' });
        secure.on('error', (e) => {
          socket.destroy();
          resolve(e);
        });
      });
      req.end();
    });
    expect((error as NodeJS.ErrnoException).code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  test('an unknown host gets a recorded 502 and is never passed on', async () => {
    const before = emulator.calls.length;
    const answer = await rawCall(emulator, { host: 'www.example.com', body: '{}' });
    expect(answer.status).toBe(502);
    expect(answer.body).toBe('cloud emulator: no emulated service serves host "www.example.com" (POST /); the request was not passed on\n');
    expect(emulator.calls.slice(before)).toEqual([
      { service: 'proxy', action: 'UnknownHost', target: 'www.example.com', errorCode: 'RefusedHost', time: expect.any(Number), unimplemented: true },
    ]);
    expect(emulator.unimplemented()).toContainEqual(expect.objectContaining({ action: 'UnknownHost', target: 'www.example.com' }));
  });

  test('a plain HTTP request through the proxy is refused and recorded', async () => {
    const proxy = new URL(emulator.env.HTTP_PROXY);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: proxy.hostname, port: Number(proxy.port), method: 'GET', path: 'http://metadata.tencentyun.com/latest/meta-data/', headers: { host: 'metadata.tencentyun.com' } }, (res) => {
        let body = '';
        res.on('data', (c) => { body += c; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer).toEqual({
      status: 502,
      body: 'cloud emulator: plain HTTP request for http://metadata.tencentyun.com/latest/meta-data/ refused; only HTTPS hosts of the emulated services are served\n',
    });
    expect(emulator.unimplemented()).toContainEqual(expect.objectContaining({ service: 'proxy', action: 'PlainHttpRequest', target: 'metadata.tencentyun.com' }));
  });

  test('the direct TLS port routes by SNI like a CONNECT tunnel', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = https.request({
        host: '127.0.0.1',
        port: emulator.internals.proxy.directTlsPort,
        servername: 'sts.tencentcloudapi.com',
        ca: emulator.caCertificate,
        method: 'POST',
        path: '/',
        headers: { 'host': 'sts.tencentcloudapi.com', 'x-tc-action': 'GetCallerIdentity', 'x-tc-version': '2018-08-13' },
      }, (res) => {
        let text = '';
        res.on('data', (c) => { text += c; });
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end('{}');
    });
    // Unsigned: the endpoint checks the signature before anything else of the action.
    expect(responseOf(body).Error?.Code).toBe('AuthFailure.SignatureFailure');
  });
});

describe('API 3.0 envelope', () => {
  test('answers {"Response": {..., "RequestId"}} with the action\'s fields', async () => {
    expect(await callApi(emulator, 'sts', 'GetCallerIdentity', {})).toEqual({
      Arn: 'qcs::cam::uin/100000000001:uin/100000000001',
      AccountId: '100000000001',
      UserId: '100000000001',
      PrincipalId: '100000000001',
      Type: 'RootAccount',
    });
  });

  test('an action the emulator does not implement is a loud error, listed by unimplemented()', async () => {
    const answer = await callApi(emulator, 'scf', 'Invoke', { FunctionName: 'x' });
    expect(answer.Error).toEqual({
      Code: 'UnsupportedOperation.NotEmulated',
      Message: 'cloud emulator: action scf:Invoke (version 2018-04-16) is not emulated',
    });
    expect(emulator.unimplemented()).toContainEqual({
      service: 'scf', action: 'Invoke', target: 'default/x', errorCode: 'UnsupportedOperation.NotEmulated', time: expect.any(Number), unimplemented: true,
    });
  });

  test('a product the emulator does not serve is a loud error too', async () => {
    const answer = await callApi(emulator, 'cvm', 'DescribeInstances', {});
    expect(answer.Error?.Code).toBe('UnsupportedOperation.NotEmulated');
    expect(answer.Error?.Message).toBe('cloud emulator: the product "cvm" (host cvm.tencentcloudapi.com) is not emulated; action DescribeInstances was refused');
  });

  test.each([
    ['a wrong secret key', { secretKey: 'not-the-key' }, 'AuthFailure.SignatureFailure'],
    ['an unknown SecretId', { secretId: 'AKIDsomebodyelse' }, 'AuthFailure.SecretIdNotFound'],
    ['an unknown API version', { version: '2017-01-01' }, 'NoSuchVersion'],
    ['an unknown region', { region: 'mars-north-1' }, 'UnsupportedRegion'],
    ['no action', { action: undefined }, 'MissingParameter'],
  ])('refuses %s like the real endpoint', async (_name, change, code) => {
    const answer = await rawCall(emulator, {
      host: 'sts.tencentcloudapi.com', action: 'GetCallerIdentity', version: '2018-08-13', region: 'ap-guangzhou', body: '{}', ...change,
    });
    expect(answer.status).toBe(200);
    expect(responseOf(answer.body).Error?.Code).toBe(code);
  });

  test('a body that is not a JSON object is InvalidParameter', async () => {
    const answer = await rawCall(emulator, {
      host: 'sts.tencentcloudapi.com', action: 'GetCallerIdentity', version: '2018-08-13', region: 'ap-guangzhou', body: '[1]',
    });
    expect(responseOf(answer.body).Error).toEqual({ Code: 'InvalidParameter', Message: 'The request body must be a JSON object.' });
  });
});
