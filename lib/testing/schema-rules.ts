// The rules of the offline provider schema check: how one block of synthesized Terraform JSON is compared with its
// schema (attributes, nested blocks, value types, meta-arguments), and the violations it reports. Reading the
// schema, walking a stack's JSON and formatting the report are in schema-check.ts.
import { editDistance } from '../validation';

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
export const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//']);
export const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', '//']);
export const PROVIDER_META = new Set(['alias', 'version', '//']);

export function checkBlock(out: SchemaViolation[], address: string, at: string, body: unknown, schema: BlockSchema,
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

export function isObject(v: unknown): v is { [key: string]: unknown } {
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
