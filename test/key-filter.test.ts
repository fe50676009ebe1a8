// KeyFilter: how prefix and suffix are rendered into trigger_desc, and the synth-time checks of a filter,
// exercised through bucket.onObjectCreated() and EventRule.
import { AnnotationMetadataEntryType, TerraformVariable } from 'cdktf';
import { Bucket, CloudFunction, CosEvent, EventRule, KeyFilter } from '../lib';
import { photosAndFunction, rendered, synth, synthError, synthText } from './helpers/stack';

const fixture = () => photosAndFunction({ functionName: 'resizer' });

/** The trigger_desc of the only trigger of a rule created with `filter`. */
function triggerDescFor(filter: KeyFilter | undefined, event = CosEvent.OBJECT_CREATED_PUT): string {
  const { stack, bucket, fn } = fixture();
  const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [event], filter });
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return rendered(JSON.parse(text), stack, rule.triggers[0]).trigger_desc;
}

/** The validation message of a stack with one onObjectCreated rule using `filter`. */
function filterError(filter: KeyFilter): string {
  const { stack, bucket, fn } = fixture();
  bucket.onObjectCreated(fn, filter);
  return synthError(stack);
}

function warningsOf(rule: EventRule): string[] {
  return rule.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => m.data as string);
}

describe('KeyFilter rendering', () => {
  test('prefix and suffix are rendered exactly as COS expects', () => {
    expect(triggerDescFor({ prefix: 'uploads/', suffix: '.jpg' })).toBe(
      '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":".jpg"}}',
    );
  });

  test('an absent prefix or suffix is an empty string', () => {
    expect(triggerDescFor({ prefix: 'uploads/' })).toBe('{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":""}}');
    expect(triggerDescFor({ suffix: '.png' })).toBe('{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"","Suffix":".png"}}');
  });

  test.each([
    ['no filter', undefined],
    ['an empty filter', {}],
    ['empty strings', { prefix: '', suffix: '' }],
  ])('%s renders as no filter', (_what, filter) => {
    expect(triggerDescFor(filter)).toBe('{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"","Suffix":""}}');
  });

  test('<, >, &, U+2028 and U+2029 are escaped the way the provider re-marshals them', () => {
    const desc = triggerDescFor({ prefix: 'a<b>&c\u2028d\u2029/', suffix: '.jpg' });
    expect(desc).toBe(
      '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"a\\u003cb\\u003e\\u0026c\\u2028d\\u2029/","Suffix":".jpg"}}',
    );
    // Still the same filter once parsed.
    expect(JSON.parse(desc).filter.Prefix).toBe('a<b>&c\u2028d\u2029/');
  });

  test('quotes and non-ASCII characters survive as JSON', () => {
    const desc = triggerDescFor({ prefix: '照片/"q"/', suffix: '.jpg' });
    expect(desc).toBe('{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"照片/\\"q\\"/","Suffix":".jpg"}}');
  });

  test('rule.filter exposes absent parts as empty strings', () => {
    const { stack, bucket, fn } = fixture();
    expect(bucket.onObjectCreated(fn, { suffix: '.jpg' }).filter).toEqual({ prefix: '', suffix: '.jpg' });
    expect(new EventRule(stack, 'R', { bucket: Bucket.fromBucketName(stack, 'B2', 'b2-1250000000'), target: fn, events: [CosEvent.OBJECT_REMOVE] }).filter)
      .toEqual({ prefix: '', suffix: '' });
  });
});

describe('KeyFilter checks', () => {
  test('a prefix with a wildcard is rejected', () => {
    const message = filterError({ prefix: 'uploads/*' });
    expect(message).toContain(
      "[test/Photos/Rule-Fn] filter prefix 'uploads/*' contains '*': COS filters are literal, so '*' would only match a key with an actual asterisk. " +
        "Use a plain prefix such as 'uploads/'; leave the prefix out to match every key.",
    );
  });

  test('a suffix with a wildcard is rejected', () => {
    const message = filterError({ suffix: '*.jpg' });
    expect(message).toContain("[test/Photos/Rule-Fn] filter suffix '*.jpg' contains '*'");
    expect(message).toContain("Use a plain suffix such as '.jpg'");
  });

  test('a prefix with a leading slash is rejected, with the fixed prefix', () => {
    const message = filterError({ prefix: '/uploads/' });
    expect(message).toContain(
      "[test/Photos/Rule-Fn] filter prefix '/uploads/' starts with '/': COS object keys never start with '/', so this rule could never fire. " +
        "Write it without the leading slash: 'uploads/'.",
    );
  });

  test('a suffix may contain a slash', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn, { suffix: '/done' });
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test('regular-expression syntax is rejected', () => {
    expect(filterError({ prefix: '^uploads/' })).toContain(
      "[test/Photos/Rule-Fn] filter prefix '^uploads/' starts with '^': COS filters are literal, not regular expressions.",
    );
    expect(filterError({ suffix: '.jpg$' })).toContain(
      "[test/Photos/Rule-Fn] filter suffix '.jpg$' ends with '$': COS filters are literal, not regular expressions.",
    );
    expect(filterError({ suffix: '\\.jpg' })).toContain(
      "[test/Photos/Rule-Fn] filter suffix '\\.jpg' contains a backslash: COS filters are literal text, not regular expressions.",
    );
  });

  test('a filter of exactly 850 UTF-8 bytes is accepted', () => {
    const { stack, bucket, fn } = fixture();
    // 283 three-byte characters + 1 byte = 850 bytes.
    bucket.onObjectCreated(fn, { prefix: `${'照'.repeat(283)}/` });
    expect(synthText(stack)).toConformToProviderSchema();
  });

  test('a filter over 850 UTF-8 bytes is rejected (bytes, not characters)', () => {
    // 284 characters, 852 bytes.
    const message = filterError({ prefix: '照'.repeat(284) });
    expect(message).toContain(
      '[test/Photos/Rule-Fn] filter prefix is 852 bytes long: COS object keys are at most 850 bytes (UTF-8), so a longer prefix could never match.',
    );
    expect(filterError({ suffix: 'x'.repeat(851) })).toContain('[test/Photos/Rule-Fn] filter suffix is 851 bytes long');
  });

  test.each([
    ['newline', 'up\nloads/', "'up\\u000aloads/'"],
    ['escape', 'up\u001bloads/', "'up\\u001bloads/'"],
    ['delete', 'up\u007floads/', "'up\\u007floads/'"],
  ])('a control character (%s) is rejected and shown escaped', (_what, prefix, shown) => {
    expect(filterError({ prefix })).toContain(
      `[test/Photos/Rule-Fn] filter prefix ${shown} contains a control character: COS object keys cannot contain control characters (U+0000 to U+001F, U+007F), so this rule could never fire.`,
    );
  });

  test('every broken rule of a filter is reported, not only the first', () => {
    const message = filterError({ prefix: '/a*', suffix: '.jpg\t' });
    expect(message).toContain("filter prefix '/a*' contains '*'");
    expect(message).toContain("filter prefix '/a*' starts with '/'");
    expect(message).toContain("filter suffix '.jpg\\u0009' contains a control character");
  });

  test('a miscapitalised filter key is rejected with a suggestion', () => {
    const message = filterError({ Prefix: 'uploads/' } as unknown as KeyFilter);
    expect(message).toContain(
      "[test/Photos/Rule-Fn] 'filter' has an unknown property 'Prefix': a filter has only 'prefix' and 'suffix'. Did you mean 'prefix'?",
    );
  });

  test('a non-string prefix is rejected with its type', () => {
    expect(filterError({ prefix: 5 } as unknown as KeyFilter)).toContain('[test/Photos/Rule-Fn] filter prefix must be a string, got a number 5.');
  });

  test('a suffix without a leading dot is a warning, not an error', () => {
    const { stack, bucket, fn } = fixture();
    const rule = bucket.onObjectCreated(fn, { suffix: 'jpg' });
    const withDot = bucket.onObjectRemoved(fn, { suffix: '.jpg' });

    expect(synthText(stack)).toConformToProviderSchema();
    expect(warningsOf(rule)).toEqual([
      "filter suffix 'jpg' does not start with '.': Tencent's trigger configuration page asks for suffixes like '.jpg'. It is rendered as given.",
    ]);
    expect(warningsOf(withDot)).toEqual([]);
  });

  describe('tokens', () => {
    test('a prefix known only at apply time is not checked for its shape and is rendered through jsonencode', () => {
      const { stack, bucket, fn } = fixture();
      const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
      const rule = bucket.onObjectCreated(fn, { prefix: prefix.stringValue, suffix: '.jpg' });

      const text = synthText(stack);
      expect(text).toConformToProviderSchema();
      expect(rendered(JSON.parse(text), stack, rule.triggers[0]).trigger_desc).toBe(
        '${jsonencode({"event" = "cos:ObjectCreated:*", "filter" = {"Prefix" = var.prefix, "Suffix" = ".jpg"}})}',
      );
    });

    test('a token filter is not compared with other rules (it could be anything)', () => {
      const { stack, bucket, fn } = fixture();
      const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
      const other = CloudFunction.fromFunctionName(stack, 'Other', 'other');
      bucket.onObjectCreated(fn, { prefix: prefix.stringValue });
      bucket.onObjectCreated(other);

      expect(() => synth(stack)).not.toThrow();
    });

    test('a token inside a longer string is not checked either', () => {
      const { stack, bucket, fn } = fixture();
      const dir = new TerraformVariable(stack, 'dir', { type: 'string' });
      bucket.onObjectCreated(fn, { prefix: `/${dir.stringValue}*` });

      expect(synthText(stack)).toConformToProviderSchema();
    });
  });
});
