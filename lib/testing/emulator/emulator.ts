// The running cloud emulator: live state, object operations, recorded calls. `startCloudEmulator()` (index.ts)
// makes one.
import { rmSync } from 'fs';
import { CertificateAuthority } from './ca';
import { CdnPurge } from './cdn';
import { CosService, LiveBucket, LiveObject } from './cos';
import { CosTestClient, CosWriteOptions, CosWriteResult, CosReadResult } from './cos-client';
import { Delivery, Invocation } from './delivery';
import { RecordedCall } from './http';
import { RunningProxy } from './proxy';
import { codeSha256, functionStatus } from './scf-functions';
import { SecretStore } from './ssm';
import { CloudState } from './state';
import { LiveFunction, LivePolicy, LiveRole, LiveTrigger } from './types';

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

  /**
   * Stores a secret version in SSM (what the account holds before Terraform runs): GetSecretValue answers it.
   * @param versionId e.g. `v1`
   */
  public putSecret(name: string, versionId: string, secretString: string): void {
    const versions = this.internals.secrets.get(name) ?? new Map<string, string>();
    versions.set(versionId, secretString);
    this.internals.secrets.set(name, versions);
  }

  /** Every URL purge the functions asked the CDN for (PurgeUrlsCache), in order. */
  public cdnPurges(): readonly CdnPurge[] {
    return this.internals.cdnPurges;
  }

  /** The API 3.0 actions the emulator serves, as `<product>:<Action>` (e.g. `scf:CreateTrigger`), sorted. */
  public emulatedActions(): string[] {
    return [...this.internals.emulatedActions].sort();
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
  readonly cdnPurges: CdnPurge[];
  readonly secrets: SecretStore;
  readonly emulatedActions: readonly string[];
  readonly ca: CertificateAuthority;
  readonly caFile: string;
  readonly proxy: RunningProxy;
  readonly region: string;
  readonly tempDir: string;
}

