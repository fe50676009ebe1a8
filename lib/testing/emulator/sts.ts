// The STS product (`sts.tencentcloudapi.com`, version 2018-08-13): the caller's identity, and temporary
// credentials for a role (what SCF hands a function that runs with an execution role).
import { randomBytes } from 'crypto';
import { Api3Service } from './api3';
import { CloudState } from './state';

/** Temporary credentials as SCF passes them to a function (TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN). */
export interface RoleCredentials {
  readonly tmpSecretId: string;
  readonly tmpSecretKey: string;
  readonly sessionToken: string;
  /** Expiry, seconds since the epoch. */
  readonly expiredTime: number;
}

/** Mints temporary credentials for a role (random values; the emulator does not check them on COS calls). */
export function mintRoleCredentials(roleName: string, lifetimeSeconds = 7200): RoleCredentials {
  return {
    tmpSecretId: `AKIDEMU${randomBytes(12).toString('hex')}`,
    tmpSecretKey: randomBytes(16).toString('hex'),
    sessionToken: `emu-${roleName}-${randomBytes(24).toString('hex')}`,
    expiredTime: Math.floor(Date.now() / 1000) + lifetimeSeconds,
  };
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
