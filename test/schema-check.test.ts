// The offline provider schema check and its Jest matcher: each kind of fault is caught with its address and
// path, and correct stacks (ours, and ones written with the raw generated bindings) pass.
import { Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, CloudFunction, CosEvent, FunctionCode, Runtime } from '../lib';
import { checkProviderSchema, formatSchemaViolations } from '../lib/testing';
import { APP_ID, newStack, synth, synthText } from './helpers/stack';

/** A minimal valid stack as JSON, to break one piece at a time. */
function validJson(): { [key: string]: any } {
  return {
    provider: { tencentcloud: [{ region: 'ap-guangzhou' }] },
    terraform: { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud', version: '~> 1.83.16' } } },
    resource: {
      tencentcloud_cos_bucket: { photos: { bucket: `photos-${APP_ID}`, acl: 'private' } },
      tencentcloud_scf_function: {
        fn: { name: 'fn', runtime: 'Nodejs18.15', handler: 'index.main_handler', mem_size: 128, cos_bucket_name: `photos-${APP_ID}`, cos_bucket_region: 'ap-guangzhou', cos_object_name: 'code.zip' },
      },
      tencentcloud_scf_trigger: {
        t: {
          'function_name': '${tencentcloud_scf_function.fn.name}',
          'namespace': 'default',
          'type': 'cos',
          'trigger_name': '${tencentcloud_cos_bucket.photos.cos_bucket_url}',
          'trigger_desc': '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}',
          'lifecycle': { replace_triggered_by: ['tencentcloud_cos_bucket.photos.id'] },
          '//': { metadata: { path: 'test/t' } },
        },
      },
    },
    data: { tencentcloud_user_info: { me: {} } },
  };
}

describe('checkProviderSchema', () => {
  test('a correct stack of our constructs conforms', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { name: 'photos', appId: APP_ID, versioned: true, tags: { team: 'media' } });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(bucket, 'code.zip'), environment: { A: 'b' } });
    bucket.onObjectCreated(fn, { prefix: 'uploads/', suffix: '.jpg' });
    bucket.grantRead(fn);
    expect(checkProviderSchema(synthText(stack))).toEqual([]);
    expect(checkProviderSchema(synth(stack))).toEqual([]);
    expect(checkProviderSchema(stack)).toEqual([]);
  });

  test('a stack written with the raw generated bindings conforms, with snake_case attributes and the provider source', () => {
    const { stack } = newStack();
    const bucket = new tencentcloud.cosBucket.CosBucket(stack, 'Raw', {
      bucket: `raw-${APP_ID}`,
      acl: 'private',
      encryptionAlgorithm: 'AES256',
      versioningEnable: true,
      lifecycleRules: [{ filterPrefix: 'logs/', expiration: { days: 30 } }],
    });
    new tencentcloud.dataTencentcloudUserInfo.DataTencentcloudUserInfo(stack, 'Me');
    const json = synth(stack);
    expect(json.terraform.required_providers.tencentcloud).toEqual({ source: 'tencentcloudstack/tencentcloud', version: '~> 1.83.16' });
    expect(json.resource.tencentcloud_cos_bucket[stack.getLogicalId(bucket)]).toEqual({
      bucket: `raw-${APP_ID}`,
      acl: 'private',
      encryption_algorithm: 'AES256',
      versioning_enable: true,
      // A block of at most one item is rendered as an object, as Terraform JSON allows.
      lifecycle_rules: [{ filter_prefix: 'logs/', expiration: { days: 30 } }],
    });
    expect(checkProviderSchema(json)).toEqual([]);
  });

  test('the hand-made valid JSON conforms (the baseline of the cases below)', () => {
    expect(checkProviderSchema(validJson())).toEqual([]);
  });

  test('an unknown attribute, with a suggestion for a camelCase slip', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.versioningEnable = true;
    expect(checkProviderSchema(json)).toEqual([{
      address: 'tencentcloud_cos_bucket.photos',
      path: 'versioningEnable',
      kind: 'unknown-attribute',
      message: 'unknown attribute versioningEnable (did you mean versioning_enable?)',
    }]);
  });

  test('an unknown nested block', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.lifecycle_rule = [{ filter_prefix: 'a/' }];
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({
      address: 'tencentcloud_cos_bucket.photos', path: 'lifecycle_rule', kind: 'unknown-block',
    })]);
    expect(checkProviderSchema(json)[0].message).toBe('unknown block lifecycle_rule (did you mean lifecycle_rules?)');
  });

  test('an unknown attribute inside a nested block names its full path', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.lifecycle_rules = [{ filter_prefix: 'a/' }, { filter_prefix: 'b/', expiration: [{ dayz: 3 }] }];
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({
      address: 'tencentcloud_cos_bucket.photos', path: 'lifecycle_rules[1].expiration[0].dayz', kind: 'unknown-attribute',
    })]);
  });

  test('a missing required attribute, and a required attribute set to null', () => {
    const json = validJson();
    delete json.resource.tencentcloud_scf_trigger.t.namespace;
    json.resource.tencentcloud_cos_bucket.photos.bucket = null;
    expect(checkProviderSchema(json)).toEqual([
      { address: 'tencentcloud_cos_bucket.photos', path: 'bucket', kind: 'missing-required', message: 'the required attribute bucket is missing' },
      { address: 'tencentcloud_scf_trigger.t', path: 'namespace', kind: 'missing-required', message: 'the required attribute namespace is missing' },
    ]);
  });

  test.each([
    ['a word for a number', 'mem_size', 'big', 'expected a number, got string "big"'],
    ['an object for a string', 'name', { a: 1 }, 'expected a string, got an object ({"a":1})'],
    ['a word for a bool', 'enable_public_net', 'yes', 'expected a bool, got string "yes"'],
    ['a list for a map', 'environment', ['A=b'], 'expected a map (a JSON object), got an array (["A=b"])'],
  ])('a wrong primitive type: %s', (_, attribute, value, message) => {
    const json = validJson();
    json.resource.tencentcloud_scf_function.fn[attribute] = value;
    expect(checkProviderSchema(json)).toEqual([{ address: 'tencentcloud_scf_function.fn', path: attribute, kind: 'wrong-type', message }]);
  });

  test("Terraform's own conversions are accepted: numeric strings, bool strings, numbers as strings", () => {
    const json = validJson();
    Object.assign(json.resource.tencentcloud_scf_function.fn, { mem_size: '256', enable_public_net: 'true', description: 42 });
    expect(checkProviderSchema(json)).toEqual([]);
  });

  test('a wrong element type inside a collection names the element', () => {
    const json = validJson();
    json.resource.tencentcloud_scf_function.fn.environment = { A: 'b', B: { nested: true } };
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({ path: 'environment["B"]', kind: 'wrong-type' })]);
  });

  test('expressions are known only at apply time: any attribute may hold one', () => {
    const json = validJson();
    Object.assign(json.resource.tencentcloud_scf_function.fn, { mem_size: '${var.memory}', environment: '${var.env}' });
    expect(checkProviderSchema(json)).toEqual([]);
  });

  test('too many nested blocks (max_items 1)', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.website = [{ index_document: 'index.html' }, { index_document: 'other.html' }];
    expect(checkProviderSchema(json)).toEqual([{
      address: 'tencentcloud_cos_bucket.photos', path: 'website', kind: 'too-many-blocks', message: 'at most 1 block allowed, got 2',
    }]);
  });

  test('too few nested blocks (min_items 1)', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.intelligent_tiering_archiving_rule_list = [{ rule_id: 'r', status: 'Enabled', tiering: [] }];
    expect(checkProviderSchema(json)).toEqual([{
      address: 'tencentcloud_cos_bucket.photos',
      path: 'intelligent_tiering_archiving_rule_list[0].tiering',
      kind: 'too-few-blocks',
      message: 'at least 1 block required, got 0',
    }]);
    delete json.resource.tencentcloud_cos_bucket.photos.intelligent_tiering_archiving_rule_list[0].tiering;
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({
      path: 'intelligent_tiering_archiving_rule_list[0].tiering', kind: 'too-few-blocks', message: 'at least 1 tiering block required, got none',
    })]);
  });

  test('a computed-only attribute set by the user', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.cos_bucket_url = 'photos-1250000000.cos.ap-guangzhou.myqcloud.com';
    expect(checkProviderSchema(json)).toEqual([{
      address: 'tencentcloud_cos_bucket.photos', path: 'cos_bucket_url', kind: 'computed-only', message: 'cos_bucket_url is computed by the provider and cannot be set',
    }]);
  });

  test('data sources and provider blocks are checked too', () => {
    const json = validJson();
    json.data.tencentcloud_user_info.me.app_id = '1250000000';
    json.provider.tencentcloud.push({ alias: 'sh', region: 'ap-shanghai', regoin: 'x' });
    expect(checkProviderSchema(json)).toEqual([
      { address: 'provider.tencentcloud.sh', path: 'regoin', kind: 'unknown-attribute', message: 'unknown attribute regoin (did you mean region?)' },
      expect.objectContaining({ address: 'data.tencentcloud_user_info.me', path: 'app_id', kind: 'computed-only' }),
    ]);
  });

  test('a resource type outside the vendored subset is reported, unless allowed', () => {
    const json = validJson();
    json.resource.tencentcloud_vpc = { main: { name: 'main', cidr_block: '10.0.0.0/16' } };
    const [violation, ...more] = checkProviderSchema(json);
    expect(more).toEqual([]);
    expect(violation).toMatchObject({ address: 'tencentcloud_vpc.main', path: '', kind: 'unknown-type' });
    expect(violation.message).toContain('pass { allowUnknownTypes: true }');
    expect(checkProviderSchema(json, { allowUnknownTypes: true })).toEqual([]);
  });

  test('resources of other providers are left alone', () => {
    const json = validJson();
    json.resource.terraform_data = { anchor: { input: { anything: true } } };
    expect(checkProviderSchema(json)).toEqual([]);
  });

  test('a required_providers entry with another source', () => {
    const json = validJson();
    json.terraform.required_providers.tencentcloud.source = 'hashicorp/tencentcloud';
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({ kind: 'wrong-provider-source', path: 'source' })]);
  });

  test('dynamic blocks are checked by their content', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.dynamic = { cors_rules: { for_each: '${var.origins}', content: { allowed_origins: ['${cors_rules.value}'], allowed_methods: ['GET'], allowed_headers: ['*'], max_age: 5 } } };
    expect(checkProviderSchema(json)).toEqual([expect.objectContaining({ path: 'dynamic.cors_rules.content.max_age', kind: 'unknown-attribute' })]);
  });

  test('formatSchemaViolations: one line per violation, address, path, message and kind', () => {
    const json = validJson();
    json.resource.tencentcloud_cos_bucket.photos.versioningEnable = true;
    delete json.resource.tencentcloud_scf_trigger.t.type;
    expect(formatSchemaViolations(checkProviderSchema(json))).toBe([
      'tencentcloud_cos_bucket.photos: versioningEnable: unknown attribute versioningEnable (did you mean versioning_enable?) [unknown-attribute]',
      'tencentcloud_scf_trigger.t: type: the required attribute type is missing [missing-required]',
    ].join('\n'));
  });

  test('input that is not synthesized JSON is refused with a clear error', () => {
    expect(() => checkProviderSchema(42 as any)).toThrow('expected synthesized Terraform JSON (a string or an object) or a TerraformStack, got number');
  });
});

describe('toConformToProviderSchema', () => {
  test('passes a correct stack and fails a bad one, listing each violation', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
    const fn = new CloudFunction(stack, 'Fn', { runtime: Runtime.PYTHON_3_9, code: FunctionCode.fromCosObject(bucket, 'code.zip') });
    bucket.addEventNotification([CosEvent.OBJECT_REMOVE], fn);
    const good = synthText(stack);
    expect(good).toConformToProviderSchema();

    const bad = JSON.parse(good);
    const [bucketId] = Object.keys(bad.resource.tencentcloud_cos_bucket);
    bad.resource.tencentcloud_cos_bucket[bucketId].versioning = true;
    expect(() => expect(bad).toConformToProviderSchema()).toThrow(
      `expected the synthesized JSON to conform to the provider schema; 1 violation:\ntencentcloud_cos_bucket.${bucketId}: versioning: unknown attribute versioning`);
    expect(bad).not.toConformToProviderSchema();
    expect(() => expect(good).not.toConformToProviderSchema()).toThrow('expected the synthesized JSON not to conform to the provider schema, but it does');
  });

  test('takes options, and a stack directly (synthesized with validations on)', () => {
    const { stack } = newStack();
    new tencentcloud.cosBucket.CosBucket(stack, 'B', { bucket: `b-${APP_ID}` });
    expect(stack).toConformToProviderSchema();
    const json = JSON.parse(Testing.synth(stack, true));
    json.resource.tencentcloud_cbs_storage = { disk: {} };
    expect(json).not.toConformToProviderSchema();
    expect(json).toConformToProviderSchema({ allowUnknownTypes: true });
  });
});
