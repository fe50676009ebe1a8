// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ScfReservedConcurrencyConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the function of which you want to configure the reserved quota.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config#function_name ScfReservedConcurrencyConfig#function_name}
  */
  readonly functionName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config#id ScfReservedConcurrencyConfig#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Function namespace. Default value: default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config#namespace ScfReservedConcurrencyConfig#namespace}
  */
  readonly namespace?: string;
  /**
  * Reserved memory quota of the function. Note: the upper limit for the total reserved quota of the function is the user's total concurrency memory minus 12800.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config#reserved_concurrency_mem ScfReservedConcurrencyConfig#reserved_concurrency_mem}
  */
  readonly reservedConcurrencyMem: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config tencentcloud_scf_reserved_concurrency_config}
*/
export class ScfReservedConcurrencyConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tencentcloud_scf_reserved_concurrency_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ScfReservedConcurrencyConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ScfReservedConcurrencyConfig to import
  * @param importFromId The id of the existing ScfReservedConcurrencyConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ScfReservedConcurrencyConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tencentcloud_scf_reserved_concurrency_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/scf_reserved_concurrency_config tencentcloud_scf_reserved_concurrency_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ScfReservedConcurrencyConfigConfig
  */
  public constructor(scope: Construct, id: string, config: ScfReservedConcurrencyConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_scf_reserved_concurrency_config',
      terraformGeneratorMetadata: {
        providerName: 'tencentcloud',
        providerVersionConstraint: '~> 1.83.16'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._functionName = config.functionName;
    this._id = config.id;
    this._namespace = config.namespace;
    this._reservedConcurrencyMem = config.reservedConcurrencyMem;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // function_name - computed: false, optional: false, required: true
  private _functionName?: string; 
  public get functionName() {
    return this.getStringAttribute('function_name');
  }
  public set functionName(value: string) {
    this._functionName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get functionNameInput() {
    return this._functionName;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // namespace - computed: false, optional: true, required: false
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // reserved_concurrency_mem - computed: false, optional: false, required: true
  private _reservedConcurrencyMem?: number; 
  public get reservedConcurrencyMem() {
    return this.getNumberAttribute('reserved_concurrency_mem');
  }
  public set reservedConcurrencyMem(value: number) {
    this._reservedConcurrencyMem = value;
  }
  // Temporarily expose input value. Use with caution.
  public get reservedConcurrencyMemInput() {
    return this._reservedConcurrencyMem;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      function_name: cdktf.stringToTerraform(this._functionName),
      id: cdktf.stringToTerraform(this._id),
      namespace: cdktf.stringToTerraform(this._namespace),
      reserved_concurrency_mem: cdktf.numberToTerraform(this._reservedConcurrencyMem),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      function_name: {
        value: cdktf.stringToHclTerraform(this._functionName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      namespace: {
        value: cdktf.stringToHclTerraform(this._namespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      reserved_concurrency_mem: {
        value: cdktf.numberToHclTerraform(this._reservedConcurrencyMem),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
