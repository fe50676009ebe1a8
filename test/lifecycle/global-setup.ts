// Before the lifecycle suite: terraform must be there, and the run says where the provider comes from.
import { execFileSync } from 'child_process';
import { providerMirror } from './helpers/environment';

export default function globalSetup(): void {
  try {
    execFileSync('terraform', ['version'], { stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  } catch (e) {
    throw new Error(`The lifecycle tests run the real terraform, which could not be started (${(e as Error).message}). ` +
      'Install Terraform 1.5 or newer and put it on PATH.');
  }
  const mirror = providerMirror();
  process.stdout.write(`\nlifecycle: provider from ${mirror ? `the mirror ${mirror}` : process.env.TF_CLI_CONFIG_FILE
    ? `TF_CLI_CONFIG_FILE=${process.env.TF_CLI_CONFIG_FILE}` : 'the registry (network)'}\n`);
}
