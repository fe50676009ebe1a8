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
  readonly addTime: string;
  readonly modTime: string;
  /** Milliseconds since the epoch until which the function reports `Creating`/`Updating`. */
  readonly busyUntil: number;
  /** `Creating` or `Updating` while busy. */
  readonly busyStatus: 'Creating' | 'Updating';
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
      && this.roles.size === 0 && this.policies.size === 0 && this.attachments.length === 0;
  }
}

/** The key of a function in {@link CloudState.functions}. */
export function functionKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/** `2006-01-02 15:04:05` in China Standard Time (UTC+8), as SCF and CAM report times. */
export function formatTime(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().replace('T', ' ').slice(0, 19);
}
