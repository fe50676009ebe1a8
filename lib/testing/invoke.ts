// Runs a Node.js SCF handler locally the way SCF's Node.js runtime calls it: `exports.main_handler` with the
// event (as JSON) and a context object, async or callback style, with the function's environment and timeout.
import { randomUUID } from 'crypto';
import * as path from 'path';
import { describeValue, jsonText } from '../validation';

/** The context object SCF's Node.js runtime passes to a handler. */
export interface ScfContext {
  /** Whether the runtime waits for the event loop to empty before freezing the instance. */
  callbackWaitsForEmptyEventLoop: boolean;
  readonly memory_limit_in_mb: number;
  readonly time_limit_in_ms: number;
  readonly request_id: string;
  /** The function's environment variables as a JSON text. */
  readonly environment: string;
  /** The function's environment variables as `KEY=value;KEY=value`. */
  readonly environ: string;
  readonly function_version: string;
  readonly function_name: string;
  readonly namespace: string;
  readonly tencentcloud_region: string;
  readonly tencentcloud_appid: string;
  readonly tencentcloud_uin: string;
  /** Milliseconds left before the invocation times out. */
  getRemainingTimeInMillis(): number;
}

/** Options of `invokeHandler`. */
export interface InvokeOptions {
  /**
   * The exported function to call: `main_handler` or the SCF handler string `index.main_handler`.
   * @default 'main_handler'
   */
  readonly handler?: string;
  /**
   * The function's environment variables, set in `process.env` for the duration of the call. Credentials the
   * test process has (TENCENTCLOUD_SECRETID, ...) are hidden unless given here, as on SCF without a role.
   * @default {}
   */
  readonly environment?: { readonly [name: string]: string };
  /**
   * The function's timeout in seconds: the call fails when the handler takes longer.
   * @default 3 (the SCF default)
   */
  readonly timeout?: number;
  /** @default 128 */
  readonly memorySize?: number;
  /** @default 'function' */
  readonly functionName?: string;
  /** @default 'default' */
  readonly namespace?: string;
  /** @default 'ap-guangzhou' */
  readonly region?: string;
  /** @default '1250000000' */
  readonly appId?: string;
  /**
   * The request id.
   * @default a random UUID
   */
  readonly requestId?: string;
}

/** Environment variables that carry credentials; hidden from the handler unless the invocation sets them. */
const CREDENTIAL_VARIABLES = [
  'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN',
  'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'TENCENTCLOUD_SECURITY_TOKEN',
];

/** Throws for arguments of the wrong kind, before anything is loaded or changed. */
function checkArguments(handlerModulePath: unknown, options: unknown): asserts options is InvokeOptions {
  if (typeof handlerModulePath !== 'string' || handlerModulePath === '') {
    throw new Error(`invokeHandler: the handler module path must be a non-empty string, got ${jsonText(handlerModulePath)}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new Error(`invokeHandler: options must be an object, got ${jsonText(options)}`);
  const o = options as { [key: string]: unknown };
  for (const prop of ['handler', 'functionName', 'namespace', 'region', 'appId', 'requestId']) {
    if (o[prop] !== undefined && typeof o[prop] !== 'string') throw new Error(`invokeHandler: ${prop} must be a string, got ${jsonText(o[prop])}`);
  }
  if (o.memorySize !== undefined && typeof o.memorySize !== 'number') throw new Error(`invokeHandler: memorySize must be a number of MB, got ${jsonText(o.memorySize)}`);
  const env = o.environment;
  if (env !== undefined && (typeof env !== 'object' || env === null || Array.isArray(env) || Object.values(env).some((v) => typeof v !== 'string'))) {
    throw new Error(`invokeHandler: environment must be an object of strings, got ${jsonText(env)}`);
  }
}

/** Loads the handler module; a module that does not exist is reported by path (its own load errors pass through). */
function load(modulePath: string): { [name: string]: unknown } {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(modulePath) as { [name: string]: unknown };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    if (err?.code === 'MODULE_NOT_FOUND' && typeof err.message === 'string' && err.message.includes(modulePath)) {
      throw new Error(`invokeHandler: there is no handler module at ${modulePath}`);
    }
    throw e;
  }
}

type Handler = (event: unknown, context: ScfContext, callback?: (error?: unknown, result?: unknown) => void) => unknown;

/**
 * Loads a Node.js handler module and invokes its handler with the event, as SCF does: the event goes through
 * JSON (as it does on the wire), the context carries the request id, limits and function identity, and the
 * result comes back through JSON. Async handlers and callback handlers (three parameters) both work. The module
 * is loaded with `require`, once per module registry, like a warm SCF instance: state it keeps in module scope
 * survives between invocations.
 *
 * @returns the handler's result, as the caller of an SCF function would see it
 * @throws the handler's error, or an error when the module has no such handler or the call times out
 */
export async function invokeHandler(handlerModulePath: string, event: unknown, options: InvokeOptions = {}): Promise<any> {
  checkArguments(handlerModulePath, options);
  let payload: unknown;
  try {
    payload = JSON.parse(JSON.stringify(event ?? null) ?? 'null');
  } catch {
    throw new Error(`invokeHandler: the event must be JSON (as it travels to SCF), got ${describeValue(event)}`);
  }
  const exportName = (options.handler ?? 'main_handler').split('.').pop()!;
  const modulePath = path.resolve(handlerModulePath);
  const timeout = options.timeout ?? 3;
  if (typeof timeout !== 'number' || !(timeout > 0 && timeout <= 900)) throw new Error(`invokeHandler: timeout must be 1-900 seconds, got ${jsonText(timeout)}`);
  const environment = { ...(options.environment ?? {}) };
  const requestId = options.requestId ?? randomUUID();

  const saved = new Map<string, string | undefined>();
  const setVariable = (name: string, value: string | undefined) => {
    if (!saved.has(name)) saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  for (const name of CREDENTIAL_VARIABLES) if (!(name in environment)) setVariable(name, undefined);
  for (const [name, value] of Object.entries(environment)) setVariable(name, value);

  const started = Date.now();
  const context: ScfContext = {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, timeout * 1000 - (Date.now() - started)),
    memory_limit_in_mb: options.memorySize ?? 128,
    time_limit_in_ms: timeout * 1000,
    request_id: requestId,
    environment: JSON.stringify(environment),
    environ: Object.entries(environment).map(([k, v]) => `${k}=${v}`).join(';'),
    function_version: '$LATEST',
    function_name: options.functionName ?? 'function',
    namespace: options.namespace ?? 'default',
    tencentcloud_region: options.region ?? 'ap-guangzhou',
    tencentcloud_appid: options.appId ?? '1250000000',
    tencentcloud_uin: '100000000001',
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    const loaded = load(modulePath);
    const handler = loaded[exportName];
    if (typeof handler !== 'function') {
      const exported = Object.keys(loaded).filter((k) => typeof loaded[k] === 'function');
      throw new Error(`invokeHandler: ${modulePath} exports no function '${exportName}' (it exports: ${exported.join(', ') || 'no functions'})`);
    }
    const run = new Promise<unknown>((resolve, reject) => {
      const fn = handler as Handler;
      if (fn.length >= 3) {
        fn(payload, context, (error?: unknown, result?: unknown) => (error ? reject(error) : resolve(result)));
      } else {
        Promise.resolve().then(() => fn(payload, context)).then(resolve, reject);
      }
    });
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`invokeHandler: ${exportName} timed out after ${timeout} s (request ${requestId})`)), timeout * 1000);
    });
    const result = await Promise.race([run, timedOut]);
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  } finally {
    if (timer) clearTimeout(timer);
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
