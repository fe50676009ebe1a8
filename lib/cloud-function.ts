import { Annotations, TerraformProvider } from 'cdktf';
import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import { Construct } from 'constructs';
import { AsyncInvokeOptions, FunctionAsyncInvokeConfig } from './async-invoke';
import { FunctionAlias, FunctionAliasOptions, addAliasTo } from './function-alias';
import { FunctionCode, codeSourceProblems, withCodeEnvironment } from './function-code';
import { checkFunctionName, checkNamespace } from './function-name';
import { CamPolicyStatement, ICloudFunction } from './function-ref';
import { FunctionSettingsProps, applyFunctionSettings } from './function-settings';
import { FunctionVersion, FunctionVersionOptions, addVersionTo, currentVersionOf } from './function-version';
import { FunctionLayers, ILayerVersion } from './layer-version';
import * as bindings from './private/bindings';
import { checkFunctionSettings, checkHandler, checkRuntime } from './private/deploy-checks';
import { FunctionRole } from './private/function-role';
import { registerOwnedFunction } from './private/identity';
import { uniqueName } from './private/names';
import { checkProvider, checkRegionName, isTencentcloudProvider, providerRegion, registerRegionFromProvider } from './private/provider';
import { escapeTemplate, escapeTemplateMap } from './private/template-escape';
import { Runtime } from './runtime';
import { CosEventsError, Problems, checkStringMap, checkType, constructArgs, describeType, describeValue, isUnresolved, propsObject, quote, stringOrUndefined } from './validation';

export { CamPolicyStatement, ICloudFunction } from './function-ref';

/** The network the function runs in. */
export interface FunctionVpcConfig {
  /** The VPC id, e.g. `vpc-abc12345`. */
  readonly vpcId: string;
  /** The subnet id, e.g. `subnet-abc12345`. */
  readonly subnetId: string;
}

/**
 * Properties of a cloud function.
 */
export interface CloudFunctionProps extends FunctionSettingsProps {
  /**
   * The function name: 2 to 60 characters, letters, digits, '-' and '_', starting with a letter and ending
   * with a letter or digit.
   * @default - a unique name derived from the construct path
   */
  readonly functionName?: string;
  /** The runtime, e.g. `Runtime.NODEJS_18_15`. */
  readonly runtime: Runtime;
  /** The code package. */
  readonly code: FunctionCode;
  /**
   * The entry point, in the runtime family's format (`index.main_handler` for Node.js and Python).
   * @default 'index.main_handler' ('main' for Go)
   */
  readonly handler?: string;
  /**
   * Memory in MB: 128 to 3072, a multiple of 128.
   * @default 128
   */
  readonly memorySize?: number;
  /**
   * Timeout in seconds: 1 to 900.
   * @default 3
   */
  readonly timeout?: number;
  /**
   * Environment variables. Never put credentials here: give the function a role (`bucket.grantRead(fn)`).
   * @default - none
   */
  readonly environment?: { [key: string]: string };
  /**
   * The SCF namespace.
   * @default 'default'
   */
  readonly namespace?: string;
  /**
   * A description, at most 1000 characters.
   * @default - none
   */
  readonly description?: string;
  /**
   * Tags of the function.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
  /**
   * The name of an existing CAM role the function runs as. With it, `grant*` methods cannot add permissions.
   * @default - a role is created when the first permission is granted; none otherwise
   */
  readonly role?: string;
  /**
   * Run the function in a VPC. Public network access is then off unless `publicNetwork` is true.
   * @default - no VPC
   */
  readonly vpc?: FunctionVpcConfig;
  /**
   * Whether the function can reach the internet. SCF requires it on for functions without a VPC.
   * @default - true without a VPC, false with one
   */
  readonly publicNetwork?: boolean;
  /**
   * The tencentcloud provider (and so the region) of the function.
   * @default - the stack's provider without alias
   */
  readonly provider?: TerraformProvider;
}

/** Attributes of an existing function. */
export interface CloudFunctionAttributes {
  /** The function name. */
  readonly functionName: string;
  /**
   * The function's namespace.
   * @default 'default'
   */
  readonly namespace?: string;
  /**
   * The function's region.
   * @default - the region of `provider`, or of the stack's default provider
   */
  readonly region?: string;
  /**
   * The provider used for triggers of this function.
   * @default - the stack's provider without alias
   */
  readonly provider?: TerraformProvider;
}

/** Variables SCF sets itself from the function's role: setting them by hand puts credentials in the state. */
const CREDENTIAL_VARIABLES = ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN',
  'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'TENCENTCLOUD_SECURITY_TOKEN'];

/**
 * An SCF function (`tencentcloud_scf_function`). Its COS triggers come from `EventRule`s: a single trigger on a
 * bucket is a standalone `tencentcloud_scf_trigger`, two or more on one bucket are written into this resource's
 * `triggers` block (which the rules then own: do not set it yourself).
 *
 * @example
 * const fn = new CloudFunction(stack, 'Resizer', {
 *   runtime: Runtime.NODEJS_18_15,
 *   code: FunctionCode.fromAsset(path.join(__dirname, 'handler')),
 *   handler: 'index.main_handler',
 * });
 */
export class CloudFunction extends Construct implements ICloudFunction {
  /**
   * Reference an existing function by name, e.g. to attach rules to it.
   *
   * The function is in the namespace `default` and is deployed with the stack's tencentcloud provider without
   * alias; otherwise use `CloudFunction.fromFunctionAttributes`.
   *
   * Passing attributes here (`CloudFunction.fromFunctionName(scope, id, { functionName, ... })`) is deprecated
   * and will be removed in the next minor version: use `CloudFunction.fromFunctionAttributes(scope, id, attrs)`.
   * @param functionName the function name, e.g. `resizer` (attributes: deprecated, see above)
   */
  public static fromFunctionName(scope: Construct, id: string, functionName: string | CloudFunctionAttributes): ICloudFunction {
    if (typeof functionName === 'object' && functionName !== null && !Array.isArray(functionName) && !isUnresolved(functionName)) {
      const fn = new ImportedFunction(scope, id, functionName, 'CloudFunction.fromFunctionName');
      Annotations.of(fn).addWarning('CloudFunction.fromFunctionName(scope, id, attributes) is deprecated and will be removed in the next minor version: ' +
        'use CloudFunction.fromFunctionAttributes(scope, id, attributes), or CloudFunction.fromFunctionName(scope, id, functionName).');
      return fn;
    }
    return new ImportedFunction(scope, id, { functionName: functionName as string }, 'CloudFunction.fromFunctionName');
  }

  /**
   * Reference an existing function by name and, where they are not the defaults, its namespace, region and
   * provider.
   *
   * @example
   * const legacy = CloudFunction.fromFunctionAttributes(stack, 'Legacy', { functionName: 'legacy-thumbs', namespace: 'media' });
   */
  public static fromFunctionAttributes(scope: Construct, id: string, attrs: CloudFunctionAttributes): ICloudFunction {
    return new ImportedFunction(scope, id, attrs, 'CloudFunction.fromFunctionAttributes');
  }

  public readonly functionName: string;
  public readonly namespace: string;
  public readonly provider?: TerraformProvider;
  /** The runtime. */
  public readonly runtime: Runtime;
  /** The underlying `tencentcloud_scf_function` resource. */
  public readonly resource: scfFunction.ScfFunction;
  private readonly externalRole?: string;
  private role?: FunctionRole;
  private readonly layers: FunctionLayers;

  constructor(scope: Construct, id: string, props: CloudFunctionProps) {
    super(...constructArgs(scope, id, 'CloudFunction'));
    const problems = new Problems();
    const p = propsObject(props, problems);

    const name = p.functionName ?? uniqueName(this, 60);
    problems.addAll(checkFunctionName(name));
    problems.addAll(checkNamespace(p.namespace ?? 'default', name));
    this.namespace = typeof p.namespace === 'string' ? p.namespace : 'default';
    this.runtime = p.runtime;
    const runtimeOk = p.runtime instanceof Runtime;
    if (!runtimeOk) {
      problems.add(`'runtime' must be a Runtime such as Runtime.NODEJS_18_15 (or Runtime.of('Nodejs20.15', RuntimeFamily.NODEJS) for newer ones), got ${describeType(p.runtime)} ${quote(p.runtime)}.`);
    }
    const handler = p.handler ?? (runtimeOk && p.runtime.family === 'GO' ? 'main' : 'index.main_handler');
    const runtimeProblems = runtimeOk ? checkRuntime(p.runtime) : [];
    problems.addAll(runtimeProblems);
    if (runtimeOk && runtimeProblems.length === 0) problems.addAll(checkHandler(handler, p.runtime));
    problems.addAll(checkRange('memorySize', p.memorySize, 128, 3072, 128, 'MB'));
    problems.addAll(checkRange('timeout', p.timeout, 1, 900, 1, 'seconds'));
    problems.addAll(checkStringMap('environment', p.environment));
    problems.addAll(checkStringMap('tags', p.tags));
    problems.addAll(checkFunctionSettings(this, p));
    problems.addAll(this.checkEnvironment(p.environment));
    if (p.description !== undefined && !isUnresolved(p.description)) {
      const t = checkType('description', p.description, 'string');
      if (t) problems.add(t);
      else if ([...p.description].length > 1000) problems.add(`'description' is ${[...p.description].length} characters; SCF allows at most 1000.`);
    }
    problems.addAll([checkType('role', p.role, 'string'), checkType('publicNetwork', p.publicNetwork, 'boolean'), checkProvider(p.provider)]);
    if (p.vpc !== undefined && (typeof p.vpc !== 'object' || !p.vpc || !p.vpc.vpcId || !p.vpc.subnetId)) {
      problems.add(`'vpc' needs both 'vpcId' and 'subnetId' (SCF sets them together), got ${quote(p.vpc)}.`);
    }
    if (p.vpc === undefined && p.publicNetwork === false) {
      problems.add("'publicNetwork: false' needs a 'vpc': SCF only lets functions inside a VPC turn public network access off.");
    }
    if (!(p.code instanceof FunctionCode)) {
      problems.add(`'code' must be a FunctionCode such as FunctionCode.fromAsset('handler/'), got ${describeType(p.code)} ${quote(p.code)}.`);
    }
    this.provider = isTencentcloudProvider(p.provider) ? p.provider : undefined;
    this.externalRole = p.role;
    const code = p.code instanceof FunctionCode ? p.code.bind(this, { runtime: runtimeOk ? p.runtime : undefined, handler }) : {};

    this.resource = new (bindings.ScfFunction())(this, 'Resource', {
      name,
      namespace: this.namespace,
      runtime: runtimeOk ? escapeTemplate(p.runtime.name) : undefined,
      handler: escapeTemplate(handler),
      memSize: p.memorySize ?? 128,
      timeout: p.timeout ?? 3,
      description: escapeTemplate(p.description),
      environment: escapeTemplateMap(withCodeEnvironment(p.environment, code)),
      tags: escapeTemplateMap(p.tags),
      role: escapeTemplate(p.role),
      // A wrong type is reported by the checks above; it is not rendered (resolving it would fail first).
      vpcId: escapeTemplate(stringOrUndefined(p.vpc?.vpcId)),
      subnetId: escapeTemplate(stringOrUndefined(p.vpc?.subnetId)),
      enablePublicNet: p.publicNetwork ?? p.vpc === undefined,
      zipFile: code.zipFile,
      cosBucketName: code.cosBucketName,
      cosObjectName: code.cosObjectName,
      cosBucketRegion: code.cosBucketRegion,
      provider: this.provider,
    });
    registerOwnedFunction(this, this.resource);
    // A subclass may say otherwise about its region.
    if (new.target === CloudFunction) registerRegionFromProvider(this, this.provider);
    // A reference, so that everything naming the function (its triggers) is created after it.
    this.functionName = this.resource.name;
    problems.attach(this, () => (p.code instanceof FunctionCode ? [...codeSourceProblems(p.code)] : []));
    this.layers = applyFunctionSettings(this, this.resource, p, p.runtime, typeof p.memorySize === 'number' ? p.memorySize : 128);
  }

  /** Bind more layer versions to the function, after those of the `layers` prop (at most 5 in all). */
  public addLayers(...layers: ILayerVersion[]): void {
    this.layers.add(layers, 'addLayers()');
  }

  /** Set how SCF retries a failed asynchronous invocation (every COS event is one). At most once per function. */
  public configureAsyncInvoke(options: AsyncInvokeOptions): FunctionAsyncInvokeConfig {
    if (this.node.tryFindChild('AsyncInvokeConfig')) {
      throw new CosEventsError([{ path: this.node.path, message: 'configureAsyncInvoke() was already called for this function: SCF keeps one retry policy per function. Pass every setting in one call.' }]);
    }
    return new FunctionAsyncInvokeConfig(this, 'AsyncInvokeConfig', { ...options, function: this });
  }

  /** The function's region, when its provider names one. */
  public get region(): string | undefined {
    return providerRegion(this, this.provider);
  }

  public addToRolePolicy(statement: CamPolicyStatement): void {
    if (this.externalRole !== undefined) {
      throw new CosEventsError([{ path: this.node.path, message: `cannot grant permissions: the function runs as the existing CAM role ${quote(this.externalRole)}, which this stack does not manage. Attach a policy to that role yourself, or leave 'role' unset so that a role is created.` }]);
    }
    const problem = checkStatement(statement);
    if (problem) throw new CosEventsError([{ path: this.node.path, message: `addToRolePolicy(statement): ${problem}` }]);
    if (!this.role) {
      this.role = new FunctionRole(this, 'Role', { provider: this.provider });
      this.resource.role = this.role.roleName;
    }
    this.role.addStatement(statement);
  }

  /**
   * A version that is published again whenever the function's code or configuration changes (child
   * `CurrentVersion`, created on first use): its `replace_triggered_by` names a `terraform_data` holding the
   * SHA-256 of the function's rendered attributes (code package path, runtime, handler, memory, environment, ...;
   * not its triggers or tags), and the new version is published after the function is updated and before the
   * previous one is deleted. Code from a COS object is tracked by its key only: upload changed code under a new key.
   */
  public get currentVersion(): FunctionVersion {
    return currentVersionOf(this);
  }

  /**
   * Publishes a version of the function as it is when the version is created; later changes of the function do
   * not change it (see `currentVersion` for one that follows).
   * @param id the version's construct id under the function, e.g. `V1`
   * @param options the version's description
   */
  public addVersion(id: string, options: FunctionVersionOptions = {}): FunctionVersion {
    return addVersionTo(this, id, options);
  }

  /**
   * Adds an alias of this function (child `Alias-<aliasName>`).
   * @param aliasName 1 to 64 letters, digits, '_' and '-', starting with a letter
   * @param options the version(s) it routes to and its description
   */
  public addAlias(aliasName: string, options: FunctionAliasOptions): FunctionAlias {
    return addAliasTo(this, aliasName, options);
  }

  private checkEnvironment(environment: { [key: string]: string } | undefined): string[] {
    if (!environment || typeof environment !== 'object' || isUnresolved(environment)) return [];
    const problems: string[] = [];
    for (const [key, value] of Object.entries(environment)) {
      if (CREDENTIAL_VARIABLES.includes(key.toUpperCase())) {
        problems.push(`environment variable ${quote(key)} would put cloud credentials in the function configuration and the Terraform state. SCF provides temporary credentials of the function's role: grant access with bucket.grantRead(fn) and friends.`);
      } else if (/SECRET|PASSWORD|PASSWD|PRIVATE_KEY|TOKEN/i.test(key) && typeof value === 'string' && value !== '' && !isUnresolved(value)) {
        Annotations.of(this).addWarning(`environment variable ${quote(key)} looks like a secret written in code; it ends up in the Terraform state. Prefer a secret store or the function's role.`);
      }
    }
    return problems;
  }
}

/** An existing function, referenced by name. */
class ImportedFunction extends Construct implements ICloudFunction {
  public readonly functionName: string;
  public readonly namespace: string;
  public readonly provider?: TerraformProvider;
  private readonly explicitRegion?: string;

  constructor(scope: Construct, id: string, attrs: CloudFunctionAttributes, what: string) {
    super(...constructArgs(scope, id, what));
    const problems = new Problems();
    const a = propsObject(attrs, problems, { name: 'attributes', example: "{ functionName: 'resizer' }" });
    // Wrong types are reported below; the construct keeps working with strings.
    this.functionName = typeof a.functionName === 'string' ? a.functionName : '';
    this.namespace = typeof a.namespace === 'string' ? a.namespace : 'default';
    this.provider = isTencentcloudProvider(a.provider) ? a.provider : undefined;
    this.explicitRegion = stringOrUndefined(a.region);
    const regionType = checkType('region', a.region, 'string');
    if (regionType) problems.add(regionType);
    else problems.addAll(checkRegionName(a.region));
    if (a.functionName === undefined) problems.add("'functionName' is required: the name of the existing function, e.g. 'resizer'.");
    else problems.addAll(checkFunctionName(a.functionName));
    problems.addAll(checkNamespace(a.namespace ?? 'default', a.functionName));
    problems.add(checkProvider(a.provider));
    problems.attach(this, () => {
      // Triggers are created through the provider (a trigger has no region of its own), so both must agree.
      const providerRegionName = providerRegion(this, this.provider);
      const r = this.explicitRegion;
      return typeof r === 'string' && !isUnresolved(r) && providerRegionName !== undefined && r !== providerRegionName
        ? [`region ${quote(r)} differs from the region of the function's provider (${quote(providerRegionName)}), which its triggers are created with. Pass a tencentcloud provider for ${quote(r)} as 'provider'.`]
        : [];
    });
  }

  public get region(): string | undefined {
    return this.explicitRegion ?? providerRegion(this, this.provider);
  }

  public addToRolePolicy(_statement: CamPolicyStatement): void {
    throw new CosEventsError([{ path: this.node.path, message: `cannot grant permissions to the imported function ${quote(this.functionName)}: its role is not managed by this stack. Attach a policy to its role yourself.` }]);
  }
}

/** The problem of a policy statement: lists of strings (or tokens) for actions and resources, at least one each. */
function checkStatement(statement: unknown): string | undefined {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) {
    return `a statement must be an object like { actions: ['name/cos:GetObject'], resources: ['qcs::cos:...'] }, got ${describeValue(statement)}.`;
  }
  const s = statement as { actions?: unknown; resources?: unknown };
  for (const [prop, value] of [['actions', s.actions], ['resources', s.resources]] as const) {
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string')) {
      return `'${prop}' must be a non-empty array of strings, got ${describeValue(value)}.`;
    }
  }
  return undefined;
}

function checkRange(prop: string, value: unknown, min: number, max: number, step: number, unit: string): string[] {
  if (value === undefined || isUnresolved(value)) return [];
  if (typeof value !== 'number' || !Number.isFinite(value)) return [`'${prop}' must be a number of ${unit}, got ${describeType(value)} ${quote(value)}.`];
  if (value < min || value > max || value % step !== 0 || !Number.isInteger(value)) {
    const stepText = step > 1 ? ` in steps of ${step}` : ', a whole number';
    return [`'${prop}' ${value} is out of range: SCF allows ${min} to ${max} ${unit}${stepText}.`];
  }
  return [];
}
