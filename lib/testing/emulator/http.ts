import type { IncomingHttpHeaders } from 'http';

/** One HTTP request as it arrived in the clear, after the emulator's proxy terminated TLS. */
export interface EmulatorRequest {
  /** The HTTP method, upper case (`GET`, `PUT`, `POST`, ...). */
  readonly method: string;
  /** The host the client connected to, without the port (e.g. `scf.tencentcloudapi.com`). */
  readonly host: string;
  /** The request path without the query string (e.g. `/` or `/photos/cat.jpg`, still percent-encoded). */
  readonly path: string;
  /** The parsed query string. */
  readonly query: URLSearchParams;
  /** The request headers, lower-cased names as Node.js delivers them. */
  readonly headers: IncomingHttpHeaders;
  /** The whole request body. */
  readonly body: Buffer;
}

/** The response a handler gives for one request. */
export interface EmulatorResponse {
  /** The HTTP status code. */
  readonly status: number;
  /**
   * Response headers.
   * @default - none besides `content-length`
   */
  readonly headers?: Record<string, string>;
  /**
   * Response body.
   * @default - empty
   */
  readonly body?: string | Buffer;
}

/** A function serving the requests of one group of hosts. */
export type EmulatorHandler = (req: EmulatorRequest) => Promise<EmulatorResponse> | EmulatorResponse;

/** One API call as the emulator saw it, for debugging and assertions. */
export interface RecordedCall {
  /** The service: `scf`, `cam`, `sts`, `cos`, ... or `proxy` for a refused host. */
  readonly service: string;
  /** The API 3.0 action (e.g. `CreateTrigger`) or the COS operation (e.g. `PutBucketCors`). */
  readonly action: string;
  /**
   * The resource the call was about (bucket, function, role, ...) when known.
   * @default - none
   */
  readonly target?: string;
  /**
   * The error code the emulator answered with (e.g. `ResourceInUse.Cos`, `NoSuchBucket`).
   * @default - the call succeeded
   */
  readonly errorCode?: string;
  /** When the call arrived, in milliseconds since the epoch. */
  readonly time: number;
  /**
   * True when the emulator refused the call because it does not emulate it (an API action, a COS operation or
   * a host it does not serve): a gap of the emulator, not a behaviour of the cloud.
   * @default false
   */
  readonly unimplemented?: boolean;
}

/** Records calls; shared by every service of one emulator. */
export type CallRecorder = (call: RecordedCall) => void;

/** Reads a request body completely. */
export function readBody(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
