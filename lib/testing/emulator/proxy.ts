import * as http from 'http';
import type { AddressInfo, Socket } from 'net';
import * as tls from 'tls';
import { CertificateAuthority } from './ca';
import { CallRecorder, EmulatorHandler, EmulatorRequest, EmulatorResponse, readBody } from './http';

/** Where requests for a group of hosts go. */
export interface ProxyRoute {
  /** A short name for logs and errors (e.g. `api3`, `cos`). */
  readonly name: string;
  /** Whether this route serves the host (lower case, without port). */
  readonly matches: (host: string) => boolean;
  /** The handler for the route's requests. */
  readonly handler: EmulatorHandler;
}

/** Options of {@link startProxy}. */
export interface ProxyOptions {
  /** The routes, tried in order; the first that matches a host serves it. */
  readonly routes: readonly ProxyRoute[];
  /** Records refused hosts and handler crashes (service `proxy`). */
  readonly record: CallRecorder;
  /** The CA that signs the leaf certificate of each host. */
  readonly ca: CertificateAuthority;
}

/** A running proxy. */
export interface RunningProxy {
  /** The proxy URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The proxy's port on 127.0.0.1. */
  readonly port: number;
  /**
   * A second port on 127.0.0.1 that takes TLS directly (no CONNECT): the SNI server name picks the certificate
   * and the route, exactly as the CONNECT host does on the proxy port. For clients that cannot use a proxy.
   */
  readonly directTlsPort: number;
  /** Stops listening and closes every open connection. */
  stop(): Promise<void>;
}

/** Header names the proxy adds to its own errors, so that they cannot be mistaken for a service's answer. */
export const PROXY_ERROR_HEADER = 'x-cloud-emulator-error';

/**
 * Starts an HTTP proxy on 127.0.0.1 that answers `CONNECT host:443` by terminating TLS itself with a
 * certificate for `host` signed by the run's CA, then serves the tunnelled HTTP requests with the route
 * for `host`. A host no route serves gets a recorded 502 error: nothing is ever passed through to the
 * internet. Plain (non-CONNECT) proxy requests are refused the same way.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  // One plain HTTP server parses the requests of every terminated tunnel.
  const inner = http.createServer((req, res) => {
    const host = ((req.socket as tls.TLSSocket & { emulatorHost?: string }).emulatorHost || hostOf(req.headers.host ?? '')).toLowerCase();
    void serve(options, host, req, res);
  });
  inner.keepAliveTimeout = 30_000;

  const outer = http.createServer((req, res) => {
    // A request for an absolute http:// URL: the emulator serves HTTPS hosts only.
    const host = hostOf(req.headers.host ?? '');
    options.record({ service: 'proxy', action: 'PlainHttpRequest', target: host, errorCode: 'RefusedHost', time: Date.now(), unimplemented: true });
    sendProxyError(res, `cloud emulator: plain HTTP request for ${req.url} refused; only HTTPS hosts of the emulated services are served`);
  });
  outer.on('connection', track);
  outer.on('connect', (req: http.IncomingMessage, clientSocket: Socket, head: Buffer) => {
    const host = hostOf(req.url ?? '');
    if (head.length > 0) {
      clientSocket.unshift(head);
    }
    clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const leaf = options.ca.leafFor(host);
    const tlsSocket = new tls.TLSSocket(clientSocket, {
      isServer: true,
      secureContext: tls.createSecureContext({ key: leaf.key, cert: leaf.cert }),
      ALPNProtocols: ['http/1.1'],
    }) as tls.TLSSocket & { emulatorHost?: string };
    tlsSocket.emulatorHost = host;
    track(tlsSocket);
    tlsSocket.on('error', () => tlsSocket.destroy());
    clientSocket.on('error', () => clientSocket.destroy());
    inner.emit('connection', tlsSocket);
  });

  const fallback = options.ca.leafFor('localhost');
  const direct = tls.createServer({
    key: fallback.key,
    cert: fallback.cert,
    ALPNProtocols: ['http/1.1'],
    SNICallback: (servername, callback) => {
      const leaf = options.ca.leafFor(servername);
      callback(null, tls.createSecureContext({ key: leaf.key, cert: leaf.cert }));
    },
  });
  direct.on('connection', track);
  direct.on('secureConnection', (socket: tls.TLSSocket & { emulatorHost?: string }) => {
    socket.emulatorHost = typeof socket.servername === 'string' ? socket.servername : '';
    socket.on('error', () => socket.destroy());
    inner.emit('connection', socket);
  });
  direct.on('tlsClientError', (_error, socket) => socket.destroy());

  const listen = (server: http.Server | tls.Server): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(outer);
  const directTlsPort = await listen(direct);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    directTlsPort,
    stop: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      inner.close();
      await Promise.all([
        new Promise<void>((resolve) => outer.close(() => resolve())),
        new Promise<void>((resolve) => direct.close(() => resolve())),
      ]);
    },
  };
}

async function serve(options: ProxyOptions, host: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const route = options.routes.find((r) => r.matches(host));
  if (!route) {
    options.record({ service: 'proxy', action: 'UnknownHost', target: host, errorCode: 'RefusedHost', time: Date.now(), unimplemented: true });
    await readBody(req).catch(() => Buffer.alloc(0));
    sendProxyError(res, `cloud emulator: no emulated service serves host ${JSON.stringify(host)} (${req.method} ${req.url}); the request was not passed on`);
    return;
  }
  let response: EmulatorResponse;
  try {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', `https://${host}`);
    const request: EmulatorRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      host,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    };
    response = await route.handler(request);
  } catch (e) {
    const message = e instanceof Error ? e.stack ?? e.message : String(e);
    options.record({ service: 'proxy', action: 'HandlerCrash', target: `${route.name} ${host}`, errorCode: 'InternalError', time: Date.now() });
    res.statusCode = 500;
    res.setHeader(PROXY_ERROR_HEADER, 'handler-crash');
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`cloud emulator: the ${route.name} handler failed on ${req.method} ${host}${req.url}: ${message}`);
    return;
  }
  const body = response.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    res.setHeader(name, value);
  }
  if (req.method === 'HEAD') {
    if (!res.hasHeader('content-length')) {
      res.setHeader('content-length', String(body.length));
    }
    res.end();
    return;
  }
  res.setHeader('content-length', String(body.length));
  res.end(body);
}

function sendProxyError(res: http.ServerResponse, message: string): void {
  res.statusCode = 502;
  res.setHeader(PROXY_ERROR_HEADER, 'refused-host');
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(message + '\n');
}

/** `host:port`, `[v6]:port` or a URL, to the lower-case host name. */
function hostOf(authority: string): string {
  let value = authority;
  if (/^[a-z]+:\/\//i.test(value)) {
    try {
      return new URL(value).hostname.toLowerCase();
    } catch {
      return value.toLowerCase();
    }
  }
  if (value.startsWith('[')) {
    return value.slice(1, value.indexOf(']')).toLowerCase();
  }
  const colon = value.lastIndexOf(':');
  if (colon >= 0) {
    value = value.slice(0, colon);
  }
  return value.toLowerCase();
}
