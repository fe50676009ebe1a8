// Terraform's built-in `terraform_data` resource (Terraform 1.4+), holding one `input` value. cdktf's own
// `DataResource` adds a validation that runs `terraform version` for every instance at synth time (about a
// second each, and a failure where no Terraform is installed); the constructs here need no binary to synthesize.
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export class TerraformData extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly input: unknown) {
    super(scope, id, { terraformResourceType: 'terraform_data', terraformGeneratorMetadata: { providerName: 'terraform' } });
  }

  // The input as it is: cdktf resolves its tokens and copies its plain objects before merging overrides into them
  // (its own mappers for an untyped value would only copy it once more).
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: this.input };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { input: this.input };
  }
}
