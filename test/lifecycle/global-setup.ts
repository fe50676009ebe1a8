// Before the lifecycle suite: terraform must be there, and every example handler gets its npm dependencies
// installed into its folder, exactly as a user does before deploying (they are zipped with the handler).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { providerMirror } from './helpers/environment';

const ROOT = path.resolve(__dirname, '../..');

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

  const examples = path.join(ROOT, 'examples');
  for (const name of fs.readdirSync(examples).sort()) {
    const handler = path.join(examples, name, 'handler');
    const manifest = path.join(handler, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const deps = Object.keys(JSON.parse(fs.readFileSync(manifest, 'utf8')).dependencies ?? {});
    const missing = deps.filter((d) => !fs.existsSync(path.join(handler, 'node_modules', d, 'package.json')));
    if (!missing.length) continue;
    process.stdout.write(`lifecycle: npm install --omit=dev in examples/${name}/handler (${missing.join(', ')})\n`);
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', handler],
      { stdio: 'pipe', cwd: handler });
  }
}
