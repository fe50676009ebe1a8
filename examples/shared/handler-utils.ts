// What the example handlers share: their settings from the environment, the role's temporary credentials, and a
// COS client with the two calls they make. Bundled into each function with FunctionCode.fromEntry.
import COS from 'cos-nodejs-sdk-v5';

/** A log function, `console.log` by default. */
export type Log = (message: string) => void;

/** The environment a handler reads (`process.env` when deployed). */
export type Environment = { readonly [name: string]: string | undefined };

/** The temporary credentials of the function's role, which SCF puts in the environment of every invocation. */
export interface RoleCredentials {
  readonly secretId: string;
  readonly secretKey: string;
  readonly sessionToken?: string;
}

/**
 * Checks that every variable the stack sets is there.
 * @throws naming the missing variables
 */
export function requireEnvironment(env: Environment, names: readonly string[]): void {
  const missing = names.filter((name) => !env[name]);
  if (missing.length === 1) throw new Error(`missing environment variable: ${missing[0]}`);
  if (missing.length > 1) throw new Error(`missing environment variables: ${missing.join(', ')}`);
}

/**
 * The role's temporary credentials. They are refreshed between invocations: read them per invocation.
 * @param need what the role is for, completing "the function needs a role ..."
 * @throws when the function runs without a role
 */
export function roleCredentials(env: Environment, need: string): RoleCredentials {
  if (!env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY) {
    throw new Error(`no role credentials in the environment: the function needs a role ${need}`);
  }
  return { secretId: env.TENCENTCLOUD_SECRETID, secretKey: env.TENCENTCLOUD_SECRETKEY, sessionToken: env.TENCENTCLOUD_SESSIONTOKEN };
}

/** Where an object is, with the COS SDK's parameter names. */
export interface ObjectLocation {
  readonly Bucket: string;
  readonly Region: string;
  readonly Key: string;
}

/** The two COS calls the examples make, with the SDK's parameter names. */
export interface ObjectStorage {
  /** Reads an object; `QueryString` asks COS for a processed version (e.g. `imageMogr2/thumbnail/256x256`). */
  getObject(params: ObjectLocation & { readonly QueryString?: string }): Promise<{ readonly Body: Buffer }>;
  /** Writes an object. */
  putObject(params: ObjectLocation & { readonly Body: Buffer; readonly ContentType?: string }): Promise<unknown>;
}

/** An `ObjectStorage` on the COS SDK, signed with the role's temporary credentials. */
export function cosStorage(credentials: RoleCredentials): ObjectStorage {
  const cos = new COS({ SecretId: credentials.secretId, SecretKey: credentials.secretKey, SecurityToken: credentials.sessionToken });
  return {
    getObject: async (params) => ({ Body: (await cos.getObject(params)).Body as Buffer }),
    putObject: (params) => cos.putObject({ ...params }),
  };
}
