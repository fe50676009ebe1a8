// What a construct learns from its tencentcloud provider: the region, the alias and `cos_domain`. Read from the
// provider block as it is synthesized (attributes, overrides, alias), so that any provider class works the same:
// these bindings, bindings generated with `cdktf get` into `.gen/`, or a hand-written TerraformProvider.
import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved, quote } from '../validation';

const PROVIDER_TYPE = 'tencentcloud';
const defaultProviders = new WeakMap<TerraformStack, TerraformProvider>();
const REGION_PATTERN = /^[a-z]{2,}-[a-z]+(-[a-z0-9]+)*$/;

/** A value of the provider block: a literal string, a value known only at apply time, or absent. */
export type ProviderValue = { readonly kind: 'literal'; readonly value: string } | { readonly kind: 'unknown' } | { readonly kind: 'absent' };

/** True for any TerraformProvider whose Terraform type is `tencentcloud`, whatever its class. */
export function isTencentcloudProvider(x: unknown): x is TerraformProvider {
  return TerraformProvider.isTerraformProvider(x) && (x as TerraformProvider).terraformResourceType === PROVIDER_TYPE;
}

/** The provider block as Terraform receives it: synthesized attributes with overrides and the alias. */
function providerBlock(provider: TerraformProvider): { [key: string]: unknown } {
  let block: unknown;
  try {
    block = (provider.toTerraform() as { provider?: { [type: string]: unknown[] } }).provider?.[provider.terraformResourceType]?.[0];
  } catch {
    // A provider whose synthesis fails reports that itself when the stack is synthesized.
    block = undefined;
  }
  return typeof block === 'object' && block !== null ? (block as { [key: string]: unknown }) : {};
}

/** One attribute of the provider block (snake_case name). */
export function providerValue(provider: TerraformProvider, attribute: string): ProviderValue {
  return valueIn(providerBlock(provider), attribute);
}

function valueIn(block: { [key: string]: unknown }, attribute: string): ProviderValue {
  const value = block[attribute];
  if (value === undefined || value === null) return { kind: 'absent' };
  if (typeof value === 'string' && !isUnresolved(value)) return { kind: 'literal', value };
  return { kind: 'unknown' };
}

/** Provider blocks read by the checks of the validation run under way, per stack (see `shareProviderBlocksInChecks`). */
const checkRuns = new WeakMap<TerraformStack, Map<TerraformProvider, { [key: string]: unknown }>>();
const runStarts = new WeakSet<TerraformStack>();

/**
 * Lets the checks of `scope`'s stack read each provider block once per validation run instead of once per check (a
 * provider block is the provider synthesized, some forty attributes for the tencentcloud provider, and a stack has
 * checks per rule). cdktf validates a stack in one synchronous pass over its tree, the stack itself first, once the
 * tree is complete; nothing in that pass changes a provider. A validation added to the stack starts each run with an
 * empty cache, which is dropped when the pass's synchronous work is over.
 */
export function shareProviderBlocksInChecks(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (runStarts.has(stack)) return;
  runStarts.add(stack);
  stack.node.addValidation({
    validate: () => {
      const blocks = new Map<TerraformProvider, { [key: string]: unknown }>();
      checkRuns.set(stack, blocks);
      queueMicrotask(() => {
        if (checkRuns.get(stack) === blocks) checkRuns.delete(stack);
      });
      return [];
    },
  });
}

/**
 * `providerValue` for a check of `scope` (call from validations only): the block is read once per validation run of
 * the stack when the stack shares provider blocks (`shareProviderBlocksInChecks`), otherwise every time.
 */
export function providerValueInCheck(scope: IConstruct, provider: TerraformProvider, attribute: string): ProviderValue {
  const blocks = checkRuns.get(TerraformStack.of(scope));
  if (!blocks) return providerValue(provider, attribute);
  let block = blocks.get(provider);
  if (!block) {
    block = providerBlock(provider);
    blocks.set(provider, block);
  }
  return valueIn(block, attribute);
}

/** The provider's alias as synthesized, or undefined for a default (alias-free) provider. */
function aliasOf(provider: TerraformProvider): string | undefined {
  const alias = providerBlock(provider).alias ?? provider.alias;
  return alias === undefined || alias === null || alias === '' ? undefined : String(alias);
}

/**
 * The stack's default (alias-free) tencentcloud provider. Looked up once per stack, and only at synth time
 * (when the construct tree is complete).
 */
function defaultProvider(scope: IConstruct): TerraformProvider | undefined {
  const stack = TerraformStack.of(scope);
  let found = defaultProviders.get(stack);
  if (found === undefined) {
    found = stack.node.findAll().find((c): c is TerraformProvider => isTencentcloudProvider(c) && aliasOf(c) === undefined);
    // Only a found provider is remembered: one may still be added while the tree is being built.
    if (found) defaultProviders.set(stack, found);
  }
  return found;
}

/** The provider a construct deploys with: the explicit one, or the stack's default tencentcloud provider. */
export function effectiveProvider(scope: IConstruct, explicit?: TerraformProvider): TerraformProvider | undefined {
  return isTencentcloudProvider(explicit) ? explicit : defaultProvider(scope);
}

/**
 * The region a construct deploys to, known at synth time: its provider's literal `region`. Undefined when the
 * region comes from the environment (TENCENTCLOUD_REGION / tccli profile) or is a token. Call only at synth
 * time (validation, Lazy values).
 */
export function providerRegion(scope: IConstruct, explicit?: TerraformProvider): string | undefined {
  const provider = effectiveProvider(scope, explicit);
  if (!provider) return undefined;
  const region = providerValue(provider, 'region');
  return region.kind === 'literal' && region.value !== '' ? region.value : undefined;
}

/** Buckets and functions of this library whose region is their provider's, with the provider they were given. */
const regionFromProvider = new WeakMap<IConstruct, TerraformProvider | undefined>();

/**
 * Records that the `region` of `scope` is `providerRegion(scope, explicit)` (an owned bucket or function of this
 * library, not a subclass that could say otherwise).
 */
export function registerRegionFromProvider(scope: IConstruct, explicit: TerraformProvider | undefined): void {
  regionFromProvider.set(scope, explicit);
}

/**
 * True when `a` and `b` both take their region from the same provider (or both have none), so that their regions
 * are equal whatever that provider says: comparing them needs no look at the provider block. Call at synth time.
 */
export function sameRegionSource(a: IConstruct, b: IConstruct): boolean {
  if (!regionFromProvider.has(a) || !regionFromProvider.has(b)) return false;
  return effectiveProvider(a, regionFromProvider.get(a)) === effectiveProvider(b, regionFromProvider.get(b));
}

/** `providerRegion` for a check of `scope` (call from validations only; see `providerValueInCheck`). */
export function providerRegionInCheck(scope: IConstruct, explicit?: TerraformProvider): string | undefined {
  const provider = effectiveProvider(scope, explicit);
  if (!provider) return undefined;
  const region = providerValueInCheck(scope, provider, 'region');
  return region.kind === 'literal' && region.value !== '' ? region.value : undefined;
}

/** How messages name a provider: its construct path and alias. */
export function describeProvider(provider: TerraformProvider): string {
  const alias = aliasOf(provider);
  return `[${provider.node.path}]${alias ? ` (alias ${quote(alias)})` : ''}`;
}

/** The problem of a region name given explicitly (to an imported bucket or function). Tokens are not checked. */
export function checkRegionName(region: unknown): string[] {
  if (region === undefined || isUnresolved(region)) return [];
  if (typeof region === 'string' && REGION_PATTERN.test(region)) return [];
  return [`region ${quote(region)} is not a Tencent Cloud region name. Use a name such as 'ap-guangzhou', 'ap-shanghai' or 'na-siliconvalley'.`];
}

/** Checks that an explicitly passed provider is a tencentcloud provider. */
export function checkProvider(provider: unknown): string | undefined {
  if (provider === undefined || isTencentcloudProvider(provider)) return undefined;
  const what = TerraformProvider.isTerraformProvider(provider)
    ? `a '${(provider as TerraformProvider).terraformResourceType}' provider`
    : `${describeKind(provider)}`;
  return `'provider' must be a tencentcloud provider (tencentcloud.provider.TencentcloudProvider, or a tencentcloud provider generated with 'cdktf get'), got ${what}.`;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object that is not a TerraformProvider' : `a ${typeof value}`;
}

/**
 * A message when a provider is declared in another stack than `scope`: a resource of `scope`'s stack would
 * name a provider configuration its stack does not declare (or, without alias, silently use its own default).
 */
export function checkProviderStack(scope: IConstruct, provider: TerraformProvider | undefined, what: string, fix: string): string | undefined {
  if (!isTencentcloudProvider(provider)) return undefined;
  const own = TerraformStack.of(scope);
  const theirs = TerraformStack.of(provider);
  if (own === theirs) return undefined;
  const alias = aliasOf(provider);
  const consequence = alias
    ? `a provider configuration 'tencentcloud.${alias}' that stack '${own.node.id}' does not declare (terraform rejects it)`
    : `stack '${own.node.id}''s own default tencentcloud provider instead (another region or account, silently)`;
  return `${what} uses the tencentcloud provider ${describeProvider(provider)} of stack '${theirs.node.id}', but its resources are in stack '${own.node.id}': they would use ${consequence}. ${fix}`;
}
