import { Op, Token } from 'cdktf';
import type * as scfProvisioned from 'cdktf-tencentcloud-cos-events-provider/lib/scf-provisioned-concurrency-config';
import { Construct } from 'constructs';
import type { ICloudFunction } from './function-ref';
import * as bindings from './private/bindings';
import { functionProblem } from './private/contracts';
import { escapeTemplate } from './private/template-escape';
import { Problems, constructArgs, describeValue, isUnresolved, propsObject, quote } from './validation';

/** Properties of provisioned concurrency for one published version of a function. */
export interface ProvisionedConcurrencyProps {
  /** The function (of this stack or imported). */
  readonly function: ICloudFunction;
  /**
   * The published version to keep warm, e.g. `'1'` (or a reference to a version's number). SCF provisions
   * published versions only: not `$LATEST`.
   */
  readonly qualifier: string;
  /** How many instances SCF keeps started for that version: a whole number, 1 or more. */
  readonly provisionedConcurrency: number;
}

/**
 * Instances SCF keeps started for one published version of a function, so that events do not wait for a cold
 * start (`tencentcloud_scf_provisioned_concurrency_config`). Every setting forces a new resource: changing the
 * count or the version replaces it. The sum over all versions is limited by the account's concurrency quota.
 * The provider reads back the number of instances already started: until SCF has started them all, a plan
 * shows the resource replaced.
 *
 * @example
 * new ProvisionedConcurrency(stack, 'Warm', { function: fn, qualifier: '3', provisionedConcurrency: 2 });
 */
export class ProvisionedConcurrency extends Construct {
  /** The underlying `tencentcloud_scf_provisioned_concurrency_config` resource. */
  public readonly resource: scfProvisioned.ScfProvisionedConcurrencyConfig;

  constructor(scope: Construct, id: string, props: ProvisionedConcurrencyProps) {
    super(...constructArgs(scope, id, 'ProvisionedConcurrency'));
    const problems = new Problems();
    const p = propsObject(props, problems, { example: "{ function: fn, qualifier: '1', provisionedConcurrency: 2 }" });
    const fnMessage = functionProblem('function', p.function);
    problems.add(fnMessage);
    const fn = fnMessage === undefined ? p.function : undefined;
    problems.addAll(checkQualifier(p.qualifier));
    problems.addAll(checkCount('provisionedConcurrency', p.provisionedConcurrency, 1, 'a whole number of instances, 1 or more'));
    problems.attach(this);
    this.resource = new (bindings.ScfProvisionedConcurrencyConfig())(this, 'Resource', {
      functionName: fn?.functionName ?? '',
      namespace: fn?.namespace,
      qualifier: typeof p.qualifier === 'string' ? escapeTemplate(p.qualifier) : '',
      versionProvisionedConcurrencyNum: typeof p.provisionedConcurrency === 'number' ? p.provisionedConcurrency : 0,
      provider: fn?.provider,
    });
  }
}

/**
 * Renders a function's reserved concurrency (`tencentcloud_scf_reserved_concurrency_config`). SCF reserves
 * memory, not instances: `reserved_concurrency_mem` is the instance count times the function's memory size.
 * Not exported from the package root.
 */
export function reserveConcurrency(fn: ICloudFunction, memorySize: number, count: unknown, problems: Problems): void {
  if (count === undefined) return;
  const countProblems = checkCount('reservedConcurrency', count, 0, 'a whole number of instances, 0 or more');
  problems.addAll(countProblems);
  if (countProblems.length > 0 || typeof count !== 'number') return;
  // Known numbers are multiplied here, so that the plan shows the amount; a token is multiplied by Terraform.
  const mem = Token.isUnresolved(count) || Token.isUnresolved(memorySize) ? Token.asNumber(Op.mul(count, memorySize)) : count * memorySize;
  new (bindings.ScfReservedConcurrencyConfig())(fn, 'ReservedConcurrency', {
    functionName: fn.functionName,
    namespace: fn.namespace,
    reservedConcurrencyMem: mem,
    provider: fn.provider,
  });
}

function checkQualifier(qualifier: unknown): string[] {
  if (isUnresolved(qualifier)) return [];
  if (typeof qualifier === 'string' && /^[1-9][0-9]*$/.test(qualifier)) return [];
  const why = qualifier === '$LATEST' ? 'is the unpublished code, which SCF does not provision' : 'is not a published version number';
  return [`qualifier ${typeof qualifier === 'string' ? quote(qualifier) : describeValue(qualifier)} ${why}. Give the number of a published version, e.g. '1'.`];
}

function checkCount(prop: string, value: unknown, min: number, allowed: string): string[] {
  if (isUnresolved(value)) return [];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return [];
  return [`'${prop}' ${typeof value === 'number' ? value : describeValue(value)} is not allowed: give ${allowed}.`];
}
