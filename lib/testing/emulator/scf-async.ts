// Per-function settings outside the function's configuration (API version 2018-04-16): async retries and
// concurrency. Rules, from the SDK's models and client.go:
// - UpdateFunctionEventInvokeConfig sets AsyncTriggerConfig (RetryConfig[0].RetryNum and MsgTTL, both required
//   here since the SDK documents no defaults for an update) of `$LATEST`. GetFunctionEventInvokeConfig (Qualifier
//   `$LATEST` by default, or a published version) answers it, or for a function never configured the emulator's
//   defaults: 2 retries and 21600 seconds (not found in the SDK: SCF's documented default async retry policy).
//   The ranges are not enforced beyond "non-negative integer": neither the SDK nor the API pages state them
//   (LimitExceeded.RetryNum / LimitExceeded.MsgTTL exist). The event delivery runs each event once: retries of
//   failed invocations are not emulated.
// - PutReservedConcurrencyConfig / GetReservedConcurrencyConfig (ReservedMem, null when none) /
//   DeleteReservedConcurrencyConfig. The account quota is not emulated.
// - PutProvisionedConcurrencyConfig: Qualifier a published version ("$LATEST does not support provisioned
//   concurrency": `InvalidParameterValue.Qualifier`; unknown: `ResourceNotFound.Version`); ProvisionedType `Default`
//   or `ConcurrencyUtilizationTracking` (then TrackingTarget in (0,1), MinCapacity >= 1, MaxCapacity >= MinCapacity
//   and VersionProvisionedConcurrencyNum 0); TriggerActions with unique names and unique seven-field cron
//   expressions. Provisioning completes at once: Available equals Allocated, Status `Done`.
//   GetProvisionedConcurrencyConfig answers the given version (Allocated empty when it has none) or every version.
import { Api3Params, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalObject, optionalString, oneOf, requiredString } from './params';
import { ScfSettings, findFunction } from './scf-functions';
import { findVersion } from './scf-qualifiers';
import { FunctionSettingsRecord, ProvisionedRecord, functionKey } from './state';

/** The async retry policy SCF applies to a function without its own (the emulator's reading of SCF's docs). */
export const DEFAULT_ASYNC_CONFIG = { retryNum: 2, msgTtl: 21600 } as const;

/** The function's concurrency quota the emulator assumes for UnallocatedConcurrencyNum. */
const CONCURRENCY_QUOTA = 300;

export function updateFunctionEventInvokeConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key } = target(s, p);
  const config = optionalObject(p, 'AsyncTriggerConfig');
  if (!config) throw new ApiError('MissingParameter', 'The request is missing a required parameter `AsyncTriggerConfig`.');
  const retries = optionalArray(config, 'RetryConfig') ?? [];
  const msgTtl = optionalInteger(config, 'MsgTTL');
  if (retries.length !== 1 || msgTtl === undefined) {
    throw new ApiError('InvalidParameterValue.AsyncTriggerConfig', 'AsyncTriggerConfig needs RetryConfig with one element (RetryNum) and MsgTTL.');
  }
  const retryNum = optionalInteger(retries[0] as Api3Params, 'RetryNum');
  if (retryNum === undefined || retryNum < 0) {
    throw new ApiError('InvalidParameterValue.AsyncTriggerConfig', `RetryConfig.RetryNum ${JSON.stringify(retryNum)} is invalid: a non-negative integer.`);
  }
  if (msgTtl < 0) {
    throw new ApiError('InvalidParameterValue.AsyncTriggerConfig', `MsgTTL ${msgTtl} is invalid: a non-negative number of seconds.`);
  }
  update(s, key, { asyncConfig: { retryNum, msgTtl } });
  return {};
}

export function getFunctionEventInvokeConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key, namespace, name } = target(s, p);
  const qualifier = optionalString(p, 'Qualifier') || '$LATEST';
  if (qualifier !== '$LATEST' && !findVersion(s.state, namespace, name, qualifier)) {
    throw new ApiError('ResourceNotFound.Version', `Version ${qualifier} of function ${name} does not exist.`);
  }
  const config = s.state.settings.get(key)?.asyncConfig ?? DEFAULT_ASYNC_CONFIG;
  return { AsyncTriggerConfig: { RetryConfig: [{ RetryNum: config.retryNum }], MsgTTL: config.msgTtl } };
}

export function putReservedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key } = target(s, p);
  const mem = optionalInteger(p, 'ReservedConcurrencyMem');
  if (mem === undefined) throw new ApiError('MissingParameter', 'The request is missing a required parameter `ReservedConcurrencyMem`.');
  if (mem < 0) throw new ApiError('InvalidParameterValue', `ReservedConcurrencyMem ${mem} is invalid: a non-negative number of MB.`);
  update(s, key, { reservedMem: mem });
  return {};
}

export function getReservedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key } = target(s, p);
  const mem = s.state.settings.get(key)?.reservedMem;
  return mem === undefined ? {} : { ReservedMem: mem };
}

export function deleteReservedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key } = target(s, p);
  update(s, key, { reservedMem: undefined });
  return {};
}

export function putProvisionedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key, namespace, name } = target(s, p);
  const qualifier = requireProvisionableVersion(s, p, namespace, name);
  const num = optionalInteger(p, 'VersionProvisionedConcurrencyNum');
  if (num === undefined) throw new ApiError('MissingParameter', 'The request is missing a required parameter `VersionProvisionedConcurrencyNum`.');
  const provisionedType = oneOf(optionalString(p, 'ProvisionedType') ?? 'Default', ['Default', 'ConcurrencyUtilizationTracking'], 'InvalidParameterValue.ProvisionType', 'ProvisionedType');
  const trackingTarget = typeof p.TrackingTarget === 'number' ? p.TrackingTarget : undefined;
  const minCapacity = optionalInteger(p, 'MinCapacity');
  const maxCapacity = optionalInteger(p, 'MaxCapacity');
  if (provisionedType === 'ConcurrencyUtilizationTracking') {
    if (trackingTarget === undefined || !(trackingTarget > 0 && trackingTarget < 1)) {
      throw new ApiError('InvalidParameterValue.TrackingTarget', `TrackingTarget ${JSON.stringify(trackingTarget)} is invalid: between 0 and 1 (exclusive).`);
    }
    if (minCapacity === undefined || minCapacity < 1) {
      throw new ApiError('InvalidParameterValue.MinCapacity', `MinCapacity ${JSON.stringify(minCapacity)} is invalid: at least 1.`);
    }
    if (maxCapacity === undefined || maxCapacity < minCapacity) {
      throw new ApiError('LimitExceeded.MaxCapacity', `MaxCapacity ${JSON.stringify(maxCapacity)} is invalid: at least MinCapacity (${minCapacity}).`);
    }
    if (num !== 0) {
      throw new ApiError('InvalidParameterValue', `VersionProvisionedConcurrencyNum must be 0 with ConcurrencyUtilizationTracking, got ${num}.`);
    }
  }
  const record: ProvisionedRecord = {
    qualifier, num, provisionedType, triggerActions: readTriggerActions(p), trackingTarget, minCapacity, maxCapacity,
  };
  const provisioned = new Map(s.state.settings.get(key)?.provisioned ?? []);
  provisioned.set(qualifier, record);
  update(s, key, { provisioned });
  return {};
}

export function getProvisionedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key, namespace, name } = target(s, p);
  const qualifier = optionalString(p, 'Qualifier');
  if (qualifier && qualifier !== '$LATEST' && !findVersion(s.state, namespace, name, qualifier)) {
    throw new ApiError('ResourceNotFound.Version', `Version ${qualifier} of function ${name} does not exist.`);
  }
  const all = [...(s.state.settings.get(key)?.provisioned.values() ?? [])];
  const allocated = all.filter((r) => !qualifier || r.qualifier === qualifier);
  return {
    UnallocatedConcurrencyNum: Math.max(0, CONCURRENCY_QUOTA - all.reduce((sum, r) => sum + r.num, 0)),
    Allocated: allocated.map((r) => ({
      AllocatedProvisionedConcurrencyNum: r.num,
      AvailableProvisionedConcurrencyNum: r.num,
      Status: 'Done',
      StatusReason: '',
      Qualifier: r.qualifier,
      TriggerActions: r.triggerActions,
    })),
  };
}

export function deleteProvisionedConcurrencyConfig(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { key, namespace, name } = target(s, p);
  const qualifier = requiredString(p, 'Qualifier');
  if (qualifier !== '$LATEST' && !findVersion(s.state, namespace, name, qualifier)) {
    throw new ApiError('ResourceNotFound.Version', `Version ${qualifier} of function ${name} does not exist.`);
  }
  const provisioned = new Map(s.state.settings.get(key)?.provisioned ?? []);
  provisioned.delete(qualifier);
  update(s, key, { provisioned });
  return {};
}

function target(s: ScfSettings, p: Api3Params): { key: string; namespace: string; name: string } {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  findFunction(s.state, namespace, name);
  return { key: functionKey(namespace, name), namespace, name };
}

function update(s: ScfSettings, key: string, change: Partial<FunctionSettingsRecord>): void {
  const current: FunctionSettingsRecord = s.state.settings.get(key) ?? { provisioned: new Map() };
  s.state.settings.set(key, { ...current, ...change });
}

function requireProvisionableVersion(s: ScfSettings, p: Api3Params, namespace: string, name: string): string {
  const qualifier = requiredString(p, 'Qualifier');
  if (qualifier === '$LATEST') {
    throw new ApiError('InvalidParameterValue.Qualifier', 'Provisioned concurrency is not supported for $LATEST; name a published version.');
  }
  if (!findVersion(s.state, namespace, name, qualifier)) {
    throw new ApiError('ResourceNotFound.Version', `Version ${qualifier} of function ${name} does not exist.`);
  }
  return qualifier;
}

// TriggerAction: TriggerName and TriggerCronConfig (seven fields) unique within the request; answered as sent.
function readTriggerActions(p: Api3Params): Array<Record<string, unknown>> {
  const names = new Set<string>();
  const crons = new Set<string>();
  return (optionalArray(p, 'TriggerActions') ?? []).map((raw) => {
    const a = raw as Api3Params;
    const name = requiredString(a, 'TriggerName', 'InvalidParameterValue.ProvisionTriggerName');
    const cron = requiredString(a, 'TriggerCronConfig', 'InvalidParameterValue.TriggerCronConfig');
    const num = optionalInteger(a, 'TriggerProvisionedConcurrencyNum');
    if (names.has(name)) throw new ApiError('InvalidParameterValue.ProvisionTriggerNameDuplicate', `TriggerActions name ${name} is used twice.`);
    if (crons.has(cron)) throw new ApiError('InvalidParameterValue.ProvisionTriggerCronConfigDuplicate', `TriggerActions cron ${JSON.stringify(cron)} is used twice.`);
    if (cron.trim().split(/\s+/).length !== 7) {
      throw new ApiError('InvalidParameterValue.TriggerCronConfig', `TriggerCronConfig ${JSON.stringify(cron)} is invalid: a cron expression of seven fields.`);
    }
    if (num === undefined || num < 0) {
      throw new ApiError('InvalidParameterValue.TriggerProvisionedConcurrencyNum', `TriggerProvisionedConcurrencyNum ${JSON.stringify(num)} is invalid: a non-negative integer.`);
    }
    names.add(name);
    crons.add(cron);
    const provisionedType = optionalString(a, 'ProvisionedType');
    return {
      TriggerName: name,
      TriggerProvisionedConcurrencyNum: num,
      TriggerCronConfig: cron,
      ...(provisionedType ? { ProvisionedType: provisionedType } : {}),
    };
  });
}
