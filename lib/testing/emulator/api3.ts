// The Tencent Cloud API 3.0 envelope: `POST /` on `<service>.tencentcloudapi.com`, the action in `X-TC-Action`,
// the version in `X-TC-Version`, the region in `X-TC-Region`, parameters as a JSON body, signed with
// TC3-HMAC-SHA256. Answers are HTTP 200 with `{"Response":{...,"RequestId"}}`, errors included
// (`{"Response":{"Error":{"Code","Message"},"RequestId"}}`). Common error codes: API 3.0 documentation,
// "Common Error Codes" (e.g. cvm/api/1/, the same table for every product).
import { createHash, createHmac, randomUUID } from 'crypto';
import { ApiError, NOT_EMULATED, Api3Params, Api3Service } from './api3-service';
import { CallRecorder, EmulatorHandler, EmulatorRequest, EmulatorResponse } from './http';
import { mintedCredentials } from './sts';

export { ApiError, NOT_EMULATED, Api3Context, Api3Params, Api3Action, Api3Service } from './api3-service';

/** Credentials the emulator accepts. */
export interface Api3Credentials {
  readonly secretId: string;
  readonly secretKey: string;
}

/** Regions an API 3.0 call may name (Tencent Cloud "Regions and Availability Zones"). */
export const KNOWN_REGIONS: ReadonlySet<string> = new Set([
  'ap-guangzhou', 'ap-shanghai', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing', 'ap-hongkong',
  'ap-singapore', 'ap-jakarta', 'ap-seoul', 'ap-tokyo', 'ap-bangkok', 'ap-mumbai', 'na-siliconvalley',
  'na-ashburn', 'eu-frankfurt', 'sa-saopaulo', 'ap-shanghai-fsi', 'ap-shenzhen-fsi', 'ap-beijing-fsi',
]);

/** True for the hosts of API 3.0 products: `<service>.tencentcloudapi.com` and `<service>.<region>.tencentcloudapi.com`. */
export function isApi3Host(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)?\.tencentcloudapi\.com$/.test(host);
}

/** Options of {@link createApi3Handler}. */
export interface Api3HandlerOptions {
  readonly services: readonly Api3Service[];
  readonly record: CallRecorder;
  readonly credentials: Api3Credentials;
  /**
   * Check the TC3-HMAC-SHA256 signature of every call, like the real endpoint.
   * @default true
   */
  readonly verifySignatures?: boolean;
  /**
   * Decides whether a call signed with a role's temporary credentials is allowed (CAM); calls with the account's
   * own credentials are always allowed.
   * @default - every call is allowed
   */
  readonly authorize?: (roleName: string, service: string, action: string, params: Api3Params, region: string) => {
    allowed: boolean;
    reason: string;
  };
}

// The code a product answers a CAM denial with (its client.go error lists); the common code otherwise.
const UNAUTHORIZED_CODES: Readonly<Record<string, string>> = { cdn: 'UnauthorizedOperation.CdnCamUnauthorized', ssm: 'UnauthorizedOperation' };

/** The handler for every `*.tencentcloudapi.com` host. */
export function createApi3Handler(options: Api3HandlerOptions): EmulatorHandler {
  const byName = new Map(options.services.map((s) => [s.name, s]));
  return (req: EmulatorRequest): EmulatorResponse => {
    const requestId = randomUUID();
    const serviceName = req.host.split('.')[0];
    const action = headerValue(req, 'x-tc-action');
    const service = byName.get(serviceName);
    let params: Api3Params = {};
    try {
      params = parseParams(req);
      const region = headerValue(req, 'x-tc-region');
      if (!action) {
        throw new ApiError('MissingParameter', 'The request is missing a required parameter `Action` (header X-TC-Action).');
      }
      if (!service) {
        throw new ApiError(NOT_EMULATED, `cloud emulator: the product ${JSON.stringify(serviceName)} (host ${req.host}) is not emulated; action ${action} was refused`);
      }
      const version = headerValue(req, 'x-tc-version');
      if (!version) {
        throw new ApiError('MissingParameter', 'The request is missing a required parameter `Version` (header X-TC-Version).');
      }
      if (version !== service.version) {
        throw new ApiError('NoSuchVersion', `The API version \`${version}\` of product \`${serviceName}\` does not exist (the emulator serves ${service.version}).`);
      }
      if (region && !KNOWN_REGIONS.has(region)) {
        throw new ApiError('UnsupportedRegion', `The region \`${region}\` is not supported.`);
      }
      const roleName = (options.verifySignatures ?? true) ? verifySignature(req, serviceName, options.credentials) : undefined;
      const handler = Object.prototype.hasOwnProperty.call(service.actions, action) ? service.actions[action] : undefined;
      if (!handler) {
        throw new ApiError(NOT_EMULATED, `cloud emulator: action ${serviceName}:${action} (version ${version}) is not emulated`);
      }
      if (roleName !== undefined && options.authorize) {
        const decision = options.authorize(roleName, serviceName, action, params, region);
        if (!decision.allowed) {
          throw new ApiError(UNAUTHORIZED_CODES[serviceName] ?? 'AuthFailure.UnauthorizedOperation',
            `You are not authorized to perform operation (${serviceName}:${action}): ${decision.reason}.`);
        }
      }
      const result = handler(params, { region, action, requestId });
      options.record({ service: serviceName, action, target: service.targetOf?.(action, params), time: Date.now() });
      return json({ Response: { ...result, RequestId: requestId } });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('InternalError', `cloud emulator: ${serviceName}:${action} crashed: ${(e as Error).stack ?? String(e)}`);
      options.record({
        service: serviceName,
        action: action || '(none)',
        target: service?.targetOf?.(action, params),
        errorCode: error.code,
        time: Date.now(),
        ...(error.code === NOT_EMULATED ? { unimplemented: true } : {}),
      });
      return json({ Response: { Error: { Code: error.code, Message: error.message }, RequestId: requestId } });
    }
  };
}

function json(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function headerValue(req: EmulatorRequest, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value ?? '').trim();
}

function parseParams(req: EmulatorRequest): Api3Params {
  if (req.method !== 'POST') {
    throw new ApiError(NOT_EMULATED, `cloud emulator: only POST with a JSON body is emulated, not ${req.method}`);
  }
  if (req.body.length === 0) {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch {
    throw new ApiError('InvalidParameter', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError('InvalidParameter', 'The request body must be a JSON object.');
  }
  return parsed as Api3Params;
}

/**
 * TC3-HMAC-SHA256 as the API 3.0 documentation "Signature v3" describes it: canonical request, string to
 * sign, derived key `TC3<key>` -> date -> service -> `tc3_request`.
 */
function verifySignature(req: EmulatorRequest, service: string, credentials: Api3Credentials): string | undefined {
  const authorization = headerValue(req, 'authorization');
  const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!match) {
    throw new ApiError('AuthFailure.SignatureFailure', 'The Authorization header is missing or not a TC3-HMAC-SHA256 signature.');
  }
  const [, secretId, date, credentialService, signedHeaders, signature] = match;
  let secretKey = credentials.secretKey;
  let roleName: string | undefined;
  if (secretId !== credentials.secretId) {
    // Temporary credentials of a role (what SCF gives a function): valid with their session token only.
    const temporary = mintedCredentials(secretId);
    if (!temporary) {
      throw new ApiError('AuthFailure.SecretIdNotFound', `The SecretId ${JSON.stringify(secretId)} is not found; the emulator accepts the one in its env and role credentials it minted.`);
    }
    if (headerValue(req, 'x-tc-token') !== temporary.sessionToken) {
      throw new ApiError('AuthFailure.TokenFailure', 'The X-TC-Token of the temporary credentials is missing or wrong.');
    }
    secretKey = temporary.tmpSecretKey;
    roleName = temporary.roleName;
  }
  const timestamp = Number(headerValue(req, 'x-tc-timestamp'));
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) {
    throw new ApiError('AuthFailure.SignatureExpire', 'The X-TC-Timestamp is missing or more than 5 minutes away from the server time.');
  }
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date || credentialService !== service) {
    throw new ApiError('AuthFailure.SignatureFailure', 'The credential scope does not match the request date or service.');
  }
  const canonicalHeaders = signedHeaders.split(';').map((name) => `${name}:${headerValue(req, name).toLowerCase()}\n`).join('');
  const query = req.query.toString();
  const canonicalRequest = [req.method, req.path, query, canonicalHeaders, signedHeaders, sha256Hex(req.body)].join('\n');
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), `${date}/${service}/tc3_request`, sha256Hex(Buffer.from(canonicalRequest))].join('\n');
  const secretDate = hmac(Buffer.from('TC3' + secretKey), date);
  const secretSigning = hmac(hmac(secretDate, service), 'tc3_request');
  const expected = createHmac('sha256', secretSigning).update(stringToSign).digest('hex');
  if (expected !== signature) {
    throw new ApiError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated: the TC3-HMAC-SHA256 signature does not match.');
  }
  return roleName;
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
