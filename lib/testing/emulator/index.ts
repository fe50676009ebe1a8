// The local Tencent Cloud emulator: an HTTPS proxy with a per-run CA in front of in-memory SCF, CAM, STS, Tag,
// CDN and COS services. `startCloudEmulator()` starts one; `emulator.env` is what a `terraform` process needs to
// run the real provider against it.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createApi3Handler, isApi3Host } from './api3';
import { CertificateAuthority } from './ca';
import { createCamService } from './cam';
import { api3Resources, camAllows } from './cam-eval';
import { CdnPurge, createCdnService } from './cdn';
import { COS_OPERATIONS, createCosService } from './cos';
import { CosTestClient } from './cos-client';
import { createDelivery } from './delivery';
import { CloudEmulator } from './emulator';
import { RecordedCall } from './http';
import { startProxy } from './proxy';
import { createScfService } from './scf';
import { SecretStore, createSsmService } from './ssm';
import { CloudState } from './state';
import { createStsService, mintedCredentials } from './sts';
import { createTagService } from './tag';
import { CloudEmulatorOptions } from './types';

export { CdnPurge } from './cdn';
export { LiveBucket, LiveObject } from './cos';
export { LiveLifecycleRule } from './cos-lifecycle';
export { CosRequestError, CosWriteOptions, CosWriteResult, CosReadResult } from './cos-client';
export { Invocation, DeliveredTrigger } from './delivery';
export { CloudEmulator, EmulatorInternals } from './emulator';
export { RecordedCall } from './http';
export { CloudEmulatorOptions, EmulatorQuirks, LiveFunction, LivePolicy, LiveRole, LiveTrigger } from './types';

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
 * of a CA made for this run, serving SCF, CAM, STS, Tag, CDN, SSM (API 3.0) and COS (XML API) from memory. Any other
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
  // COS (EMU-COS): a function's own COS calls, signed with its role's temporary credentials, are put to the role's
  // CAM policies, like its API 3.0 calls.
  const cos = createCosService({
    appId,
    ownerUin,
    region,
    record,
    restoreDelayMs: options.restoreDelayMs,
    authorize: ({ secretId, sessionToken, action, resources }) => {
      const temporary = mintedCredentials(secretId);
      if (!temporary) return undefined; // the account's own keys
      if (sessionToken !== temporary.sessionToken) {
        return { code: 'AccessDenied', message: `The x-cos-security-token is missing or does not belong to the temporary SecretId ${secretId}` };
      }
      for (const resource of resources) {
        const decision = camAllows(state, temporary.roleName, action, resource);
        if (!decision.allowed) return { code: 'AccessDenied', message: `Access Denied: ${decision.reason}` };
      }
      return undefined;
    },
  });
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
  const cdnPurges: CdnPurge[] = [];
  const secrets: SecretStore = new Map();
  const services = [
    scf, createCamService(state), createStsService(state), createTagService(),
    createCdnService(options.cdnDomains ?? [], cdnPurges), createSsmService(secrets),
  ];
  const api3 = createApi3Handler({
    services,
    record,
    credentials: { secretId: EMULATOR_SECRET_ID, secretKey: EMULATOR_SECRET_KEY },
    authorize: (roleName, service, action, params, callRegion) => {
      for (const resource of api3Resources(service, action, params, callRegion || region, state.account)) {
        const decision = camAllows(state, roleName, `${service}:${action}`, resource);
        if (!decision.allowed) return decision;
      }
      return { allowed: true, reason: `role ${roleName} may ${service}:${action}` };
    },
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
  const emulatedActions = [
    ...services.flatMap((s) => Object.keys(s.actions).map((action) => `${s.name}:${action}`)),
    ...COS_OPERATIONS.map((operation) => `cos:${operation}`), // EMU-COS
  ];
  return new CloudEmulator(
    { state, cos, delivery, cosClient: new CosTestClient(cos), cdnPurges, secrets, emulatedActions, ca, caFile, proxy, region, tempDir },
    env,
    calls,
  );
}
