import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';

/**
 * A deterministic name for a cloud resource, derived from the construct path below its stack and a short
 * hash of the full path (so two constructs never share one): only letters, digits, '-' and '_', starting
 * with a letter, ending with a letter or digit, at most `maxLength` characters.
 */
export function uniqueName(scope: IConstruct, maxLength: number, prefix = ''): string {
  const stack = TerraformStack.of(scope);
  const parts = scope.node.scopes.slice(scope.node.scopes.indexOf(stack) + 1).map((c) => c.node.id);
  const hash = createHash('sha256').update(scope.node.path).digest('hex').slice(0, 8);
  let base = (prefix + parts.join('-')).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+/g, '-');
  if (!/^[A-Za-z]/.test(base)) base = `x${base}`;
  const room = maxLength - hash.length - 1;
  base = base.slice(0, room).replace(/[-_]+$/, '');
  return `${base}-${hash}`;
}

/**
 * The logical ids the stack gives to the children `leaves` of a construct at `relativePath` (below the stack),
 * worked out by the stack itself (honouring an overridden `allocateLogicalId`) on placeholder constructs that
 * are removed again. Undefined when a construct exists at that path.
 */
export function logicalIdsAt(stack: TerraformStack, relativePath: string, leaves: string[]): string[] | undefined {
  const created: Array<{ parent: IConstruct; id: string }> = [];
  try {
    let scope: IConstruct = stack;
    for (const id of relativePath.split('/')) {
      const existing = scope.node.tryFindChild(id);
      if (existing) {
        scope = existing;
      } else {
        created.push({ parent: scope, id });
        scope = new Construct(scope, id);
      }
    }
    if (created.length === 0) return undefined;
    const at = scope;
    return leaves.map((leaf) => stack.getLogicalId(new Construct(at, leaf).node));
  } finally {
    for (const { parent, id } of created.reverse()) parent.node.tryRemoveChild(id);
  }
}
