/**
 * `npm run package`: builds the library and its provider bindings package and packs both, for CDK for Terraform
 * (`cdktf-*`, the build in dist/ and packages/provider-tencentcloud/lib) and for CDK Terrain (`cdktn-*`, compiled
 * from the same sources in packages/cdktn-toolchain/build/), into dist/js/: four tarballs.
 *
 * Every tarball is packed with a clean package.json (no scripts, dev dependencies or workspace settings) and holds
 * what its `files` list names: compiled JavaScript, typings, the jsii assembly, and for the provider package the
 * schema the testing toolkit checks against.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildFlavourPackage, copyBundledDependencies, publishedManifest, readManifest } from './flavour-build';
import { CDKTF, CDKTN, Flavour } from './flavours';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'js');
const PROVIDER_DIR = path.join(ROOT, 'packages', 'provider-tencentcloud');
const CDKTN_BUILD = path.join(ROOT, 'packages', 'cdktn-toolchain', 'build');

/** One tarball written to dist/js/. */
interface Packed {
  readonly name: string;
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: number;
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

/** The newest modification time of a file or of any file under a folder. */
function newest(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
}

/** Whether the library's jsii build (dist/ and .jsii) is missing or older than what it is built from. */
function libraryStale(): boolean {
  const assembly = path.join(ROOT, '.jsii');
  if (!fs.existsSync(assembly) || !fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) return true;
  const inputs = ['lib', 'package.json', 'tsconfig.json', 'packages/provider-tencentcloud/.jsii'];
  return Math.max(...inputs.map((f) => newest(path.join(ROOT, f)))) > fs.statSync(assembly).mtimeMs;
}

/** `npm pack` of a folder into dist/js/. */
function npmPack(dir: string): Packed {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', OUT], { cwd: dir, encoding: 'utf8' });
  const [result] = JSON.parse(output) as Array<{ name: string; filename: string; size: number; unpackedSize: number; files: unknown[] }>;
  return { name: result.name, filename: result.filename, size: result.size, unpackedSize: result.unpackedSize, files: result.files.length };
}

/**
 * Packs a cdktf package as built in place, with its published manifest: the files `npm pack` selects from the
 * package (its `files` list), copied beside a clean package.json.
 */
function packBuilt(dir: string): Packed {
  const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  const [{ files }] = JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>;
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-events-pack-'));
  try {
    for (const { path: file } of files) {
      if (file === 'package.json' || file.startsWith('node_modules/')) continue;
      fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
      fs.copyFileSync(path.join(dir, file), path.join(stage, file));
    }
    const manifest = readManifest(dir);
    fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(publishedManifest(manifest, CDKTF), undefined, 2)}\n`);
    copyBundledDependencies(manifest, dir, stage);
    return npmPack(stage);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** A note at the top of the README of another flavour's package, naming the packages of that flavour. */
function flavourNote(flavour: Flavour, readme: string): string {
  return [
    `> This is the ${flavour.title} (\`${flavour.framework}\`) build of \`${CDKTF.library}\`: the same constructs, built`,
    `> from the same sources for \`${flavour.framework}\` ${flavour.frameworkRange} and \`constructs\` ${flavour.constructsRange}.`,
    `> Where this README names \`${CDKTF.library}\`, \`${CDKTF.provider}\` or \`${CDKTF.framework}\`, read`,
    `> \`${flavour.library}\`, \`${flavour.provider}\` and \`${flavour.framework}\`.`,
    '',
    readme,
  ].join('\n');
}

/** Builds the cdktn flavour of both packages from the sources and packs them. */
function packCdktn(): Packed[] {
  const providerBuild = path.join(CDKTN_BUILD, 'provider');
  const libraryBuild = path.join(CDKTN_BUILD, 'library');
  fs.rmSync(CDKTN_BUILD, { recursive: true, force: true });
  const providerRewritten = buildFlavourPackage(
    { dir: PROVIDER_DIR, srcdir: 'src', extras: ['tsconfig.json', 'README.md', 'LICENSE', 'provider-schema'], buildDir: providerBuild },
    CDKTN,
  );
  const libraryRewritten = buildFlavourPackage(
    {
      dir: ROOT,
      srcdir: 'lib',
      extras: ['tsconfig.json', 'README.md', 'LICENSE'],
      buildDir: libraryBuild,
      links: { [CDKTN.provider]: providerBuild },
    },
    CDKTN,
  );
  console.log(`${CDKTN.framework}: module specifiers rewritten in ${providerRewritten} provider and ${libraryRewritten} library source files`);
  const packed: Packed[] = [];
  for (const dir of [providerBuild, libraryBuild]) {
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, flavourNote(CDKTN, fs.readFileSync(readme, 'utf8')));
    packed.push(npmPack(dir));
  }
  return packed;
}

function main(): void {
  // Dependencies, and the provider package's jsii build when it is missing or stale.
  run(process.execPath, [path.join(ROOT, 'scripts', 'ensure-deps.js')], ROOT);
  if (libraryStale()) run('npx', ['projen', 'compile'], ROOT);

  fs.mkdirSync(OUT, { recursive: true });
  for (const old of fs.readdirSync(OUT).filter((f) => f.endsWith('.tgz'))) fs.rmSync(path.join(OUT, old));

  const packed = [packBuilt(PROVIDER_DIR), packBuilt(ROOT), ...packCdktn()];
  console.log('\ndist/js/:');
  for (const p of packed) {
    console.log(`  ${p.filename.padEnd(50)} ${(p.size / 1024).toFixed(0).padStart(5)} KB packed, ` +
      `${(p.unpackedSize / 1024).toFixed(0).padStart(5)} KB unpacked, ${p.files} files`);
  }
}

main();
