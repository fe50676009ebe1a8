// The SCF product (`scf.tencentcloudapi.com`, version 2018-04-16): the actions the provider calls for
// functions, namespaces, triggers, versions, aliases, layers, async retries and concurrency. Functions:
// scf-functions.ts and scf-function-view.ts; triggers: scf-triggers.ts; versions: scf-versions.ts; aliases:
// scf-aliases.ts; layers: scf-layers.ts; async retries and concurrency: scf-async.ts.
import { Api3Service } from './api3';
import { createAlias, deleteAlias, getAlias, listAliases, updateAlias } from './scf-aliases';
import {
  deleteProvisionedConcurrencyConfig, deleteReservedConcurrencyConfig, getFunctionEventInvokeConfig,
  getProvisionedConcurrencyConfig, getReservedConcurrencyConfig, putProvisionedConcurrencyConfig,
  putReservedConcurrencyConfig, updateFunctionEventInvokeConfig,
} from './scf-async';
import { getFunction } from './scf-function-view';
import {
  ScfCosView, createFunction, deleteFunction, updateFunctionCode, updateFunctionConfiguration,
} from './scf-functions';
import { deleteLayerVersion, getLayerVersion, listLayerVersions, publishLayerVersion } from './scf-layers';
import { createNamespace, deleteNamespace, listNamespaces, updateNamespace } from './scf-namespaces';
import { TriggerQuirks, createTrigger, deleteTrigger, listTriggers, updateTrigger } from './scf-triggers';
import { listVersionByFunction, publishVersion } from './scf-versions';
import { CloudState } from './state';

/** Options of {@link createScfService}. */
export interface ScfServiceOptions {
  readonly state: CloudState;
  readonly cos: ScfCosView;
  /** The emulator's region (COS trigger buckets must be in it). */
  readonly region: string;
  readonly quirks: TriggerQuirks;
  /**
   * How long a created or updated function reports `Creating`/`Updating`.
   * @default 200
   */
  readonly functionReadyDelayMs?: number;
}

/** The emulated SCF product. */
export function createScfService(options: ScfServiceOptions): Api3Service {
  const s = { ...options, functionReadyDelayMs: options.functionReadyDelayMs ?? 200 };
  return {
    name: 'scf',
    version: '2018-04-16',
    targetOf: (_action, params) => {
      const name = params.FunctionName;
      const namespace = typeof params.Namespace === 'string' ? params.Namespace : 'default';
      return typeof name === 'string' ? `${namespace}/${name}` : undefined;
    },
    actions: {
      CreateFunction: (p, ctx) => createFunction(s, p, ctx),
      GetFunction: (p) => getFunction(s, p),
      UpdateFunctionCode: (p, ctx) => updateFunctionCode(s, p, ctx),
      UpdateFunctionConfiguration: (p) => updateFunctionConfiguration(s, p),
      DeleteFunction: (p) => deleteFunction(s, p),
      ListNamespaces: (p) => listNamespaces(s, p),
      CreateNamespace: (p) => createNamespace(s, p),
      UpdateNamespace: (p) => updateNamespace(s, p),
      DeleteNamespace: (p) => deleteNamespace(s, p),
      CreateTrigger: (p) => createTrigger(s, p),
      ListTriggers: (p) => listTriggers(s, p),
      UpdateTrigger: (p) => updateTrigger(s, p),
      DeleteTrigger: (p) => deleteTrigger(s, p),
      PublishVersion: (p) => publishVersion(s, p),
      ListVersionByFunction: (p) => listVersionByFunction(s, p),
      CreateAlias: (p) => createAlias(s, p),
      GetAlias: (p) => getAlias(s, p),
      UpdateAlias: (p) => updateAlias(s, p),
      DeleteAlias: (p) => deleteAlias(s, p),
      ListAliases: (p) => listAliases(s, p),
      UpdateFunctionEventInvokeConfig: (p) => updateFunctionEventInvokeConfig(s, p),
      GetFunctionEventInvokeConfig: (p) => getFunctionEventInvokeConfig(s, p),
      PutReservedConcurrencyConfig: (p) => putReservedConcurrencyConfig(s, p),
      GetReservedConcurrencyConfig: (p) => getReservedConcurrencyConfig(s, p),
      DeleteReservedConcurrencyConfig: (p) => deleteReservedConcurrencyConfig(s, p),
      PutProvisionedConcurrencyConfig: (p) => putProvisionedConcurrencyConfig(s, p),
      GetProvisionedConcurrencyConfig: (p) => getProvisionedConcurrencyConfig(s, p),
      DeleteProvisionedConcurrencyConfig: (p) => deleteProvisionedConcurrencyConfig(s, p),
      PublishLayerVersion: (p, ctx) => publishLayerVersion(s, p, ctx),
      GetLayerVersion: (p) => getLayerVersion(s, p),
      DeleteLayerVersion: (p) => deleteLayerVersion(s, p),
      ListLayerVersions: (p) => listLayerVersions(s, p),
    },
  };
}
