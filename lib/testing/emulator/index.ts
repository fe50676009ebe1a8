// The local Tencent Cloud emulator: an HTTPS proxy with a per-run CA in front of in-memory SCF, CAM, STS, Tag
// and COS services. `startCloudEmulator()` starts one; `emulator.env` is what a `terraform` process needs to
// run the real provider against it.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createApi3Handler, isApi3Host } from './api3';
import { CertificateAuthority } from './ca';
import { createCamService } from './cam';
import { CosService, LiveBucket, LiveObject, createCosService } from './cos';
import { CosTestClient, CosWriteOptions, CosWriteResult, CosReadResult } from './cos-client';
import { Delivery, Invocation, createDelivery } from './delivery';
import { RecordedCall } from './http';
import { RunningProxy, startProxy } from './proxy';
import { createScfService } from './scf';
import { codeSha256, functionStatus } from './scf-functions';
import { TriggerQuirks } from './scf-triggers';
import { CloudState } from './state';
import { createStsService } from './sts';
import { createTagService } from './tag';

export { LiveBucket, LiveObject } from './cos';
export { CosRequestError, CosWriteOptions, CosWriteResult, CosReadResult } from './cos-client';
export { Invocation, DeliveredTrigger } from './delivery';
export { RecordedCall } from './http';

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
  readonly functionName: string;
  readonly namespace: string;
  /** `$LATEST` when the trigger was created without one. */
  readonly qualifier: string;
  /** `cos` (the only type the emulator serves). */
  readonly type: string;
  readonly triggerName: string;
  readonly triggerDesc: string;
  readonly enable: 'OPEN' | 'CLOSE';
  readonly description?: string;
  readonly addTime: string;
  readonly modTime: string;
}

/** A CAM role. */
export interface LiveRole {
  readonly roleId: string;
  readonly name: string;
  /** The trust policy as stored. */
  readonly document: string;
  readonly description: string;
  /** Ids of the policies attached to the role. */
  readonly attachedPolicyIds: readonly number[];
}

/** A custom CAM policy. */
export interface LivePolicy {
  readonly policyId: number;
  readonly name: string;
  readonly document: string;
  readonly description: string;
}

/** A running emulator. Stop it with {@link CloudEmulator.stop}. */
export class CloudEmulator {
  /**
   * Environment variables for a `terraform` process (merge them over `process.env`): the proxy
   * (`HTTPS_PROXY`), the CA for the API clients (`SSL_CERT_FILE`) and the COS client (`AWS_CA_BUNDLE`), dummy
   * credentials, short retry timeouts, and empty values for every other provider setting that would send
   * calls elsewhere (assume-role, custom domains, profiles).
   */
  public readonly env: Readonly<Record<string, string>>;
  /** The account's APPID. */
  public readonly appId: string;
  /** The region the services run in. */
  public readonly region: string;
  /** Every call the emulator received, in order. */
  public readonly calls: readonly RecordedCall[];
  /** The CA certificate (PEM) that signs the emulator's host certificates. */
  public readonly caCertificate: string;
  /** The file holding {@link caCertificate} (what `SSL_CERT_FILE` and `AWS_CA_BUNDLE` name). */
  public readonly caFile: string;

  /** @internal */
  constructor(
    /** @internal */ public readonly internals: EmulatorInternals,
    env: Record<string, string>,
    calls: RecordedCall[],
  ) {
    this.env = Object.freeze({ ...env });
    this.appId = internals.state.account.appId;
    this.region = internals.region;
    this.calls = calls;
    this.caCertificate = internals.ca.certificate;
    this.caFile = internals.caFile;
  }

  /** The buckets, seeded ones included. */
  public buckets(): LiveBucket[] {
    return this.internals.cos.buckets();
  }

  /** The current objects of a bucket. */
  public objects(bucket: string): LiveObject[] {
    return this.internals.cos.objects(bucket);
  }

  /** The deployed functions. */
  public functions(): LiveFunction[] {
    return [...this.internals.state.functions.values()].map((f) => ({
      name: f.name,
      namespace: f.namespace,
      handler: f.handler,
      runtime: f.runtime,
      description: f.description,
      memorySize: f.memorySize,
      timeout: f.timeout,
      environment: { ...f.environment },
      ...(f.role ? { role: f.role } : {}),
      status: functionStatus(f),
      codeSha256: codeSha256(f.code),
      code: f.code,
    }));
  }

  /** The triggers, newest modification first (the order ListTriggers answers with). */
  public triggers(): LiveTrigger[] {
    return [...this.internals.state.triggers].sort((a, b) => b.seq - a.seq).map((t) => ({
      functionName: t.functionName,
      namespace: t.namespace,
      qualifier: t.qualifier,
      type: t.type,
      triggerName: t.triggerName,
      triggerDesc: t.triggerDesc,
      enable: t.enable,
      ...(t.description !== undefined ? { description: t.description } : {}),
      addTime: t.addTime,
      modTime: t.modTime,
    }));
  }

  /** The CAM roles. */
  public roles(): LiveRole[] {
    const state = this.internals.state;
    return [...state.roles.values()].map((r) => ({
      roleId: r.roleId,
      name: r.roleName,
      document: r.policyDocument,
      description: r.description,
      attachedPolicyIds: state.attachments.filter((a) => a.roleId === r.roleId).map((a) => a.policyId),
    }));
  }

  /** The custom CAM policies. */
  public policies(): LivePolicy[] {
    return [...this.internals.state.policies.values()].map((p) => ({
      policyId: p.policyId, name: p.policyName, document: p.policyDocument, description: p.description,
    }));
  }

  /** True when nothing created through the APIs is left (seeded buckets and the default namespace do not count). */
  public isEmpty(): boolean {
    return this.internals.state.isEmpty() && this.internals.cos.isEmpty();
  }

  // --- COS object operations and event delivery (EMU-COS) ---
  // Each goes through the COS API like a request from Terraform or a function: checked, recorded, and delivered
  // to matching live triggers.

  /** Every function run caused by a COS event so far, in the order they ran. */
  public get invocations(): readonly Invocation[] {
    return this.internals.delivery.invocations;
  }

  /** Waits until every queued delivery (and the ones they cause) has run and no restore job is pending. */
  public settle(): Promise<void> {
    return this.internals.delivery.settle();
  }

  /** Creates a bucket that exists before Terraform runs; `isEmpty()` ignores it and its objects. @param name `<name>-<appid>` */
  public createBucket(name: string, options: { readonly region?: string; readonly acl?: string; readonly versioning?: boolean } = {}): Promise<void> {
    return this.internals.cosClient.createBucket(name, options);
  }

  /** PUT Object: event `cos:ObjectCreated:Put`. */
  public putObject(bucket: string, key: string, body: string | Buffer, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    return this.internals.cosClient.putObject(bucket, key, body, options);
  }

  /** POST Object (form upload): event `cos:ObjectCreated:Post`. */
  public postObject(bucket: string, key: string, body: string | Buffer, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    return this.internals.cosClient.postObject(bucket, key, body, options);
  }

  /** PUT Object - Copy: event `cos:ObjectCreated:Copy`. Metadata is copied unless `options` sets some. */
  public copyObject(source: { readonly bucket: string; readonly key: string; readonly versionId?: string },
    target: { readonly bucket: string; readonly key: string }, options: CosWriteOptions = {}): Promise<CosWriteResult> {
    return this.internals.cosClient.copyObject(source, target, options);
  }

  /** A multipart upload, one part per item (all but the last at least 1 MB): event `cos:ObjectCreated:CompleteMultipartUpload`. */
  public multipartUpload(bucket: string, key: string, parts: ReadonlyArray<string | Buffer>,
    options: CosWriteOptions = {}): Promise<CosWriteResult> {
    return this.internals.cosClient.multipartUpload(bucket, key, parts, options);
  }

  /** GET Object. */
  public getObject(bucket: string, key: string, options: { readonly versionId?: string } = {}): Promise<CosReadResult> {
    return this.internals.cosClient.getObject(bucket, key, options);
  }

  /**
   * DELETE Object: `cos:ObjectRemove:Delete`, or `cos:ObjectRemove:DeleteMarkerCreated` in a bucket with versioning;
   * with a version id, removes that version.
   */
  public deleteObject(bucket: string, key: string,
    options: { readonly versionId?: string } = {}): Promise<{ versionId: string; deleteMarker: boolean }> {
    return this.internals.cosClient.deleteObject(bucket, key, options);
  }

  /**
   * POST Object restore of an ARCHIVE or DEEP_ARCHIVE object: `cos:ObjectRestore:Post` now, `cos:ObjectRestore:Completed`
   * after `restoreDelayMs`. @returns 202 for a new job, 200 when the object was restored already
   */
  public restoreObject(bucket: string, key: string,
    options: { readonly days?: number; readonly tier?: string; readonly versionId?: string } = {}): Promise<number> {
    return this.internals.cosClient.restoreObject(bucket, key, options);
  }

  /** The calls the emulator refused because it does not emulate them (actions, COS operations, hosts). */
  public unimplemented(): RecordedCall[] {
    return this.calls.filter((c) => c.unimplemented === true);
  }

  /** The calls answered with an error, with their codes. */
  public failedCalls(): RecordedCall[] {
    return this.calls.filter((c) => c.errorCode !== undefined);
  }

  /** Stops the proxy and removes the CA file. */
  public async stop(): Promise<void> {
    this.internals.cos.stop();
    await this.internals.proxy.stop();
    rmSync(this.internals.tempDir, { recursive: true, force: true });
  }
}

/** @internal The parts of a running emulator, for the modules that extend it. */
export interface EmulatorInternals {
  readonly state: CloudState;
  readonly cos: CosService;
  readonly delivery: Delivery;
  readonly cosClient: CosTestClient;
  readonly ca: CertificateAuthority;
  readonly caFile: string;
  readonly proxy: RunningProxy;
  readonly region: string;
  readonly tempDir: string;
}

/** The dummy credentials the emulator accepts (and `env` carries). */
export const EMULATOR_SECRET_ID = 'AKIDcloudemulator0000000000000000000';
/** @see EMULATOR_SECRET_ID */
export const EMULATOR_SECRET_KEY = 'cloudemulatorsecretkey00000000000';

// Provider settings that would send calls elsewhere or change credentials: set empty so that a developer's
// own environment cannot leak into a run (the provider treats an empty variable as unset).
const NEUTRALIZED = [
  'TENCENTCLOUD_SECURITY_TOKEN', 'TENCENTCLOUD_PROTOCOL', 'TENCENTCLOUD_DOMAIN', 'TENCENTCLOUD_COS_DOMAIN',
  'TENCENTCLOUD_PROFILE', 'TENCENTCLOUD_SHARED_CREDENTIALS_DIR', 'TENCENTCLOUD_CAM_ROLE_NAME',
  'TENCENTCLOUD_ASSUME_ROLE_ARN', 'TENCENTCLOUD_ASSUME_ROLE_ARNN_FILE', 'TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME',
  'TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION', 'TENCENTCLOUD_ASSUME_ROLE_EXTERNAL_ID', 'TENCENTCLOUD_ASSUME_ROLE_SOURCE_IDENTITY',
  'TENCENTCLOUD_ASSUME_ROLE_SERIAL_NUMBER', 'TENCENTCLOUD_ASSUME_ROLE_TOKEN_CODE', 'TENCENTCLOUD_ASSUME_ROLE_SAML_ASSERTION',
  'TENCENTCLOUD_ASSUME_ROLE_PRINCIPAL_ARN', 'TENCENTCLOUD_ASSUME_ROLE_WEB_IDENTITY_TOKEN',
  'TENCENTCLOUD_ASSUME_ROLE_WEB_IDENTITY_TOKEN_FILE', 'TENCENTCLOUD_ASSUME_ROLE_PROVIDER_ID',
  'TENCENTCLOUD_MFA_CERTIFICATION_SERIAL_NUMBER', 'TENCENTCLOUD_MFA_CERTIFICATION_TOKEN_CODE',
  'TENCENTCLOUD_MFA_CERTIFICATION_DURATION_SECONDS', 'NO_PROXY', 'no_proxy',
];

/**
 * Starts a local Tencent Cloud emulator: an HTTPS proxy on 127.0.0.1 that terminates TLS with certificates
 * of a CA made for this run, serving SCF, CAM, STS, Tag (API 3.0) and COS (XML API) from memory. Any other
 * host is refused with a recorded error; nothing is passed on to the internet.
 */
export async function startCloudEmulator(options: CloudEmulatorOptions = {}): Promise<CloudEmulator> {
  const appId = options.appId ?? '1250000000';
  const ownerUin = options.ownerUin ?? '100000000001';
  const region = options.region ?? 'ap-guangzhou';
  const calls: RecordedCall[] = [];
  const record = (call: RecordedCall): void => {
    calls.push(call);
  };
  const state = new CloudState({ appId, ownerUin, uin: ownerUin });
  const cos = createCosService({ appId, ownerUin, region, record, restoreDelayMs: options.restoreDelayMs });
  const scf = createScfService({
    state,
    region,
    quirks: options.quirks ?? {},
    functionReadyDelayMs: options.functionReadyDelayMs,
    cos: {
      bucketRegion: (bucket) => cos.buckets().find((b) => b.name === bucket)?.region,
      readObject: (bucket, key) => cos.readObject(bucket, key),
    },
  });
  const api3 = createApi3Handler({
    services: [scf, createCamService(state), createStsService(state), createTagService()],
    record,
    credentials: { secretId: EMULATOR_SECRET_ID, secretKey: EMULATOR_SECRET_KEY },
  });
  const ca = CertificateAuthority.shared();
  const tempDir = mkdtempSync(path.join(tmpdir(), 'cloud-emulator-'));
  const caFile = path.join(tempDir, 'ca.pem');
  writeFileSync(caFile, ca.certificate);
  const proxy = await startProxy({
    ca,
    record,
    routes: [
      { name: 'api3', matches: isApi3Host, handler: api3 },
      { name: 'cos', matches: (host) => cos.isCosHost(host), handler: cos.handler },
    ],
  });
  const retry = String(options.retryTimeoutMinutes ?? 1);
  const env: Record<string, string> = {
    ...Object.fromEntries(NEUTRALIZED.map((name) => [name, ''])),
    HTTPS_PROXY: proxy.url,
    https_proxy: proxy.url,
    HTTP_PROXY: proxy.url,
    http_proxy: proxy.url,
    SSL_CERT_FILE: caFile,
    AWS_CA_BUNDLE: caFile,
    TENCENTCLOUD_SECRET_ID: EMULATOR_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: EMULATOR_SECRET_KEY,
    TENCENTCLOUD_READ_RETRY_TIMEOUT: retry,
    TENCENTCLOUD_WRITE_RETRY_TIMEOUT: retry,
    CHECKPOINT_DISABLE: '1',
  };
  // COS event delivery (EMU-COS): functions run in-process, their Tencent Cloud calls routed to this emulator.
  const delivery = createDelivery({
    cos,
    state,
    codeDir: path.join(tempDir, 'code'),
    invokeTimeoutMs: options.invokeTimeoutMs,
    enabled: options.deliverEvents,
    network: { proxyUrl: proxy.url, directTlsPort: proxy.directTlsPort, caCertificate: ca.certificate },
  });
  return new CloudEmulator({ state, cos, delivery, cosClient: new CosTestClient(cos), ca, caFile, proxy, region, tempDir }, env, calls);
}
