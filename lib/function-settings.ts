import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import { reserveConcurrency } from './function-concurrency';
import type { ICloudFunction } from './function-ref';
import { FunctionLayers, ILayerVersion } from './layer-version';
import { escapeTemplate } from './private/template-escape';
import { Problems, describeType, describeValue, isUnresolved, quote } from './validation';

/** CLS ids are UUIDs. */
const CLS_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where SCF writes the function's logs: a topic of Cloud Log Service (CLS).
 */
export interface FunctionLoggingConfig {
  /** The CLS logset id, a UUID such as `3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f`. */
  readonly logsetId: string;
  /** The id of a topic in that logset, a UUID. */
  readonly topicId: string;
}

/**
 * Operational settings of a cloud function: logs, layers and reserved concurrency.
 */
export interface FunctionSettingsProps {
  /**
   * The CLS logset and topic the function logs to (SCF takes both together). Removing the setting later leaves
   * the function logging where it did: the provider keeps the last ids.
   * @default - SCF's default log destination
   */
  readonly logging?: FunctionLoggingConfig;
  /**
   * Layer versions unpacked into `/opt`, in this order (at most 5); more with `addLayers()`.
   * @default - none
   */
  readonly layers?: ILayerVersion[];
  /**
   * Instances reserved for this function out of the account's concurrency quota (also its maximum): a whole
   * number, 0 or more. SCF reserves memory, so the rendered `reserved_concurrency_mem` is this number times
   * `memorySize`; changing either replaces the reservation.
   * @default - no reservation: the function shares the account's quota
   */
  readonly reservedConcurrency?: number;
}

/**
 * Applies the settings to the function's resource, reporting their problems on the function. Returns the
 * function's layers, to which more can be added. Not exported from the package root.
 */
export function applyFunctionSettings(fn: ICloudFunction, resource: scfFunction.ScfFunction, props: FunctionSettingsProps,
  runtime: unknown, memorySize: number): FunctionLayers {
  const problems = new Problems();
  problems.attach(fn);
  const logging = props.logging;
  if (logging !== undefined) {
    problems.addAll(checkLogging(logging));
    if (typeof logging === 'object' && logging !== null) {
      resource.clsLogsetId = typeof logging.logsetId === 'string' ? escapeTemplate(logging.logsetId) : '';
      resource.clsTopicId = typeof logging.topicId === 'string' ? escapeTemplate(logging.topicId) : '';
    }
  }
  const layers = new FunctionLayers(fn, resource, runtime);
  layers.add(props.layers, "'layers'");
  reserveConcurrency(fn, memorySize, props.reservedConcurrency, problems);
  return layers;
}

function checkLogging(logging: unknown): string[] {
  if (isUnresolved(logging)) return [];
  if (typeof logging !== 'object' || logging === null || Array.isArray(logging)) {
    return [`'logging' must be an object like { logsetId: '...', topicId: '...' }, got ${describeType(logging)} ${quote(logging)}.`];
  }
  const l = logging as Partial<FunctionLoggingConfig>;
  const problems: string[] = [];
  if (l.logsetId === undefined || l.topicId === undefined) {
    problems.push(`'logging' needs both 'logsetId' and 'topicId' (SCF sets them together), got ${quote(logging)}.`);
  }
  for (const prop of ['logsetId', 'topicId'] as const) {
    const id = l[prop];
    if (id === undefined || isUnresolved(id)) continue;
    if (typeof id !== 'string' || !CLS_ID_PATTERN.test(id)) {
      problems.push(`'logging.${prop}' ${typeof id === 'string' ? quote(id) : describeValue(id)} is not a CLS id: CLS ids are UUIDs like '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f'.`);
    }
  }
  return problems;
}
