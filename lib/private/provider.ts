import { TerraformProvider, TerraformStack } from 'cdktf';
import { TencentcloudProvider } from 'cdktf-tencentcloud-cos-events-provider/lib/provider';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../validation';

const PROVIDER_TYPE = 'tencentcloud';
const defaultProviders = new WeakMap<TerraformStack, TerraformProvider>();

/**
 * The stack's default (alias-free) tencentcloud provider. Looked up once per stack, and only at synth time
 * (when the construct tree is complete).
 */
function defaultProvider(scope: IConstruct): TerraformProvider | undefined {
  const stack = TerraformStack.of(scope);
  let found = defaultProviders.get(stack);
  if (found === undefined) {
    found = stack.node
      .findAll()
      .find(
        (c): c is TerraformProvider =>
          TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === PROVIDER_TYPE && !c.alias,
      );
    // Only a found provider is remembered: one may still be added while the tree is being built.
    if (found) defaultProviders.set(stack, found);
  }
  return found;
}

/**
 * The region a construct deploys to, known at synth time: its provider's literal `region`. Undefined when the
 * region comes from the environment (TENCENTCLOUD_REGION / tccli profile) or is a token. Call only at synth
 * time (validation, Lazy values).
 */
export function providerRegion(scope: IConstruct, explicit?: TerraformProvider): string | undefined {
  const provider = explicit ?? defaultProvider(scope);
  if (!(provider instanceof TencentcloudProvider)) return undefined;
  const region = provider.region;
  return region === undefined || isUnresolved(region) ? undefined : region;
}

/** Checks that an explicitly passed provider is a tencentcloud provider. */
export function checkProvider(provider: unknown): string | undefined {
  if (provider === undefined) return undefined;
  if (TerraformProvider.isTerraformProvider(provider) && (provider as TerraformProvider).terraformResourceType === PROVIDER_TYPE) {
    return undefined;
  }
  return `'provider' must be a tencentcloud provider (tencentcloud.provider.TencentcloudProvider), got ${
    TerraformProvider.isTerraformProvider(provider) ? `a '${(provider as TerraformProvider).terraformResourceType}' provider` : 'something else'
  }.`;
}
