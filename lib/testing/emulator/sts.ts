// The STS product (`sts.tencentcloudapi.com`, version 2018-08-13): the caller's identity, and temporary
// credentials for a role (what SCF hands a function that runs with an execution role).
import { randomBytes } from 'crypto';
import type { Api3Service } from './api3-service';
import { CloudState } from './state';

/** Temporary credentials as SCF passes them to a function (TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN). */
export interface RoleCredentials {
  readonly tmpSecretId: string;
  readonly tmpSecretKey: string;
  readonly sessionToken: string;
  /** Expiry, seconds since the epoch. */
  readonly expiredTime: number;
}

/** Temporary credentials handed out in this process, by secret id (the API 3.0 endpoint accepts them). */
const minted = new Map<string, RoleCredentials & { readonly roleName: string }>();

/**
 * Mints temporary credentials for a role, as SCF hands them to a function that runs with an execution role.
 * The emulator's API 3.0 endpoint accepts them (with their session token in `X-TC-Token`) until they expire.
 */
export function mintRoleCredentials(roleName: string, lifetimeSeconds = 7200): RoleCredentials {
  const credentials = {
    tmpSecretId: `AKIDEMU${randomBytes(12).toString('hex')}`,
    tmpSecretKey: randomBytes(16).toString('hex'),
    sessionToken: `emu-${roleName}-${randomBytes(24).toString('hex')}`,
    expiredTime: Math.floor(Date.now() / 1000) + lifetimeSeconds,
  };
  minted.set(credentials.tmpSecretId, { ...credentials, roleName });
  return credentials;
}

/** The minted credentials of a secret id, while they are valid. */
export function mintedCredentials(secretId: string): (RoleCredentials & { readonly roleName: string }) | undefined {
  const found = minted.get(secretId);
  return found && found.expiredTime > Date.now() / 1000 ? found : undefined;
}

/** The emulated STS product. */
export function createStsService(state: CloudState): Api3Service {
  return {
    name: 'sts',
    version: '2018-08-13',
    actions: {
      // GetCallerIdentityResponseParams: Arn, AccountId, UserId, PrincipalId, Type. The caller is the root account.
      GetCallerIdentity: () => ({
        Arn: `qcs::cam::uin/${state.account.ownerUin}:uin/${state.account.uin}`,
        AccountId: state.account.ownerUin,
        UserId: state.account.uin,
        PrincipalId: state.account.uin,
        Type: 'RootAccount',
      }),
    },
  };
}
