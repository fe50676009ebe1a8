// FunctionCode.fromEntry: what the bundled package holds and does, its options, its determinism and cache, and
// every synth-time error with its exact message.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { unzipSync } from 'fflate';
import { BundlingOptions, CloudFunction, CloudFunctionProps, FunctionCode, Runtime } from '../lib';
import { newStack, rendered, synth, synthError } from './helpers/stack';
import { cosEvent } from '../lib/testing/event-payload';
import { invokeHandler } from '../lib/testing/invoke';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundling-test-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const HANDLER_ENTRY = path.join(__dirname, '..', 'lib', 'handler');

/** The files of a small project: a TypeScript entry importing a local module, a package and the handler entry point. */
function projectFiles(handlerImport = HANDLER_ENTRY): { [file: string]: string } {
  return {
    'package.json': '{ "name": "app", "version": "1.0.0" }\n',
    'src/index.ts': [
      `import { objectKeyOf, recordsOf } from '${handlerImport}';`,
      "import { greet } from 'greeting';",
      "import { shout } from './util';",
      'export async function main_handler(event: unknown): Promise<string[]> {',
      '  return recordsOf(event as never).map((r) => shout(greet(objectKeyOf(r))));',
      '}',
      '',
    ].join('\n'),
    'src/util.ts': 'export const shout = (text: string): string => text.toUpperCase() + "!";\n',
    'node_modules/greeting/package.json': '{ "name": "greeting", "version": "2.0.0", "main": "index.js" }\n',
    'node_modules/greeting/index.js': 'exports.greet = (name) => `hello ${name}`;\n',
  };
}

/** Writes the files into a new folder under the test's temp folder; returns the folder. */
function project(files: { [file: string]: string }, name = `p${fs.readdirSync(tmp).length}`): string {
  const dir = path.join(tmp, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** A stack with one Node.js 18 function whose code is bundled from `entry`. */
function entryFunction(entry: string, options?: BundlingOptions, props: Partial<CloudFunctionProps> = {}):
{ stack: TerraformStack; fn: CloudFunction } {
  const { stack } = newStack();
  const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromEntry(entry, options), ...props });
  return { stack, fn };
}

/** The rendered function and the files of its package, by path. */
function packaged(stack: TerraformStack, fn: CloudFunction): { fn: { [key: string]: any }; files: { [file: string]: string } } {
  const json = synth(stack);
  const rendering = rendered(json, stack, fn.resource);
  const zip = fs.readFileSync(path.join(assetSource(fn)));
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([f, data]) => [f, Buffer.from(data).toString('utf8')]));
  return { fn: rendering, files };
}

/** The zip a function's code asset was made from. */
function assetSource(fn: CloudFunction): string {
  const asset = fn.node.findChild('Code') as unknown as { sourcePath: string };
  return asset.sourcePath;
}

/** Unpacks a package into a folder, as SCF does, and returns the folder. */
function unpack(files: { [file: string]: string }): string {
  return project(files, `unpacked-${fs.readdirSync(tmp).length}`);
}

describe('FunctionCode.fromEntry', () => {
  test('bundles the entry, its local imports, packages and the handler entry point into one index.js that runs', async () => {
    // GIVEN
    const dir = project(projectFiles());
    const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'));
    // WHEN
    const { fn: rendering, files } = packaged(stack, fn);
    // THEN
    expect(Object.keys(files)).toEqual(['index.js']);
    expect(rendering.zip_file).toMatch(/^assets\/Fn_Code_[0-9A-F]{8}\/[0-9A-F]{32}\/package\.zip$/);
    expect(rendering.environment).toBeUndefined();
    expect(files['index.js']).not.toMatch(/require\("(greeting|\.\/util)"\)/);
    const event = cosEvent({ bucket: 'photos-1250000000', key: 'uploads/cat 1.jpg', event: 'cos:ObjectCreated:Put' });
    await expect(invokeHandler(path.join(unpack(files), 'index.js'), event)).resolves.toEqual(['HELLO UPLOADS/CAT 1.JPG!']);
  });

  test('the handler names the file and the export: app.handle gives app.js exporting handle', () => {
    const dir = project({ 'package.json': '{}', 'app.ts': 'export const handle = async () => 1;\n' });
    const { stack, fn } = entryFunction(path.join(dir, 'app.ts'), {}, { handler: 'app.handle' });
    const { fn: rendering, files } = packaged(stack, fn);
    expect(rendering.handler).toBe('app.handle');
    expect(Object.keys(files)).toEqual(['app.js']);
    expect(files['app.js']).toContain('handle: () => handle');
  });

  test('the target is the runtime\'s Node.js version: syntax newer than Node.js 12 is lowered for Runtime.NODEJS_12_16', () => {
    const dir = project({ 'package.json': '{}', 'index.ts': 'export const main_handler = async (e: any) => e?.a ?? 1;\n' });
    const built = (runtime: Runtime) => {
      const { stack, fn } = entryFunction(path.join(dir, 'index.ts'), { cache: false }, { runtime });
      return packaged(stack, fn).files['index.js'];
    };
    expect(built(Runtime.NODEJS_18_15)).toContain('e?.a ?? 1');
    expect(built(Runtime.NODEJS_12_16)).not.toMatch(/\?\.|\?\?/);
  });

  test('a CommonJS entry is accepted when it assigns the handler to exports', () => {
    const dir = project({ 'package.json': '{}', 'index.js': 'exports.main_handler = async () => 1;\n' });
    const { stack, fn } = entryFunction(path.join(dir, 'index.js'));
    expect(Object.keys(packaged(stack, fn).files)).toEqual(['index.js']);
  });

  test('minify: a smaller bundle without comments', () => {
    const dir = project(projectFiles());
    const plain = packaged(...Object.values(entryFunction(path.join(dir, 'src', 'index.ts'))) as [TerraformStack, CloudFunction]).files['index.js'];
    const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'), { minify: true });
    const minified = packaged(stack, fn).files['index.js'];
    expect(plain).toContain('// src/util.ts');
    expect(minified).not.toContain('// src/util.ts');
    expect(minified.length).toBeLessThan(plain.length / 2);
  });

  test('sourceMap: index.js.map with project-relative sources, the link in index.js, and NODE_OPTIONS', () => {
    const dir = project(projectFiles());
    const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'), { sourceMap: true }, { environment: { STAGE: 'prod' } });
    const { fn: rendering, files } = packaged(stack, fn);
    expect(Object.keys(files)).toEqual(['index.js', 'index.js.map']);
    expect(files['index.js'].trimEnd().split('\n').pop()).toBe('//# sourceMappingURL=index.js.map');
    const sources = (JSON.parse(files['index.js.map']) as { sources: string[] }).sources;
    expect(sources).toEqual(expect.arrayContaining(['src/index.ts', 'src/util.ts', 'node_modules/greeting/index.js']));
    expect(sources.filter((s) => path.isAbsolute(s))).toEqual([]);
    expect(rendering.environment).toEqual({ STAGE: 'prod', NODE_OPTIONS: '--enable-source-maps' });
  });

  test('sourceMap: the flag is appended to NODE_OPTIONS the function sets, once', () => {
    const dir = project(projectFiles());
    const env = (nodeOptions: string) => {
      const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'), { sourceMap: true }, { environment: { NODE_OPTIONS: nodeOptions } });
      return packaged(stack, fn).fn.environment;
    };
    expect(env('--max-old-space-size=100')).toEqual({ NODE_OPTIONS: '--max-old-space-size=100 --enable-source-maps' });
    expect(env('--enable-source-maps')).toEqual({ NODE_OPTIONS: '--enable-source-maps' });
  });

  test('externals are left as require() calls; define replaces identifiers at build time', () => {
    const dir = project({
      ...projectFiles(),
      'src/ext.ts': "import { greet } from 'greeting';\nexport const main_handler = async () => [greet('x'), process.env.STAGE];\n",
    });
    const { stack, fn } = entryFunction(path.join(dir, 'src', 'ext.ts'), { externals: ['greeting'], define: { 'process.env.STAGE': '"prod"' } });
    const code = packaged(stack, fn).files['index.js'];
    expect(code).toContain('require("greeting")');
    expect(code).toContain('"prod"');
    expect(code).not.toContain('process.env.STAGE');
  });

  test('nodeModules are installed at the lockfile\'s version into node_modules and required, not bundled', async () => {
    // GIVEN a project whose lockfile pins fflate (from npm's cache: no network needed where the repo was installed)
    const lock = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package-lock.json'), 'utf8'));
    const pinned = lock.packages['node_modules/fflate'];
    const dir = project({
      'package.json': JSON.stringify({ name: 'nm', version: '1.0.0', dependencies: { fflate: `^${pinned.version}` } }),
      'package-lock.json': JSON.stringify({
        name: 'nm',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'nm', version: '1.0.0', dependencies: { fflate: `^${pinned.version}` } }, 'node_modules/fflate': { ...pinned, inBundle: undefined } },
      }),
      'index.ts': "import { strToU8 } from 'fflate';\nexport const main_handler = async () => strToU8('four').length;\n",
    });
    const { stack, fn } = entryFunction(path.join(dir, 'index.ts'), { nodeModules: ['fflate'], buildEnvironment: { npm_config_prefer_offline: 'true' } });
    // WHEN
    const { files } = packaged(stack, fn);
    // THEN
    expect(files['index.js']).toContain('require("fflate")');
    expect(JSON.parse(files['node_modules/fflate/package.json']).version).toBe(pinned.version);
    expect(Object.keys(files).filter((f) => !f.startsWith('node_modules/fflate/'))).toEqual(['index.js']);
    await expect(invokeHandler(path.join(unpack(files), 'index.js'), {})).resolves.toBe(4);
  }, 60_000);
});

describe('FunctionCode.fromEntry: deterministic packages', () => {
  test('two clean synths of the same project at different paths give the same zip, byte for byte', () => {
    // GIVEN the same project in two folders (no cache shared: each project has its own)
    const a = project(projectFiles(), 'copy-a');
    const b = project(projectFiles(), 'somewhere-else-b');
    const build = (dir: string) => {
      const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'), { sourceMap: true, cache: false });
      return { zipFile: rendered(synth(stack), stack, fn.resource).zip_file as string, bytes: fs.readFileSync(assetSource(fn)) };
    };
    // WHEN
    const [first, second] = [build(a), build(b)];
    // THEN
    expect(first.zipFile).toBe(second.zipFile);
    expect(first.bytes.equals(second.bytes)).toBe(true);
    expect(first.bytes.toString('latin1')).not.toContain(tmp);
  });

  test('a change to an imported file changes the package', () => {
    const dir = project(projectFiles());
    const zipOf = () => {
      const { stack, fn } = entryFunction(path.join(dir, 'src', 'index.ts'));
      return rendered(synth(stack), stack, fn.resource).zip_file as string;
    };
    const before = zipOf();
    fs.writeFileSync(path.join(dir, 'src', 'util.ts'), 'export const shout = (text: string): string => text + "?";\n');
    expect(zipOf()).not.toBe(before);
  });

  test('the cache reuses a package while its files are unchanged, and not after a new file changes what an import resolves to', () => {
    // GIVEN a first synth
    const dir = project(projectFiles());
    const zipOf = () => assetSource(entryFunction(path.join(dir, 'src', 'index.ts')).fn);
    const zip = zipOf();
    const written = fs.statSync(zip).mtimeMs;
    // WHEN nothing changed: the stored package is used as it is
    expect(zipOf()).toBe(zip);
    expect(fs.statSync(zip).mtimeMs).toBe(written);
    // WHEN util.ts is unchanged, but a new util.tsx takes precedence for './util' (esbuild tries .tsx before .ts)
    fs.writeFileSync(path.join(dir, 'src', 'util.tsx'), 'export const shout = (text: string): string => `<${text}>`;\n');
    const code = Buffer.from(unzipSync(fs.readFileSync(zipOf()))['index.js']).toString('utf8');
    // THEN
    expect(code).toContain('// src/util.tsx');
  });

  test('one source shared by two functions gives both the same package', () => {
    const dir = project(projectFiles());
    const { stack } = newStack();
    const code = FunctionCode.fromEntry(path.join(dir, 'src', 'index.ts'), { cache: false });
    const a = new CloudFunction(stack, 'A', { runtime: Runtime.NODEJS_18_15, code });
    const b = new CloudFunction(stack, 'B', { runtime: Runtime.NODEJS_18_15, code });
    const json = synth(stack);
    expect(assetSource(a)).toBe(assetSource(b));
    expect(rendered(json, stack, a.resource).zip_file.split('/').slice(2)).toEqual(rendered(json, stack, b.resource).zip_file.split('/').slice(2));
  });
});

describe('FunctionCode.fromEntry: synth-time errors', () => {
  /** The validation message of a stack with one function bundled from `entry`. */
  function entryError(entry: string, options?: BundlingOptions, props: Partial<CloudFunctionProps> = {}): string {
    return synthError(entryFunction(entry, options, props).stack);
  }

  test('a missing entry file', () => {
    const missing = path.join(tmp, 'nowhere', 'index.ts');
    expect(entryError(missing)).toContain(
      `[test/Fn] FunctionCode.fromEntry('${missing}'): '${missing}' does not exist. Give the TypeScript or JavaScript file that exports the handler function.`,
    );
  });

  test('a folder or a file that is not TypeScript or JavaScript', () => {
    const dir = project({ 'package.json': '{}', 'handler.py': 'def main_handler(e, c): pass\n' });
    expect(entryError(dir)).toContain(
      `[test/Fn] FunctionCode.fromEntry('${dir}'): '${dir}' is a folder. Give the file that exports the handler function; FunctionCode.fromAsset() takes a folder of ready-to-run code.`,
    );
    const py = path.join(dir, 'handler.py');
    expect(entryError(py)).toContain(
      `[test/Fn] FunctionCode.fromEntry('${py}'): '${py}' is not a TypeScript or JavaScript file: the entry must end with .ts, .tsx, .mts, .cts, .js, .jsx, .mjs, .cjs.`,
    );
  });

  test('the export the handler names is missing', () => {
    const dir = project({ 'package.json': '{}', 'src/index.ts': 'export const handler = async () => 1;\nexport default handler;\n' });
    const entry = path.join(dir, 'src', 'index.ts');
    expect(entryError(entry)).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}') has no export 'main_handler' for the handler 'index.main_handler': 'src/index.ts' exports 'default', 'handler'. `
      + "Export the function (export async function main_handler(event, context) { ... }), or set 'handler' to '<file>.<export>' naming one of its exports.",
    );
  });

  test('the export is missing from a CommonJS entry, or the entry exports nothing', () => {
    const dir = project({ 'package.json': '{}', 'cjs.js': 'module.exports = { handler, other };\nfunction handler() {}\nfunction other() {}\n', 'none.ts': 'console.log(1);\n' });
    expect(entryError(path.join(dir, 'cjs.js'))).toContain("has no export 'main_handler' for the handler 'index.main_handler': 'cjs.js' exports 'handler', 'other'.");
    expect(entryError(path.join(dir, 'none.ts'))).toContain("has no export 'main_handler' for the handler 'index.main_handler': 'none.ts' exports nothing.");
  });

  test('a syntax error, with file, line and column (the first error of an imported file too)', () => {
    const dir = project({
      'package.json': '{}',
      'src/index.ts': "import { helper } from './helper';\nexport const main_handler = async () => helper();\n",
      'src/helper.ts': 'export function helper() {\n  return 1 +;\n}\n',
    });
    const entry = path.join(dir, 'src', 'index.ts');
    expect(entryError(entry)).toContain(`[test/Fn] FunctionCode.fromEntry('${entry}') cannot be bundled: src/helper.ts:2:13: Unexpected ";".`);
  });

  test('an import that cannot be resolved', () => {
    const dir = project({ 'package.json': '{}', 'index.ts': "import { x } from 'not-installed';\nexport const main_handler = async () => x;\n" });
    const entry = path.join(dir, 'index.ts');
    expect(entryError(entry)).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}') cannot be bundled: index.ts:1:19: Could not resolve "not-installed". `
      + "Install the module in the project, or list it in 'externals' (provided at run time) or 'nodeModules' (installed into the package).",
    );
  });

  test('a runtime that is not Node.js', () => {
    const dir = project(projectFiles());
    const entry = path.join(dir, 'src', 'index.ts');
    expect(entryError(entry, {}, { runtime: Runtime.PYTHON_3_9 })).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}') bundles JavaScript for Node.js, but the runtime Python3.9 is a PYTHON runtime. `
      + 'Use a Node.js runtime such as Runtime.NODEJS_18_15, or FunctionCode.fromAsset() for code in other languages.',
    );
  });

  test('a Node.js runtime whose version cannot be read, and source maps before Node.js 12.12', () => {
    const dir = project(projectFiles());
    const entry = path.join(dir, 'src', 'index.ts');
    expect(entryError(entry, {}, { runtime: Runtime.of('NodejsLatest', 'NODEJS' as never) })).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}') cannot tell the Node.js version of the runtime 'NodejsLatest': Node.js runtime names look like 'Nodejs18.15'.`,
    );
    expect(entryError(entry, { sourceMap: true }, { runtime: Runtime.of('Nodejs10.15', 'NODEJS' as never) })).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}'): 'sourceMap' needs Node.js 12.12 or later (for --enable-source-maps); the runtime Nodejs10.15 has Node.js 10.15.`,
    );
  });

  test('options of the wrong type, and a module both external and installed', () => {
    const dir = project(projectFiles());
    const entry = path.join(dir, 'src', 'index.ts');
    const message = entryError(entry, { minify: 'yes', externals: ['mysql2', 3], nodeModules: ['mysql2'], define: { X: 1 } } as never);
    const name = `[test/Fn] FunctionCode.fromEntry('${entry}')`;
    expect(message.split('\n').filter((l) => l.includes('FunctionCode.fromEntry')).map((l) => l.trim())).toEqual([
      `${name}: 'minify' must be a boolean, got a string 'yes'.`,
      `${name}: 'define.X' must be a string, got a number 1.`,
      `${name}: 'externals' must list module names, got a number 3.`,
      `${name}: 'mysql2' cannot be both in 'externals' (left out of the package) and in 'nodeModules' (installed into it).`,
    ]);
  });

  test('nodeModules without a package-lock.json, or not in it', () => {
    const bare = project(projectFiles());
    const entry = path.join(bare, 'src', 'index.ts');
    expect(entryError(entry, { nodeModules: ['greeting'] })).toContain(
      `[test/Fn] FunctionCode.fromEntry('${entry}') cannot install 'nodeModules': they are installed with npm at the versions of the project's package-lock.json, `
      + `and there is none at or above '${bare}'. Run npm install in the project first.`,
    );
    const locked = project({ ...projectFiles(), 'package-lock.json': '{ "lockfileVersion": 3, "packages": {} }' });
    const lockedEntry = path.join(locked, 'src', 'index.ts');
    expect(entryError(lockedEntry, { nodeModules: ['greeting'] })).toContain(
      `[test/Fn] FunctionCode.fromEntry('${lockedEntry}') cannot install 'nodeModules' 'greeting': not in '${path.join(locked, 'package-lock.json')}'. `
      + 'Add it to the project first (npm install greeting), so that the package gets the version the project uses.',
    );
  });

  test('a broken source is reported once by each function it is bound to', () => {
    const dir = project({ 'package.json': '{}', 'index.ts': 'export const main_handler = (;\n' });
    const { stack } = newStack();
    const code = FunctionCode.fromEntry(path.join(dir, 'index.ts'));
    new CloudFunction(stack, 'A', { runtime: Runtime.NODEJS_18_15, code });
    new CloudFunction(stack, 'B', { runtime: Runtime.NODEJS_18_15, code });
    const lines = synthError(stack).split('\n').filter((l) => l.includes('cannot be bundled'));
    expect(lines.map((l) => l.trim().split(' ')[0])).toEqual(['[test/A]', '[test/B]']);
  });

  test('without esbuild installed, fromEntry says how to install it', () => {
    jest.isolateModules(() => {
      jest.doMock('esbuild', () => {
        throw new Error("Cannot find module 'esbuild'");
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const lib = require('../lib') as typeof import('../lib');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Testing, TerraformStack: Stack } = require('cdktf') as typeof import('cdktf');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const tencentcloud = require('cdktf-tencentcloud-cos-events-provider') as typeof import('cdktf-tencentcloud-cos-events-provider');
      const stack = new Stack(Testing.app(), 'test');
      new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
      const entry = path.join(project(projectFiles()), 'src', 'index.ts');
      new lib.CloudFunction(stack, 'Fn', { runtime: lib.Runtime.NODEJS_18_15, code: lib.FunctionCode.fromEntry(entry, { cache: false }) });
      expect(() => Testing.synth(stack, true)).toThrow(
        `[test/Fn] FunctionCode.fromEntry('${entry}') needs the npm package 'esbuild', which is not installed (an optional dependency of cdktf-tencentcloud-cos-events). `
        + 'Install it in your project: npm install --save-dev esbuild.',
      );
    });
  });
});
