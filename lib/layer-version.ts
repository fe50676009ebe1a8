import { Fn, Lazy, TerraformProvider, Token } from 'cdktf';
import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import type * as scfLayer from 'cdktf-tencentcloud-cos-events-provider/lib/scf-layer';
import { Construct, IConstruct } from 'constructs';
import { FunctionCode, codeSourceProblems } from './function-code';
import type { ICloudFunction } from './function-ref';
import * as bindings from './private/bindings';
import { uniqueName } from './private/names';
import { checkProvider, isTencentcloudProvider, providerRegion } from './private/provider';
import { escapeTemplate } from './private/template-escape';
import { TerraformData } from './private/terraform-data';
import { Runtime } from './runtime';
import { Problems, checkType, constructArgs, describeType, describeValue, isUnresolved, propsObject, quote } from './validation';

/** The SCF API's layer name rule: 1 to 64 characters. */
const LAYER_NAME_PATTERN = /^[A-Za-z]([A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/;
/** How many layers SCF binds to one function at most. */
export const MAX_LAYERS_PER_FUNCTION = 5;

/**
 * A version of an SCF layer, created by this stack or imported.
 */
export interface ILayerVersion extends IConstruct {
  /** The layer name. */
  readonly layerName: string;
  /** The version number (for layers of this stack, known after apply). */
  readonly versionNumber: number;
  /**
   * The runtimes the layer works with, when known: functions of other runtimes are refused at synth time.
   * @default - unknown: not checked
   */
  readonly compatibleRuntimes?: Runtime[];
  /**
   * The layer's region, when known at synth time: SCF binds layers of the function's own region only.
   * @default - unknown: not checked
   */
  readonly region?: string;
}

/** Properties of a layer version. */
export interface LayerVersionProps {
  /**
   * The layer name: 1 to 64 characters, letters, digits, '-' and '_', starting with a letter and ending with a
   * letter or digit. Each version of one layer carries the same name.
   * @default - a unique name derived from the construct path
   */
  readonly layerName?: string;
  /**
   * The content: `FunctionCode.fromAsset()` (a folder, zipped at synth time, or a `.zip` file) or
   * `FunctionCode.fromCosObject()`. It is unpacked into `/opt` of every function the layer is bound to.
   */
  readonly code: FunctionCode;
  /** The runtimes the layer works with (at least one). */
  readonly compatibleRuntimes: Runtime[];
  /**
   * A description of this version.
   * @default - none
   */
  readonly description?: string;
  /**
   * The software license of the content, e.g. `MIT`.
   * @default - none
   */
  readonly license?: string;
  /**
   * The tencentcloud provider (and so the region) of the layer; functions using it must be in the same region.
   * @default - the stack's provider without alias
   */
  readonly provider?: TerraformProvider;
}

/** Attributes of an existing layer version. */
export interface LayerVersionAttributes {
  /** The layer name. */
  readonly layerName: string;
  /** The version number. */
  readonly versionNumber: number;
  /**
   * The runtimes the layer works with.
   * @default - unknown: not checked
   */
  readonly compatibleRuntimes?: Runtime[];
  /**
   * The layer's region.
   * @default - unknown: not compared with the function's region
   */
  readonly region?: string;
}

/**
 * A version of an SCF layer (`tencentcloud_scf_layer`): code or data shared by functions, unpacked into `/opt`.
 * A layer version never changes: when the content, runtimes, description or license change, a new version is
 * published (before the old one is deleted) and the functions using it move to the new one.
 *
 * @example
 * const deps = new LayerVersion(stack, 'Deps', {
 *   code: FunctionCode.fromAsset(path.join(__dirname, 'layer')),
 *   compatibleRuntimes: [Runtime.NODEJS_18_15],
 * });
 * new CloudFunction(stack, 'Resizer', {
 *   runtime: Runtime.NODEJS_18_15,
 *   code: FunctionCode.fromAsset(path.join(__dirname, 'handler')),
 *   layers: [deps],
 * });
 */
export class LayerVersion extends Construct implements ILayerVersion {
  /** Reference an existing layer version. */
  public static fromLayerVersionAttributes(scope: Construct, id: string, attrs: LayerVersionAttributes): ILayerVersion {
    return new ImportedLayerVersion(scope, id, attrs);
  }

  public readonly layerName: string;
  public readonly versionNumber: number;
  public readonly compatibleRuntimes?: Runtime[];
  /** The underlying `tencentcloud_scf_layer` resource. */
  public readonly resource: scfLayer.ScfLayer;
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: LayerVersionProps) {
    super(...constructArgs(scope, id, 'LayerVersion'));
    const problems = new Problems();
    const p = propsObject(props, problems, { example: "{ code: FunctionCode.fromAsset('layer'), compatibleRuntimes: [Runtime.NODEJS_18_15] }" });
    const name = p.layerName ?? uniqueName(this, 64);
    problems.addAll(checkLayerName(name));
    const runtimes = checkRuntimes(p.compatibleRuntimes, problems);
    for (const m of [checkType('description', p.description, 'string'), checkType('license', p.license, 'string'), checkProvider(p.provider)]) {
      if (m) problems.add(m);
    }
    const codeOk = p.code instanceof FunctionCode;
    if (!codeOk) problems.add(`'code' must be a FunctionCode such as FunctionCode.fromAsset('layer/'), got ${describeType(p.code)} ${quote(p.code)}.`);
    const code = codeOk ? p.code.bind(this) : {};
    this.compatibleRuntimes = runtimes;
    const provider = isTencentcloudProvider(p.provider) ? p.provider : undefined;
    this.provider = provider;

    const content = {
      zipFile: code.zipFile,
      cosBucketName: bucketShortName(code.cosBucketName),
      cosObjectName: code.cosObjectName,
      cosBucketRegion: code.cosBucketRegion,
    };
    const runtimeNames = (runtimes ?? []).map((r) => escapeTemplate(r.name));
    // The provider updates nothing in place: any change must publish a new version (replace the resource).
    const inputs = new TerraformData(this, 'Inputs', {
      layer_name: name,
      compatible_runtimes: runtimeNames,
      content: {
        zip_file: content.zipFile,
        cos_bucket_name: content.cosBucketName,
        cos_object_name: content.cosObjectName,
        cos_bucket_region: content.cosBucketRegion,
      },
      description: escapeTemplate(p.description),
      license_info: escapeTemplate(p.license),
    });
    this.resource = new (bindings.ScfLayer())(this, 'Resource', {
      layerName: name,
      compatibleRuntimes: runtimeNames,
      content,
      description: escapeTemplate(p.description),
      licenseInfo: escapeTemplate(p.license),
      provider,
      lifecycle: { createBeforeDestroy: true, replaceTriggeredBy: [`${inputs.terraformResourceType}.${inputs.friendlyUniqueId}`] },
    });
    this.layerName = this.resource.layerName;
    this.versionNumber = this.resource.layerVersion;
    problems.attach(this, () => {
      if (!codeOk) return [];
      const own = [...codeSourceProblems(p.code)];
      // A source that renders nothing and reports nothing bundles for a function handler (fromEntry).
      return own.length === 0 && !code.zipFile && !code.cosBucketName
        ? ["'code' renders no package: FunctionCode.fromEntry() bundles a function handler. Give a layer FunctionCode.fromAsset() (a folder or .zip) or FunctionCode.fromCosObject()."]
        : own;
    });
  }

  /** The layer's region, when its provider names one. */
  public get region(): string | undefined {
    return providerRegion(this, this.provider);
  }
}

/** An existing layer version. */
class ImportedLayerVersion extends Construct implements ILayerVersion {
  public readonly layerName: string;
  public readonly versionNumber: number;
  public readonly compatibleRuntimes?: Runtime[];
  public readonly region?: string;

  constructor(scope: Construct, id: string, attrs: LayerVersionAttributes) {
    super(...constructArgs(scope, id, 'LayerVersion.fromLayerVersionAttributes'));
    const problems = new Problems();
    const a = propsObject(attrs, problems, { name: 'attributes', example: "{ layerName: 'deps', versionNumber: 1 }" });
    problems.addAll(checkLayerName(a.layerName));
    if (!isUnresolved(a.versionNumber) && (typeof a.versionNumber !== 'number' || !Number.isInteger(a.versionNumber) || a.versionNumber < 1)) {
      problems.add(`'versionNumber' ${quote(a.versionNumber)} is not a layer version number: SCF numbers versions 1, 2, 3, ...`);
    }
    this.compatibleRuntimes = a.compatibleRuntimes === undefined ? undefined : checkRuntimes(a.compatibleRuntimes, problems);
    const regionType = checkType('region', a.region, 'string');
    if (regionType) problems.add(regionType);
    this.region = typeof a.region === 'string' ? a.region : undefined;
    problems.attach(this);
    this.layerName = typeof a.layerName === 'string' ? a.layerName : '';
    this.versionNumber = typeof a.versionNumber === 'number' ? a.versionNumber : 0;
  }
}

/**
 * The bucket name without its `-<APPID>` suffix, as the SCF API takes it for a package in COS (the provider
 * passes a layer's bucket name unchanged, unlike a function's, whose suffix it removes itself).
 */
function bucketShortName(bucketName: string | undefined): string | undefined {
  if (bucketName === undefined) return undefined;
  return Token.isUnresolved(bucketName) ? Fn.replace(bucketName, '/-[^-]*$/', '') : bucketName.replace(/-[^-]*$/, '');
}

/** Every rule a layer name breaks (the SCF API rule). Tokens are not checked. */
function checkLayerName(name: unknown): string[] {
  if (isUnresolved(name)) return [];
  if (typeof name !== 'string') return [`'layerName' must be a string, got ${describeType(name)} ${quote(name)}.`];
  if (LAYER_NAME_PATTERN.test(name)) return [];
  const why = name.length < 1 || name.length > 64 ? `is ${name.length} characters (1 to 64 allowed)`
    : !/^[A-Za-z]/.test(name) ? 'does not start with a letter'
      : /[-_]$/.test(name) ? "ends with '-' or '_'"
        : "contains characters other than letters, digits, '-' and '_'";
  return [`layer name ${quote(name)} ${why}. SCF layer names have 1 to 64 characters: letters, digits, '-' and '_', starting with a letter and ending with a letter or digit.`];
}

/** The runtimes when they are a non-empty list of Runtime; otherwise problems and undefined. */
function checkRuntimes(value: unknown, problems: Problems): Runtime[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(`'compatibleRuntimes' must list at least one Runtime such as Runtime.NODEJS_18_15, got ${describeValue(value)}.`);
    return undefined;
  }
  const wrong = value.filter((r) => !(r instanceof Runtime));
  for (const r of wrong) problems.add(`'compatibleRuntimes' must hold Runtime values such as Runtime.NODEJS_18_15, got ${describeType(r)} ${quote(r)}.`);
  return wrong.length === 0 ? value : undefined;
}

/**
 * The layers of one function: rendered into its `layers` block at synth time, in the order they were added,
 * and checked against SCF's limit and the function's runtime. Not exported from the package root.
 */
export class FunctionLayers {
  private readonly layers: ILayerVersion[] = [];
  private readonly problems = new Problems();
  private rendered = false;

  constructor(private readonly fn: ICloudFunction, private readonly resource: scfFunction.ScfFunction, private readonly runtime: unknown) {
    this.problems.attach(fn, () => this.check());
  }

  /** Add layers; wrong values are reported at synth time. */
  public add(layers: unknown, method: string): void {
    if (layers === undefined) return;
    if (!Array.isArray(layers)) {
      this.problems.add(`${method} must be a list of layer versions (new LayerVersion(...) or LayerVersion.fromLayerVersionAttributes(...)), got ${describeType(layers)} ${quote(layers)}.`);
      return;
    }
    for (const layer of layers) {
      if (isLayer(layer)) this.layers.push(layer);
      else this.problems.add(`${method} must hold layer versions (new LayerVersion(...) or LayerVersion.fromLayerVersionAttributes(...)), got ${describeType(layer)} ${quote(layer)}.`);
    }
    // The block is rendered from the first layer on (a function without layers has none to render).
    if (this.layers.length > 0 && !this.rendered) {
      this.rendered = true;
      this.resource.putLayers(Lazy.anyValue({
        produce: () => this.layers.map((l) => ({ layer_name: l.layerName, layer_version: l.versionNumber })),
      }));
    }
  }

  private check(): string[] {
    // Every check is about the layers (and reading the function's region costs a look at its provider).
    if (this.layers.length === 0) return [];
    const problems: string[] = [];
    if (this.layers.length > MAX_LAYERS_PER_FUNCTION) {
      problems.push(`the function has ${this.layers.length} layers (${this.layers.map((l) => `[${l.node.path}]`).join(', ')}); SCF binds at most ${MAX_LAYERS_PER_FUNCTION} layers to a function.`);
    }
    const fnRegion = this.fn.region;
    for (const layer of this.layers) {
      const layerRegion = layer.region;
      if (fnRegion !== undefined && layerRegion !== undefined && !isUnresolved(fnRegion) && !isUnresolved(layerRegion) && fnRegion !== layerRegion) {
        problems.push(`layer [${layer.node.path}] is in ${quote(layerRegion)}, the function in ${quote(fnRegion)}: SCF binds layers of the function's own region only. Publish the layer with a provider for ${quote(fnRegion)}.`);
      }
    }
    const runtime = this.runtime;
    if (runtime instanceof Runtime && !isUnresolved(runtime.name)) {
      for (const layer of this.layers) {
        const names = (layer.compatibleRuntimes ?? []).map((r) => r.name);
        if (layer.compatibleRuntimes === undefined || names.some((n) => Token.isUnresolved(n))) continue;
        if (!names.includes(runtime.name)) {
          problems.push(`layer [${layer.node.path}] works with ${names.map((n) => quote(n)).join(', ')}, not with the function's runtime ${quote(runtime.name)}. Add the runtime to the layer's 'compatibleRuntimes', or use a layer built for it.`);
        }
      }
    }
    return problems;
  }
}

function isLayer(value: unknown): value is ILayerVersion {
  return typeof value === 'object' && value !== null && Construct.isConstruct(value)
    && typeof (value as ILayerVersion).layerName === 'string' && typeof (value as ILayerVersion).versionNumber === 'number';
}
