/**
 * Builds a package of another flavour (CDK Terrain) from the cdktf sources: copies the sources into a build folder,
 * rewrites their module specifiers (`cdktf` -> `cdktn`, package names), writes the flavour's package.json and
 * compiles with jsii against that flavour's framework. Also writes the clean package.json both flavours are
 * published with.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CDKTF, Flavour, rewriteSpecifier } from './flavours';

/** The package.json fields a published package keeps (no scripts, dev dependencies, jest or workspace settings). */
const PUBLISHED_FIELDS = [
  'name', 'description', 'version', 'license', 'author', 'repository', 'homepage', 'keywords', 'main', 'types',
  'exports', 'typesVersions', 'files', 'stability', 'publishConfig', 'engines', 'dependencies',
  'bundledDependencies', 'peerDependencies', 'jsii',
];

/** A package.json as far as this script reads it. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly keywords?: string[];
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly bundledDependencies?: string[];
  readonly [field: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * The package.json a package is published with in a flavour: the published fields of the cdktf manifest, with the
 * framework, constructs and our own package names and ranges of that flavour.
 */
export function publishedManifest(source: Manifest, flavour: Flavour): Manifest {
  const out: Record<string, unknown> = {};
  for (const field of PUBLISHED_FIELDS) {
    if (source[field] !== undefined) out[field] = source[field];
  }
  out.name = rewriteSpecifier(source.name, flavour);
  if (source.description) out.description = source.description.split(CDKTF.title).join(flavour.title);
  if (source.keywords) out.keywords = source.keywords.map((k) => (k === CDKTF.framework ? flavour.framework : k));
  if (source.dependencies) out.dependencies = renameKeys(source.dependencies, flavour);
  if (source.peerDependencies) {
    const peers = renameKeys(source.peerDependencies, flavour);
    peers[flavour.framework] = flavour.frameworkRange;
    peers.constructs = flavour.constructsRange;
    out.peerDependencies = peers;
  }
  return out as unknown as Manifest;
}

function renameKeys(deps: Record<string, string>, flavour: Flavour): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, range] of Object.entries(deps)) out[rewriteSpecifier(name, flavour)] = range;
  return out;
}

/**
 * Rewrites every module specifier of a TypeScript file for a flavour: imports and exports, `import x = require()`,
 * `require()`, `require.resolve()`, dynamic `import()`, `import('...')` types and `declare module '...'`.
 * Returns the text unchanged when nothing is to be rewritten.
 */
export function rewriteModuleSpecifiers(fileName: string, text: string, flavour: Flavour): string {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const consider = (node: ts.Node | undefined) => {
    if (!node || !ts.isStringLiteralLike(node)) return;
    const rewritten = rewriteSpecifier(node.text, flavour);
    if (rewritten === node.text) return;
    const quote = text[node.getStart(file)];
    edits.push({ start: node.getStart(file), end: node.getEnd(), text: `${quote}${rewritten}${quote}` });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      consider(node.moduleSpecifier);
    } else if (ts.isExternalModuleReference(node)) {
      consider(node.expression);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      consider(node.name);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      consider(node.argument.literal);
    } else if (ts.isCallExpression(node) && isModuleCall(node.expression)) {
      consider(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** `require(...)`, `require.resolve(...)` or `import(...)`. */
function isModuleCall(callee: ts.Expression): boolean {
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === 'require';
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'require' && callee.name.text === 'resolve';
}

/** Copies a folder, rewriting the module specifiers of its `.ts` files; returns how many files were rewritten. */
export function copySources(from: string, to: string, flavour: Flavour): number {
  let rewritten = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      rewritten += copySources(source, target, flavour);
    } else if (entry.name.endsWith('.ts')) {
      const text = fs.readFileSync(source, 'utf8');
      const out = rewriteModuleSpecifiers(source, text, flavour);
      if (out !== text) rewritten++;
      fs.writeFileSync(target, out);
    } else {
      fs.copyFileSync(source, target);
    }
  }
  return rewritten;
}

/**
 * Copies the bundled dependencies of a package (and what they depend on) from where Node finds them for `from`
 * into `dir/node_modules`, so that `npm pack` in `dir` bundles them.
 */
export function copyBundledDependencies(manifest: Manifest, from: string, dir: string): void {
  const pending = [...(manifest.bundledDependencies ?? [])];
  const done = new Set<string>();
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (done.has(name)) continue;
    done.add(name);
    const location = fs.realpathSync(packageDir(name, from));
    fs.cpSync(location, path.join(dir, 'node_modules', name), { recursive: true, dereference: true });
    pending.push(...Object.keys(readManifest(location).dependencies ?? {}));
  }
}

/** The folder of an installed package, as Node finds it from `from` (without `require`: exports may hide package.json). */
export function packageDir(name: string, from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed where ${from} can find it`);
  }
}

/** One package to build in a flavour. */
export interface FlavourPackage {
  /** The cdktf package's folder. */
  readonly dir: string;
  /** Its source folder, relative to `dir` (copied with specifiers rewritten). */
  readonly srcdir: string;
  /** Other files and folders it needs at build time or in the tarball, relative to `dir`. */
  readonly extras: readonly string[];
  /** The folder to build in. */
  readonly buildDir: string;
  /** Packages of this flavour built before, linked into `buildDir/node_modules` by name. */
  readonly links?: Record<string, string>;
}

/** Stages a package for a flavour and compiles it with jsii. Returns the number of source files rewritten. */
export function buildFlavourPackage(pkg: FlavourPackage, flavour: Flavour): number {
  fs.rmSync(pkg.buildDir, { recursive: true, force: true });
  fs.mkdirSync(pkg.buildDir, { recursive: true });
  const rewritten = copySources(path.join(pkg.dir, pkg.srcdir), path.join(pkg.buildDir, pkg.srcdir), flavour);
  for (const extra of pkg.extras) {
    const source = path.join(pkg.dir, extra);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(pkg.buildDir, extra), { recursive: true });
  }
  const manifest = readManifest(pkg.dir);
  fs.writeFileSync(path.join(pkg.buildDir, 'package.json'), `${JSON.stringify(publishedManifest(manifest, flavour), undefined, 2)}\n`);
  for (const [name, target] of Object.entries(pkg.links ?? {})) {
    const link = path.join(pkg.buildDir, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(link), target), link, 'dir');
  }
  copyBundledDependencies(manifest, pkg.dir, pkg.buildDir);
  // The repository's jsii (the build folder has no node_modules/.bin of its own). The build folder's manifest is
  // the published one, without dev dependencies: jsii's advice to add them does not apply.
  const jsii = require.resolve('jsii/bin/jsii');
  execFileSync(process.execPath, [jsii, '--silence-warnings=reserved-word', '--silence-warnings=metadata/missing-dev-dependency'],
    { cwd: pkg.buildDir, stdio: 'inherit' });
  return rewritten;
}
