// Event delivery: every object created, removed or restored through the emulator's COS API is matched against the
// live COS triggers (enabled, same bucket domain, event of the rule or a member of its family, key within the
// prefix and suffix), and each match runs the function's deployed package (the zip Terraform uploaded,
// unpacked) with the COS message, like SCF's asynchronous invocation. Deliveries run one at a time, after the
// COS response: they never change what the COS call answered. A trigger's qualifier picks the code that runs:
// `$LATEST` the function's current code, a version number that version's snapshot, an alias the version it routes
// to when the delivery runs (weighted routing as scf-aliases.ts describes: deterministic, by the count of earlier
// invocations through that alias).
import { createHash } from 'crypto';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { CosEvent, isCosEvent } from '../../cos-event';
import { eventMatches, keyMatches } from '../../private/matching';
import { parseTriggerDesc } from '../../private/trigger-desc';
import { CosTriggerEvent } from '../cos-trigger-event';
import { cosEvent } from '../event-payload';
import { invokeHandler } from '../invoke';
import type { CosService } from './cos';
import { HandlerNetwork, withHandlerNetwork } from './cos-handler-network';
import type { ObjectEventRecord } from './cos-state';
import { findAlias, routeAlias, findVersion, functionAt } from './scf-qualifiers';
import { CloudState, FunctionRecord, TriggerRecord, functionKey } from './state';
import { mintRoleCredentials } from './sts';
import type { LiveTrigger } from './types';

/** The trigger that caused an invocation, as it was when the object event happened (a snapshot of a live trigger). */
export type DeliveredTrigger = LiveTrigger;

/** One run of a function by a COS trigger. */
export interface Invocation {
  readonly functionName: string;
  readonly namespace: string;
  readonly qualifier: string;
  /** The version that ran: `$LATEST`, or the published version the qualifier named or the alias routed to. */
  readonly version: string;
  /** The message the function received. */
  readonly event: CosTriggerEvent;
  readonly trigger: DeliveredTrigger;
  /** The bucket, key and concrete event of the operation. */
  readonly object: { readonly bucket: string; readonly key: string; readonly event: CosEvent; readonly versionId: string };
  /** What the handler returned (through JSON), when it succeeded. */
  readonly result?: unknown;
  /** The handler's error (or why it could not run), when it failed. */
  readonly error?: string;
  readonly requestId: string;
  /** Milliseconds since the epoch. */
  readonly startedAt: number;
  readonly durationMs: number;
}

/** Options of `createDelivery`. */
export interface DeliveryOptions {
  readonly cos: CosService;
  readonly state: CloudState;
  readonly network: HandlerNetwork;
  /** Where function packages are unpacked (one folder per package content). */
  readonly codeDir: string;
  /**
   * Upper bound of any invocation, in milliseconds (the function's own timeout applies when shorter).
   * @default no bound beyond the function's timeout
   */
  readonly invokeTimeoutMs?: number;
  /**
   * Deliver events at all.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Invocations after which delivery stops (a function writing into the bucket that triggers it would otherwise
   * never stop).
   * @default 500
   */
  readonly maxInvocations?: number;
}

/** The event delivery of one emulator. */
export interface Delivery {
  /** Every invocation so far, in the order they ran. */
  readonly invocations: readonly Invocation[];
  /** Resolves when no delivery is queued or running and no restore job is pending. @throws when delivery stopped at `maxInvocations` */
  settle(): Promise<void>;
}

interface Job {
  readonly record: ObjectEventRecord;
  readonly trigger: DeliveredTrigger;
}

/** Invocations so far through each alias (keyed `namespace/function/alias`), for weighted routing. */
type AliasCounters = Map<string, number>;

/** Starts delivering the COS service's object events to the state's live triggers. */
export function createDelivery(options: DeliveryOptions): Delivery {
  const invocations: Invocation[] = [];
  const queue: Job[] = [];
  const maxInvocations = options.maxInvocations ?? 500;
  let running = false;
  let overflow: string | undefined;
  let waiters: Array<() => void> = [];
  const aliasCounters: AliasCounters = new Map();

  const wake = (): void => {
    const list = waiters;
    waiters = [];
    for (const w of list) w();
  };

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        invocations.push(await deliver(options, job, aliasCounters));
      }
    } finally {
      running = false;
      wake();
    }
  };

  options.cos.onObjectEvent((record) => {
    if (options.enabled === false || overflow) return;
    const matched = matchingTriggers(options.state.triggers, record);
    if (invocations.length + queue.length + matched.length > maxInvocations) {
      overflow = `event delivery stopped after ${maxInvocations} invocations (maxInvocations): does a function write into a bucket that triggers it? Last event: ${record.event} ${record.bucket}/${record.key}`;
      queue.length = 0;
      return;
    }
    for (const trigger of matched) queue.push({ record, trigger });
    // After the COS call has answered: delivery never changes the response.
    if (matched.length > 0) setImmediate(() => void pump());
  });

  return {
    invocations,
    settle: async () => {
      for (;;) {
        await options.cos.idle();
        if (!running && queue.length > 0) void pump();
        if (running) {
          await new Promise<void>((resolve) => waiters.push(resolve));
          continue;
        }
        // Let deliveries scheduled by the last COS calls start before deciding that everything is done.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (!running && queue.length === 0 && options.cos.pendingJobs === 0) break;
      }
      if (overflow) throw new Error(overflow);
    },
  };
}

/** The live triggers an object event reaches, newest first as ListTriggers orders them. */
export function matchingTriggers(triggers: readonly TriggerRecord[], record: ObjectEventRecord): DeliveredTrigger[] {
  const domain = `${record.bucket}.cos.${record.region}.myqcloud.com`;
  if (!isCosEvent(record.event)) return [];
  const event = record.event;
  return [...triggers].sort((a, b) => b.seq - a.seq).filter((t) => {
    if (t.type !== 'cos' || t.enable !== 'OPEN' || t.triggerName.toLowerCase() !== domain) return false;
    const desc = parseTriggerDesc(t.triggerDesc);
    return typeof desc !== 'string' && eventMatches(desc.event, event) && keyMatches(desc.filter, record.key);
  }).map((t) => ({
    functionName: t.functionName,
    namespace: t.namespace,
    qualifier: t.qualifier,
    type: t.type,
    triggerName: t.triggerName,
    triggerDesc: t.triggerDesc,
    enable: t.enable,
    ...(t.description !== undefined ? { description: t.description } : {}),
    addTime: t.addTime,
    modTime: t.modTime,
  }));
}

async function deliver(options: DeliveryOptions, job: Job, aliasCounters: AliasCounters): Promise<Invocation> {
  const { record, trigger } = job;
  const requestId = createHash('sha256').update(`${record.time}:${record.key}:${Math.random()}`).digest('hex').slice(0, 32);
  const requestIdFormatted = `${requestId.slice(0, 8)}-${requestId.slice(8, 12)}-${requestId.slice(12, 16)}-${requestId.slice(16, 20)}-${requestId.slice(20)}`;
  const startedAt = Date.now();
  let event: CosTriggerEvent = { Records: [] };
  const base: Omit<Invocation, 'event' | 'durationMs'> & { version: string } = {
    functionName: trigger.functionName,
    namespace: trigger.namespace,
    qualifier: trigger.qualifier,
    version: trigger.qualifier,
    trigger,
    object: { bucket: record.bucket, key: record.key, event: record.event as CosEvent, versionId: record.versionId },
    requestId: requestIdFormatted,
    startedAt,
  };
  try {
    event = messageFor(record, trigger);
    const fn = options.state.functions.get(functionKey(trigger.namespace, trigger.functionName));
    if (!fn) throw new Error(`function ${trigger.namespace}/${trigger.functionName} no longer exists`);
    const target = resolveQualifier(options.state, fn, trigger.qualifier, aliasCounters);
    base.version = target.version;
    const result = await run(options, target.fn, target.version, event, requestIdFormatted);
    return { ...base, event, result, durationMs: Date.now() - startedAt };
  } catch (e) {
    const error = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
    return { ...base, event, error, durationMs: Date.now() - startedAt };
  }
}

/** The code a qualifier runs now: `$LATEST`, a published version, or the version an alias routes to. */
function resolveQualifier(state: CloudState, fn: FunctionRecord, qualifier: string,
  counters: AliasCounters): { fn: FunctionRecord; version: string } {
  let version = qualifier;
  if (qualifier !== '$LATEST' && !findVersion(state, fn.namespace, fn.name, qualifier)) {
    const alias = findAlias(state, fn.namespace, fn.name, qualifier);
    if (!alias) throw new Error(`the trigger invokes ${qualifier}, which is no version or alias of function ${fn.namespace}/${fn.name} (any more)`);
    const key = `${functionKey(fn.namespace, fn.name)}/${qualifier}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    version = routeAlias(alias, n);
  }
  const code = functionAt(state, fn, version);
  if (!code) throw new Error(`version ${version} of function ${fn.namespace}/${fn.name} no longer exists`);
  return { fn: code, version };
}

/** The COS message for one trigger, in the testing toolkit's shapes; the queue names the trigger's qualifier. */
function messageFor(record: ObjectEventRecord, trigger: DeliveredTrigger): CosTriggerEvent {
  const message = cosEvent({
    bucket: record.bucket,
    key: record.key,
    event: record.event,
    size: record.size,
    region: record.region,
    versionId: record.versionId,
    contentType: record.contentType || undefined,
    meta: record.meta,
    functionName: trigger.functionName,
    namespace: trigger.namespace,
  }, { clock: record.time });
  return {
    Records: message.Records.map((r) => ({
      ...r,
      event: { ...r.event, eventQueue: r.event.eventQueue.replace(/\.\$DEFAULT$/, `.${trigger.qualifier}`) },
    })),
  };
}

/** Unpacks the function's package (once per content) and invokes its handler with SCF's environment. */
async function run(options: DeliveryOptions, fn: FunctionRecord, version: string, event: CosTriggerEvent, requestId: string): Promise<unknown> {
  if (!/^Nodejs/i.test(fn.runtime)) {
    throw new Error(`runtime ${fn.runtime} cannot run in the emulator (it runs Node.js functions in-process)`);
  }
  const dir = unpack(options.codeDir, fn.code);
  const dot = fn.handler.lastIndexOf('.');
  if (dot <= 0) throw new Error(`handler ${JSON.stringify(fn.handler)} is not <file>.<function>`);
  const account = options.state.account;
  const region = options.cos.options.region;
  // Built-in variables SCF sets for every function (SCF documentation, "Environment Variables"), and the
  // role's temporary credentials when the function has a role.
  const environment: Record<string, string> = {
    ...fn.environment,
    SCF_RUNTIME: fn.runtime,
    SCF_FUNCTIONNAME: fn.name,
    SCF_FUNCTIONVERSION: version,
    SCF_NAMESPACE: fn.namespace,
    TENCENTCLOUD_REGION: region,
    TENCENTCLOUD_APPID: account.appId,
    TENCENTCLOUD_UIN: account.ownerUin,
    TENCENTCLOUD_RUNENV: 'SCF',
    USER_CODE_ROOT: dir,
  };
  if (fn.role) {
    const credentials = mintRoleCredentials(fn.role);
    environment.TENCENTCLOUD_SECRETID = credentials.tmpSecretId;
    environment.TENCENTCLOUD_SECRETKEY = credentials.tmpSecretKey;
    environment.TENCENTCLOUD_SESSIONTOKEN = credentials.sessionToken;
  }
  const timeout = options.invokeTimeoutMs === undefined ? fn.timeout : Math.min(fn.timeout, options.invokeTimeoutMs / 1000);
  return withHandlerNetwork(options.network, () => invokeHandler(path.join(dir, fn.handler.slice(0, dot)), event, {
    handler: fn.handler.slice(dot + 1),
    environment,
    timeout,
    memorySize: fn.memorySize,
    functionName: fn.name,
    namespace: fn.namespace,
    region,
    appId: account.appId,
    requestId,
  }));
}

/** Unpacks a zip into `<codeDir>/<sha256>` (once) and returns the folder. @throws on entries outside the folder */
export function unpack(codeDir: string, zip: Buffer): string {
  const dir = path.join(codeDir, createHash('sha256').update(zip).digest('hex').slice(0, 32));
  const marker = path.join(dir, '.unpacked');
  if (existsSync(marker)) return dir;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.length));
  } catch (e) {
    throw new Error(`the function package is not a valid zip archive: ${(e as Error).message}`);
  }
  for (const [name, data] of Object.entries(entries)) {
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`the function package holds an entry outside its root: ${JSON.stringify(name)}`);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, '');
  return dir;
}
