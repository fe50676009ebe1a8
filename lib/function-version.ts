import { createHash } from 'crypto';
import { IResolveContext, Lazy, TerraformProvider } from 'cdktf';
import type * as scfFunction from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function';
import type * as scfFunctionVersion from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-version';
import { Construct } from 'constructs';
import type { CamPolicyStatement, ICloudFunction } from './function-ref';
import * as bindings from './private/bindings';
import { functionProblem } from './private/contracts';
import { checkWellFormed } from './private/deploy-checks';
import { registerQualifiedFunction } from './private/function-qualifiers';
import { escapeTemplate } from './private/template-escape';
import { TerraformData } from './private/terraform-data';
import { CosEventsError, Problems, checkType, constructArgs, describeValue, isUnresolved, propsObject } from './validation';

/** Options of a published version. */
export interface FunctionVersionOptions {
  /**
   * The version's description. Changing it publishes a new version (the provider replaces the resource).
   * @default 'Published by Terraform' (a description is always sent, so that SCF reports back what was written)
   */
  readonly description?: string;
}

/** Properties of a published version. */
export interface FunctionVersionProps extends FunctionVersionOptions {
  /** The function to publish a version of (created by the stack or imported). */
  readonly function: ICloudFunction;
}

/** The description a version gets when none is given. */
export const DEFAULT_VERSION_DESCRIPTION = 'Published by Terraform';

/**
 * What a published version and an alias share: each stands for its function as a rule's target (its triggers are
 * the function's, qualified by the version or alias) and as a grantee (it runs as the function's role).
 */
export abstract class QualifiedFunctionBase extends Construct implements ICloudFunction {
  /** The function this version or alias belongs to. */
  public abstract readonly function: ICloudFunction;

  /** The function's name. */
  public get functionName(): string {
    return this.function.functionName;
  }

  /** The function's namespace. */
  public get namespace(): string {
    return this.function.namespace;
  }

  /** The function's region, when known at synth time. */
  public get region(): string | undefined {
    return this.function.region;
  }

  /** The function's provider. */
  public get provider(): TerraformProvider | undefined {
    return this.function.provider;
  }

  /** Adds the statement to the policy of the function's role (a version or alias runs as its function's role). */
  public addToRolePolicy(statement: CamPolicyStatement): void {
    this.function.addToRolePolicy(statement);
  }
}

/**
 * A published, immutable version of an SCF function (`tencentcloud_scf_function_version`, the PublishVersion
 * action): a snapshot of the function's code and configuration at the time it is created, numbered by SCF
 * (`1`, `2`, ...). `version` is that number, known at apply time.
 *
 * A version is published once: later changes to the function do not change it. Use `fn.currentVersion` for a
 * version that follows the function. Every attribute of the resource forces a replacement, and a replaced
 * version is created before the old one is deleted (`create_before_destroy`), so that aliases and triggers
 * that refer to it move to the new version first.
 *
 * A version can be the target of an `EventRule` or of a bucket notification: its triggers invoke that version
 * (qualifier = the version number). Such a trigger is replaced when the version is.
 *
 * @example
 * const v1 = fn.addVersion('V1', { description: 'first release' });
 * new FunctionAlias(stack, 'Live', { aliasName: 'live', version: v1 });
 */
export class FunctionVersion extends QualifiedFunctionBase {
  /** The function this is a version of. */
  public readonly function: ICloudFunction;
  /** The underlying `tencentcloud_scf_function_version` resource. */
  public readonly resource: scfFunctionVersion.ScfFunctionVersion;
  /** The version number SCF assigns, e.g. `3` (a reference, known at apply time). */
  public readonly version: string;

  constructor(scope: Construct, id: string, props: FunctionVersionProps) {
    super(...constructArgs(scope, id, 'FunctionVersion'));
    const problems = new Problems();
    const p = propsObject(props, problems, { example: '{ function: fn }' });
    const fnMessage = functionProblem('function', p.function);
    problems.add(fnMessage);
    const fnOk = fnMessage === undefined;
    problems.addAll(checkDescription(p.description));
    this.function = p.function;
    const description = typeof p.description === 'string' ? p.description : DEFAULT_VERSION_DESCRIPTION;

    this.resource = new (bindings.ScfFunctionVersion())(this, 'Resource', {
      functionName: fnOk ? p.function.functionName : '',
      // Always sent: the provider reads the namespace back and replaces the version when it differs from the config.
      namespace: fnOk ? p.function.namespace : undefined,
      description: escapeTemplate(description),
      provider: fnOk ? p.function.provider : undefined,
      lifecycle: { createBeforeDestroy: true },
    });
    this.version = this.resource.functionVersion;
    if (fnOk) {
      registerQualifiedFunction(this, {
        function: p.function, qualifier: this.version, resource: this.resource, attribute: 'function_version', label: `version [${this.node.path}]`,
      });
    }
    problems.attach(this);
  }
}

/** A function of this stack: what publishing its versions needs of a `CloudFunction`. */
interface OwnedFunction extends ICloudFunction {
  readonly resource: scfFunction.ScfFunction;
}

/** Publishes a version of `fn` (child `id`). Not exported from the package root. */
export function addVersionTo(fn: OwnedFunction, id: string, options: FunctionVersionOptions): FunctionVersion {
  if (typeof options !== 'object' || options === null) {
    throw new CosEventsError([{ path: fn.node.path, message: `addVersion(): options must be an object like { description: 'first release' }, got ${describeValue(options)}.` }]);
  }
  return new FunctionVersion(fn, id, { ...options, function: fn });
}

/** Id of the version `currentVersionOf` creates under its function. */
const CURRENT_VERSION_ID = 'CurrentVersion';

/**
 * The function's current version, created on first use: a `FunctionVersion` whose resource is replaced
 * (`replace_triggered_by`) whenever a `terraform_data` (child `Configuration`) holding the SHA-256 of the
 * function's rendered configuration changes. Not exported from the package root.
 */
export function currentVersionOf(fn: OwnedFunction): FunctionVersion {
  const existing = fn.node.tryFindChild(CURRENT_VERSION_ID);
  if (existing instanceof FunctionVersion) return existing;
  const version = new FunctionVersion(fn, CURRENT_VERSION_ID, { function: fn, description: 'Current version, published again when the function changes' });
  const configuration = new TerraformData(version, 'Configuration', {
    function_sha256: Lazy.stringValue({ produce: (context) => configurationHash(fn, context) }),
  });
  version.resource.lifecycle = {
    createBeforeDestroy: true,
    replaceTriggeredBy: [`${configuration.terraformResourceType}.${configuration.friendlyUniqueId}`],
  };
  return version;
}

/**
 * Keys of the function's resource that are not part of what a version snapshots: the COS triggers (created
 * through other calls), tags and Terraform meta-arguments.
 */
const NOT_SNAPSHOTTED = new Set(['//', 'triggers', 'tags', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner']);

/** SHA-256 of the function resource's attributes as they are rendered (references as their expressions). */
function configurationHash(fn: OwnedFunction, context: IResolveContext): string {
  const rendered = context.resolve(fn.resource.toTerraform()) as { resource?: { [type: string]: { [id: string]: { [key: string]: unknown } } } };
  const attributes = Object.values(rendered.resource?.[fn.resource.terraformResourceType] ?? {})[0] ?? {};
  const kept = Object.fromEntries(Object.entries(attributes).filter(([key]) => !NOT_SNAPSHOTTED.has(key)));
  return createHash('sha256').update(canonicalJson(kept)).digest('hex');
}

/** JSON with object keys sorted, so that the hash does not depend on the order attributes were set in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as { [key: string]: unknown })[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function checkDescription(description: unknown): string[] {
  if (description === undefined || isUnresolved(description)) return [];
  const t = checkType('description', description, 'string');
  if (t) return [t];
  if (description === '') {
    return ["'description' is empty: the provider then sends none and the description SCF reports back is not documented. Leave it out for the default, or write one."];
  }
  return checkWellFormed('description', description);
}
