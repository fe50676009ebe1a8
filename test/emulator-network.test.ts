import * as http from 'http';
import * as net from 'net';
import { isLoopbackHost, withHandlerNetwork } from '../lib/testing/emulator/cos-handler-network';

// A function run by the emulator reaches emulated hosts and loopback only: every other connection is refused
// before the socket starts connecting, so nothing leaves the machine.
const network = { proxyUrl: 'http://127.0.0.1:9', directTlsPort: 9, caCertificate: '' };

function refusal(socket: net.Socket): Promise<NodeJS.ErrnoException> {
  return new Promise((resolve, reject) => {
    socket.on('error', resolve);
    socket.on('connect', () => reject(new Error('connected')));
  });
}

describe('the network of a function run by the emulator', () => {
  const realConnect = net.Socket.prototype.connect;
  afterEach(() => {
    net.Socket.prototype.connect = realConnect;
  });

  test('a connection to a private or public address is refused without connecting, with a message naming the target', async () => {
    // GIVEN the socket layer below the guard would fail the test if it were ever reached
    const below = jest.fn(() => {
      throw new Error('the guard let a non-loopback connection through');
    });
    net.Socket.prototype.connect = below as unknown as typeof realConnect;

    // WHEN a handler connects to a database in a VPC, by options and by (port, host), and fetches a web page
    const errors = await withHandlerNetwork(network, async () => {
      const byOptions = net.connect({ host: '10.0.1.10', port: 3306 });
      const byPortHost = net.connect(443, '203.0.113.7');
      const connecting = [byOptions.connecting, byPortHost.connecting];
      const request = http.get('http://db.example.invalid:8080/');
      const page = new Promise<NodeJS.ErrnoException>((resolve) => request.on('error', resolve));
      return { connecting, results: await Promise.all([refusal(byOptions), refusal(byPortHost), page]) };
    });

    // THEN nothing reached the socket layer, and each error says what was refused and why
    expect(below).not.toHaveBeenCalled();
    expect(errors.connecting).toEqual([false, false]);
    expect(errors.results.map((e) => [e.code, e.message])).toEqual([
      ['ECONNREFUSED', 'the cloud emulator does not let a function reach 10.0.1.10:3306: during an invocation only emulated Tencent Cloud hosts and loopback addresses are reachable'],
      ['ECONNREFUSED', 'the cloud emulator does not let a function reach 203.0.113.7:443: during an invocation only emulated Tencent Cloud hosts and loopback addresses are reachable'],
      ['ECONNREFUSED', 'the cloud emulator does not let a function reach db.example.invalid:8080: during an invocation only emulated Tencent Cloud hosts and loopback addresses are reachable'],
    ]);
    // AND the socket layer is restored afterwards
    expect(net.Socket.prototype.connect).toBe(below);
  });

  test('a connection to a loopback port goes through', async () => {
    const server = net.createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const text = await withHandlerNetwork(network, () => new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port });
        let data = '';
        socket.on('data', (chunk) => { data += chunk.toString(); });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      }));
      expect(text).toBe('hello');
    } finally {
      server.close();
    }
    expect(net.Socket.prototype.connect).toBe(realConnect);
  });

  test.each([
    ['localhost', true], ['127.0.0.1', true], ['127.45.0.3', true], ['::1', true], ['[::1]', true], ['::ffff:127.0.0.1', true],
    ['10.0.1.10', false], ['192.168.1.1', false], ['172.16.0.1', false], ['8.8.8.8', false], ['example.com', false],
    ['127.0.0.1.example.com', false], ['::ffff:10.0.0.1', false],
  ])('isLoopbackHost(%p) is %p', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
