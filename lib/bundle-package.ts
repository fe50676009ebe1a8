// The function package: a zip whose bytes depend only on the files in it, and the npm install of modules that are
// shipped instead of bundled. Not exported from the package root.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Zippable } from 'fflate';
import { quote } from './validation';

/**
 * A problem that stops a bundle, with its complete messages. Never reaches the user: FunctionCode.fromEntry catches
 * it and reports the messages as problems of the function (validation errors, see `Problems`).
 */
export class BundleProblem extends Error {
  constructor(public readonly messages: string[]) {
    super(messages.join('\n'));
  }
}

/** A file of the package, by its path inside the zip (`/`-separated). */
export interface PackageFile {
  readonly path: string;
  readonly data: Uint8Array;
  /** Whether the file is executable (unix mode 0755 instead of 0644). */
  readonly executable?: boolean;
}

/**
 * Every entry carries this modification time: 1980-01-01 12:00 in the local time zone, the DOS clock fields then
 * being the same on every machine (the zip format stores local time). Noon keeps it clear of time zone changes.
 */
const FIXED_TIME = new Date(1980, 0, 1, 12, 0, 0);
/** Unix host (3) and the regular-file type in the upper half of the external attributes. */
const UNIX = 3;
const REGULAR_FILE = 0o100000;

/**
 * A zip of the files, identical for identical files: entries in path order, fixed times and modes, no
 * extra fields, deflate at a fixed level. fflate compresses in JavaScript, so the bytes do not depend on the zlib
 * that the synthesizing Node.js version happens to carry.
 */
export function zipPackage(files: readonly PackageFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const mode = REGULAR_FILE + (file.executable ? 0o755 : 0o644);
    // The unix mode is the upper 16 bits of the 32-bit external attributes.
    entries[file.path] = [file.data, { attrs: mode * 0x10000, os: UNIX }];
  }
  // Loaded on first use: most apps take their code from COS or a ready zip and never zip anything at synth.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync } = require('fflate') as typeof import('fflate');
  return zipSync(entries, { level: 6, mtime: FIXED_TIME });
}

/**
 * Installs `modules` with npm into `dir/node_modules`, at the versions `lockFile` pins (the lock file is copied
 * next to a package.json that asks for exactly those modules; npm keeps the locked versions of everything they
 * need and drops the rest). Returns the installed files as package files under `node_modules/`.
 */
export function installNodeModules(modules: string[], lockFile: string, dir: string, environment?: { [name: string]: string }): PackageFile[] {
  const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as {
    packages?: { [path: string]: { version?: string } };
    dependencies?: { [name: string]: { version?: string } };
  };
  const dependencies: { [name: string]: string } = {};
  const missing: string[] = [];
  for (const name of modules) {
    const version = lock.packages?.[`node_modules/${name}`]?.version ?? lock.dependencies?.[name]?.version;
    if (version) dependencies[name] = version;
    else missing.push(name);
  }
  if (missing.length > 0) {
    throw new BundleProblem([`cannot install 'nodeModules' ${missing.map((m) => quote(m)).join(', ')}: not in ${quote(lockFile)}. Add ${missing.length === 1 ? 'it' : 'them'} to the project first (npm install ${missing.join(' ')}), so that the package gets the version the project uses.`]);
  }
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'function-package', private: true, dependencies }, null, 2));
  fs.copyFileSync(lockFile, path.join(dir, 'package-lock.json'));
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], {
      cwd: dir,
      env: { ...process.env, ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (e) {
    const output = `${(e as { stderr?: string }).stderr ?? ''}`.trim().split('\n').slice(-5).join(' ');
    throw new BundleProblem([`cannot install 'nodeModules' ${modules.map((m) => quote(m)).join(', ')}: npm failed: ${output || (e as Error).message}`]);
  }
  const files = listFiles(path.join(dir, 'node_modules'), 'node_modules');
  fs.rmSync(dir, { recursive: true, force: true });
  return files;
}

/** Every regular file below `dir`, npm's own bookkeeping and links (`.bin`) left out. */
function listFiles(dir: string, prefix: string): PackageFile[] {
  const files: PackageFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const inZip = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== '.bin') files.push(...listFiles(full, inZip));
    } else if (entry.isFile() && inZip !== 'node_modules/.package-lock.json') {
      // eslint-disable-next-line no-bitwise
      const executable = (fs.statSync(full).mode & 0o111) !== 0;
      files.push({ path: inZip, data: fs.readFileSync(full), executable });
    }
  }
  return files;
}
