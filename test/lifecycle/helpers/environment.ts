// Where the lifecycle tests get the Tencent Cloud provider from.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The provider mirror of the lifecycle tests: `LIFECYCLE_PROVIDER_MIRROR` when set; else none when
 * `TF_CLI_CONFIG_FILE` is set (that configuration decides); else `.terraform-mirror/` in the project when the
 * provider was installed there (`install-provider .terraform-mirror`); else none (the registry, with network).
 */
export function providerMirror(): string | undefined {
  if (process.env.LIFECYCLE_PROVIDER_MIRROR) return path.resolve(process.env.LIFECYCLE_PROVIDER_MIRROR);
  if (process.env.TF_CLI_CONFIG_FILE) return undefined;
  const local = path.join(ROOT, '.terraform-mirror');
  return fs.existsSync(path.join(local, 'registry.terraform.io')) ? local : undefined;
}

/**
 * How the lifecycle tests run the provider (see `TerraformWorkspaceOptions.providerProcess`):
 * `shared` (one provider process per working directory), or `per-command` with `LIFECYCLE_PROVIDER_PROCESS=per-command`.
 */
export function providerProcess(): 'per-command' | 'shared' {
  return process.env.LIFECYCLE_PROVIDER_PROCESS === 'per-command' ? 'per-command' : 'shared';
}
