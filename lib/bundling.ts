import * as fs from 'fs';
import * as path from 'path';
import type * as esbuild from 'esbuild';
import { BundleCache, projectCacheRoot } from './bundle-cache';
import { BundleProblem, PackageFile, installNodeModules, zipPackage } from './bundle-package';
import { quote } from './validation';

/**
 * How `FunctionCode.fromEntry()` bundles an entry file.
 */
export interface BundlingOptions {
  /**
   * Minify the bundle (whitespace, identifiers and syntax).
   * @default false
   */
  readonly minify?: boolean;
  /**
   * Write a source map (`index.js.map`) next to the bundle and run Node.js with `--enable-source-maps`, so that
   * stack traces in the function's log name the TypeScript files and lines. The flag is added to the function's
   * `NODE_OPTIONS` environment variable (SCF reserves only `SCF_*`, `QCLOUD_*` and `TENCENTCLOUD_*` names).
   * @default false
   */
  readonly sourceMap?: boolean;
  /**
   * Modules left out of the bundle and not installed, e.g. modules a layer provides under `/opt/node_modules`.
   * A name matches the module and its subpaths (`'mysql2'` also covers `'mysql2/promise'`); `*` is a wildcard.
   * Node.js built-in modules are always left out.
   * @default - none: everything imported is bundled
   */
  readonly externals?: string[];
  /**
   * Modules installed into the package's `node_modules` instead of being bundled: for modules that cannot be
   * bundled (native addons, files read at run time). They are installed with npm at the versions of the
   * project's `package-lock.json`, so the package holds exactly what the project tested with.
   * @default - none
   */
  readonly nodeModules?: string[];
  /**
   * Identifiers replaced at build time, each by a JavaScript expression: `{ 'process.env.STAGE': '"prod"' }`
   * (note the quotes inside the string: the value is code).
   * @default - none
   */
  readonly define?: { [identifier: string]: string };
  /**
   * Environment variables for the build's npm install of `nodeModules` (e.g. `npm_config_registry`), on top
   * of the synth process's environment.
   * @default - the synth process's environment
   */
  readonly buildEnvironment?: { [name: string]: string };
  /**
   * The project folder: imports are resolved from the entry, and paths inside the package (source map sources,
   * comments) are written relative to this folder, so that the package is the same wherever the project is
   * checked out. Its `package-lock.json` (or the nearest one above it) pins `nodeModules`.
   * @default - the nearest folder above the entry that holds a `package.json`
   */
  readonly projectRoot?: string;
  /**
   * Reuse the package of an earlier synth when every file it was built from is unchanged. The cache lives in
   * the project's `node_modules/.cache/cdktf-tencentcloud-cos-events`.
   * @default true
   */
  readonly cache?: boolean;
}

/** What one function's code is bundled for. Not exported from the package root. */
export interface BundleTarget {
  /** The Node.js version of the runtime, as esbuild's target (`node18.15`). */
  readonly nodeTarget: string;
  /** The file SCF loads, from the handler (`index.main_handler` → `index.js`). */
  readonly handlerFile: string;
  /** The export SCF calls (`main_handler`). */
  readonly exportName: string;
}

/** A bundled package: a deterministic zip file. Not exported from the package root. */
export interface BundleResult {
  readonly zipPath: string;
  /** Whether the package came from the cache. */
  readonly cached: boolean;
}

/** Entry file extensions esbuild loads. */
export const ENTRY_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Changes whenever the package layout or the build settings below change, so that old cache entries are not reused. */
const BUNDLE_FORMAT = 1;
/** How many esbuild errors one bundle reports at most. */
const MAX_ERRORS = 5;

/** The nearest folder at or above `dir` holding `file`, or undefined. */
export function findUp(file: string, dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, file))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** esbuild, loaded on first use (it is an optional dependency). */
function loadEsbuild(): typeof esbuild {
  try {
    // Optional dependency, loaded only when a function is bundled.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
    return require('esbuild') as typeof esbuild;
  } catch {
    throw new BundleProblem(["needs the npm package 'esbuild', which is not installed (an optional dependency of cdktf-tencentcloud-cos-events). Install it in your project: npm install --save-dev esbuild."]);
  }
}

/**
 * Bundles `entry` (an absolute path to an existing file) for `target` into a zip package.
 * @throws BundleProblem with messages that name the files and lines at fault
 */
export function bundle(entry: string, target: BundleTarget, options: BundlingOptions, root: string): BundleResult {
  const eb = loadEsbuild();
  const nodeModules = [...new Set(options.nodeModules ?? [])].sort();
  const lockFile = nodeModules.length > 0 ? findLockFile(root) : undefined;
  const cache = new BundleCache(projectCacheRoot(root), root, {
    format: BUNDLE_FORMAT,
    esbuild: eb.version,
    entry: toPosix(path.relative(root, entry)),
    target,
    minify: options.minify ?? false,
    sourceMap: options.sourceMap ?? false,
    externals: [...new Set(options.externals ?? [])].sort(),
    nodeModules,
    define: Object.entries(options.define ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)),
    lock: lockFile ? fs.readFileSync(lockFile, 'utf8') : undefined,
  });
  if (options.cache !== false) {
    const hit = cache.lookup();
    if (hit) return { zipPath: hit, cached: true };
  }

  checkExport(eb, entry, target, root);
  const built = build(eb, entry, target, options, root);
  const files: PackageFile[] = built.outputs;
  if (nodeModules.length > 0) {
    files.push(...installNodeModules(nodeModules, lockFile!, cache.workDir('install'), options.buildEnvironment));
  }
  const zipPath = cache.store(zipPackage(files), built.inputs);
  return { zipPath, cached: false };
}

/** The main build: CommonJS for the runtime's Node.js version, everything imported bundled unless excluded. */
function build(eb: typeof esbuild, entry: string, target: BundleTarget, options: BundlingOptions, root: string):
{ outputs: PackageFile[]; inputs: string[] } {
  const outfile = path.join(root, target.handlerFile);
  const result = run(eb, {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: target.nodeTarget,
    outfile,
    absWorkingDir: root,
    minify: options.minify ?? false,
    sourcemap: options.sourceMap ? 'linked' : false,
    external: [...options.externals ?? [], ...options.nodeModules ?? []],
    define: options.define,
  });
  const outputs = result.outputFiles!.map((o) => ({ path: toPosix(path.relative(root, o.path)), data: o.contents }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { outputs, inputs: Object.keys(result.metafile!.inputs).filter((i) => !i.includes(':')) };
}

/**
 * The handler's export is checked on an ES module build of the project's own files (packages left external): its
 * metafile lists the entry's exports, including those re-exported from other files of the project.
 */
function checkExport(eb: typeof esbuild, entry: string, target: BundleTarget, root: string): void {
  const result = run(eb, {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: target.nodeTarget,
    packages: 'external',
    outfile: path.join(root, target.handlerFile),
    absWorkingDir: root,
  });
  const meta = result.metafile!;
  const entryInput = toPosix(path.relative(root, entry));
  const output = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined)!;
  const exports = meta.inputs[entryInput]?.format === 'cjs' ? commonJsExports(fs.readFileSync(entry, 'utf8')) : output.exports;
  const reExportsPackage = /^export \* from /m.test(result.outputFiles![0].text);
  if (exports.includes(target.exportName) || reExportsPackage) return;
  const exported = exports.length > 0 ? `exports ${exports.map((e) => quote(e)).join(', ')}` : 'exports nothing';
  const handler = `${target.handlerFile.replace(/\.js$/, '')}.${target.exportName}`;
  throw new BundleProblem([
    `has no export ${quote(target.exportName)} for the handler ${quote(handler)}: ${quote(entryInput)} ${exported}. Export the function (export async function ${target.exportName}(event, context) { ... }), or set 'handler' to '<file>.<export>' naming one of its exports.`,
  ]);
}

/** The names a CommonJS file assigns to `exports.X`, `module.exports.X` or in `module.exports = { X, ... }`. */
function commonJsExports(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\b(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g)) names.add(m[1]);
  for (const m of source.matchAll(/\bmodule\.exports\s*=\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = /^\s*([A-Za-z_$][\w$]*)/.exec(part);
      if (name) names.add(name[1]);
    }
  }
  return [...names].sort();
}

/** Runs one esbuild build; its errors become messages with file, line and column. */
function run(eb: typeof esbuild, options: esbuild.BuildOptions): esbuild.BuildResult {
  try {
    return eb.buildSync({ ...options, write: false, metafile: true, logLevel: 'silent' });
  } catch (e) {
    const errors = (e as { errors?: esbuild.Message[] }).errors;
    if (!Array.isArray(errors) || errors.length === 0) throw e;
    const messages = errors.slice(0, MAX_ERRORS).map((m) => `cannot be bundled: ${describeMessage(m)}`);
    if (errors.length > MAX_ERRORS) messages.push(`cannot be bundled: ${errors.length - MAX_ERRORS} more errors.`);
    throw new BundleProblem(messages);
  }
}

function describeMessage(m: esbuild.Message): string {
  const where = m.location ? `${toPosix(m.location.file)}:${m.location.line}:${m.location.column + 1}: ` : '';
  const hint = /^Could not resolve /.test(m.text)
    ? ' Install the module in the project, or list it in \'externals\' (provided at run time) or \'nodeModules\' (installed into the package).'
    : '';
  return `${where}${m.text}${/[.!?]$/.test(m.text) ? '' : '.'}${hint}`;
}

/** The lock file that pins `nodeModules`: the nearest `package-lock.json` at or above the project folder. */
function findLockFile(root: string): string {
  const dir = findUp('package-lock.json', root);
  if (dir) return path.join(dir, 'package-lock.json');
  const other = ['yarn.lock', 'pnpm-lock.yaml'].find((f) => findUp(f, root));
  throw new BundleProblem([`cannot install 'nodeModules': they are installed with npm at the versions of the project's package-lock.json, and there is none at or above ${quote(root)}${other ? ` (found ${other}, which npm cannot read)` : ''}. Run npm install in the project first.`]);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
