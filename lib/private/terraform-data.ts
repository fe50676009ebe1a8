// Terraform's built-in `terraform_data` resource (Terraform 1.4+), holding one `input` value. cdktf's own
// `DataResource` adds a validation that runs `terraform version` for every instance at synth time (about a
// second each, and a failure where no Terraform is installed); the constructs here need no binary to synthesize.
import { TerraformResource, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import { Construct } from 'constructs';

export class TerraformData extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly input: unknown) {
    super(scope, id, { terraformResourceType: 'terraform_data', terraformGeneratorMetadata: { providerName: 'terraform' } });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: hashMapper(anyToTerraform)(this.input) };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { input: hashMapperHcl(anyToHclTerraform)(this.input) };
  }
}
