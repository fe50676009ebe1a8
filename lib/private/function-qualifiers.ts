// What a rule needs to know about a function version or alias it targets: the function it belongs to, the
// qualifier its triggers name, and how messages describe it. Kept here (not read from the constructs through
// casts) so that any ICloudFunction stays a plain function target.
import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import type { ICloudFunction } from '../function-ref';

/** A version or alias of a function, as a trigger target. */
export interface QualifiedFunction {
  /** The function the version or alias belongs to. */
  readonly function: ICloudFunction;
  /** The trigger's qualifier: the version number or the alias name (a reference, so that it is created first). */
  readonly qualifier: string;
  /** The resource and attribute the qualifier refers to, e.g. the alias's `name`. */
  readonly resource: TerraformResource;
  readonly attribute: string;
  /** The qualifier's literal value when known at synth time (an alias's name), for matching synthesized triggers. */
  readonly name?: string;
  /** How messages name it, e.g. `alias [app/Fn/Alias-live]`. */
  readonly label: string;
}

const qualified = new WeakMap<IConstruct, QualifiedFunction>();

/** Records that `target` stands for a version or alias of a function. */
export function registerQualifiedFunction(target: IConstruct, q: QualifiedFunction): void {
  qualified.set(target, q);
}

/** The version or alias `target` stands for, when it is one. */
export function qualifiedFunctionOf(target: unknown): QualifiedFunction | undefined {
  return typeof target === 'object' && target !== null ? qualified.get(target as IConstruct) : undefined;
}
