// What the rest of the library needs to know of a function: the contract any construct can implement.
import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';

/** One statement of a CAM policy. */
export interface CamPolicyStatement {
  /** CAM actions, e.g. `name/cos:GetObject`. */
  readonly actions: string[];
  /** Six-segment CAM resources, e.g. `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*`. */
  readonly resources: string[];
}

/**
 * An SCF function, created by this stack or imported.
 */
export interface ICloudFunction extends IConstruct {
  /** The function name (for functions of this stack, a reference to the resource's `name`). */
  readonly functionName: string;
  /** The function's namespace. */
  readonly namespace: string;
  /**
   * The function's region, when known at synth time.
   * @default - unknown: the provider's region comes from the environment
   */
  readonly region?: string;
  /**
   * The tencentcloud provider the function is deployed with; its triggers use the same one.
   * @default - the stack's provider without alias
   */
  readonly provider?: TerraformProvider;

  /**
   * Add a statement to the policy of the function's role (the role is created on first use).
   * Throws for functions whose role this stack does not manage.
   */
  addToRolePolicy(statement: CamPolicyStatement): void;
}
