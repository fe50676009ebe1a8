/**
 * `npm run test:package`: installs the tarballs `npm run package` wrote to dist/js/ into a fresh temporary project,
 * once per flavour, with the framework (`cdktf` or `cdktn`) and `constructs` from the registry (the newest versions
 * the packages' peer ranges allow), then runs the app of test/install/ there:
 *
 * - compiles it with TypeScript (strict, without skipLibCheck: the shipped typings must compile as a user's
 *   project compiles them), including the matchers' types on both Jest expects;
 * - runs it from TypeScript (compiled) and from plain JavaScript: synthesize with validations, check the
 *   Terraform JSON, and use the testing toolkit (schema check, routing, message builder, handler invocation);
 * - runs its Jest tests (matchers from TypeScript and from JavaScript).
 *
 *   npm run test:package [-- cdktf|cdktn] [-- --keep]
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rewriteModuleSpecifiers } from './flavour-build';
import { FLAVOURS, Flavour, PACKAGE_VERSION } from './flavours';

const ROOT = path.resolve(__dirname, '..');
const TARBALLS = path.join(ROOT, 'dist', 'js');
const FIXTURE = path.join(ROOT, 'test', 'install');

/** What the temporary project installs from the registry besides the framework and constructs. */
const TOOLS = ['typescript@~5.9.3', '@types/node@^20', 'jest@^29', '@types/jest@^29', '@jest/globals@^29'];

function tarball(name: string): string {
  const file = path.join(TARBALLS, `${name}-${PACKAGE_VERSION}.tgz`);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run package\` first`);
  return file;
}

/** Copies the install test's app, with the package and framework names of the flavour. */
function copyFixture(from: string, to: string, flavour: Flavour): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyFixture(source, target, flavour);
    else if (/\.(ts|js)$/.test(entry.name)) fs.writeFileSync(target, rewriteModuleSpecifiers(source, fs.readFileSync(source, 'utf8'), flavour));
    else fs.copyFileSync(source, target);
  }
}

function step(name: string, dir: string, command: string, args: string[]): number {
  const started = Date.now();
  process.stdout.write(`  ${name}: `);
  try {
    const output = execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const last = output.trim().split('\n').pop() ?? '';
    const seconds = (Date.now() - started) / 1000;
    console.log(`ok (${seconds.toFixed(1)} s)${last ? ` ${last}` : ''}`);
    return seconds;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    console.log('FAILED');
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    console.error(output);
    throw Object.assign(new Error(`${name} failed in ${dir}`), { output });
  }
}

/** Registry failures that say nothing about the tarballs: the install is tried again after a pause. */
const TRANSIENT_REGISTRY_ERROR = /\b(EIDLETIMEOUT|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|ESOCKETTIMEDOUT)\b|socket hang up/;

function stepWithRetries(name: string, dir: string, command: string, args: string[], attempts: number): number {
  for (let attempt = 1; ; attempt++) {
    try {
      return step(attempt === 1 ? name : `${name} (attempt ${attempt} of ${attempts})`, dir, command, args);
    } catch (err) {
      const output = (err as { output?: string }).output ?? '';
      if (attempt >= attempts || !TRANSIENT_REGISTRY_ERROR.test(output)) throw err;
      execFileSync('sleep', [String(attempt * 15)]);
    }
  }
}

function installedVersion(dir: string, name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function testFlavour(flavour: Flavour, keep: boolean): void {
  const provider = tarball(flavour.provider);
  const library = tarball(flavour.library);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cos-events-install-${flavour.framework}-`));
  console.log(`${flavour.framework}: ${path.basename(provider)} and ${path.basename(library)} in ${dir}`);
  try {
    copyFixture(FIXTURE, dir, flavour);
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({
      name: `install-test-${flavour.framework}`,
      version: '0.0.0',
      private: true,
      jest: { testMatch: ['<rootDir>/build/**/*.test.js', '<rootDir>/js/**/*.test.js'], setupFilesAfterEnv: ['<rootDir>/jest.setup.js'] },
    }, undefined, 2)}\n`);
    stepWithRetries('npm install', dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error',
      provider, library, `${flavour.framework}@${flavour.frameworkRange}`, `constructs@${flavour.constructsRange}`, ...TOOLS], 3);
    console.log(`  installed: ${flavour.framework} ${installedVersion(dir, flavour.framework)}, constructs ${installedVersion(dir, 'constructs')}, ` +
      `${flavour.library} ${installedVersion(dir, flavour.library)}, ${flavour.provider} ${installedVersion(dir, flavour.provider)}`);
    const bin = (name: string) => path.join(dir, 'node_modules', '.bin', name);
    step('tsc (strict, no skipLibCheck)', dir, bin('tsc'), ['-p', '.']);
    step('TypeScript app', dir, process.execPath, ['build/app.js']);
    step('JavaScript app', dir, process.execPath, ['js/app.js']);
    step('jest (TypeScript and JavaScript matchers)', dir, bin('jest'), ['--ci', '--silent']);
  } finally {
    if (keep) console.log(`  kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const only = args.filter((a) => !a.startsWith('--'));
  const flavours = FLAVOURS.filter((f) => only.length === 0 || only.includes(f.framework));
  if (flavours.length === 0) throw new Error(`no flavour named ${only.join(', ')}; flavours: ${FLAVOURS.map((f) => f.framework).join(', ')}`);
  const failed: string[] = [];
  for (const flavour of flavours) {
    try {
      testFlavour(flavour, keep);
    } catch (err) {
      console.error((err as Error).message);
      failed.push(flavour.framework);
    }
  }
  console.log(`install tests: ${flavours.length - failed.length} of ${flavours.length} flavours passed${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
  if (failed.length) process.exit(1);
}

main();
