// SCF functions and namespaces (API version 2018-04-16). Parameter rules are the SDK's field documentation
// (tencentcloud-sdk-go scf/v20180416 models.go, CreateFunctionRequestParams and friends); error codes are the
// ones the SDK's client.go lists for each action.
import { createHash, randomUUID } from 'crypto';
import { Api3Context, Api3Params, ApiError } from './api3';
import { optionalArray, optionalInteger, optionalObject, optionalString, oneOf, requiredString } from './params';
import { readLayers } from './scf-layer-refs';
import { deleteVersion } from './scf-qualifiers';
import { CloudState, CodeSource, FunctionRecord, forgetFunction, formatTime, functionKey } from './state';

/** What SCF needs to know about COS: bucket regions and object contents (code packages). */
export interface ScfCosView {
  /** The region of a bucket (`<name>-<appid>`), or undefined when it does not exist. */
  bucketRegion(bucket: string): string | undefined;
  /** An object's content, or undefined when it does not exist. */
  readObject(bucket: string, key: string): Buffer | undefined;
}

/** Settings shared by the SCF action handlers. */
export interface ScfSettings {
  readonly state: CloudState;
  readonly cos: ScfCosView;
  /** How long a created or updated function reports `Creating`/`Updating` before `Active`. */
  readonly functionReadyDelayMs: number;
}

/** CreateFunctionRequestParams.Runtime (SDK list) plus the Node.js runtime the console offers today. */
export const SCF_RUNTIMES: readonly string[] = [
  'Python2.7', 'Python3.6', 'Python3.7', 'Python3.9', 'Python3.10', 'Nodejs6.10', 'Nodejs8.9', 'Nodejs10.15',
  'Nodejs12.16', 'Nodejs14.18', 'Nodejs16.13', 'Nodejs18.15', 'Nodejs20.15', 'Php5.6', 'Php7', 'Php7.4', 'Php8.0',
  'Go1', 'Java8', 'CustomRuntime',
];

// CreateFunctionRequestParams.FunctionName: letters, digits, '-' and '_', starting with a letter, not ending
// with '-' or '_', 2 to 60 characters.
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/;
// CreateFunctionRequestParams.Handler: "file.method" (Java: package.Class::method), each part starting and
// ending with a letter (digits accepted at the end), letters, digits, '_' and '-' inside, 2-60 characters.
const HANDLER_PART = /^[A-Za-z][A-Za-z0-9_/-]{0,58}[A-Za-z0-9]$/;

/** Looks a function up, or throws `ResourceNotFound.Function` (`ResourceNotFound.Namespace` for a missing namespace). */
export function findFunction(state: CloudState, namespace: string, name: string): FunctionRecord {
  if (!state.namespaces.has(namespace)) {
    throw new ApiError('ResourceNotFound.Namespace', `Namespace ${namespace} does not exist.`);
  }
  const fn = state.functions.get(functionKey(namespace, name));
  if (!fn) {
    throw new ApiError('ResourceNotFound.Function', `Function ${name} does not exist in namespace ${namespace}.`);
  }
  return fn;
}

/** The function's status as GetFunction reports it. */
export function functionStatus(fn: FunctionRecord, now = Date.now()): string {
  return now < fn.busyUntil ? fn.busyStatus : 'Active';
}

export function createFunction(s: ScfSettings, p: Api3Params, ctx: Api3Context): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  if (!FUNCTION_NAME.test(name)) {
    throw new ApiError('InvalidParameterValue.FunctionName', `FunctionName ${JSON.stringify(name)} is invalid: 2-60 letters, digits, '-' or '_', starting with a letter and not ending with '-' or '_'.`);
  }
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  if (!s.state.namespaces.has(namespace)) {
    throw new ApiError('ResourceNotFound.Namespace', `Namespace ${namespace} does not exist.`);
  }
  if (s.state.functions.has(functionKey(namespace, name))) {
    throw new ApiError('ResourceInUse.Function', `Function ${name} already exists in namespace ${namespace}.`);
  }
  const type = oneOf(optionalString(p, 'Type') ?? 'Event', ['Event', 'HTTP'], 'InvalidParameterValue.FunctionType', 'Type');
  const runtime = optionalString(p, 'Runtime');
  if (runtime === undefined) {
    throw new ApiError('MissingParameter.Runtime', 'The request is missing a required parameter `Runtime`.');
  }
  oneOf(runtime, SCF_RUNTIMES, 'InvalidParameterValue.Runtime', 'Runtime');
  const handler = checkHandler(optionalString(p, 'Handler') ?? 'index.main_handler');
  const codeParams = optionalObject(p, 'Code');
  if (!codeParams) {
    throw new ApiError('MissingParameter.Code', 'The request is missing a required parameter `Code`.');
  }
  const { code, codeSource } = readCode(s, codeParams, ctx);
  const role = optionalString(p, 'Role') || undefined;
  checkRole(s, role);
  const now = Date.now();
  const publicNet = optionalObject(p, 'PublicNetConfig');
  const record: FunctionRecord = {
    functionId: `lam-${randomUUID().replace(/-/g, '').slice(0, 8)}`,
    name,
    namespace,
    handler,
    runtime,
    description: checkDescription(optionalString(p, 'Description') ?? ''),
    memorySize: checkMemory(optionalInteger(p, 'MemorySize') ?? 128),
    timeout: checkTimeout(optionalInteger(p, 'Timeout') ?? 3),
    environment: readEnvironment(p, {}),
    role,
    code,
    codeSource,
    vpc: readVpc(p, { vpcId: '', subnetId: '' }),
    publicNet: publicNet ? oneOf(requiredString(publicNet, 'PublicNetStatus'), ['ENABLE', 'DISABLE'], 'InvalidParameterValue.PublicNetConfig', 'PublicNetConfig.PublicNetStatus') : 'ENABLE',
    type,
    tags: readTags(p),
    asyncRunEnable: optionalString(p, 'AsyncRunEnable') ?? 'FALSE',
    layers: readLayers(s.state, p, runtime) ?? [],
    cls: readCls(p, { logsetId: '', topicId: '' }),
    addTime: formatTime(now),
    modTime: formatTime(now),
    busyUntil: now + s.functionReadyDelayMs,
    busyStatus: 'Creating',
  };
  s.state.functions.set(functionKey(namespace, name), record);
  return {};
}

export function updateFunctionCode(s: ScfSettings, p: Api3Params, ctx: Api3Context): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const fn = requireIdle(findFunction(s.state, namespace, name));
  const codeParams = optionalObject(p, 'Code') ?? {};
  // The old flat fields (CosBucketName, ZipFile, ...) and the Code object are both accepted; Code wins.
  const merged: Api3Params = {
    CosBucketName: p.CosBucketName,
    CosObjectName: p.CosObjectName,
    CosBucketRegion: p.CosBucketRegion,
    ZipFile: p.ZipFile,
    ...Object.fromEntries(Object.entries(codeParams).filter(([, v]) => v !== undefined && v !== null)),
  };
  const { code, codeSource } = readCode(s, merged, ctx);
  const handler = optionalString(p, 'Handler');
  const now = Date.now();
  s.state.functions.set(functionKey(namespace, name), {
    ...fn,
    code,
    codeSource,
    handler: handler === undefined ? fn.handler : checkHandler(handler),
    modTime: formatTime(now),
    busyUntil: now + s.functionReadyDelayMs,
    busyStatus: 'Updating',
  });
  return {};
}

export function updateFunctionConfiguration(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const fn = requireIdle(findFunction(s.state, namespace, name));
  const description = optionalString(p, 'Description');
  const memory = optionalInteger(p, 'MemorySize');
  const timeout = optionalInteger(p, 'Timeout');
  const runtime = optionalString(p, 'Runtime');
  const role = optionalString(p, 'Role');
  if (role) checkRole(s, role);
  const publicNet = optionalObject(p, 'PublicNetConfig');
  const now = Date.now();
  s.state.functions.set(functionKey(namespace, name), {
    ...fn,
    description: description === undefined ? fn.description : checkDescription(description),
    memorySize: memory === undefined ? fn.memorySize : checkMemory(memory),
    timeout: timeout === undefined ? fn.timeout : checkTimeout(timeout),
    runtime: runtime === undefined ? fn.runtime : oneOf(runtime, SCF_RUNTIMES, 'InvalidParameterValue.Runtime', 'Runtime'),
    role: role === undefined ? fn.role : role || undefined,
    environment: readEnvironment(p, fn.environment),
    vpc: readVpc(p, fn.vpc),
    publicNet: publicNet
      ? oneOf(requiredString(publicNet, 'PublicNetStatus'), ['ENABLE', 'DISABLE'], 'InvalidParameterValue.PublicNetConfig', 'PublicNetConfig.PublicNetStatus')
      : fn.publicNet,
    layers: readLayers(s.state, p, runtime ?? fn.runtime) ?? fn.layers,
    cls: readCls(p, fn.cls),
    modTime: formatTime(now),
    busyUntil: now + s.functionReadyDelayMs,
    busyStatus: 'Updating',
  });
  return {};
}

export function deleteFunction(s: ScfSettings, p: Api3Params): Record<string, unknown> {
  const name = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') || 'default';
  const qualifier = optionalString(p, 'Qualifier');
  findFunction(s.state, namespace, name);
  if (qualifier !== undefined && qualifier !== '' && qualifier !== '$LATEST') {
    deleteVersion(s.state, namespace, name, qualifier);
    return {};
  }
  // DeleteFunctionRequestParams.Qualifier: "without it, every version of the function is deleted"; the function's
  // aliases, settings and triggers go with it.
  forgetFunction(s.state, namespace, name);
  return {};
}

function requireIdle(fn: FunctionRecord): FunctionRecord {
  const status = functionStatus(fn);
  if (status !== 'Active') {
    throw new ApiError('FailedOperation.FunctionStatusError', `Function ${fn.name} is ${status}; retry when it is Active.`);
  }
  return fn;
}

/** Reads a `Code` object (ZipFile, or a COS object) into the zip it names. */
export function readCode(s: ScfSettings, code: Api3Params, ctx: Api3Context): { code: Buffer; codeSource: CodeSource } {
  const zipFile = optionalString(code, 'ZipFile');
  if (zipFile) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(zipFile) || zipFile.length % 4 !== 0) {
      throw new ApiError('InvalidParameterValue.ZipFileBase64BinasciiError', 'Code.ZipFile is not valid base64.');
    }
    return { code: checkZip(Buffer.from(zipFile, 'base64')), codeSource: { zipFile: true } };
  }
  const bucketName = optionalString(code, 'CosBucketName');
  const objectName = optionalString(code, 'CosObjectName');
  if (bucketName || objectName) {
    if (!bucketName) throw new ApiError('InvalidParameterValue.CosBucketName', 'Code.CosBucketName is required with Code.CosObjectName.');
    if (!objectName) throw new ApiError('InvalidParameterValue.CosObjectName', 'Code.CosObjectName is required with Code.CosBucketName.');
    // Code.CosBucketName: the bucket name without "-<appid>"; Code.CosBucketRegion defaults to the call's region.
    const appIdSuffix = `-${s.state.account.appId}`;
    const bucket = bucketName.endsWith(appIdSuffix) ? bucketName : bucketName + appIdSuffix;
    const region = optionalString(code, 'CosBucketRegion') || ctx.region;
    const key = objectName.replace(/^\//, '');
    const bucketRegion = s.cos.bucketRegion(bucket);
    const content = bucketRegion === region ? s.cos.readObject(bucket, key) : undefined;
    if (!content) {
      throw new ApiError('ResourceNotFound.CosObject', `COS object ${objectName} does not exist in bucket ${bucket} (${region}).`);
    }
    return { code: checkZip(content), codeSource: { cosBucketName: bucketName, cosObjectName: objectName, cosBucketRegion: region } };
  }
  throw new ApiError('InvalidParameterValue.Code', 'Code needs ZipFile or CosBucketName and CosObjectName (other code sources are not emulated).');
}

function checkZip(zip: Buffer): Buffer {
  const magic = zip.subarray(0, 4).toString('hex');
  if (magic !== '504b0304' && magic !== '504b0506') {
    throw new ApiError('InvalidParameterValue.ZipFile', 'The code package is not a standard zip file; compress it again and retry.');
  }
  if (zip.length > 50 * 1024 * 1024) {
    throw new ApiError('InvalidParameterValue.ZipFile', 'The zip package exceeds 50 MB (Code.ZipFile limit).');
  }
  return zip;
}

function checkHandler(handler: string): string {
  const separator = handler.includes('::') ? handler.lastIndexOf('::') : handler.lastIndexOf('.');
  const file = handler.slice(0, separator);
  const method = handler.slice(separator + (handler.includes('::') ? 2 : 1));
  if (separator <= 0 || !HANDLER_PART.test(file.replace(/\./g, '/')) || !HANDLER_PART.test(method)) {
    throw new ApiError('InvalidParameterValue.Handler', `Handler ${JSON.stringify(handler)} is invalid: expected "file.method", each part 2-60 letters, digits, '_' or '-'.`);
  }
  return handler;
}

function checkRole(s: ScfSettings, role: string | undefined): void {
  if (role && ![...s.state.roles.values()].some((r) => r.roleName === role)) {
    throw new ApiError('ResourceNotFound.Role', `Role ${role} does not exist.`);
  }
}

export function checkDescription(description: string): string {
  if (description.length > 1000) {
    throw new ApiError('InvalidParameterValue.Description', 'Description is longer than 1000 characters.');
  }
  return description;
}

// CreateFunctionRequestParams.MemorySize: 64, or 128 to 3072 in steps of 128.
function checkMemory(memory: number): number {
  if (memory !== 64 && !(memory >= 128 && memory <= 3072 && memory % 128 === 0)) {
    throw new ApiError('InvalidParameterValue.MemorySize', `MemorySize ${memory} is invalid: 64, or 128-3072 in steps of 128.`);
  }
  return memory;
}

// CreateFunctionRequestParams.Timeout: 1 to 900 seconds.
function checkTimeout(timeout: number): number {
  if (timeout < 1 || timeout > 900) {
    throw new ApiError('InvalidParameterValue', `Timeout ${timeout} is invalid: 1-900 seconds.`);
  }
  return timeout;
}

function readEnvironment(p: Api3Params, current: Readonly<Record<string, string>>): Record<string, string> {
  const env = optionalObject(p, 'Environment');
  if (!env) return { ...current };
  const variables = optionalArray(env, 'Variables') ?? [];
  const result: Record<string, string> = {};
  for (const raw of variables) {
    const v = raw as Api3Params;
    const key = optionalString(v, 'Key') ?? '';
    const value = optionalString(v, 'Value') ?? '';
    // A single empty variable clears the environment (what UpdateFunctionConfiguration callers send to remove all).
    if (key === '' && value === '' && variables.length === 1) return {};
    if (key === '') throw new ApiError('InvalidParameterValue.Environment', 'Environment variable names must not be empty.');
    result[key] = value;
  }
  return result;
}

// VpcConfig: VpcId and SubnetId go together (a function in a VPC needs both).
function readVpc(p: Api3Params, current: FunctionRecord['vpc']): FunctionRecord['vpc'] {
  const vpc = optionalObject(p, 'VpcConfig');
  if (!vpc) return current;
  const vpcId = optionalString(vpc, 'VpcId') ?? current.vpcId;
  const subnetId = optionalString(vpc, 'SubnetId') ?? current.subnetId;
  if ((vpcId === '') !== (subnetId === '')) {
    throw new ApiError('InvalidParameterValue.Vpc', 'VpcConfig needs both VpcId and SubnetId, or neither.');
  }
  return { vpcId, subnetId };
}

// ClsLogsetId and ClsTopicId go together (the provider checks that both or neither are set).
function readCls(p: Api3Params, current: FunctionRecord['cls']): FunctionRecord['cls'] {
  const logsetId = optionalString(p, 'ClsLogsetId');
  const topicId = optionalString(p, 'ClsTopicId');
  if (logsetId === undefined && topicId === undefined) return current;
  return { logsetId: logsetId ?? current.logsetId, topicId: topicId ?? current.topicId };
}

function readTags(p: Api3Params): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const raw of optionalArray(p, 'Tags') ?? []) {
    const t = raw as Api3Params;
    tags[requiredString(t, 'Key')] = optionalString(t, 'Value') ?? '';
  }
  return tags;
}

/** A stable short digest of a code package (for LiveFunction). */
export function codeSha256(code: Buffer): string {
  return createHash('sha256').update(code).digest('hex');
}
