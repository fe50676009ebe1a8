// SCF function aliases (API version 2018-04-16). Rules, from the SDK's models and client.go:
// - Name: 1-64 letters, digits, '_' and '-', starting with a letter, unique in the function
//   (CreateAliasRequestParams.Name; `InvalidParameterValue.Name`, `ResourceInUse.Alias`).
// - FunctionVersion (the main version) is `$LATEST` or a published version (`ResourceNotFound.FunctionVersion`).
// - RoutingConfig: at most one additional version ("目前一个别名最多只能指定一个附加版本"), which is not the main
//   version (`InvalidParameterValue.RoutingConfig`), either by weight (AdditionalVersionWeights; the emulator takes
//   a weight strictly between 0 and 1, the share the additional version gets: `InvalidParameterValue.AdditionalVersionWeights`)
//   or by rule (AddtionVersionMatchs: method `range` with `(a,b)`/`[a,b]` of integers, or `exact`).
// - UpdateAlias replaces FunctionVersion and RoutingConfig (no RoutingConfig: no additional version); Description
//   changes only when sent.
// - Every function has the alias `$DEFAULT`, routing to `$LATEST` until it is updated; it cannot be deleted
//   (`InvalidParameterValue.Alias`: "the default alias cannot be deleted").
// - GetAlias answers RoutingConfig only when the alias has an additional version (the emulator's reading: the SDK
//   marks the field optional; an empty object would make the provider read back a routing_config block nobody wrote).
// Invocation through an alias (event delivery): rule routing needs a routing key, which COS events never carry, so it
// always runs the main version; weighted routing is deterministic: the n-th invocation through the alias (n = 0, 1,
// ...) runs the additional version when floor((n+1)·w) > floor(n·w), so over any run of invocations the additional
// version gets its share w, rounded down, and w = 0.5 alternates main, additional, main, ...
import { Api3Params, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalObject, optionalString, requiredString } from './params';
import { ScfSettings, checkDescription, findFunction } from './scf-functions';
import { findAlias, requireVersion } from './scf-qualifiers';
import { AliasRecord, CloudState, VersionMatchRecord, VersionWeightRecord, formatTime, functionKey } from './state';

const ALIAS_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const RANGE = /^[[(]\s*(-?\d+)\s*,\s*(-?\d+)\s*[\])]$/;

export function createAlias(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { namespace, functionName } = target(s, p);
  const name = requiredString(p, 'Name');
  if (!ALIAS_NAME.test(name)) {
    throw new ApiError('InvalidParameterValue.Name', `Alias name ${JSON.stringify(name)} is invalid: 1-64 letters, digits, '_' or '-', starting with a letter.`);
  }
  if (findAlias(s.state, namespace, functionName, name)) {
    throw new ApiError('ResourceInUse.Alias', `Alias ${name} of function ${functionName} already exists.`);
  }
  const now = formatTime(Date.now());
  const record: AliasRecord = {
    name,
    ...routing(s, p, namespace, functionName),
    description: checkDescription(optionalString(p, 'Description') ?? ''),
    addTime: now,
    modTime: now,
  };
  store(s.state, namespace, functionName, record);
  return {};
}

export function getAlias(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { namespace, functionName } = target(s, p);
  return aliasView(requireAlias(s.state, namespace, functionName, requiredString(p, 'Name')));
}

export function updateAlias(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { namespace, functionName } = target(s, p);
  const current = requireAlias(s.state, namespace, functionName, requiredString(p, 'Name'));
  const description = optionalString(p, 'Description');
  store(s.state, namespace, functionName, {
    ...current,
    ...routing(s, p, namespace, functionName),
    description: description === undefined ? current.description : checkDescription(description),
    modTime: formatTime(Date.now()),
  });
  return {};
}

export function deleteAlias(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { namespace, functionName } = target(s, p);
  const name = requiredString(p, 'Name');
  if (name === '$DEFAULT') {
    throw new ApiError('InvalidParameterValue.Alias', 'The default alias $DEFAULT cannot be deleted.');
  }
  requireAlias(s.state, namespace, functionName, name);
  s.state.aliases.get(functionKey(namespace, functionName))?.delete(name);
  return {};
}

export function listAliases(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const { namespace, functionName } = target(s, p);
  const version = optionalString(p, 'FunctionVersion');
  // ListAliasesRequestParams.Offset and Limit are strings in the SDK.
  const offset = pageNumber(p, 'Offset') ?? 0;
  const limit = pageNumber(p, 'Limit') ?? 20;
  const stored = s.state.aliases.get(functionKey(namespace, functionName)) ?? new Map<string, AliasRecord>();
  const all = [
    ...(stored.has('$DEFAULT') ? [] : [findAlias(s.state, namespace, functionName, '$DEFAULT') as AliasRecord]),
    ...stored.values(),
  ].filter((a) => version === undefined || a.functionVersion === version);
  return { Aliases: all.slice(offset, offset + limit).map(aliasView), TotalCount: all.length };
}

function pageNumber(p: Api3Params, name: string): number | undefined {
  const value = p[name];
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return optionalInteger(p, name);
}

function target(s: ScfSettings, p: Api3Params): { namespace: string; functionName: string } {
  const functionName = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  findFunction(s.state, namespace, functionName);
  return { namespace, functionName };
}

function requireAlias(state: CloudState, namespace: string, functionName: string, name: string): AliasRecord {
  const alias = findAlias(state, namespace, functionName, name);
  if (!alias) throw new ApiError('ResourceNotFound.Alias', `Alias ${name} of function ${functionName} does not exist.`);
  return alias;
}

function store(state: CloudState, namespace: string, functionName: string, record: AliasRecord): void {
  const key = functionKey(namespace, functionName);
  const aliases = state.aliases.get(key) ?? new Map<string, AliasRecord>();
  aliases.set(record.name, record);
  state.aliases.set(key, aliases);
}

/** FunctionVersion and RoutingConfig of a CreateAlias or UpdateAlias request, checked. */
function routing(s: ScfSettings, p: Api3Params, namespace: string, functionName: string): Pick<AliasRecord, 'functionVersion' | 'weights' | 'matches'> {
  const functionVersion = requiredString(p, 'FunctionVersion');
  requireVersion(s.state, namespace, functionName, functionVersion);
  const config = optionalObject(p, 'RoutingConfig') ?? {};
  const weights: VersionWeightRecord[] = (optionalArray(config, 'AdditionalVersionWeights') ?? []).map((raw) => {
    const w = raw as Api3Params;
    const weight = w.Weight;
    if (typeof weight !== 'number' || !(weight > 0 && weight < 1)) {
      throw new ApiError('InvalidParameterValue.AdditionalVersionWeights', `AdditionalVersionWeights.Weight ${JSON.stringify(weight)} is invalid: a number between 0 and 1 (exclusive), the additional version's share.`);
    }
    return { version: requiredString(w, 'Version', 'InvalidParameterValue.AdditionalVersionWeights'), weight };
  });
  const matches: VersionMatchRecord[] = (optionalArray(config, 'AddtionVersionMatchs') ?? []).map((raw) => {
    const m = raw as Api3Params;
    const match = {
      version: requiredString(m, 'Version', 'InvalidParameterValue.RoutingConfig'),
      key: requiredString(m, 'Key', 'InvalidParameterValue.RoutingConfig'),
      method: requiredString(m, 'Method', 'InvalidParameterValue.RoutingConfig'),
      expression: requiredString(m, 'Expression', 'InvalidParameterValue.RoutingConfig'),
    };
    checkMatch(match);
    return match;
  });
  const extra = [...weights.map((w) => w.version), ...matches.map((m) => m.version)];
  if (extra.length > 1) {
    throw new ApiError('InvalidParameterValue.RoutingConfig', `RoutingConfig names ${extra.length} additional versions (${extra.join(', ')}); an alias has at most one.`);
  }
  for (const version of extra) {
    if (version === functionVersion) {
      throw new ApiError('InvalidParameterValue.RoutingConfig', `The additional version ${version} is the alias's main version; name another version.`);
    }
    requireVersion(s.state, namespace, functionName, version);
  }
  return { functionVersion, weights, matches };
}

function checkMatch(m: VersionMatchRecord): void {
  if (m.method === 'exact') return;
  const range = m.method === 'range' ? RANGE.exec(m.expression) : null;
  if (m.method !== 'range') {
    throw new ApiError('InvalidParameterValue.RoutingConfig', `AddtionVersionMatchs.Method ${JSON.stringify(m.method)} is invalid: range or exact.`);
  }
  if (!range || Number(range[1]) > Number(range[2])) {
    throw new ApiError('InvalidParameterValue.RoutingConfig', `AddtionVersionMatchs.Expression ${JSON.stringify(m.expression)} is invalid for range: (a,b) or [a,b] with integers a <= b.`);
  }
}

function aliasView(a: AliasRecord): Record<string, unknown> {
  const routingConfig = a.weights.length + a.matches.length === 0 ? {} : {
    RoutingConfig: {
      AdditionalVersionWeights: a.weights.map((w) => ({ Version: w.version, Weight: w.weight })),
      AddtionVersionMatchs: a.matches.map((m) => ({ Version: m.version, Key: m.key, Method: m.method, Expression: m.expression })),
    },
  };
  return {
    FunctionVersion: a.functionVersion,
    Name: a.name,
    ...routingConfig,
    Description: a.description,
    AddTime: a.addTime,
    ModTime: a.modTime,
  };
}
