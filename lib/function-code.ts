import * as fs from 'fs';
import * as path from 'path';
import { AssetType, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import type { BundleResult, BundleTarget, BundlingOptions } from './bundling';
import { IBucket } from './event-rule';
import { synthString } from './private/synth-value';
import { escapeTemplate } from './private/template-escape';
import { Runtime, RuntimeFamily } from './runtime';
import { Problems, checkStringMap, checkType, describeType, isUnresolved, quote } from './validation';

/**
 * What a code source renders into the function resource.
 */
export interface FunctionCodeConfig {
  /**
   * Local path of a zip file the provider uploads.
   * @default - not a local package
   */
  readonly zipFile?: string;
  /**
   * Full name (`<name>-<APPID>`) of the bucket holding the package.
   * @default - not a package in COS
   */
  readonly cosBucketName?: string;
  /**
   * Key of the package in that bucket (`.zip` or `.jar`).
   * @default - not a package in COS
   */
  readonly cosObjectName?: string;
  /**
   * Region of that bucket.
   * @default - not a package in COS
   */
  readonly cosBucketRegion?: string;
  /**
   * Environment variables the code needs at run time (e.g. `NODE_OPTIONS` for source maps), added to the
   * function's own.
   * @default - none
   */
  readonly environment?: { [name: string]: string };
}

/** What the function being bound tells its code source. */
export interface FunctionCodeBindOptions {
  /**
   * The function's runtime.
   * @default - unknown
   */
  readonly runtime?: Runtime;
  /**
   * The function's handler, e.g. `index.main_handler`.
   * @default - unknown
   */
  readonly handler?: string;
}

/**
 * The code of a cloud function.
 */
export abstract class FunctionCode {
  /**
   * Code from a local folder (zipped at synth time) or a local `.zip` file. Relative paths are resolved against
   * the current working directory. The package is uploaded by the provider; it changes whenever its content does.
   * @param assetPath a folder or a `.zip` file
   */
  public static fromAsset(assetPath: string): FunctionCode {
    return new AssetCode(assetPath);
  }

  /**
   * Code bundled at synth time from a TypeScript or JavaScript entry file and everything it imports (with
   * esbuild), for the function's Node.js runtime: one CommonJS file named after the handler (`index.main_handler`
   * gives `index.js`), whose export the handler names is checked to exist. The package is a zip whose bytes depend
   * only on the code, so an unchanged function stays unchanged for Terraform. Relative paths are resolved against
   * the current working directory.
   *
   * @example
   * new CloudFunction(stack, 'Resizer', {
   *   runtime: Runtime.NODEJS_18_15,
   *   code: FunctionCode.fromEntry(path.join(__dirname, 'resize.ts'), { sourceMap: true }),
   * });
   * @param entry the file that exports the handler function (`.ts`, `.js`, `.mts`, `.mjs`, ...)
   * @param options how to bundle
   */
  public static fromEntry(entry: string, options?: BundlingOptions): FunctionCode {
    return new EntryCode(entry, options);
  }

  /**
   * A `.zip` or `.jar` package stored in COS.
   * @param bucket the bucket holding the package (in a known region)
   * @param key the object key of the package
   */
  public static fromCosObject(bucket: IBucket, key: string): FunctionCode {
    return new CosObjectCode(bucket, key);
  }

  /**
   * Renders the code source for the function `scope`. Called once per function.
   * @param scope the function
   * @param options what the function tells its code: runtime and handler
   */
  public abstract bind(scope: Construct, options?: FunctionCodeBindOptions): FunctionCodeConfig;
}

/** The checks of the library's code sources, registered once per source (sources of other classes have none). */
const sourceChecks = new WeakMap<FunctionCode, () => readonly string[]>();

/**
 * Every rule a code source breaks, as messages, for a function that binds it to report (at synth time, after
 * `bind`): each function that uses one source reports its problems once. Not exported from the package root.
 */
export function codeSourceProblems(code: FunctionCode): readonly string[] {
  return sourceChecks.get(code)?.() ?? [];
}

/** What a local asset path is, checked once per source. */
interface AssetCheck {
  readonly problems: string[];
  readonly absolute?: string;
  readonly isDir?: boolean;
}

class AssetCode extends FunctionCode {
  private checked?: AssetCheck;

  constructor(private readonly assetPath: string) {
    super();
    sourceChecks.set(this, () => this.check().problems);
  }

  public bind(scope: Construct): FunctionCodeConfig {
    const { absolute, isDir } = this.check();
    if (absolute === undefined) return {};
    const asset = new TerraformAsset(scope, 'Code', { path: absolute, type: isDir ? AssetType.ARCHIVE : AssetType.FILE });
    return { zipFile: asset.path };
  }

  private check(): AssetCheck {
    this.checked ??= this.checkPath();
    return this.checked;
  }

  private checkPath(): AssetCheck {
    if (typeof this.assetPath !== 'string' || this.assetPath === '') {
      return { problems: [`FunctionCode.fromAsset() needs a folder or .zip path, got ${describeType(this.assetPath)} ${quote(this.assetPath)}.`] };
    }
    const absolute = path.resolve(this.assetPath);
    if (!fs.existsSync(absolute)) {
      return { problems: [`FunctionCode.fromAsset(${quote(this.assetPath)}): ${quote(absolute)} does not exist. Give the folder that holds the handler file, or a .zip package.`] };
    }
    const isDir = fs.statSync(absolute).isDirectory();
    if (!isDir && !absolute.endsWith('.zip')) {
      return { problems: [`FunctionCode.fromAsset(${quote(this.assetPath)}) is a file but not a .zip package. Give the folder that holds the handler (it is zipped at synth time) or a .zip file.`] };
    }
    return { problems: [], absolute, isDir };
  }
}

class CosObjectCode extends FunctionCode {
  constructor(private readonly bucket: IBucket, private readonly key: string) {
    super();
    // The bucket's region is known once the app is complete: checked at synth time.
    sourceChecks.set(this, () => this.check());
  }

  public bind(_scope: Construct): FunctionCodeConfig {
    if (!this.hasBucket()) return {};
    return {
      cosBucketName: this.bucket.bucketName,
      cosObjectName: typeof this.key === 'string' ? escapeTemplate(this.key) : undefined,
      // Read at synth time, when the provider (and so the region) is known.
      cosBucketRegion: synthString(() => escapeTemplate(this.bucket.region ?? '')),
    };
  }

  private check(): string[] {
    const problems: string[] = [];
    if (typeof this.key !== 'string') {
      problems.push(`FunctionCode.fromCosObject() needs an object key string, got ${describeType(this.key)} ${quote(this.key)}.`);
    } else if (!isUnresolved(this.key) && !/\.(zip|jar)$/.test(this.key)) {
      problems.push(`FunctionCode.fromCosObject() key ${quote(this.key)} must end with '.zip' or '.jar' (the SCF code package formats).`);
    }
    if (!this.hasBucket()) {
      problems.push(`FunctionCode.fromCosObject() needs a bucket (new Bucket(...) or Bucket.fromBucketName(...)), got ${describeType(this.bucket)}.`);
    } else if (this.bucket.region === undefined) {
      problems.push(`FunctionCode.fromCosObject(): the region of bucket [${this.bucket.node.path}] is unknown, and SCF needs it to fetch the package. Set 'region' on its tencentcloud provider, or import the bucket with a region.`);
    }
    return problems;
  }

  private hasBucket(): boolean {
    return typeof this.bucket === 'object' && this.bucket !== null && typeof this.bucket.bucketName === 'string';
  }
}

/**
 * Code bundled from an entry file. Its problems depend on the function's runtime and handler: they are registered
 * on each function when it binds (so each function reports them once).
 */
class EntryCode extends FunctionCode {
  /** Bundles already made by this source, by target: a source shared by functions is bundled once per target. */
  private readonly bundles = new Map<string, BundleResult | string[]>();

  constructor(private readonly entry: string, private readonly options: BundlingOptions = {}) {
    super();
  }

  public bind(scope: Construct, options: FunctionCodeBindOptions = {}): FunctionCodeConfig {
    const { BundleProblem, bundle, findUp } = bundlingModules();
    const problems = new Problems();
    problems.attach(scope);
    const name = `FunctionCode.fromEntry(${quote(this.entry)})`;
    const entry = this.checkEntry(name, problems);
    const bundlingOptions = checkBundlingOptions(name, this.options, problems);
    const target = bundleTarget(name, options, bundlingOptions, problems);
    if (entry === undefined || target === undefined || bundlingOptions === undefined || problems.list.length > 0) return {};

    const key = JSON.stringify(target);
    let result = this.bundles.get(key);
    if (result === undefined) {
      const root = bundlingOptions.projectRoot !== undefined ? path.resolve(bundlingOptions.projectRoot)
        : findUp('package.json', path.dirname(entry)) ?? path.dirname(entry);
      try {
        result = bundle(entry, target, bundlingOptions, root);
      } catch (e) {
        if (!(e instanceof BundleProblem)) throw e;
        result = e.messages.map((m) => `${name} ${m}`);
      }
      this.bundles.set(key, result);
    }
    if (Array.isArray(result)) {
      problems.addAll(result);
      return {};
    }
    const asset = new TerraformAsset(scope, 'Code', { path: result.zipPath, type: AssetType.FILE });
    return { zipFile: asset.path, environment: bundlingOptions.sourceMap ? { NODE_OPTIONS: SOURCE_MAPS_FLAG } : undefined };
  }

  /** The absolute path of an existing entry file, or undefined (and a problem). */
  private checkEntry(name: string, problems: Problems): string | undefined {
    if (typeof this.entry !== 'string' || this.entry === '') {
      problems.add(`FunctionCode.fromEntry() needs the path of a TypeScript or JavaScript file, got ${describeType(this.entry)} ${quote(this.entry)}.`);
      return undefined;
    }
    const absolute = path.resolve(this.entry);
    if (!fs.existsSync(absolute)) {
      problems.add(`${name}: ${quote(absolute)} does not exist. Give the TypeScript or JavaScript file that exports the handler function.`);
    } else if (fs.statSync(absolute).isDirectory()) {
      problems.add(`${name}: ${quote(absolute)} is a folder. Give the file that exports the handler function; FunctionCode.fromAsset() takes a folder of ready-to-run code.`);
    } else if (!bundlingModules().ENTRY_EXTENSIONS.includes(path.extname(absolute))) {
      problems.add(`${name}: ${quote(absolute)} is not a TypeScript or JavaScript file: the entry must end with ${bundlingModules().ENTRY_EXTENSIONS.join(', ')}.`);
    } else {
      return absolute;
    }
    return undefined;
  }
}

/**
 * The bundling code (esbuild's driver, the package cache, installing and zipping), loaded when a function binds code
 * from an entry file: apps whose functions take their code from elsewhere never load it.
 */
function bundlingModules(): typeof import('./bundling') & typeof import('./bundle-package') {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return { ...require('./bundling') as typeof import('./bundling'), ...require('./bundle-package') as typeof import('./bundle-package') };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** The flag that makes Node.js map stack traces through the bundle's source map. */
const SOURCE_MAPS_FLAG = '--enable-source-maps';

/** The bundle target of a function: its Node.js version, handler file and export; undefined (and a problem) if unknown. */
function bundleTarget(name: string, options: FunctionCodeBindOptions, bundling: BundlingOptions | undefined, problems: Problems):
BundleTarget | undefined {
  const runtime = options.runtime;
  // A missing or wrong runtime or handler is reported by the function itself.
  if (!(runtime instanceof Runtime) || options.handler === undefined) return undefined;
  if (runtime.family !== RuntimeFamily.NODEJS) {
    problems.add(`${name} bundles JavaScript for Node.js, but the runtime ${runtime.name} is a ${runtime.family} runtime. Use a Node.js runtime such as Runtime.NODEJS_18_15, or FunctionCode.fromAsset() for code in other languages.`);
    return undefined;
  }
  const version = /^nodejs(\d+)(?:\.(\d+))?$/i.exec(runtime.name);
  if (!version) {
    problems.add(`${name} cannot tell the Node.js version of the runtime ${quote(runtime.name)}: Node.js runtime names look like 'Nodejs18.15'.`);
    return undefined;
  }
  const [major, minor] = [Number(version[1]), Number(version[2] ?? 0)];
  if (bundling?.sourceMap && (major < 12 || (major === 12 && minor < 12))) {
    problems.add(`${name}: 'sourceMap' needs Node.js 12.12 or later (for ${SOURCE_MAPS_FLAG}); the runtime ${runtime.name} has Node.js ${major}.${minor}.`);
  }
  if (isUnresolved(options.handler)) {
    problems.add(`${name} needs the function's 'handler' at synth time: it names the bundle's file and export. It is a token here.`);
    return undefined;
  }
  const handler = /^(.+)\.([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(options.handler);
  if (!handler) return undefined;
  return { nodeTarget: `node${major}.${minor}`, handlerFile: `${handler[1]}.js`, exportName: handler[2] };
}

/** The options, checked; undefined when they are not an object. */
function checkBundlingOptions(name: string, options: BundlingOptions, problems: Problems): BundlingOptions | undefined {
  if (options === undefined || options === null) return {};
  const typeProblem = checkType('options', options, 'object');
  if (typeProblem) {
    problems.add(`${name}: ${typeProblem}`);
    return undefined;
  }
  const messages: Array<string | undefined> = [
    checkType('minify', options.minify, 'boolean'),
    checkType('sourceMap', options.sourceMap, 'boolean'),
    checkType('cache', options.cache, 'boolean'),
    checkType('projectRoot', options.projectRoot, 'string'),
    ...checkStringMap('define', options.define),
    ...checkStringMap('buildEnvironment', options.buildEnvironment),
  ];
  for (const list of ['externals', 'nodeModules'] as const) {
    const value = options[list];
    const t = checkType(list, value, 'array');
    if (t) messages.push(t);
    else (value ?? []).filter((m) => typeof m !== 'string' || m === '').forEach((m) => messages.push(`'${list}' must list module names, got ${describeType(m)} ${quote(m)}.`));
  }
  const both = (options.nodeModules ?? []).filter((m) => Array.isArray(options.externals) && options.externals.includes(m));
  if (both.length > 0) messages.push(`${both.map((m) => quote(m)).join(', ')} cannot be both in 'externals' (left out of the package) and in 'nodeModules' (installed into it).`);
  if (typeof options.projectRoot === 'string' && !fs.existsSync(options.projectRoot)) messages.push(`'projectRoot' ${quote(options.projectRoot)} does not exist.`);
  problems.addAll(messages.map((m) => m && `${name}: ${m}`));
  return options;
}

/**
 * The function's environment with what its code needs added (`NODE_OPTIONS` flags are appended to the function's
 * own). Not exported from the package root.
 */
export function withCodeEnvironment(environment: { [name: string]: string } | undefined, code: FunctionCodeConfig):
{ [name: string]: string } | undefined {
  if (!code.environment) return environment;
  if (environment !== undefined && (typeof environment !== 'object' || isUnresolved(environment))) return environment;
  const merged = { ...environment };
  for (const [key, value] of Object.entries(code.environment)) {
    const own = merged[key];
    merged[key] = key === 'NODE_OPTIONS' && typeof own === 'string' && own !== '' ? (own.split(/\s+/).includes(value) ? own : `${own} ${value}`) : own ?? value;
  }
  return merged;
}
