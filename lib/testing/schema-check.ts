// An offline check of synthesized Terraform JSON against the vendored provider schema (provider-schema/tencentcloud.json
// of the provider bindings package): what `terraform validate` would say about the tencentcloud_* parts, without
// Terraform and without downloading the provider.
import * as fs from 'fs';
import { TerraformDataSource, TerraformElement, TerraformStack, Testing } from 'cdktf';
import { editDistance, jsonText } from '../validation';

/** The source address of the provider in `terraform providers schema -json`. */
export const TENCENTCLOUD_PROVIDER_ADDRESS = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** What kind of fault a schema violation is. */
export type SchemaViolationKind =
  /** The resource or data source type is not in the schema. */
  | 'unknown-type'
  /** An attribute the schema does not have. */
  | 'unknown-attribute'
  /** A nested block the schema does not have. */
  | 'unknown-block'
  /** A required attribute is absent (or null). */
  | 'missing-required'
  /** The value cannot be converted to the attribute's type. */
  | 'wrong-type'
  /** Fewer nested blocks than the schema's `min_items`. */
  | 'too-few-blocks'
  /** More nested blocks than the schema's `max_items` (or more than one for a single block). */
  | 'too-many-blocks'
  /** An attribute the provider computes and the user may not set. */
  | 'computed-only'
  /** The `required_providers` entry names another provider source. */
  | 'wrong-provider-source';

/** One way the synthesized JSON does not conform to the provider schema. */
export interface SchemaViolation {
  /** Terraform address: `tencentcloud_cos_bucket.photos`, `data.tencentcloud_user_info.me`, `provider.tencentcloud[0]`. */
  readonly address: string;
  /** Attribute path inside it, e.g. `lifecycle_rules[0].transition[1].days`; empty for the whole resource. */
  readonly path: string;
  readonly kind: SchemaViolationKind;
  /** A sentence a person can act on. */
  readonly message: string;
}

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

/** A block in the provider schema. */
export interface BlockSchema {
  /** Attributes by name; absent: none. */
  readonly attributes?: { readonly [name: string]: AttributeSchema };
  /** Nested block types by name; absent: none. */
  readonly block_types?: { readonly [name: string]: NestedBlockSchema };
}

/** An attribute in the provider schema. */
export interface AttributeSchema {
  /** A cty type: `"string"`, `["list","string"]`, `["object",{...}]`, ... */
  readonly type: unknown;
  /** Must be set; absent means false. */
  readonly required?: boolean;
  /** May be set; absent means false. */
  readonly optional?: boolean;
  /** Set by the provider (and, unless optional too, only by it); absent means false. */
  readonly computed?: boolean;
}

/** A nested block type in the provider schema. */
export interface NestedBlockSchema {
  readonly nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly block: BlockSchema;
  /** Fewest blocks; absent means 0. */
  readonly min_items?: number;
  /** Most blocks; absent (or 0) means no limit. */
  readonly max_items?: number;
}

/** Terraform's meta-arguments: allowed on every resource and data source, and not part of the schema. */
const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//']);
const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', '//']);
const PROVIDER_META = new Set(['alias', 'version', '//']);

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
  if (TerraformStack.isStack(input)) return withConstructPaths(input, JSON.parse(Testing.synth(input, true)));
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

function checkBlock(out: SchemaViolation[], address: string, at: string, body: unknown, schema: BlockSchema,
  meta?: Set<string>): void {
  if (isExpression(body)) return;
  if (!isObject(body)) {
    out.push({ address, path: at, kind: 'wrong-type', message: `expected a block (a JSON object), got ${describe(body)}` });
    return;
  }
  const attributes = schema.attributes ?? {};
  const blocks = schema.block_types ?? {};
  const dynamic = isObject(body.dynamic) ? body.dynamic : {};

  for (const [name, value] of Object.entries(body)) {
    const where = join(at, name);
    // '//' is a comment in every block of Terraform's JSON syntax (cdktf writes construct paths there).
    if (name === '//' || meta?.has(name)) continue;
    if (name === 'dynamic') {
      for (const [blockName, spec] of Object.entries(dynamic)) {
        const nested = blocks[blockName];
        if (!nested) {
          out.push(unknown(address, join(at, `dynamic.${blockName}`), 'block', blockName, schema));
          continue;
        }
        const content = isObject(spec) ? spec.content : undefined;
        if (content !== undefined) checkBlock(out, address, join(at, `dynamic.${blockName}.content`), content, nested.block);
      }
      continue;
    }
    const attribute = attributes[name];
    if (attribute) {
      if (value === null) continue;
      if (attribute.computed && !attribute.optional && !attribute.required) {
        out.push({ address, path: where, kind: 'computed-only', message: `${name} is computed by the provider and cannot be set` });
        continue;
      }
      const typeError = checkValue(value, attribute.type);
      if (typeError) {
        out.push({ address, path: typeError.path ? `${where}${typeError.path}` : where, kind: 'wrong-type', message: typeError.message });
      }
      continue;
    }
    const nested = blocks[name];
    if (nested) {
      checkNested(out, address, where, value, nested);
      continue;
    }
    const looksLikeBlock = isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject));
    out.push(unknown(address, where, looksLikeBlock ? 'block' : 'attribute', name, schema));
  }

  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && (body[name] === undefined || body[name] === null)) {
      out.push({ address, path: join(at, name), kind: 'missing-required', message: `the required attribute ${name} is missing` });
    }
  }
  for (const [name, nested] of Object.entries(blocks)) {
    if (body[name] === undefined && !(name in dynamic) && (nested.min_items ?? 0) > 0) {
      out.push({
        address,
        path: join(at, name),
        kind: 'too-few-blocks',
        message: `at least ${nested.min_items} ${name} block${nested.min_items === 1 ? '' : 's'} required, got none`,
      });
    }
  }
}

function checkNested(out: SchemaViolation[], address: string, at: string, value: unknown, nested: NestedBlockSchema): void {
  if (value === null || isExpression(value)) return;
  if (nested.nesting_mode === 'single' || nested.nesting_mode === 'group') {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > 1) {
      out.push({ address, path: at, kind: 'too-many-blocks', message: `at most 1 block allowed, got ${items.length}` });
    }
    items.forEach((item, i) => checkBlock(out, address, Array.isArray(value) ? `${at}[${i}]` : at, item, nested.block));
    return;
  }
  if (nested.nesting_mode === 'map') {
    if (!isObject(value)) {
      out.push({ address, path: at, kind: 'wrong-type', message: `expected a map of blocks (a JSON object), got ${describe(value)}` });
      return;
    }
    for (const [label, item] of Object.entries(value)) checkBlock(out, address, `${at}["${label}"]`, item, nested.block);
    return;
  }
  // list and set: Terraform JSON takes one object or an array of objects.
  const items = Array.isArray(value) ? value : [value];
  const min = nested.min_items ?? 0;
  const max = nested.max_items ?? 0;
  if (items.length < min) {
    out.push({ address, path: at, kind: 'too-few-blocks', message: `at least ${min} block${min === 1 ? '' : 's'} required, got ${items.length}` });
  }
  if (max > 0 && items.length > max) {
    out.push({ address, path: at, kind: 'too-many-blocks', message: `at most ${max} block${max === 1 ? '' : 's'} allowed, got ${items.length}` });
  }
  items.forEach((item, i) => checkBlock(out, address, Array.isArray(value) ? `${at}[${i}]` : at, item, nested.block));
}

interface TypeError {
  /** Path below the attribute, e.g. `[2]` or `.name`. */
  readonly path: string;
  readonly message: string;
}

/** Checks a value against a cty type; undefined when it conforms. */
function checkValue(value: unknown, type: unknown): TypeError | undefined {
  if (value === null || isExpression(value)) return undefined;
  if (type === 'dynamic') return undefined;
  if (type === 'string') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? undefined : mismatch('a string', value);
  }
  if (type === 'number') {
    if (typeof value === 'number') return undefined;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return undefined;
    return mismatch('a number', value);
  }
  if (type === 'bool') {
    return typeof value === 'boolean' || value === 'true' || value === 'false' ? undefined : mismatch('a bool', value);
  }
  if (Array.isArray(type)) {
    const [kind, element] = type as [string, unknown];
    if (kind === 'list' || kind === 'set') {
      if (!Array.isArray(value)) return mismatch(`a ${kind} (a JSON array)`, value);
      for (let i = 0; i < value.length; i++) {
        const inner = checkValue(value[i], element);
        if (inner) return { path: `[${i}]${inner.path}`, message: inner.message };
      }
      return undefined;
    }
    if (kind === 'map') {
      if (!isObject(value)) return mismatch('a map (a JSON object)', value);
      for (const [k, v] of Object.entries(value)) {
        const inner = checkValue(v, element);
        if (inner) return { path: `["${k}"]${inner.path}`, message: inner.message };
      }
      return undefined;
    }
    if (kind === 'object') {
      if (!isObject(value)) return mismatch('an object', value);
      const fields = element as { [name: string]: unknown };
      for (const [k, v] of Object.entries(value)) {
        if (!(k in fields)) return { path: `.${k}`, message: `unknown attribute ${k}; allowed: ${Object.keys(fields).join(', ')}` };
        const inner = checkValue(v, fields[k]);
        if (inner) return { path: `.${k}${inner.path}`, message: inner.message };
      }
      return undefined;
    }
  }
  return undefined;
}

function mismatch(expected: string, value: unknown): TypeError {
  return { path: '', message: `expected ${expected}, got ${describe(value)}` };
}

function unknown(address: string, at: string, what: 'attribute' | 'block', name: string, schema: BlockSchema): SchemaViolation {
  const known = [...Object.keys(schema.attributes ?? {}), ...Object.keys(schema.block_types ?? {})];
  const near = known.filter((k) => closeTo(k, name));
  return {
    address,
    path: at,
    kind: what === 'block' ? 'unknown-block' : 'unknown-attribute',
    message: `unknown ${what} ${name}${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}`,
  };
}

/** Same name but for case, separators or one or two letters (camelCase instead of snake_case, typos). */
function closeTo(candidate: string, name: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[_-]/g, '');
  if (squash(candidate) === squash(name)) return true;
  return Math.abs(candidate.length - name.length) <= 2 && editDistance(candidate, name) <= 2;
}

function isObject(v: unknown): v is { [key: string]: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Terraform expression (`${...}`): its value and type are known only at apply time. */
function isExpression(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `an array (${JSON.stringify(v).slice(0, 60)})`;
  if (v === null) return 'null';
  if (typeof v === 'object') return `an object (${JSON.stringify(v).slice(0, 60)})`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

function join(at: string, name: string): string {
  return at ? `${at}.${name}` : name;
}

/** One line per violation: `address: path: message [kind]`. */
export function formatSchemaViolations(violations: readonly SchemaViolation[]): string {
  if (!Array.isArray(violations) || violations.some((v) => typeof v !== 'object' || v === null)) {
    throw new Error(`formatSchemaViolations: expected the array checkProviderSchema returns, got ${jsonText(violations)}`);
  }
  return violations.map((v) => `${v.address}${v.path ? `: ${v.path}` : ''}: ${v.message} [${v.kind}]`).join('\n');
}
