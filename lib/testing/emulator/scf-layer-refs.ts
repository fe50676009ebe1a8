// A function's `Layers` parameter, checked against the emulator's published layer versions (the rules are in
// scf-layers.ts's header). Used by CreateFunction and UpdateFunctionConfiguration.
import { Api3Params, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalString } from './params';
import { CloudState, LayerRef } from './state';

/** The `Layers` of a CreateFunction or UpdateFunctionConfiguration request, checked; undefined when absent. */
export function readLayers(state: CloudState, p: Api3Params, runtime: string): LayerRef[] | undefined {
  const raw = optionalArray(p, 'Layers');
  if (raw === undefined) return undefined;
  const layers: LayerRef[] = [];
  for (const item of raw) {
    const ref = item as Api3Params;
    const name = optionalString(ref, 'LayerName') ?? '';
    const version = optionalInteger(ref, 'LayerVersion') ?? 0;
    // LayerVersionSimple: an empty name (version 0) unbinds.
    if (name === '' && version === 0) continue;
    const record = state.layers.get(name)?.find((l) => l.version === version);
    if (!record) throw new ApiError('ResourceNotFound.Layer', `Layer ${name} version ${version} does not exist.`);
    if (!record.compatibleRuntimes.includes(runtime)) {
      throw new ApiError('InvalidParameterValue.Layers', `Layer ${name} version ${version} is compatible with ${record.compatibleRuntimes.join(', ')}, not with the function's runtime ${runtime}.`);
    }
    layers.push({ name, version });
  }
  return layers;
}
