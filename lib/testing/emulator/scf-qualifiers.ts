// What a qualifier names in the emulator's state: published versions (rules in scf-versions.ts's header), aliases
// and the version an invocation through one runs (rules in scf-aliases.ts's header). Shared by the function,
// version, alias, trigger and async actions and by event delivery.
import { ApiError } from './api3';
import { AliasRecord, CloudState, FunctionRecord, VersionRecord, functionKey } from './state';

/** An alias of a function, or undefined (`$DEFAULT` exists for every function). */
export function findAlias(state: CloudState, namespace: string, name: string, alias: string): AliasRecord | undefined {
  const stored = state.aliases.get(functionKey(namespace, name))?.get(alias);
  if (stored || alias !== '$DEFAULT') return stored;
  const fn = state.functions.get(functionKey(namespace, name));
  return fn && { name: '$DEFAULT', functionVersion: '$LATEST', weights: [], matches: [], description: '', addTime: fn.addTime, modTime: fn.addTime };
}

/** The names of the aliases that route to `version` (as main or additional version). */
export function aliasesRoutingTo(state: CloudState, namespace: string, name: string, version: string): string[] {
  return [...(state.aliases.get(functionKey(namespace, name))?.values() ?? [])]
    .filter((a) => a.functionVersion === version || a.weights.some((w) => w.version === version) || a.matches.some((m) => m.version === version))
    .map((a) => a.name);
}

/** The version the n-th invocation (from 0) through an alias runs (see scf-aliases.ts). */
export function routeAlias(alias: AliasRecord, n: number): string {
  const extra = alias.weights[0];
  if (!extra) return alias.functionVersion;
  const due = (k: number): number => Math.floor(k * extra.weight + 1e-9);
  return due(n + 1) > due(n) ? extra.version : alias.functionVersion;
}

/** A published version, or undefined. */
export function findVersion(state: CloudState, namespace: string, name: string, version: string): VersionRecord | undefined {
  return (state.versions.get(functionKey(namespace, name)) ?? []).find((v) => v.version === version);
}

/** True when `qualifier` names `$LATEST`, a published version or an alias (`$DEFAULT` always exists). */
export function qualifierExists(state: CloudState, namespace: string, name: string, qualifier: string): boolean {
  return qualifier === '$LATEST' || findVersion(state, namespace, name, qualifier) !== undefined
    || findAlias(state, namespace, name, qualifier) !== undefined;
}

/** `$LATEST` or a published version: what an alias may route to. @throws ResourceNotFound.FunctionVersion */
export function requireVersion(state: CloudState, namespace: string, name: string, version: string): void {
  if (version !== '$LATEST' && !findVersion(state, namespace, name, version)) {
    throw new ApiError('ResourceNotFound.FunctionVersion', `Version ${version} of function ${name} does not exist.`);
  }
}

/** The function as one version runs it: `$LATEST` is the function itself, a number its snapshot. */
export function functionAt(state: CloudState, fn: FunctionRecord, version: string): FunctionRecord | undefined {
  return version === '$LATEST' ? fn : findVersion(state, fn.namespace, fn.name, version)?.snapshot;
}

/** DeleteFunction with a version qualifier. */
export function deleteVersion(state: CloudState, namespace: string, name: string, version: string): void {
  const key = functionKey(namespace, name);
  if (!findVersion(state, namespace, name, version)) {
    throw new ApiError('ResourceNotFound.Qualifier', `Version ${version} of function ${name} does not exist.`);
  }
  const bound = aliasesRoutingTo(state, namespace, name, version);
  if (bound.length > 0) {
    throw new ApiError('UnsupportedOperation.AliasBind', `Version ${version} of function ${name} is still routed to by alias ${bound.join(', ')}; move the alias to another version first.`);
  }
  state.versions.set(key, (state.versions.get(key) ?? []).filter((v) => v.version !== version));
  state.triggers = state.triggers.filter((t) => !(t.namespace === namespace && t.functionName === name && t.qualifier === version));
  const settings = state.settings.get(key);
  if (settings?.provisioned.has(version)) {
    const provisioned = new Map(settings.provisioned);
    provisioned.delete(version);
    state.settings.set(key, { ...settings, provisioned });
  }
}
