// The step that follows cdktf's generator in `npm run gen` and `gen:check`: nested-block objects of the resource
// classes are created on first use. Exact output for the shapes the generator writes, and a loud failure, naming the
// file, class and field, for any other shape (so that a new generator version cannot be rewritten half-way).
import { lazyNestedBlocks } from '../packages/provider-tencentcloud/scripts/generate-bindings';

const FILE = 'cos-bucket/index.ts';

/** The public getter, `putWebsite` and `resetWebsite` of the block: the step leaves them as they are. */
const WEBSITE_ACCESSORS = [
  '  public get website() {',
  '    return this._website;',
  '  }',
  '  public putWebsite(value: CosBucketWebsite) {',
  '    this._website.internalValue = value;',
  '  }',
  '  public resetWebsite() {',
  '    this._website.internalValue = undefined;',
  '  }',
];

/** A resource class as cdktf's generator writes it: a settable block (`website`) and a computed-only list (`cors_rules`). */
function resourceClass(extra: { inConstructor?: string; members?: string; hclRead?: boolean } = {}): string {
  const hclRead = extra.hclRead ?? true;
  return [
    'export class CosBucket extends cdktf.TerraformResource {',
    '  constructor(scope: Construct, id: string, config: CosBucketConfig) {',
    '    super(scope, id, {});',
    '    this._bucket = config.bucket;',
    '    this._website.internalValue = config.website;',
    ...(extra.inConstructor ? [extra.inConstructor] : []),
    '  }',
    '',
    '  // website - computed: false, optional: true, required: false',
    '  private _website = new CosBucketWebsiteOutputReference(this, "website");',
    ...WEBSITE_ACCESSORS,
    '  public get websiteInput() {',
    '    return this._website.internalValue;',
    '  }',
    '',
    '  // cors_rules - computed: true, optional: false, required: false',
    '  private _corsRules = new CosBucketCorsRulesList(this, "cors_rules", false);',
    '  public get corsRules() {',
    '    return this._corsRules;',
    '  }',
    ...(extra.members ? [extra.members] : []),
    '',
    '  protected synthesizeAttributes(): { [name: string]: any } {',
    '    return {',
    '      website: cosBucketWebsiteToTerraform(this._website.internalValue),',
    '    };',
    '  }',
    '',
    '  protected synthesizeHclAttributes(): { [name: string]: any } {',
    '    return {',
    hclRead ? '      website: { value: cosBucketWebsiteToHclTerraform(this._website.internalValue) },' : '      website: { value: undefined },',
    '    };',
    '  }',
    '}',
  ].join('\n');
}

/** A nested-block class of the same file: not a resource, left as it is. */
const BLOCK_CLASS = [
  'export class CosBucketWebsiteOutputReference extends cdktf.ComplexObject {',
  '  private _redirect = new CosBucketWebsiteRedirectOutputReference(this, "redirect");',
  '  public get redirect() {',
  '    return this._redirect;',
  '  }',
  '}',
].join('\n');

describe('lazyNestedBlocks (post-generation step of the provider bindings)', () => {
  test('makes each block of a resource class a getter that creates it on first use; API and reads unchanged', () => {
    const source = `${BLOCK_CLASS}\n\n${resourceClass()}\n`;
    const expected = `${BLOCK_CLASS}\n\n${[
      'export class CosBucket extends cdktf.TerraformResource {',
      '  constructor(scope: Construct, id: string, config: CosBucketConfig) {',
      '    super(scope, id, {});',
      '    this._bucket = config.bucket;',
      '    if (config.website !== undefined) {',
      '      this._website.internalValue = config.website;',
      '    }',
      '  }',
      '',
      '  // website - computed: false, optional: true, required: false',
      '  private __website?: CosBucketWebsiteOutputReference;',
      '  private get _website(): CosBucketWebsiteOutputReference {',
      '    return this.__website ??= new CosBucketWebsiteOutputReference(this, "website");',
      '  }',
      ...WEBSITE_ACCESSORS,
      '  public get websiteInput() {',
      '    return this.__website?.internalValue;',
      '  }',
      '',
      '  // cors_rules - computed: true, optional: false, required: false',
      '  private __corsRules?: CosBucketCorsRulesList;',
      '  private get _corsRules(): CosBucketCorsRulesList {',
      '    return this.__corsRules ??= new CosBucketCorsRulesList(this, "cors_rules", false);',
      '  }',
      '  public get corsRules() {',
      '    return this._corsRules;',
      '  }',
      '',
      '  protected synthesizeAttributes(): { [name: string]: any } {',
      '    return {',
      '      website: cosBucketWebsiteToTerraform(this.__website?.internalValue),',
      '    };',
      '  }',
      '',
      '  protected synthesizeHclAttributes(): { [name: string]: any } {',
      '    return {',
      '      website: { value: cosBucketWebsiteToHclTerraform(this.__website?.internalValue) },',
      '    };',
      '  }',
      '}',
    ].join('\n')}\n`;
    expect(lazyNestedBlocks(source, FILE)).toBe(expected);
  });

  test('leaves a file without resource classes as it is', () => {
    expect(lazyNestedBlocks(`${BLOCK_CLASS}\n`, FILE)).toBe(`${BLOCK_CLASS}\n`);
  });

  test.each([
    [
      'a use of the block that is not the getter, a write or a read of its value',
      resourceClass({ inConstructor: '    this._website.resolve();' }),
      'lazyNestedBlocks: cos-bucket/index.ts: CosBucket._website: unexpected use "this._website.resolve();"',
    ],
    [
      'a settable block whose value is not read three times (input getter, both syntheses)',
      resourceClass({ hclRead: false }),
      'lazyNestedBlocks: cos-bucket/index.ts: CosBucket._website: expected three reads of its value, found 6 uses, 2 reads',
    ],
    [
      'a computed block that is used beyond its getter',
      resourceClass({ members: '  public get corsRulesInput() {\n    return this._corsRules.internalValue;\n  }' }),
      'lazyNestedBlocks: cos-bucket/index.ts: CosBucket._corsRules: expected its getter as the only use, found 2 uses, 1 reads',
    ],
    [
      'a class that already has the name of the backing field',
      resourceClass({ members: '  private __website = 1;' }),
      'lazyNestedBlocks: cos-bucket/index.ts: CosBucket._website: the name __website is taken',
    ],
  ])('fails on %s, naming the file, class and field', (_what, source, message) => {
    expect(() => lazyNestedBlocks(source, FILE)).toThrow(new Error(message));
  });
});
