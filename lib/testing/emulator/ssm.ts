// The SSM product (`ssm.tencentcloudapi.com`, version 2019-09-23), as far as a function reads a secret:
// GetSecretValue. Shapes: tencentcloud-sdk-go ssm/v20190923 (GetSecretValueRequestParams: SecretName and VersionId;
// response SecretName, VersionId, SecretBinary, SecretString, one of the last two empty). A missing secret or
// version is ResourceNotFound.SecretNotExist.
import type { Api3Service } from './api3';
import { ApiError } from './api3';
import { requiredString } from './params';

/** The secrets the account holds: name -> version id -> secret string. */
export type SecretStore = Map<string, Map<string, string>>;

/** The emulated SSM product. */
export function createSsmService(secrets: SecretStore): Api3Service {
  return {
    name: 'ssm',
    version: '2019-09-23',
    targetOf: (_action, p) => (typeof p.SecretName === 'string' ? p.SecretName : undefined),
    actions: {
      GetSecretValue: (p) => {
        const name = requiredString(p, 'SecretName');
        const versionId = requiredString(p, 'VersionId');
        const value = secrets.get(name)?.get(versionId);
        if (value === undefined) {
          throw new ApiError('ResourceNotFound.SecretNotExist', `Secret ${name} has no version ${versionId}.`);
        }
        return { SecretName: name, VersionId: versionId, SecretBinary: '', SecretString: value };
      },
    },
  };
}
