// An offline check of synthesized Terraform JSON against the vendored provider schema (provider-schema/tencentcloud.json
// of the provider bindings package): what `terraform validate` would say about the tencentcloud_* parts, without
// Terraform and without downloading the provider.
import * as fs from 'fs';
import { TerraformDataSource, TerraformElement, TerraformStack, Testing } from 'cdktf';
import { jsonText } from '../validation';
import {
  BlockSchema, DATA_META, PROVIDER_META, RESOURCE_META, SchemaViolation, checkBlock, isObject,
} from './schema-rules';

export { AttributeSchema, BlockSchema, NestedBlockSchema, SchemaViolation, SchemaViolationKind } from './schema-rules';

/** The source address of the provider in `terraform providers schema -json`. */
export const TENCENTCLOUD_PROVIDER_ADDRESS = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** Options of `checkProviderSchema`. */
export interface SchemaCheckOptions {
  /**
   * Accept `tencentcloud_*` resource and data source types that the vendored schema does not hold (it is a
   * subset of the provider: the types this library uses). Their contents are then not checked.
   * @default false
   */
  readonly allowUnknownTypes?: boolean;
  /**
   * The provider schema to check against, as `terraform providers schema -json` prints it.
   * @default the schema the provider bindings package was generated from (its provider-schema/tencentcloud.json)
   */
  readonly schema?: ProviderSchemasJson;
}

/** The output of `terraform providers schema -json`, as far as the check reads it. */
export interface ProviderSchemasJson {
  readonly provider_schemas: { readonly [source: string]: ProviderSchemaJson };
}

/** The schema of one provider. */
export interface ProviderSchemaJson {
  /** The provider configuration block; absent: provider blocks are not checked. */
  readonly provider?: { readonly block: BlockSchema };
  /** Resource types; absent: none known. */
  readonly resource_schemas?: { readonly [type: string]: { readonly block: BlockSchema } };
  /** Data source types; absent: none known. */
  readonly data_source_schemas?: { readonly [type: string]: { readonly block: BlockSchema } };
}

let vendored: ProviderSchemaJson | undefined;

/** The vendored schema, read once. */
function vendoredSchema(): ProviderSchemaJson {
  if (!vendored) {
    // The schema the provider bindings package was generated from, shipped in that package.
    const file = require.resolve('cdktf-tencentcloud-cos-events-provider/provider-schema/tencentcloud.json');
    vendored = providerOf(JSON.parse(fs.readFileSync(file, 'utf8')) as ProviderSchemasJson);
  }
  return vendored;
}

function providerOf(schemas: ProviderSchemasJson): ProviderSchemaJson {
  const schema = schemas.provider_schemas?.[TENCENTCLOUD_PROVIDER_ADDRESS];
  if (!schema) {
    throw new Error(`the provider schema has no entry for ${TENCENTCLOUD_PROVIDER_ADDRESS}; ` +
      `it has: ${Object.keys(schemas.provider_schemas ?? {}).join(', ') || 'none'}`);
  }
  return schema;
}

/** Synthesized Terraform JSON: the text, the parsed object, or a stack (synthesized with validations on). */
export type SynthesizedInput = string | TerraformStack | { readonly [key: string]: unknown };

/**
 * Parses what the check and the routing simulation accept: a stack is synthesized with
 * `Testing.synth(stack, true)`, so its validations run first.
 */
export function synthesizedJson(input: SynthesizedInput): { [key: string]: any } {
  if (TerraformStack.isStack(input)) return JSON.parse(stackSynthesis(input));
  if (typeof input === 'string') {
    try {
      return JSON.parse(input);
    } catch (e) {
      throw new Error(`expected synthesized Terraform JSON, but the text is not JSON: ${(e as Error).message}`);
    }
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return input as { [key: string]: any };
  throw new Error(`expected synthesized Terraform JSON (a string or an object) or a TerraformStack, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
}

/** A stack's last synthesis, with the number of constructs its tree had right after it. */
interface CachedSynthesis {
  readonly constructs: number;
  readonly text: string;
}

const syntheses = new WeakMap<TerraformStack, CachedSynthesis>();

/**
 * The synthesized JSON text of a stack, with construct paths. The text is kept per stack and reused while the
 * stack's construct tree has as many nodes as right after the synthesis (aspects and validations may add nodes,
 * so the count is taken after them): adding a construct anywhere in the stack synthesizes it again. Each caller
 * parses its own copy, so a caller that edits the returned object does not change what the next one gets.
 */
function stackSynthesis(stack: TerraformStack): string {
  const cached = syntheses.get(stack);
  if (cached && cached.constructs === stack.node.findAll().length) return cached.text;
  const text = JSON.stringify(withConstructPaths(stack, JSON.parse(Testing.synth(stack, true))));
  syntheses.set(stack, { constructs: stack.node.findAll().length, text });
  return text;
}

/**
 * `Testing.synth` leaves out the construct paths that `cdktf synth` writes into each resource's `//` metadata:
 * put them back, so that what is reported names constructs the same way for a stack and for cdktf.out JSON.
 */
function withConstructPaths(stack: TerraformStack, json: { [key: string]: any }): { [key: string]: any } {
  for (const c of stack.node.findAll()) {
    if (!(c instanceof TerraformElement) || !TerraformStack.of(c) || TerraformStack.of(c) !== stack) continue;
    const type = (c as { terraformResourceType?: unknown }).terraformResourceType;
    if (typeof type !== 'string') continue;
    const section = c instanceof TerraformDataSource ? json.data : json.resource;
    const body = section?.[type]?.[stack.getLogicalId(c)];
    if (body && typeof body === 'object' && body['//'] === undefined) body['//'] = { metadata: { path: c.node.path } };
  }
  // And the comments of nested blocks (the rule of each entry of a function's triggers block).
  const raw = stack.toTerraform() as { [key: string]: any };
  for (const [type, bodies] of Object.entries<{ [id: string]: any }>(json.resource ?? {})) {
    for (const [id, body] of Object.entries<{ [key: string]: unknown }>(bodies)) {
      for (const [key, value] of Object.entries(body)) {
        const rawValue = raw.resource?.[type]?.[id]?.[key];
        if (!Array.isArray(value) || !Array.isArray(rawValue)) continue;
        value.forEach((item, i) => {
          const comment = rawValue[i]?.['//'];
          if (item && typeof item === 'object' && comment !== undefined) item['//'] = comment;
        });
      }
    }
  }
  return json;
}

/**
 * Checks every `tencentcloud_*` resource, data source and provider block of synthesized Terraform JSON against
 * the provider schema: unknown attributes and blocks, missing required attributes, values of the wrong type,
 * too many or too few nested blocks, and computed-only attributes set by the user. Values that are Terraform
 * expressions (`${...}`) are known only at apply time, so their type is not checked.
 *
 * Primitive types follow Terraform's own conversions: a number or bool is a valid string, the strings
 * `"true"`/`"false"` a valid bool, and a numeric string a valid number.
 *
 * @returns the violations, empty when the JSON conforms
 */
export function checkProviderSchema(synthesized: SynthesizedInput, options: SchemaCheckOptions = {}): SchemaViolation[] {
  if (typeof options !== 'object' || options === null) throw new Error(`checkProviderSchema: options must be an object, got ${jsonText(options)}`);
  const json = synthesizedJson(synthesized);
  const schema = options.schema ? providerOf(options.schema) : vendoredSchema();
  const out: SchemaViolation[] = [];

  const providers = (json.provider ?? {}) as { [name: string]: unknown };
  const configs = providers.tencentcloud;
  if (configs !== undefined && schema.provider) {
    (Array.isArray(configs) ? configs : [configs]).forEach((config, i) => {
      const alias = isObject(config) && typeof config.alias === 'string' ? config.alias : undefined;
      const address = alias ? `provider.tencentcloud.${alias}` : `provider.tencentcloud[${i}]`;
      checkBlock(out, address, '', config, schema.provider!.block, PROVIDER_META);
    });
  }

  const required = json.terraform?.required_providers?.tencentcloud;
  if (isObject(required) && typeof required.source === 'string') {
    const source = required.source.toLowerCase().replace(/^registry\.terraform\.io\//, '');
    if (source !== 'tencentcloudstack/tencentcloud') {
      out.push({
        address: 'terraform.required_providers.tencentcloud',
        path: 'source',
        kind: 'wrong-provider-source',
        message: `source is '${required.source}'; the schema describes 'tencentcloudstack/tencentcloud'`,
      });
    }
  }

  checkSection(out, json.resource, '', schema.resource_schemas ?? {}, RESOURCE_META, options, 'resource');
  checkSection(out, json.data, 'data.', schema.data_source_schemas ?? {}, DATA_META, options, 'data source');
  return out;
}

function checkSection(out: SchemaViolation[], section: unknown, addressPrefix: string,
  schemas: { readonly [type: string]: { readonly block: BlockSchema } }, meta: Set<string>,
  options: SchemaCheckOptions, noun: string): void {
  if (!isObject(section)) return;
  for (const [type, instances] of Object.entries(section)) {
    if (!type.startsWith('tencentcloud_') || !isObject(instances)) continue;
    const typeSchema = schemas[type];
    for (const [name, body] of Object.entries(instances)) {
      const address = `${addressPrefix}${type}.${name}`;
      if (!typeSchema) {
        if (!options.allowUnknownTypes) {
          out.push({
            address,
            path: '',
            kind: 'unknown-type',
            message: `${noun} type ${type} is not in the provider schema (known: ${Object.keys(schemas).sort().join(', ')}); ` +
              'pass { allowUnknownTypes: true } to accept types outside the vendored subset',
          });
        }
        continue;
      }
      checkBlock(out, address, '', body, typeSchema.block, meta);
    }
  }
}

/** One line per violation: `address: path: message [kind]`. */
export function formatSchemaViolations(violations: readonly SchemaViolation[]): string {
  if (!Array.isArray(violations) || violations.some((v) => typeof v !== 'object' || v === null)) {
    throw new Error(`formatSchemaViolations: expected the array checkProviderSchema returns, got ${jsonText(violations)}`);
  }
  return violations.map((v) => `${v.address}${v.path ? `: ${v.path}` : ''}: ${v.message} [${v.kind}]`).join('\n');
}
