// SCF layers (API version 2018-04-16). Rules, from the SDK's models and client.go:
// - PublishLayerVersion: LayerName 1-64 letters, digits, '-' and '_', starting with a letter and not ending with
//   '-' or '_' (`InvalidParameterValue.LayerName`); CompatibleRuntimes required, each a function runtime
//   (`InvalidParameterValue.CompatibleRuntimes`); Content a zip like a function's code. Every call publishes the
//   next version number of the layer (1, 2, ...).
// - GetLayerVersion and DeleteLayerVersion of a missing version: `ResourceNotFound.LayerVersion`. A deleted version
//   cannot be bound any more but "does not affect the functions that use it" (DeleteLayerVersion's description).
// - A function's Layers (CreateFunction, UpdateFunctionConfiguration): each must exist (`ResourceNotFound.Layer`)
//   and list the function's runtime among its CompatibleRuntimes (`InvalidParameterValue.Layers`); an empty list
//   unbinds every layer. The emulator keeps the binding (GetFunction answers it) but does not mount layers when it
//   runs a function.
import { Api3Context, Api3Params, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalObject, optionalString, requiredString } from './params';
import { SCF_RUNTIMES, ScfSettings, checkDescription, codeSha256, readCode } from './scf-functions';
import { CloudState, LayerRef, LayerVersionRecord, formatTime } from './state';

const LAYER_NAME = /^[A-Za-z]([A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/;

export function publishLayerVersion(s: ScfSettings, p: Api3Params, ctx: Api3Context): Record<string, unknown> {
  const name = requiredString(p, 'LayerName');
  if (!LAYER_NAME.test(name)) {
    throw new ApiError('InvalidParameterValue.LayerName', `LayerName ${JSON.stringify(name)} is invalid: 1-64 letters, digits, '-' or '_', starting with a letter and not ending with '-' or '_'.`);
  }
  const runtimes = (optionalArray(p, 'CompatibleRuntimes') ?? []).map(String);
  const unknown = runtimes.filter((r) => !SCF_RUNTIMES.includes(r));
  if (runtimes.length === 0 || unknown.length > 0) {
    throw new ApiError('InvalidParameterValue.CompatibleRuntimes', `CompatibleRuntimes ${JSON.stringify(runtimes)} is invalid: one or more of ${SCF_RUNTIMES.join(', ')}.`);
  }
  const content = optionalObject(p, 'Content');
  if (!content) throw new ApiError('InvalidParameterValue.Content', 'Content is required: ZipFile, or CosBucketName and CosObjectName.');
  const { code } = readCode(s, content, ctx);
  const version = (s.state.lastLayerVersion.get(name) ?? 0) + 1;
  s.state.lastLayerVersion.set(name, version);
  const record: LayerVersionRecord = {
    name,
    version,
    compatibleRuntimes: runtimes,
    content: code,
    description: checkDescription(optionalString(p, 'Description') ?? ''),
    licenseInfo: optionalString(p, 'LicenseInfo') ?? '',
    addTime: formatTime(Date.now()),
  };
  s.state.layers.set(name, [...(s.state.layers.get(name) ?? []), record]);
  return { LayerVersion: version };
}

export function getLayerVersion(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const layer = requireLayerVersion(s.state, p);
  return {
    ...layerVersionInfo(s.state, layer),
    CodeSha256: codeSha256(layer.content),
    Location: `https://scf-layer-${s.state.account.appId}.cos.internal/${layer.name}/${layer.version}.zip`,
  };
}

export function deleteLayerVersion(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const layer = requireLayerVersion(s.state, p);
  s.state.layers.set(layer.name, (s.state.layers.get(layer.name) ?? []).filter((l) => l !== layer));
  return {};
}

export function listLayerVersions(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'LayerName');
  const runtimes = (optionalArray(p, 'CompatibleRuntime') ?? []).map(String);
  const versions = [...(s.state.layers.get(name) ?? [])].reverse()
    .filter((l) => runtimes.length === 0 || l.compatibleRuntimes.some((r) => runtimes.includes(r)));
  return { LayerVersions: versions.map((l) => layerVersionInfo(s.state, l)) };
}

/** The SDK's LayerVersionInfo of a layer version (or of a binding whose version was deleted since). */
export function layerVersionInfo(state: CloudState, layer: LayerRef | LayerVersionRecord): Record<string, unknown> {
  const record = 'content' in layer ? layer : state.layers.get(layer.name)?.find((l) => l.version === layer.version);
  return {
    CompatibleRuntimes: record?.compatibleRuntimes ?? [],
    AddTime: record?.addTime ?? '',
    Description: record?.description ?? '',
    LicenseInfo: record?.licenseInfo ?? '',
    LayerVersion: layer.version,
    LayerName: layer.name,
    Status: record ? 'Active' : 'Deleted',
  };
}

function requireLayerVersion(state: CloudState, p: Api3Params): LayerVersionRecord {
  const name = requiredString(p, 'LayerName');
  const version = optionalInteger(p, 'LayerVersion');
  if (version === undefined) throw new ApiError('MissingParameter', 'The request is missing a required parameter `LayerVersion`.');
  const layer = state.layers.get(name)?.find((l) => l.version === version);
  if (!layer) throw new ApiError('ResourceNotFound.LayerVersion', `Version ${version} of layer ${name} does not exist.`);
  return layer;
}
