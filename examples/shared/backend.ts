// Terraform state in COS for the example stacks, switched on from the environment so that a plain
// `npm run synth` works offline and keeps the state locally (cdktf's default).
import { CosBackend, TerraformStack } from 'cdktf';

/** The environment variables the COS backend is configured from. */
export const COS_BACKEND_ENV = {
  /** The full name (`<name>-<APPID>`) of an existing bucket for the state. Setting it switches the backend on. */
  bucket: 'TF_COS_BACKEND_BUCKET',
  /** The bucket's region, e.g. `ap-guangzhou`. Unset: Terraform reads `TENCENTCLOUD_REGION` at `init`. */
  region: 'TF_COS_BACKEND_REGION',
  /** The folder of the state objects in the bucket. */
  prefix: 'TF_COS_BACKEND_PREFIX',
  /** The state object's name in that folder. */
  key: 'TF_COS_BACKEND_KEY',
  /** `false` turns server-side encryption of the state object off. */
  encrypt: 'TF_COS_BACKEND_ENCRYPT',
} as const;

/** The folder used when `TF_COS_BACKEND_PREFIX` is unset. */
export const DEFAULT_STATE_PREFIX = 'terraform/state';

/**
 * Stores the stack's Terraform state in COS when `TF_COS_BACKEND_BUCKET` is set; does nothing otherwise.
 *
 * The state object is `<prefix>/<key>`, by default `terraform/state/<stack name>.tfstate`, so several stacks can
 * share one bucket. Credentials are never part of the configuration: Terraform reads `TENCENTCLOUD_SECRET_ID`
 * and `TENCENTCLOUD_SECRET_KEY` from the environment when it runs.
 *
 * @returns the backend, or undefined when the bucket variable is unset or empty
 */
export function cosBackendFromEnv(stack: TerraformStack, env: NodeJS.ProcessEnv = process.env): CosBackend | undefined {
  const bucket = env[COS_BACKEND_ENV.bucket]?.trim();
  if (!bucket) return undefined;
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$/.test(bucket)) {
    throw new Error(`${COS_BACKEND_ENV.bucket}='${bucket}' is not a full COS bucket name: use '<name>-<APPID>', e.g. 'tfstate-1250000000'.`);
  }
  const encrypt = env[COS_BACKEND_ENV.encrypt]?.trim().toLowerCase();
  if (encrypt !== undefined && encrypt !== '' && encrypt !== 'true' && encrypt !== 'false') {
    throw new Error(`${COS_BACKEND_ENV.encrypt}='${encrypt}' must be 'true' or 'false'.`);
  }
  return new CosBackend(stack, {
    bucket,
    region: env[COS_BACKEND_ENV.region]?.trim() || undefined,
    prefix: env[COS_BACKEND_ENV.prefix]?.trim() || DEFAULT_STATE_PREFIX,
    key: env[COS_BACKEND_ENV.key]?.trim() || `${stack.node.id}.tfstate`,
    encrypt: encrypt !== 'false',
  });
}
