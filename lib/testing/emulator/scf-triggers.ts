// SCF triggers (API version 2018-04-16). Only `cos` triggers are emulated; other types are a loud
// not-emulated error. Rules:
// - CreateTrigger: TriggerName of a cos trigger is the bucket's XML API domain (CreateTriggerRequestParams.TriggerName);
//   Qualifier defaults to $LATEST and must name $LATEST, a published version or an alias
//   (`ResourceNotFound.Qualifier`); a COS rule may not overlap another one on the bucket, across functions
//   (`ResourceInUse.Cos`; SCF "COS Trigger Description", 583/9707); at most 10 COS triggers per function and
//   10 rules per bucket (same document). A disabled (CLOSE) trigger still holds its rule on the bucket: the
//   documents say nothing about releasing it, so the emulator takes the stricter reading.
// - ListTriggers: ordered by OrderBy (add_time | mod_time, default mod_time) and Order (ASC | DESC, default DESC);
//   Filters on Qualifier, TriggerName, Description (ListTriggersRequestParams).
// - UpdateTrigger: only timer, ckafka and http triggers (UpdateTriggerRequestParams.Type).
// - DeleteTrigger: a cos trigger is identified by its TriggerDesc (DeleteTriggerRequestParams.TriggerDesc, required
//   for cos); Qualifier defaults to $LATEST.
import { Api3Params, ApiError, NOT_EMULATED } from './api3';
import { optionalArray, optionalInteger, optionalString, oneOf, requiredString } from './params';
import { ScfSettings, findFunction } from './scf-functions';
import { qualifierExists } from './scf-qualifiers';
import { TriggerRecord, formatTime } from './state';
import { describeFilter, eventsOverlap, filtersOverlap } from '../../private/matching';
import { ParsedTriggerDesc, parseTriggerDesc } from '../../private/trigger-desc';

/** Deliberately broken trigger behaviours, to show that a test notices them. */
export interface TriggerQuirks {
  /**
   * UpdateTrigger changes a cos trigger in place instead of refusing it.
   * @default false
   */
  readonly updateTriggerAcceptsCos?: boolean;
  /**
   * CreateTrigger accepts a COS rule that overlaps an existing one.
   * @default false
   */
  readonly allowOverlappingCosTriggers?: boolean;
  /**
   * ListTriggers returns the oldest first when no Order is given.
   * @default false
   */
  readonly listTriggersOldestFirst?: boolean;
  /**
   * DeleteTrigger of a cos trigger ignores TriggerDesc and deletes the newest trigger on the bucket.
   * @default false
   */
  readonly deleteTriggerIgnoresDesc?: boolean;
}

/** Settings of the trigger actions. */
export interface TriggerSettings extends ScfSettings {
  readonly quirks: TriggerQuirks;
  /** The region the emulator runs in: a COS trigger's bucket must be in it. */
  readonly region: string;
}

export const MAX_COS_TRIGGERS_PER_FUNCTION = 10;
export const MAX_COS_RULES_PER_BUCKET = 10;
const COS_TRIGGER_NAME = /^([a-z0-9][a-z0-9-]*[a-z0-9])\.cos\.([a-z0-9-]+)\.myqcloud\.com$/;

export function createTrigger(s: TriggerSettings, p: Api3Params): Record<string, unknown> {
  const functionName = requiredString(p, 'FunctionName');
  const type = requiredString(p, 'Type');
  const triggerName = requiredString(p, 'TriggerName');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const qualifier = optionalString(p, 'Qualifier') || '$LATEST';
  const enable = oneOf(optionalString(p, 'Enable') || 'OPEN', ['OPEN', 'CLOSE'], 'InvalidParameterValue.Enable', 'Enable');
  const description = optionalString(p, 'Description');
  const customArgument = optionalString(p, 'CustomArgument');
  oneOf(type, ['cos', 'cls', 'timer', 'ckafka', 'http', 'apigw', 'cmq'], 'InvalidParameterValue.Type', 'Type');
  findFunction(s.state, namespace, functionName);
  if (type !== 'cos') {
    throw new ApiError(NOT_EMULATED, `cloud emulator: scf:CreateTrigger of type ${type} is not emulated (only cos)`);
  }
  checkQualifier(s, namespace, functionName, qualifier);
  const bucket = cosBucketOf(s, triggerName);
  const triggerDesc = requiredString(p, 'TriggerDesc', 'InvalidParameterValue.TriggerDesc');
  const rule = parseCosDesc(triggerDesc);

  const onBucket = s.state.triggers.filter((t) => t.type === 'cos' && t.triggerName === triggerName);
  if (!s.quirks.allowOverlappingCosTriggers) {
    for (const existing of onBucket) {
      const other = parseTriggerDesc(existing.triggerDesc) as ParsedTriggerDesc;
      if (eventsOverlap(rule.event, other.event) && filtersOverlap(rule.filter, other.filter)) {
        throw new ApiError('ResourceInUse.Cos', `The COS bucket ${bucket} already has a trigger that overlaps this one: ${other.event} ${describeFilter(other.filter)} `
          + `of function ${existing.namespace}/${existing.functionName} (${existing.qualifier}) and ${rule.event} ${describeFilter(rule.filter)} can fire for the same object.`);
      }
    }
  }
  const ofFunction = s.state.triggers.filter((t) => t.type === 'cos' && t.functionName === functionName && t.namespace === namespace);
  if (ofFunction.length >= MAX_COS_TRIGGERS_PER_FUNCTION) {
    throw new ApiError('LimitExceeded.Trigger', `Function ${functionName} already has ${MAX_COS_TRIGGERS_PER_FUNCTION} COS triggers, the most one function may have.`);
  }
  if (onBucket.length >= MAX_COS_RULES_PER_BUCKET) {
    throw new ApiError('LimitExceeded.Trigger', `Bucket ${bucket} already has ${MAX_COS_RULES_PER_BUCKET} event notification rules, the most one bucket may have.`);
  }
  const seq = s.state.tick();
  const now = formatTime(Date.now());
  const record: TriggerRecord = {
    functionName,
    namespace,
    qualifier,
    type,
    triggerName,
    triggerDesc,
    enable,
    description,
    customArgument,
    addTime: now,
    modTime: now,
    seq,
    addSeq: seq,
  };
  s.state.triggers.push(record);
  return {
    TriggerInfo: {
      ModTime: record.modTime,
      Type: record.type,
      TriggerDesc: record.triggerDesc,
      TriggerName: record.triggerName,
      AddTime: record.addTime,
      Enable: enable === 'OPEN' ? 1 : 0,
      CustomArgument: customArgument ?? '',
      AvailableStatus: 'Available',
      Qualifier: qualifier,
      Description: description ?? '',
    },
  };
}

export function listTriggers(s: TriggerSettings, p: Api3Params): Record<string, unknown> {
  const functionName = requiredString(p, 'FunctionName');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const offset = optionalInteger(p, 'Offset') ?? 0;
  const limit = optionalInteger(p, 'Limit') ?? 20;
  const orderBy = oneOf(optionalString(p, 'OrderBy') ?? 'mod_time', ['add_time', 'mod_time'], 'InvalidParameterValue.OrderBy', 'OrderBy');
  const defaultOrder = s.quirks.listTriggersOldestFirst ? 'ASC' : 'DESC';
  const order = oneOf((optionalString(p, 'Order') ?? defaultOrder).toUpperCase(), ['ASC', 'DESC'], 'InvalidParameterValue.Order', 'Order');
  findFunction(s.state, namespace, functionName);
  let triggers = s.state.triggers.filter((t) => t.functionName === functionName && t.namespace === namespace);
  for (const raw of optionalArray(p, 'Filters') ?? []) {
    const filter = raw as Api3Params;
    const name = requiredString(filter, 'Name');
    const values = (optionalArray(filter, 'Values') ?? []).map(String);
    const field = ({ Qualifier: 'qualifier', TriggerName: 'triggerName', Description: 'description' } as const)[name as 'Qualifier'];
    if (!field) {
      throw new ApiError('InvalidParameterValue.Filters', `Filter name ${JSON.stringify(name)} is not supported; use Qualifier, TriggerName or Description.`);
    }
    triggers = triggers.filter((t) => values.includes(t[field] ?? ''));
  }
  // Times have one-second resolution; the modification sequence orders changes within one second.
  const key = (t: TriggerRecord): number => (orderBy === 'add_time' ? t.addSeq : t.seq);
  triggers.sort((a, b) => (order === 'DESC' ? key(b) - key(a) : key(a) - key(b)));
  return {
    TotalCount: triggers.length,
    Triggers: triggers.slice(offset, offset + limit).map((t) => ({
      Enable: t.enable === 'OPEN' ? 1 : 0,
      Qualifier: t.qualifier,
      TriggerName: t.triggerName,
      Type: t.type,
      TriggerDesc: t.triggerDesc,
      AvailableStatus: 'Available',
      CustomArgument: t.customArgument ?? '',
      AddTime: t.addTime,
      ModTime: t.modTime,
      ResourceId: '',
      BindStatus: '',
      TriggerAttribute: '',
      Description: t.description ?? '',
      BoundResources: '',
    })),
  };
}

export function updateTrigger(s: TriggerSettings, p: Api3Params): Record<string, unknown> {
  const functionName = requiredString(p, 'FunctionName');
  const triggerName = requiredString(p, 'TriggerName');
  const type = requiredString(p, 'Type');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const qualifier = optionalString(p, 'Qualifier') || '$LATEST';
  findFunction(s.state, namespace, functionName);
  if (type === 'cos' && s.quirks.updateTriggerAcceptsCos) {
    const target = s.state.triggers
      .filter((t) => t.type === 'cos' && t.functionName === functionName && t.namespace === namespace && t.triggerName === triggerName)
      .sort((a, b) => b.seq - a.seq)[0];
    if (!target) throw new ApiError('ResourceNotFound.Trigger', `Trigger ${triggerName} of function ${functionName} does not exist.`);
    const enable = optionalString(p, 'Enable');
    const desc = optionalString(p, 'TriggerDesc');
    if (desc !== undefined) parseCosDesc(desc);
    const updated: TriggerRecord = {
      ...target,
      enable: enable === undefined ? target.enable : oneOf(enable, ['OPEN', 'CLOSE'], 'InvalidParameterValue.Enable', 'Enable'),
      qualifier,
      triggerDesc: desc ?? target.triggerDesc,
      description: optionalString(p, 'Description') ?? target.description,
      modTime: formatTime(Date.now()),
      seq: s.state.tick(),
    };
    s.state.triggers = s.state.triggers.map((t) => (t === target ? updated : t));
    return {};
  }
  // UpdateTriggerRequestParams.Type: "only timer, ckafka and http are supported".
  oneOf(type, ['timer', 'ckafka', 'http'], 'InvalidParameterValue.Type', 'Type');
  throw new ApiError(NOT_EMULATED, `cloud emulator: scf:UpdateTrigger of type ${type} is not emulated`);
}

export function deleteTrigger(s: TriggerSettings, p: Api3Params): Record<string, unknown> {
  const functionName = requiredString(p, 'FunctionName');
  const triggerName = requiredString(p, 'TriggerName');
  const type = requiredString(p, 'Type');
  const namespace = optionalString(p, 'Namespace') ?? 'default';
  const qualifier = optionalString(p, 'Qualifier') || '$LATEST';
  oneOf(type, ['timer', 'ckafka', 'apigw', 'cls', 'cos', 'cmq', 'http'], 'InvalidParameterValue.Type', 'Type');
  findFunction(s.state, namespace, functionName);
  if (type !== 'cos') {
    throw new ApiError(NOT_EMULATED, `cloud emulator: scf:DeleteTrigger of type ${type} is not emulated (only cos)`);
  }
  const candidates = s.state.triggers
    .filter((t) => t.type === 'cos' && t.functionName === functionName && t.namespace === namespace && t.triggerName === triggerName && t.qualifier === qualifier)
    .sort((a, b) => b.seq - a.seq);
  let target: TriggerRecord | undefined;
  if (s.quirks.deleteTriggerIgnoresDesc) {
    target = candidates[0];
  } else {
    const desc = requiredString(p, 'TriggerDesc', 'InvalidParameterValue.TriggerDesc');
    const rule = parseCosDesc(desc);
    target = candidates.find((t) => sameRule(parseTriggerDesc(t.triggerDesc) as ParsedTriggerDesc, rule));
  }
  if (!target) {
    throw new ApiError('ResourceNotFound.Trigger', `No cos trigger ${triggerName} with this TriggerDesc exists for function ${functionName} (${qualifier}).`);
  }
  s.state.triggers = s.state.triggers.filter((t) => t !== target);
  return {};
}

function sameRule(a: ParsedTriggerDesc, b: ParsedTriggerDesc): boolean {
  return a.event === b.event && a.filter.prefix === b.filter.prefix && a.filter.suffix === b.filter.suffix;
}

function parseCosDesc(desc: string): ParsedTriggerDesc {
  const parsed = parseTriggerDesc(desc);
  if (typeof parsed === 'string') {
    throw new ApiError('InvalidParameterValue.TriggerDesc', `TriggerDesc is invalid for a cos trigger: ${parsed}.`);
  }
  return parsed;
}

function checkQualifier(s: TriggerSettings, namespace: string, functionName: string, qualifier: string): void {
  // $LATEST, a published version, or an alias ($DEFAULT always exists).
  if (!qualifierExists(s.state, namespace, functionName, qualifier)) {
    throw new ApiError('ResourceNotFound.Qualifier', `Version or alias ${qualifier} of function ${functionName} does not exist.`);
  }
}

function cosBucketOf(s: TriggerSettings, triggerName: string): string {
  const match = COS_TRIGGER_NAME.exec(triggerName);
  if (!match) {
    throw new ApiError('InvalidParameterValue.TriggerName', `TriggerName ${JSON.stringify(triggerName)} of a cos trigger must be the bucket's domain <bucket>-<appid>.cos.<region>.myqcloud.com.`);
  }
  const [, bucket, region] = match;
  const actual = s.cos.bucketRegion(bucket);
  if (actual === undefined || actual !== region) {
    throw new ApiError('ResourceNotFound.Cos', `The COS bucket ${bucket} does not exist in ${region}.`);
  }
  if (region !== s.region) {
    throw new ApiError('InvalidParameterValue.Cos', `The COS bucket ${bucket} is in ${region}; a COS trigger's bucket must be in the function's region ${s.region}.`);
  }
  return bucket;
}
