// Evaluates the CAM policies attached to a role for one request, as CAM does for calls signed with a role's
// temporary credentials (CAM "Policy syntax" and "Evaluation logic", 598/10603 and 598/10608): an explicit deny
// wins; otherwise some allow statement must match both the action and the resource; otherwise the request is
// denied. Actions are `name/<product>:<Action>` (the `name/` prefix is optional), resources six-part `qcs` strings;
// both may use `*` as a wildcard. A statement with a `condition` is not evaluated (the emulator does not know the
// request context conditions need): it never allows, and a conditional deny never denies.
import { CloudState } from './state';

/** The outcome of an evaluation. */
export interface CamDecision {
  readonly allowed: boolean;
  /** Why, for error messages: the matching deny, or that no allow matched. */
  readonly reason: string;
}

interface Statement {
  readonly effect?: unknown;
  readonly action?: unknown;
  readonly resource?: unknown;
  readonly condition?: unknown;
}

/**
 * Whether the role `roleName` may perform `action` (e.g. `cos:GetObject`) on `resource`
 * (e.g. `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/a.jpg`).
 */
export function camAllows(state: CloudState, roleName: string, action: string, resource: string): CamDecision {
  const role = [...state.roles.values()].find((r) => r.roleName === roleName);
  if (!role) {
    return { allowed: false, reason: `the role ${roleName} does not exist` };
  }
  const statements: Array<{ policy: string; statement: Statement }> = [];
  for (const attachment of state.attachments.filter((a) => a.roleId === role.roleId)) {
    const policy = state.policies.get(attachment.policyId);
    if (!policy) continue;
    const document = JSON.parse(policy.policyDocument) as { statement?: Statement[] };
    for (const statement of document.statement ?? []) {
      statements.push({ policy: policy.policyName, statement });
    }
  }
  const applies = (s: Statement): boolean => s.condition === undefined
    && listOf(s.action).some((pattern) => matches(pattern.replace(/^name\//, ''), action, true))
    && listOf(s.resource).some((pattern) => matches(pattern, resource, false));
  const deny = statements.find(({ statement }) => statement.effect === 'deny' && applies(statement));
  if (deny) {
    return { allowed: false, reason: `policy ${deny.policy} of role ${roleName} denies ${action} on ${resource}` };
  }
  if (statements.some(({ statement }) => statement.effect === 'allow' && applies(statement))) {
    return { allowed: true, reason: `role ${roleName} may ${action} on ${resource}` };
  }
  return { allowed: false, reason: `no policy of role ${roleName} allows ${action} on ${resource}` };
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Glob match with `*` (any run of characters); actions compare case-insensitively, resources exactly. */
function matches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value);
}

/**
 * The CAM resources an API 3.0 call acts on, in six-part form (CAM "Resource description", 598/10606):
 * CDN URLs by domain, SSM secrets by name; other calls by the product's `*` resource of the account.
 */
export function api3Resources(service: string, action: string, params: Record<string, unknown>, region: string,
  account: { readonly ownerUin: string; readonly uin: string }): string[] {
  if (service === 'cdn' && Array.isArray(params.Urls)) {
    return [...new Set(params.Urls.map((url) => {
      try {
        return new URL(String(url)).hostname;
      } catch {
        return String(url);
      }
    }))].map((domain) => `qcs::cdn::uin/${account.ownerUin}:domain/${domain}`);
  }
  if (service === 'ssm' && typeof params.SecretName === 'string') {
    return [`qcs::ssm:${region}:uin/${account.ownerUin}:secret/creatorUin/${account.uin}/${params.SecretName}`];
  }
  void action;
  return [`qcs::${service}:${region}:uin/${account.ownerUin}:*`];
}
