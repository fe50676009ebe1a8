// The CAM role a function runs as, created on the first grant: SCF may assume it, and one policy lists exactly
// the statements granted (rendered once, at synth time).
import { IResolveContext, Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import * as bindings from './bindings';
import { CamPolicyStatement } from '../function-ref';
import { uniqueName } from './names';
import { escapeTemplate } from './template-escape';

/** Lets the SCF service (and nothing else) assume the role. */
const SCF_TRUST_DOCUMENT = JSON.stringify({
  version: '2.0',
  statement: [{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['scf.qcloud.com'] } }],
});

export interface FunctionRoleProps {
  readonly provider?: TerraformProvider;
}

export class FunctionRole extends Construct {
  /** The role name, for the function's `role` argument. */
  public readonly roleName: string;
  private readonly statements: CamPolicyStatement[] = [];

  constructor(scope: Construct, id: string, props: FunctionRoleProps) {
    super(scope, id);
    // CAM role and policy names: at most 128 characters of [A-Za-z0-9+=,.@_-].
    const base = uniqueName(scope, 100, 'scf-');
    const role = new (bindings.CamRole())(this, 'Resource', {
      name: `${base}-role`,
      document: SCF_TRUST_DOCUMENT,
      description: escapeTemplate(`Runs SCF function ${scope.node.path}; permissions granted by cdktf-tencentcloud-cos-events`),
      consoleLogin: false,
      provider: props.provider,
    });
    const policy = new (bindings.CamPolicy())(this, 'Policy', {
      name: `${base}-policy`,
      document: Lazy.stringValue({ produce: (context) => this.renderDocument(context) }),
      description: escapeTemplate(`Least-privilege access of SCF function ${scope.node.path}`),
      provider: props.provider,
    });
    new (bindings.CamRolePolicyAttachment())(this, 'Attachment', {
      roleId: role.id,
      policyId: policy.id,
      provider: props.provider,
    });
    this.roleName = role.name;
  }

  /** Adds a statement; identical statements are kept once. */
  public addStatement(statement: CamPolicyStatement): void {
    this.statements.push({ actions: [...statement.actions], resources: [...statement.resources] });
  }

  private renderDocument(context: IResolveContext): string {
    // CAM requires `resource` (and accepts `action`) as arrays.
    const seen = new Set<string>();
    const statement = [];
    for (const s of this.statements) {
      const rendered = { action: s.actions, effect: 'allow', resource: s.resources };
      // Compare resolved values: each grant's resource is its own Lazy token, so equal statements differ as text.
      const key = JSON.stringify(context.resolve(rendered));
      if (seen.has(key)) continue;
      seen.add(key);
      statement.push(rendered);
    }
    return escapeTemplate(JSON.stringify({ version: '2.0', statement }));
  }
}
