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
import { ScfSettings, checkDescription, findFunction, functionStatus } from './scf-functions';
import { VersionRecord, formatTime, functionKey } from './state';

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

