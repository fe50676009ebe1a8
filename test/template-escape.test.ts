// Every string the library writes into Terraform JSON is a Terraform template: literal `${` and `%{` must reach
// Terraform as `$${` and `%%{`, and tokens must keep resolving. Exact JSON for every attribute the library
// writes from user input; the same stack was checked with the real provider (terraform validate and a plan
// whose planned values equal the literal input).
import { TerraformStack, TerraformVariable } from 'cdktf';
import fc from 'fast-check';
import { Bucket, BucketEncryption, CloudFunction, CosEvent, EventRule, FunctionCode, Runtime } from '../lib';
import { escapeTemplate, escapeTemplateMap, expressionString, templateLiteralValue } from '../lib/private/template-escape';
import { simulate } from '../lib/testing';
import { APP_ID, REGION, newStack, rendered, synthText } from './helpers/stack';

fc.configureGlobal({ seed: 0x7e5c_a9e, numRuns: 300 });

/** Every sequence Terraform's template syntax gives a meaning, with its neighbours. */
const NASTY = 'a${b} %{c} $${d} %%{e} $ % ${';
/** NASTY as template text. */
const NASTY_TEMPLATE = 'a$${b} %%{c} $$${d} %%%{e} $ % $${';

describe('escapeTemplate on literal text', () => {
  test.each([
    ['plain text', 'plain text'],
    ['${x}', '$${x}'],
    ['%{ if true }', '%%{ if true }'],
    ['$${x}', '$$${x}'],
    ['%%{x}', '%%%{x}'],
    ['$ and % and {}', '$ and % and {}'],
    ['ends with $', 'ends with $'],
    ['${', '$${'],
    [NASTY, NASTY_TEMPLATE],
  ])('%j is written %j', (input, output) => {
    expect(escapeTemplate(input)).toBe(output);
  });

  test('values that are not strings are returned as they are', () => {
    expect(escapeTemplate(undefined)).toBeUndefined();
    expect(escapeTemplate(42)).toBe(42);
    const obj = { a: '${x}' };
    expect(escapeTemplate(obj)).toBe(obj);
  });

  test('map keys and values are escaped; a missing map stays missing', () => {
    expect(escapeTemplateMap({ '${k}': '%{v}', 'plain': 'text' })).toEqual({ '$${k}': '%%{v}', 'plain': 'text' });
    expect(escapeTemplateMap(undefined)).toBeUndefined();
  });

  test('templateLiteralValue reads template text back, and refuses interpolations and directives', () => {
    expect(templateLiteralValue(NASTY_TEMPLATE)).toBe(NASTY);
    expect(templateLiteralValue('$$$${x}')).toBe('$$${x}');
    expect(templateLiteralValue('${var.x}')).toBeUndefined();
    expect(templateLiteralValue('a%{ if x }b%{ endif }')).toBeUndefined();
    expect(templateLiteralValue('$ % {}')).toBe('$ % {}');
    expect(templateLiteralValue(7)).toBeUndefined();
  });

  test('property: any text survives escaping (Terraform reads back exactly the input)', () => {
    const text = fc.string({ unit: fc.constantFrom('$', '%', '{', '}', '~', 'a', '"', '\\'), maxLength: 16 });
    fc.assert(fc.property(text, (s) => templateLiteralValue(escapeTemplate(s)) === s));
  });
});

describe('escapeTemplate with tokens', () => {
  function description(stack: TerraformStack, value: (x: string) => string): string {
    const x = new TerraformVariable(stack, 'x', { type: 'string' });
    const rule = new EventRule(stack, 'Rule', {
      bucket: Bucket.fromBucketAttributes(stack, 'B', { bucketName: `b-${APP_ID}`, region: REGION }),
      target: CloudFunction.fromFunctionName(stack, 'F', 'fn'),
      events: [CosEvent.OBJECT_CREATED],
      description: value(x.stringValue),
    });
    return rendered(JSON.parse(synthText(stack)), stack, rule.triggers[0]).description;
  }

  test('a token alone, or with text that needs no escaping, is written as cdktf writes it', () => {
    expect(description(newStack().stack, (x) => x)).toBe('${var.x}');
    expect(description(newStack().stack, (x) => `size ${x} MB`)).toBe('size ${var.x} MB');
  });

  test('text around a token is escaped and the token still resolves', () => {
    expect(description(newStack().stack, (x) => `%{ ${x} }`)).toBe('%%{ ${var.x} }');
  });

  test("a literal '${' before a token and a '}' after it stay text; the token keeps its braces", () => {
    expect(description(newStack().stack, (x) => `\${ ${x} }`)).toBe('$${ ${var.x} }');
  });

  test("a '$' right before a token is written as an interpolation of \"$\", not as the escape '$${'", () => {
    expect(description(newStack().stack, (x) => `price: $${x}`)).toBe('price: ${"$"}${var.x}');
  });
});

describe('expressionString: text as an argument of a Terraform function', () => {
  test('quotes, backslashes and directives of literal text are escaped for an HCL string', () => {
    expect(expressionString('a"b\\c%{d}')).toBe('a\\"b\\\\c%%{d}');
  });

  test('a trigger filter mixing text and a token is a jsonencode() whose text parts are exact', () => {
    const { stack } = newStack();
    const x = new TerraformVariable(stack, 'x', { type: 'string' });
    const rule = new EventRule(stack, 'Rule', {
      bucket: Bucket.fromBucketAttributes(stack, 'B', { bucketName: `b-${APP_ID}`, region: REGION }),
      target: CloudFunction.fromFunctionName(stack, 'F', 'fn'),
      events: [CosEvent.OBJECT_REMOVE],
      filter: { prefix: `q"\${z}%{w}$${x.stringValue}`, suffix: x.stringValue },
    });
    expect(rendered(JSON.parse(synthText(stack)), stack, rule.triggers[0]).trigger_desc).toBe(
      '${jsonencode({"event" = "cos:ObjectRemove:*", "filter" = {"Prefix" = join("", ["q\\"$${z}%%{w}$", var.x]), "Suffix" = var.x}})}',
    );
  });
});

describe('every attribute written from user input is escaped', () => {
  test('bucket, function, grant, trigger and CAM attributes hold the literal text', () => {
    const { stack } = newStack();
    const code = Bucket.fromBucketAttributes(stack, 'Code', { bucketName: `code-${APP_ID}`, region: REGION });
    const bucket = new Bucket(stack, 'Photos', {
      bucketName: `photos-${APP_ID}`, encryption: BucketEncryption.KMS, kmsKeyId: 'key-${x}', tags: { [`k${NASTY}`]: NASTY },
    });
    const fn = new CloudFunction(stack, 'Fn${x}', {
      runtime: Runtime.NODEJS_18_15,
      code: FunctionCode.fromCosObject(code, `dir${NASTY}.zip`),
      description: NASTY,
      environment: { A: NASTY },
      tags: { [NASTY]: NASTY },
    });
    bucket.grantRead(fn);
    const rule = new EventRule(stack, 'Rule', {
      bucket, target: fn, events: [CosEvent.OBJECT_CREATED_PUT], filter: { prefix: 'p${x}%{y}/' }, description: NASTY,
    });

    const json = JSON.parse(synthText(stack));
    expect(rendered(json, stack, bucket.resource)).toMatchObject({ kms_id: 'key-$${x}', tags: { [`k${NASTY_TEMPLATE}`]: NASTY_TEMPLATE } });
    expect(rendered(json, stack, fn.resource)).toMatchObject({
      description: NASTY_TEMPLATE,
      environment: { A: NASTY_TEMPLATE },
      tags: { [NASTY_TEMPLATE]: NASTY_TEMPLATE },
      cos_object_name: `dir${NASTY_TEMPLATE}.zip`,
    });
    expect(rendered(json, stack, rule.triggers[0])).toMatchObject({
      description: NASTY_TEMPLATE,
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"p$${x}%%{y}/","Suffix":""}}',
    });
    const role = Object.values<any>(json.resource.tencentcloud_cam_role)[0];
    const policy = Object.values<any>(json.resource.tencentcloud_cam_policy)[0];
    expect(role.description).toBe('Runs SCF function test/Fn$${x}; permissions granted by cdktf-tencentcloud-cos-events');
    expect(policy.description).toBe('Least-privilege access of SCF function test/Fn$${x}');
  });

  test('the routing simulation reads escaped filters as the literal text', () => {
    const { stack } = newStack();
    const code = Bucket.fromBucketAttributes(stack, 'Code', { bucketName: `code-${APP_ID}`, region: REGION });
    const fn = new CloudFunction(stack, 'Fn', { functionName: 'fn', runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(code, 'f.zip') });
    new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` }).onObjectCreated(fn, { prefix: 'p${x}%{y}/' });
    const op = (key: string) => ({ bucket: `photos-${APP_ID}`, key, event: CosEvent.OBJECT_CREATED_PUT });
    expect(simulate(stack, op('p${x}%{y}/cat.jpg')).map((i) => i.functionName)).toEqual(['fn']);
    expect(simulate(stack, op('p$${x}%%{y}/cat.jpg'))).toEqual([]);
  });
});
