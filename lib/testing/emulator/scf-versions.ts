// SCF function versions (API version 2018-04-16). Rules, from the SDK's models and client.go:
// - PublishVersion snapshots the function's `$LATEST` (code and configuration) as the next version number of the
//   function (1, 2, ...; never reused); it refuses while the function is Creating or Updating
//   (`FailedOperation.PublishVersion`: "the function's state does not allow publishing, retry when it is normal").
//   The version's Description is the one PublishVersion was given (empty without one).
// - DeleteFunction with a Qualifier deletes that version; a version an alias still routes to is refused with
//   `UnsupportedOperation.AliasBind` ("the resource still has an alias bound: unbind it first"); an unknown one is
//   `ResourceNotFound.Qualifier`. The version's triggers and provisioned concurrency go with it.
// - ListVersionByFunction lists `$LATEST` and the published versions (OrderBy AddTime | ModTime, Order ASC | DESC).
import { Api3Params, ApiError } from './api3';
import { optionalInteger, optionalString, oneOf, requiredString } from './params';
import { aliasesRoutingTo, findAlias } from './scf-aliases';
import { ScfSettings, checkDescription, findFunction, functionStatus } from './scf-functions';
import { CloudState, FunctionRecord, VersionRecord, formatTime, functionKey } from './state';

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

export function publishVersion(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  const fn = findFunction(s.state, namespace, name);
  const description = checkDescription(optionalString(p, 'Description') ?? '');
  const status = functionStatus(fn);
  if (status !== 'Active') {
    throw new ApiError('FailedOperation.PublishVersion', `Function ${name} is ${status}; publish the version when it is Active.`);
  }
  const key = functionKey(namespace, name);
  const number = (s.state.lastVersion.get(key) ?? 0) + 1;
  s.state.lastVersion.set(key, number);
  const now = formatTime(Date.now());
  const record: VersionRecord = { version: String(number), description, snapshot: fn, addTime: now, modTime: now };
  s.state.versions.set(key, [...(s.state.versions.get(key) ?? []), record]);
  return {
    FunctionVersion: record.version,
    CodeSize: fn.code.length,
    MemorySize: fn.memorySize,
    Description: description,
    Handler: fn.handler,
    Timeout: fn.timeout,
    Runtime: fn.runtime,
    Namespace: namespace,
  };
}

export function listVersionByFunction(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  const offset = optionalInteger(p, 'Offset') ?? 0;
  const limit = optionalInteger(p, 'Limit') ?? 20;
  const order = oneOf((optionalString(p, 'Order') ?? 'ASC').toUpperCase(), ['ASC', 'DESC'], 'InvalidParameterValue.Order', 'Order');
  oneOf(optionalString(p, 'OrderBy') ?? 'AddTime', ['AddTime', 'ModTime'], 'InvalidParameterValue.OrderBy', 'OrderBy');
  const fn = findFunction(s.state, namespace, name);
  const published = s.state.versions.get(functionKey(namespace, name)) ?? [];
  // Versions are immutable: AddTime and ModTime order them alike, by version number.
  const all = [
    { Version: '$LATEST', Description: fn.description, AddTime: fn.addTime, ModTime: fn.modTime, Status: functionStatus(fn) },
    ...published.map((v) => ({ Version: v.version, Description: v.description, AddTime: v.addTime, ModTime: v.modTime, Status: 'Active' })),
  ];
  if (order === 'DESC') all.reverse();
  const page = all.slice(offset, offset + limit);
  return { FunctionVersion: page.map((v) => v.Version), Versions: page, TotalCount: all.length };
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
