// SCF namespaces (API version 2018-04-16). Rules: the SDK's client.go error lists (ResourceInUse.Namespace for an
// existing name or a namespace that still holds functions, InvalidParameterValue.DefaultNamespace for `default`)
// and the console's naming rule: letters, digits, '-' and '_', starting with a letter, 1-30 characters.
import { Api3Params, ApiError } from './api3';
import { optionalInteger, optionalString, requiredString } from './params';
import { ScfSettings } from './scf-functions';
import { formatTime } from './state';

const NAMESPACE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,29}$/;

export function createNamespace(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'Namespace');
  if (name === 'default') {
    throw new ApiError('InvalidParameterValue.DefaultNamespace', 'The namespace default exists already and cannot be created.');
  }
  if (!NAMESPACE_NAME.test(name)) {
    throw new ApiError('InvalidParameterValue.Namespace', `Namespace ${JSON.stringify(name)} is invalid: 1-30 letters, digits, '-' or '_', starting with a letter.`);
  }
  if (s.state.namespaces.has(name)) {
    throw new ApiError('ResourceInUse.Namespace', `Namespace ${name} already exists.`);
  }
  const now = formatTime(Date.now());
  s.state.namespaces.set(name, { name, description: description(p), type: 'user', addTime: now, modTime: now });
  return {};
}

export function updateNamespace(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'Namespace');
  const namespace = s.state.namespaces.get(name);
  if (!namespace) throw new ApiError('ResourceNotFound.Namespace', `Namespace ${name} does not exist.`);
  s.state.namespaces.set(name, { ...namespace, description: description(p), modTime: formatTime(Date.now()) });
  return {};
}

export function deleteNamespace(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'Namespace');
  if (name === 'default') {
    throw new ApiError('InvalidParameterValue.Namespace', 'The namespace default cannot be deleted.');
  }
  if (!s.state.namespaces.has(name)) throw new ApiError('ResourceNotFound.Namespace', `Namespace ${name} does not exist.`);
  if ([...s.state.functions.values()].some((f) => f.namespace === name)) {
    throw new ApiError('ResourceInUse.Namespace', `Namespace ${name} still holds functions; delete them first.`);
  }
  s.state.namespaces.delete(name);
  return {};
}

export function listNamespaces(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const offset = optionalInteger(p, 'Offset') ?? 0;
  const limit = optionalInteger(p, 'Limit') ?? 20;
  const all = [...s.state.namespaces.values()];
  return {
    Namespaces: all.slice(offset, offset + limit).map((n) => ({
      Name: n.name,
      Description: n.description,
      Type: n.type,
      AddTime: n.addTime,
      ModTime: n.modTime,
    })),
    TotalCount: all.length,
  };
}

function description(p: Api3Params): string {
  return optionalString(p, 'Description') ?? '';
}
