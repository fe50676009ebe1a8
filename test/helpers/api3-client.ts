// A minimal Tencent Cloud API 3.0 client for the emulator's unit tests: it goes through the emulator's proxy
// with a CONNECT tunnel (as the provider does), trusts the emulator's CA only, and signs with TC3-HMAC-SHA256.
import { createHash, createHmac } from 'crypto';
import * as http from 'http';
import * as tls from 'tls';
import type { CloudEmulator } from '../../lib/testing/emulator';

/** The answer of one call: `Response` without `RequestId`. */
export type Api3Answer = Record<string, unknown> & { Error?: { Code: string; Message: string } };

/** Options of one raw call. */
export interface RawCallOptions {
  readonly host: string;
  readonly action?: string;
  readonly version?: string;
  readonly region?: string;
  readonly body?: string;
  readonly secretId?: string;
  readonly secretKey?: string;
  /** The session token of temporary credentials (header X-TC-Token). */
  readonly token?: string;
  readonly method?: string;
}

/** Calls an action of a product (e.g. `scf`, `CreateTrigger`) and returns `Response` without `RequestId`. */
export async function callApi(emulator: CloudEmulator, service: string, action: string, params: object): Promise<Api3Answer> {
  const versions: Record<string, string> = {
    scf: '2018-04-16', cam: '2019-01-16', sts: '2018-08-13', tag: '2018-08-13', cdn: '2018-06-06', ssm: '2019-09-23',
  };
  const raw = await rawCall(emulator, {
    host: `${service}.tencentcloudapi.com`, action, version: versions[service] ?? '2020-01-01', region: emulator.region, body: JSON.stringify(params),
  });
  const parsed = JSON.parse(raw.body) as { Response: Api3Answer & { RequestId: string } };
  expect(raw.status).toBe(200);
  expect(typeof parsed.Response.RequestId).toBe('string');
  const { RequestId: _id, ...rest } = parsed.Response;
  return rest;
}

/** The error code of a call that must fail (and fails the test when the call succeeds). */
export async function errorOf(emulator: CloudEmulator, service: string, action: string, params: object): Promise<string> {
  const answer = await callApi(emulator, service, action, params);
  if (!answer.Error) {
    throw new Error(`${service}:${action} succeeded but was expected to fail: ${JSON.stringify(answer)}`);
  }
  return answer.Error.Code;
}

/** The raw answer of one request. */
export interface RawAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** One signed HTTPS request through the proxy; returns the status and the body text. */
export async function rawCall(emulator: CloudEmulator, o: RawCallOptions): Promise<RawAnswer> {
  const body = o.body ?? '';
  const timestamp = Math.floor(Date.now() / 1000);
  const service = o.host.split('.')[0];
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'host': o.host,
    'x-tc-timestamp': String(timestamp),
  };
  if (o.action) headers['x-tc-action'] = o.action;
  if (o.version) headers['x-tc-version'] = o.version;
  if (o.region) headers['x-tc-region'] = o.region;
  if (o.token) headers['x-tc-token'] = o.token;
  headers.authorization = sign({
    method: o.method ?? 'POST',
    body,
    host: o.host,
    service,
    timestamp,
    action: o.action ?? '',
    secretId: o.secretId ?? emulator.env.TENCENTCLOUD_SECRET_ID,
    secretKey: o.secretKey ?? emulator.env.TENCENTCLOUD_SECRET_KEY,
  });
  const socket = await tunnel(emulator, o.host);
  return new Promise((resolve, reject) => {
    const req = http.request({ method: o.method ?? 'POST', path: '/', headers, createConnection: () => socket }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        socket.destroy();
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Opens a CONNECT tunnel through the emulator's proxy and starts TLS in it, trusting only the emulator's CA. */
export function tunnel(emulator: CloudEmulator, host: string): Promise<tls.TLSSocket> {
  const proxy = new URL(emulator.env.HTTPS_PROXY);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: proxy.hostname, port: Number(proxy.port), method: 'CONNECT', path: `${host}:443` });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        reject(new Error(`CONNECT ${host} answered ${res.statusCode}`));
        return;
      }
      const secure = tls.connect({ socket, servername: host, ca: emulator.caCertificate }, () => resolve(secure));
      secure.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface SignInput {
  readonly method: string;
  readonly body: string;
  readonly host: string;
  readonly service: string;
  readonly timestamp: number;
  readonly action: string;
  readonly secretId: string;
  readonly secretKey: string;
}

// TC3-HMAC-SHA256 as the API 3.0 "Signature v3" documentation describes it, signing content-type, host and x-tc-action.
function sign(s: SignInput): string {
  const date = new Date(s.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonicalHeaders = `content-type:application/json; charset=utf-8\nhost:${s.host}\nx-tc-action:${s.action.toLowerCase()}\n`;
  const canonicalRequest = [s.method, '/', '', canonicalHeaders, signedHeaders, sha256(s.body)].join('\n');
  const scope = `${date}/${s.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(s.timestamp), scope, sha256(canonicalRequest)].join('\n');
  const kDate = hmac(Buffer.from(`TC3${s.secretKey}`), date);
  const kSigning = hmac(hmac(kDate, s.service), 'tc3_request');
  const signature = createHmac('sha256', kSigning).update(stringToSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${s.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
