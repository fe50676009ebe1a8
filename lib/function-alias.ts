import type * as scfFunctionAlias from 'cdktf-tencentcloud-cos-events-provider/lib/scf-function-alias';
import { Construct, IConstruct } from 'constructs';
import type { ICloudFunction } from './function-ref';
import { FunctionVersion, QualifiedFunctionBase } from './function-version';
import * as bindings from './private/bindings';
import { functionProblem, isCloudFunction } from './private/contracts';
import { checkWellFormed } from './private/deploy-checks';
import { registerQualifiedFunction } from './private/function-qualifiers';
import { escapeTemplate } from './private/template-escape';
import { TerraformData } from './private/terraform-data';
import { CosEventsError, Problems, checkType, constructArgs, describeValue, isUnresolved, propsObject, quote } from './validation';

/** A version that receives a share of an alias's invocations besides its main version. */
export interface VersionWeight {
  /** The version: a `FunctionVersion` of the alias's function, or a version number such as `'2'`. */
  readonly version: FunctionVersion | string;
  /** The share of invocations it receives, greater than 0 and less than 1 (e.g. `0.1` for 10%). */
  readonly weight: number;
}

/** Options of an alias added with `fn.addAlias`. */
export interface FunctionAliasOptions {
  /** The main version the alias routes to: a `FunctionVersion` of the function, `'$LATEST'`, or a version number such as `'1'`. */
  readonly version: FunctionVersion | string;
  /**
   * One other version that receives a share of the invocations (SCF allows one); the main version gets the rest.
   * @default - every invocation goes to `version`
   */
  readonly additionalVersionWeights?: VersionWeight[];
  /**
   * A description. The alias's description in SCF is this text followed by ` (routes to version <version>)`.
   * @default - 'Routes to version <version>'
   */
  readonly description?: string;
}

/** Properties of an alias. */
export interface FunctionAliasProps extends FunctionAliasOptions {
  /** The alias name: 1 to 64 letters, digits, '_' and '-', starting with a letter; unique within the function. */
  readonly aliasName: string;
  /**
   * The function the alias belongs to.
   * @default - the function of `version` (required when `version` is a string)
   */
  readonly function?: ICloudFunction;
}

/** The SCF API's alias name rule (CreateAlias.Name). */
const ALIAS_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** What an alias can route to: `$LATEST` or a published version number. */
const VERSION = /^(\$LATEST|[1-9][0-9]*)$/;
/** CreateAlias/UpdateAlias.RoutingConfig: "at most one additional version per alias". */
const MAX_ADDITIONAL_VERSIONS = 1;

/**
 * A named pointer to a version of an SCF function (`tencentcloud_scf_function_alias`), optionally sending a share
 * of the invocations to one other version for a gradual roll-out. Target it with rules (`EventRule`, bucket
 * notifications): the triggers name the alias, so a roll-out moves the alias and never touches a trigger.
 *
 * Rendering, and why: the provider (1.83.25) sends UpdateAlias only when `description` or `routing_config`
 * changes, so a change of the main version alone would never reach SCF. The rendered description therefore ends
 * with the main version (`... (routes to version 3)`): shifting the alias changes it, and the provider sends the
 * new version with it. The provider also updates an alias in place when its name, function or namespace changes
 * (it keeps using the old ones); a `terraform_data` (child `Identity`) holding them is in the alias's
 * `replace_triggered_by`, so such a change replaces the alias instead.
 *
 * @example
 * const alias = fn.addAlias('live', { version: fn.currentVersion });
 * bucket.onObjectCreated(alias, { prefix: 'uploads/' });
 */
export class FunctionAlias extends QualifiedFunctionBase {
  /** The function the alias belongs to. */
  public readonly function: ICloudFunction;
  /** The alias name, as given. */
  public readonly aliasName: string;
  /** The underlying `tencentcloud_scf_function_alias` resource. */
  public readonly resource: scfFunctionAlias.ScfFunctionAlias;

  constructor(scope: Construct, id: string, props: FunctionAliasProps) {
    super(...constructArgs(scope, id, 'FunctionAlias'));
    const problems = new Problems();
    const p = propsObject(props, problems, { example: "{ aliasName: 'live', version: fn.currentVersion }" });

    const fn = p.function ?? (p.version instanceof FunctionVersion ? p.version.function : undefined);
    const fnMessage = p.function !== undefined ? functionProblem('function', p.function) : undefined;
    const fnOk = isCloudFunction(fn);
    if (fnMessage) {
      problems.add(fnMessage);
    } else if (!fnOk) {
      problems.add(`'function' is required when 'version' is not a FunctionVersion (got ${describeValue(p.version)}): give the function the alias belongs to.`);
    }
    problems.addAll(checkAliasName(p.aliasName));
    problems.addAll(checkVersion("'version'", p.version, fnOk ? fn : undefined));
    const weights = checkWeights(p.additionalVersionWeights, p.version, fnOk ? fn : undefined, problems);
    if (p.description !== undefined && !isUnresolved(p.description)) {
      const t = checkType('description', p.description, 'string');
      if (t) problems.add(t);
      else problems.addAll(checkWellFormed('description', p.description));
    }
    this.function = fn as ICloudFunction;
    this.aliasName = p.aliasName;
    if (fnOk && typeof p.aliasName === 'string') problems.addAll(claimName(fn, p.aliasName, this));

    const main = versionString(p.version);
    const described = typeof p.description === 'string' ? `${p.description} (routes to version ${main})` : `Routes to version ${main}`;
    const identity = new TerraformData(this, 'Identity', {
      name: escapeTemplate(typeof p.aliasName === 'string' ? p.aliasName : ''),
      function_name: fnOk ? fn.functionName : '',
      namespace: fnOk ? fn.namespace : '',
    });
    this.resource = new (bindings.ScfFunctionAlias())(this, 'Resource', {
      name: escapeTemplate(typeof p.aliasName === 'string' ? p.aliasName : ''),
      functionName: fnOk ? fn.functionName : '',
      namespace: fnOk ? fn.namespace : undefined,
      functionVersion: escapeTemplate(main),
      description: escapeTemplate(described),
      routingConfig: weights.length
        ? { additionalVersionWeights: weights.map((w) => ({ version: escapeTemplate(versionString(w.version)), weight: w.weight })) }
        : undefined,
      provider: fnOk ? fn.provider : undefined,
      lifecycle: { replaceTriggeredBy: [`${identity.terraformResourceType}.${identity.friendlyUniqueId}`] },
    });
    // A reference, so that triggers naming the alias are created after it; the name does not change when the
    // alias moves to another version, so neither do those triggers.
    if (fnOk) {
      registerQualifiedFunction(this, {
        function: fn,
        qualifier: this.resource.name,
        resource: this.resource,
        attribute: 'name',
        name: typeof p.aliasName === 'string' && !isUnresolved(p.aliasName) ? p.aliasName : undefined,
        label: `alias [${this.node.path}]`,
      });
    }
    problems.attach(this);
  }
}

/**
 * Adds an alias named `aliasName` under `fn` (id `Alias-<aliasName>`). Not exported from the package root.
 */
export function addAliasTo(fn: ICloudFunction & Construct, aliasName: string, options: FunctionAliasOptions): FunctionAlias {
  if (typeof aliasName !== 'string' || isUnresolved(aliasName) || aliasName === '' || aliasName.includes('/')) {
    throw new CosEventsError([{
      path: fn.node.path,
      message: `addAlias(): the alias name must be a literal string (it is part of the construct id 'Alias-<name>'), got ${describeValue(aliasName)}. ` +
        'For a name known only at apply time, use new FunctionAlias(scope, id, { aliasName, function, version }).',
    }]);
  }
  const o = (typeof options === 'object' && options !== null ? options : {}) as FunctionAliasOptions;
  if (o !== options) {
    throw new CosEventsError([{ path: fn.node.path, message: `addAlias(): options must be an object like { version: fn.currentVersion }, got ${describeValue(options)}.` }]);
  }
  return new FunctionAlias(fn, `Alias-${aliasName}`, { ...o, aliasName, function: fn });
}

function checkAliasName(name: unknown): string[] {
  if (isUnresolved(name)) return [];
  if (typeof name !== 'string') return [`'aliasName' must be a string, got ${describeValue(name)}.`];
  if (ALIAS_NAME.test(name)) return [];
  return [`alias name ${quote(name)} is not valid: SCF allows 1 to 64 letters, digits, '_' and '-', starting with a letter.`];
}

/** The version as the alias renders it: the version number (a reference for a FunctionVersion) or the string. */
function versionString(version: unknown): string {
  if (version instanceof FunctionVersion) return version.version;
  return typeof version === 'string' ? version : '';
}

/** Every rule a version of the alias breaks; `label` names the prop, e.g. `'version'`. */
function checkVersion(label: string, version: unknown, fn: ICloudFunction | undefined): string[] {
  if (version instanceof FunctionVersion) {
    return fn && !sameFunction(version.function, fn)
      ? [`${label} [${version.node.path}] is a version of [${version.function.node.path}], not of the alias's function [${fn.node.path}]: an alias routes to versions of its own function.`]
      : [];
  }
  if (isUnresolved(version)) return [];
  if (typeof version !== 'string') return [`${label} must be a FunctionVersion or a version string such as '1', got ${describeValue(version)}.`];
  if (VERSION.test(version)) return [];
  return [`${label} ${quote(version)} is not a function version: an alias routes to '$LATEST' or a published version number such as '1'.`];
}

function checkWeights(value: unknown, main: unknown, fn: ICloudFunction | undefined, problems: Problems): VersionWeight[] {
  if (value === undefined) return [];
  if (isUnresolved(value) || !Array.isArray(value)) {
    problems.add(`'additionalVersionWeights' must be an array like [{ version: v2, weight: 0.1 }], got ${describeValue(value)}.`);
    return [];
  }
  if (value.length > MAX_ADDITIONAL_VERSIONS) {
    problems.add(`'additionalVersionWeights' lists ${value.length} versions; SCF routes an alias to its main version and at most ${MAX_ADDITIONAL_VERSIONS} other version.`);
  }
  const ok: VersionWeight[] = [];
  value.forEach((w: unknown, i: number) => {
    const at = `additionalVersionWeights[${i}]`;
    if (typeof w !== 'object' || w === null) {
      problems.add(`'${at}' must be an object like { version: v2, weight: 0.1 }, got ${describeValue(w)}.`);
      return;
    }
    const { version, weight } = w as VersionWeight;
    const before = problems.list.length;
    problems.addAll(checkVersion(`'${at}.version'`, version, fn));
    if (sameVersion(version, main)) {
      problems.add(`'${at}.version' is the alias's main version ${version instanceof FunctionVersion ? `[${version.node.path}]` : quote(version)}: the additional version must be another one.`);
    }
    if (!isUnresolved(weight)) {
      if (typeof weight !== 'number' || !Number.isFinite(weight)) {
        problems.add(`'${at}.weight' must be a number between 0 and 1, got ${describeValue(weight)}.`);
      } else if (weight <= 0 || weight >= 1) {
        problems.add(`'${at}.weight' ${weight} is out of range: the share of the additional version must be greater than 0 and less than 1 (the main version gets the rest; to send everything to one version, make it the main version).`);
      }
    }
    if (problems.list.length === before) ok.push(w as VersionWeight);
  });
  return ok;
}

function sameVersion(a: unknown, b: unknown): boolean {
  if (a instanceof FunctionVersion || b instanceof FunctionVersion) return a === b;
  return typeof a === 'string' && typeof b === 'string' && !isUnresolved(a) && a === b;
}

/** The same function: the same construct, or the same literal name and namespace with the same provider. */
function sameFunction(a: ICloudFunction, b: ICloudFunction): boolean {
  if (a === b) return true;
  const literal = (s: unknown) => typeof s === 'string' && !isUnresolved(s);
  return literal(a.functionName) && literal(a.namespace) && a.functionName === b.functionName && a.namespace === b.namespace &&
    a.provider === b.provider;
}

/** Alias names per function construct, to report two aliases of one name. */
const aliasNames = new WeakMap<IConstruct, Map<string, string>>();

function claimName(fn: ICloudFunction, name: string, alias: FunctionAlias): string[] {
  if (isUnresolved(name)) return [];
  let names = aliasNames.get(fn);
  if (!names) {
    names = new Map();
    aliasNames.set(fn, names);
  }
  const other = names.get(name);
  if (other !== undefined) return [`alias name ${quote(name)} is already used by [${other}] for function [${fn.node.path}]: alias names are unique within a function.`];
  names.set(name, alias.node.path);
  return [];
}
