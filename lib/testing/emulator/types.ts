// The public shapes of the cloud emulator: its options and the live resources it reports.
import { TriggerQuirks } from './scf-triggers';

/** Deliberately broken behaviours, to show that a test notices when the emulator stops behaving like the cloud. */
export interface EmulatorQuirks extends TriggerQuirks {}

/** Options of {@link startCloudEmulator}. */
export interface CloudEmulatorOptions {
  /**
   * The account's APPID (every bucket name ends with `-<appId>`).
   * @default '1250000000'
   */
  readonly appId?: string;
  /**
   * The account's UIN.
   * @default '100000000001'
   */
  readonly ownerUin?: string;
  /**
   * The region the services run in (SCF functions and COS triggers live there).
   * @default 'ap-guangzhou'
   */
  readonly region?: string;
  /**
   * Deliberately broken behaviours.
   * @default - none: the emulator behaves like the cloud
   */
  readonly quirks?: EmulatorQuirks;
  /**
   * How long a created or updated function reports `Creating`/`Updating` before `Active`.
   * @default 200
   */
  readonly functionReadyDelayMs?: number;
  /**
   * Minutes the provider keeps retrying a retryable error (`TENCENTCLOUD_READ_RETRY_TIMEOUT` and
   * `TENCENTCLOUD_WRITE_RETRY_TIMEOUT` in `env`; the provider's own defaults are 3 and 5). A refused
   * overlapping COS trigger (`ResourceInUse.Cos`) is retried that long before the apply fails.
   * @default 1
   */
  readonly retryTimeoutMinutes?: number;
  /**
   * Domains the account serves through CDN: PurgeUrlsCache accepts URLs of these hosts only (others are
   * `ResourceNotFound.CdnHostNotExists`, like for a domain that is not in the account).
   * @default - none
   */
  readonly cdnDomains?: readonly string[];
  // --- COS and event delivery (EMU-COS) ---
  /**
   * Run the functions of matching live COS triggers when objects are created, removed or restored.
   * @default true
   */
  readonly deliverEvents?: boolean;
  /**
   * Upper bound of one invocation in milliseconds (a function's own, shorter timeout still applies).
   * @default the function's timeout
   */
  readonly invokeTimeoutMs?: number;
  /**
   * How long a restore job of an archived object takes before `cos:ObjectRestore:Completed`, in milliseconds.
   * @default 0
   */
  readonly restoreDelayMs?: number;
}

/** A deployed SCF function. */
export interface LiveFunction {
  /** The function's name. */
  readonly name: string;
  /** Its namespace (`default` unless created in another). */
  readonly namespace: string;
  /** The entry point, e.g. `index.main_handler`. */
  readonly handler: string;
  /** The runtime, e.g. `Nodejs18.15`. */
  readonly runtime: string;
  /** The description. */
  readonly description: string;
  /** Memory in MB. */
  readonly memorySize: number;
  /** Timeout in seconds. */
  readonly timeout: number;
  /** The environment variables. */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * The execution role's name, when the function has one.
   * @default - no role
   */
  readonly role?: string;
  /** `Creating`, `Updating` or `Active`. */
  readonly status: string;
  /** SHA-256 (hex) of the deployed zip. */
  readonly codeSha256: string;
  /** The deployed zip. */
  readonly code: Buffer;
}

/**
 * A deployed SCF trigger. Field meanings match the testing toolkit's `cosTriggersOf()`: `triggerName` is the
 * bucket's domain for a COS trigger, `triggerDesc` the stored description JSON (event and filter).
 */
export interface LiveTrigger {
  /** The function the trigger invokes. */
  readonly functionName: string;
  /** The function's namespace. */
  readonly namespace: string;
  /** `$LATEST` when the trigger was created without one. */
  readonly qualifier: string;
  /** `cos` (the only type the emulator serves). */
  readonly type: string;
  /** For `cos`: the bucket's domain `<bucket>-<appid>.cos.<region>.myqcloud.com`. */
  readonly triggerName: string;
  /** The description JSON as stored, e.g. `{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}`. */
  readonly triggerDesc: string;
  /** `OPEN` (events are delivered) or `CLOSE`. */
  readonly enable: 'OPEN' | 'CLOSE';
  /**
   * The trigger's free-text description, when it has one.
   * @default - none
   */
  readonly description?: string;
  /** Creation time, `YYYY-MM-DD hh:mm:ss` (UTC+8, as SCF reports it). */
  readonly addTime: string;
  /** Last modification time, same format. */
  readonly modTime: string;
}

/** A CAM role. */
export interface LiveRole {
  /** The role id CAM assigned. */
  readonly roleId: string;
  /** The role name. */
  readonly name: string;
  /** The trust policy as stored. */
  readonly document: string;
  /** The role's description. */
  readonly description: string;
  /** Ids of the policies attached to the role. */
  readonly attachedPolicyIds: readonly number[];
}

/** A custom CAM policy. */
export interface LivePolicy {
  /** The policy id CAM assigned. */
  readonly policyId: number;
  /** The policy name. */
  readonly name: string;
  /** The policy document as stored. */
  readonly document: string;
  /** The policy's description. */
  readonly description: string;
}

