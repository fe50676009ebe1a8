// The network of a function the emulator runs in-process: its SDK calls to Tencent Cloud hosts (the official
// cos-nodejs-sdk-v5, which sends through `request` and its keep-alive agent, or any other client built on Node's
// `tls`) must reach the emulator, with the run's CA trusted, and nothing may reach the internet. While an
// invocation runs:
// - `tls.connect` is wrapped: a connection to an emulated host goes to the emulator's direct TLS port (with the
//   original server name, so that the certificate and the route are the host's), and a connection through a
//   tunnel the client already opened (HTTPS_PROXY) gets the CA added;
// - the proxy variables point at the emulator's proxy, so that proxy-aware clients tunnel there (and a host
//   the emulator does not serve is refused there) instead of through a proxy of the test machine;
// - every other TCP connection (`net.Socket#connect`, which `net.connect`, `tls.connect`, `http` and database
//   drivers all end in) is refused before any packet is sent unless it goes to a loopback address: a handler
//   that calls a database or a service the emulator does not serve fails loudly instead of reaching the network.
import * as net from 'net';
// The module object itself, not a namespace copy (`import * as` gives a copy whose properties cannot be set):
// its `connect` property is what every client calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tls = require('tls');

/** Where a function's calls go. */
export interface HandlerNetwork {
  /** The emulator's proxy URL (`http://127.0.0.1:<port>`). */
  readonly proxyUrl: string;
  /** The emulator's port that takes TLS directly, routed by server name. */
  readonly directTlsPort: number;
  /** The CA certificate (PEM) that signs the emulator's host certificates. */
  readonly caCertificate: string;
}

/** Hosts of Tencent Cloud services: never reached on the internet from an invocation. */
export function isTencentCloudHost(host: string): boolean {
  return /(^|\.)(myqcloud\.com|tencentcloudapi\.com|tencentcos\.cn)$/i.test(host);
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

type Connect = typeof tls.connect;
type SocketConnect = typeof net.Socket.prototype.connect;

let active: HandlerNetwork | undefined;
let original: Connect | undefined;
let originalSocketConnect: SocketConnect | undefined;

/** Whether `host` names this machine's loopback interface (`localhost`, 127.0.0.0/8, `::1`). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The TCP target of `Socket#connect` arguments (undefined for a local IPC path). */
function socketTarget(args: unknown[]): { host: string; port: unknown } | undefined {
  // net.connect() passes its normalized arguments as one array.
  const list = Array.isArray(args[0]) ? args[0] as unknown[] : args;
  const first = list[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: unknown; host?: unknown; port?: unknown };
    if (o.path !== undefined && o.port === undefined) return undefined;
    return { host: typeof o.host === 'string' && o.host !== '' ? o.host : 'localhost', port: o.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined;
  return { host: typeof list[1] === 'string' && list[1] !== '' ? list[1] : 'localhost', port: first };
}

function guardedSocketConnect(this: net.Socket, ...args: unknown[]): net.Socket {
  const target = socketTarget(args);
  if (target && !isLoopbackHost(target.host)) {
    const error = Object.assign(
      new Error(`the cloud emulator does not let a function reach ${target.host}:${String(target.port)}: during an invocation only emulated Tencent Cloud hosts and loopback addresses are reachable`),
      { code: 'ECONNREFUSED' },
    );
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return (originalSocketConnect as (...a: unknown[]) => net.Socket).apply(this, args);
}

/** `tls.connect` arguments in their object form: `(options, cb)`, `(port, options?, cb?)`, `(port, host, options?, cb?)`. */
function normalize(args: unknown[]): { options: tls.ConnectionOptions; callback?: () => void } {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() as () => void : undefined;
  if (typeof args[0] === 'object' && args[0] !== null) return { options: { ...(args[0] as tls.ConnectionOptions) }, callback };
  const options: tls.ConnectionOptions = {};
  let rest = args;
  if (typeof rest[0] === 'number' || typeof rest[0] === 'string') {
    if (typeof rest[0] === 'number') options.port = rest[0];
    else options.path = rest[0];
    rest = rest.slice(1);
  }
  if (typeof rest[0] === 'string') {
    options.host = rest[0];
    rest = rest.slice(1);
  }
  if (typeof rest[0] === 'object' && rest[0] !== null) Object.assign(options, rest[0]);
  return { options, callback };
}

function routed(...args: unknown[]): tls.TLSSocket {
  const connect = original!;
  const network = active;
  const { options, callback } = normalize(args);
  const host = (options.servername || options.host || '').replace(/\.$/, '');
  if (!network || !isTencentCloudHost(host)) return connect(options, callback);
  const trusted = { ...options, servername: host, ca: network.caCertificate };
  if (options.socket) return connect(trusted, callback);
  return connect({ ...trusted, host: '127.0.0.1', port: network.directTlsPort }, callback);
}

/**
 * Runs `body` with the function network routed to the emulator (see the file comment); restores `tls.connect`
 * and the proxy variables afterwards. Invocations must not overlap (the emulator runs them one at a time).
 */
export async function withHandlerNetwork<T>(network: HandlerNetwork, body: () => Promise<T>): Promise<T> {
  if (active) throw new Error('withHandlerNetwork: an invocation is already running; the emulator runs them one at a time');
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) process.env[name] = network.proxyUrl;
  delete process.env.NO_PROXY;
  delete process.env.no_proxy;
  original = tls.connect;
  originalSocketConnect = net.Socket.prototype.connect;
  active = network;
  (tls as { connect: Connect }).connect = routed as Connect;
  net.Socket.prototype.connect = guardedSocketConnect as SocketConnect;
  try {
    return await body();
  } finally {
    (tls as { connect: Connect }).connect = original;
    net.Socket.prototype.connect = originalSocketConnect;
    originalSocketConnect = undefined;
    active = undefined;
    original = undefined;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
