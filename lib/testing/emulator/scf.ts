// The SCF product (`scf.tencentcloudapi.com`, version 2018-04-16): the actions the provider calls for
// functions, namespaces and triggers. Functions: scf-functions.ts; triggers: scf-triggers.ts.
import { Api3Service } from './api3';
import {
  ScfCosView, createFunction, deleteFunction, getFunction, updateFunctionCode, updateFunctionConfiguration,
} from './scf-functions';
import { createNamespace, deleteNamespace, listNamespaces, updateNamespace } from './scf-namespaces';
import { TriggerQuirks, createTrigger, deleteTrigger, listTriggers, updateTrigger } from './scf-triggers';
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
    },
  };
}
