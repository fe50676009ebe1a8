// The emulator's in-memory model of SCF and CAM (COS lives in cos-state.ts). Records are plain objects that the
// services replace on change; readers get them through the accessor methods.

/** Where a function's code came from. */
export type CodeSource =
  | { readonly zipFile: true }
  | { readonly cosBucketName: string; readonly cosObjectName: string; readonly cosBucketRegion: string };

/** An SCF namespace. */
export interface NamespaceRecord {
  readonly name: string;
  readonly description: string;
  /** `default` for the built-in namespace, `user` for created ones. */
  readonly type: 'default' | 'user';
  readonly addTime: string;
  readonly modTime: string;
}

/** A deployed SCF function (its `$LATEST` version). */
export interface FunctionRecord {
  readonly functionId: string;
  readonly name: string;
  readonly namespace: string;
  readonly handler: string;
  readonly runtime: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: number;
  readonly environment: Readonly<Record<string, string>>;
  /** The execution role's name, when the function has one. */
  readonly role?: string;
  /** The deployed code: the zip archive. */
  readonly code: Buffer;
  readonly codeSource: CodeSource;
  /** `VpcConfig` as given (the emulator has no VPC service to check it against). */
  readonly vpc: { readonly vpcId: string; readonly subnetId: string };
  /** `PUBLIC_NET_CONFIG.PublicNetStatus`: `ENABLE` or `DISABLE`. */
  readonly publicNet: 'ENABLE' | 'DISABLE';
  readonly type: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly asyncRunEnable: string;
  /** The layer versions bound to the function, in order (`Layers`). */
  readonly layers: readonly LayerRef[];
  /** `ClsLogsetId` and `ClsTopicId` as given (the emulator has no CLS service to check them against). */
  readonly cls: { readonly logsetId: string; readonly topicId: string };
  readonly addTime: string;
  readonly modTime: string;
  /** Milliseconds since the epoch until which the function reports `Creating`/`Updating`. */
  readonly busyUntil: number;
  /** `Creating` or `Updating` while busy. */
  readonly busyStatus: 'Creating' | 'Updating';
}

/** A layer version bound to a function. */
export interface LayerRef {
  readonly name: string;
  readonly version: number;
}

/**
 * A published version of a function (PublishVersion): the function's code and configuration as they were when it
 * was published. The version's own `Description` is the one PublishVersion was given.
 */
export interface VersionRecord {
  /** `1`, `2`, ...: numbered per function, never reused. */
  readonly version: string;
  readonly description: string;
  /** The function at publish time (its `description` is the function's, not the version's). */
  readonly snapshot: FunctionRecord;
  readonly addTime: string;
  readonly modTime: string;
}

/** An additional version of an alias, chosen by weight (`AdditionalVersionWeights`). */
export interface VersionWeightRecord {
  readonly version: string;
  /** Between 0 and 1: the share of invocations the additional version receives. */
  readonly weight: number;
}

/** An additional version of an alias, chosen by a rule on the invocation's routing key (`AddtionVersionMatchs`). */
export interface VersionMatchRecord {
  readonly version: string;
  readonly key: string;
  /** `range` or `exact`. */
  readonly method: string;
  readonly expression: string;
}

/** A function alias: a name routing to a main version and at most one additional version. */
export interface AliasRecord {
  readonly name: string;
  /** The main version (a version number or `$LATEST`). */
  readonly functionVersion: string;
  readonly weights: readonly VersionWeightRecord[];
  readonly matches: readonly VersionMatchRecord[];
  readonly description: string;
  readonly addTime: string;
  readonly modTime: string;
}

/** Per-function settings outside the function's configuration: async retries and concurrency. */
export interface FunctionSettingsRecord {
  /** UpdateFunctionEventInvokeConfig: retry attempts and message TTL (seconds), when set. */
  readonly asyncConfig?: { readonly retryNum: number; readonly msgTtl: number };
  /** PutReservedConcurrencyConfig: the reserved memory quota in MB, when set. */
  readonly reservedMem?: number;
  /** PutProvisionedConcurrencyConfig, keyed by version. */
  readonly provisioned: ReadonlyMap<string, ProvisionedRecord>;
}

/** The provisioned concurrency of one version. */
export interface ProvisionedRecord {
  readonly qualifier: string;
  readonly num: number;
  readonly provisionedType: string;
  readonly triggerActions: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly trackingTarget?: number;
  readonly minCapacity?: number;
  readonly maxCapacity?: number;
}

/** A published layer version. */
export interface LayerVersionRecord {
  readonly name: string;
  readonly version: number;
  readonly compatibleRuntimes: readonly string[];
  readonly content: Buffer;
  readonly description: string;
  readonly licenseInfo: string;
  readonly addTime: string;
}

/** An SCF trigger. */
export interface TriggerRecord {
  readonly functionName: string;
  readonly namespace: string;
  /** The version or alias the trigger invokes, as created (`$LATEST` when none was given). */
  readonly qualifier: string;
  readonly type: string;
  /** For `cos`: the bucket's domain `<bucket>.cos.<region>.myqcloud.com`. */
  readonly triggerName: string;
  /** The trigger's description JSON, stored as sent. */
  readonly triggerDesc: string;
  readonly enable: 'OPEN' | 'CLOSE';
  readonly description?: string;
  readonly customArgument?: string;
  readonly addTime: string;
  readonly modTime: string;
  /** A monotonic sequence of the last modification: orders triggers modified within one second. */
  readonly seq: number;
  /** The sequence value at creation. */
  readonly addSeq: number;
}

/** A CAM role. */
export interface RoleRecord {
  readonly roleId: string;
  readonly roleName: string;
  readonly policyDocument: string;
  readonly description: string;
  readonly consoleLogin: number;
  readonly sessionDuration: number;
  readonly addTime: string;
  readonly updateTime: string;
}

/** A custom CAM policy. */
export interface PolicyRecord {
  readonly policyId: number;
  readonly policyName: string;
  readonly policyDocument: string;
  readonly description: string;
  readonly addTime: string;
  readonly updateTime: string;
}

/** A policy attached to a role. */
export interface AttachmentRecord {
  readonly roleId: string;
  readonly policyId: number;
  readonly addTime: string;
}

/** The account the emulator pretends to be. */
export interface AccountInfo {
  readonly appId: string;
  readonly ownerUin: string;
  /** The caller's uin (the root account here: equal to `ownerUin`). */
  readonly uin: string;
}

/** The SCF and CAM state of one emulator. */
export class CloudState {
  public readonly namespaces = new Map<string, NamespaceRecord>();
  /** Keyed by `namespace/name`. */
  public readonly functions = new Map<string, FunctionRecord>();
  public triggers: TriggerRecord[] = [];
  /** Published versions, keyed by function key (`namespace/name`), in publishing order. */
  public readonly versions = new Map<string, VersionRecord[]>();
  /** The last version number given out per function key (numbers are never reused). */
  public readonly lastVersion = new Map<string, number>();
  /** Aliases keyed by function key, then alias name (`$DEFAULT` only once it was updated). */
  public readonly aliases = new Map<string, Map<string, AliasRecord>>();
  /** Async retry and concurrency settings keyed by function key. */
  public readonly settings = new Map<string, FunctionSettingsRecord>();
  /** Layer versions keyed by layer name, in publishing order. */
  public readonly layers = new Map<string, LayerVersionRecord[]>();
  /** The last version number given out per layer name. */
  public readonly lastLayerVersion = new Map<string, number>();
  /** Keyed by role id. */
  public readonly roles = new Map<string, RoleRecord>();
  /** Keyed by policy id. */
  public readonly policies = new Map<number, PolicyRecord>();
  public attachments: AttachmentRecord[] = [];
  private sequence = 0;
  private nextPolicyId = 200000001;
  private nextRoleId = 1;

  constructor(public readonly account: AccountInfo) {
    const now = formatTime(Date.now());
    this.namespaces.set('default', { name: 'default', description: 'default namespace', type: 'default', addTime: now, modTime: now });
  }

  /** The next value of the modification sequence. */
  public tick(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** A new policy id (CAM policy ids are numbers). */
  public newPolicyId(): number {
    const id = this.nextPolicyId;
    this.nextPolicyId += 1;
    return id;
  }

  /** A new role id (CAM role ids are 19-digit numbers, as strings). */
  public newRoleId(): string {
    const id = this.nextRoleId;
    this.nextRoleId += 1;
    return `46116860184${String(id).padStart(8, '0')}`;
  }

  /** True when nothing but the built-in namespace exists. */
  public isEmpty(): boolean {
    return this.namespaces.size === 1 && this.functions.size === 0 && this.triggers.length === 0
      && [...this.layers.values()].every((l) => l.length === 0)
      && this.roles.size === 0 && this.policies.size === 0 && this.attachments.length === 0;
  }
}

/** Removes a function's versions, aliases, settings and triggers (DeleteFunction without a qualifier). */
export function forgetFunction(state: CloudState, namespace: string, name: string): void {
  const key = functionKey(namespace, name);
  state.functions.delete(key);
  state.versions.delete(key);
  state.lastVersion.delete(key);
  state.aliases.delete(key);
  state.settings.delete(key);
  state.triggers = state.triggers.filter((t) => !(t.namespace === namespace && t.functionName === name));
}

/** The key of a function in {@link CloudState.functions}. */
export function functionKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/** `2006-01-02 15:04:05` in China Standard Time (UTC+8), as SCF and CAM report times. */
export function formatTime(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().replace('T', ' ').slice(0, 19);
}
