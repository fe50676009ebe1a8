// GetFunction (API version 2018-04-16): the function's `$LATEST` or one published version, in the shape of the
// SDK's GetFunctionResponseParams. `Qualifier` is a version number ("函数的版本号", default `$LATEST`); an unknown
// one is `ResourceNotFound.Version`.
import { Api3Params, ApiError } from './api3';
import { optionalString, requiredString } from './params';
import { ScfSettings, findFunction, functionStatus } from './scf-functions';
import { layerVersionInfo } from './scf-layers';
import { findVersion } from './scf-qualifiers';
import { CloudState, FunctionRecord, TriggerRecord } from './state';

export function getFunction(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  const qualifier = optionalString(p, 'Qualifier') || '$LATEST';
  const fn = findFunction(s.state, namespace, name);
  const triggers = s.state.triggers.filter((t) => t.namespace === namespace && t.functionName === name);
  if (qualifier === '$LATEST') {
    return functionView(s.state, fn, { qualifier, description: fn.description, status: functionStatus(fn), modTime: fn.modTime }, triggers);
  }
  const version = findVersion(s.state, namespace, name, qualifier);
  if (!version) {
    throw new ApiError('ResourceNotFound.Version', `Version ${qualifier} of function ${name} does not exist.`);
  }
  return functionView(s.state, version.snapshot, {
    qualifier, description: version.description, status: 'Active', modTime: version.modTime,
  }, triggers.filter((t) => t.qualifier === qualifier));
}

interface ViewOf {
  readonly qualifier: string;
  readonly description: string;
  readonly status: string;
  readonly modTime: string;
}

function functionView(state: CloudState, fn: FunctionRecord, v: ViewOf, triggers: readonly TriggerRecord[]): Record<string, unknown> {
  return {
    FunctionName: fn.name,
    FunctionId: fn.functionId,
    Namespace: fn.namespace,
    FunctionVersion: v.qualifier,
    Qualifier: v.qualifier,
    Description: v.description,
    Handler: fn.handler,
    Runtime: fn.runtime,
    MemorySize: fn.memorySize,
    Timeout: fn.timeout,
    CodeSize: fn.code.length,
    CodeInfo: '',
    CodeResult: 'success',
    CodeError: '',
    ErrNo: 0,
    Environment: { Variables: Object.entries(fn.environment).map(([Key, Value]) => ({ Key, Value })) },
    VpcConfig: { VpcId: fn.vpc.vpcId, SubnetId: fn.vpc.subnetId },
    Role: fn.role ?? '',
    InstallDependency: 'FALSE',
    Status: v.status,
    StatusDesc: v.status === 'Active' ? '' : `Function is ${v.status.toLowerCase()}`,
    StatusReasons: [],
    AvailableStatus: v.status === 'Active' ? 'Available' : 'Unavailable',
    ClsLogsetId: fn.cls.logsetId,
    ClsTopicId: fn.cls.topicId,
    Tags: Object.entries(fn.tags).map(([Key, Value]) => ({ Key, Value })),
    EipConfig: { EipFixed: 'FALSE', Eips: [] },
    AccessInfo: { Host: '', Vip: '' },
    Type: fn.type,
    L5Enable: 'FALSE',
    UseGpu: 'FALSE',
    Layers: fn.layers.map((l) => layerVersionInfo(state, l)),
    AddTime: fn.addTime,
    ModTime: v.modTime,
    PublicNetConfig: { PublicNetStatus: fn.publicNet, EipConfig: { EipStatus: 'DISABLE', EipAddress: [] } },
    OnsEnable: 'FALSE',
    InitTimeout: 65,
    AsyncRunEnable: fn.asyncRunEnable,
    TraceEnable: 'FALSE',
    Triggers: triggers.map((t) => ({
      ModTime: t.modTime,
      Type: t.type,
      TriggerDesc: t.triggerDesc,
      TriggerName: t.triggerName,
      AddTime: t.addTime,
      Enable: t.enable === 'OPEN' ? 1 : 0,
      CustomArgument: t.customArgument ?? '',
      AvailableStatus: 'Available',
      Qualifier: t.qualifier,
      Description: t.description ?? '',
    })),
  };
}
