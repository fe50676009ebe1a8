// EventRule: the rendered triggers and their options, matches(), and the checks that need more than one
// construct: regions, collisions between rules of one bucket, and the trigger quotas.
import { TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, CloudFunction, CosEvent, EventRule, IBucket, ICloudFunction } from '../lib';
import { newFunction, newStack, photosAndFunction, refTo, rendered, synthError, synthText } from './helpers/stack';

const fixture = () => photosAndFunction();

function expectValid(stack: TerraformStack): void {
  expect(synthText(stack)).toConformToProviderSchema();
}

describe('EventRule rendering', () => {
  test('one event for the function on the bucket: one standalone trigger with every attribute', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'OnJpg', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_CREATED_PUT],
      filter: { prefix: 'uploads/', suffix: '.jpg' },
    });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const json = JSON.parse(text);
    expect(rule.triggers.map((t) => t.node.path)).toEqual(['test/OnJpg/Trigger']);
    expect(rendered(json, stack, rule.triggers[0])).toEqual({
      type: 'cos',
      trigger_name: refTo(stack, bucket.resource, 'cos_bucket_url'),
      function_name: refTo(stack, fn.resource, 'name'),
      namespace: 'default',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"uploads/","Suffix":".jpg"}}',
      depends_on: ['terraform_data.CosTriggerOrder-photos-1250000000'],
      lifecycle: { replace_triggered_by: [`terraform_data.${stack.getLogicalId(rule.node.findChild('TriggerConfig') as TerraformResource)}`] },
    });
  });

  test('several events: entries of the function\'s triggers block, one per event', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'OnJpg', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
      filter: { prefix: 'uploads/', suffix: '.jpg' },
    });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rule.triggers).toEqual([]);
    const entry = (event: string) => ({
      type: 'cos',
      name: refTo(stack, bucket.resource, 'bucket'),
      cos_region: 'ap-guangzhou',
      trigger_desc: `{"event":"${event}","filter":{"Prefix":"uploads/","Suffix":".jpg"}}`,
    });
    expect(rendered(JSON.parse(text), stack, fn.resource).triggers).toEqual([
      entry('cos:ObjectCreated:CompleteMultipartUpload'),
      entry('cos:ObjectCreated:Put'),
    ]);
  });

  test('enabled: false renders CLOSE; qualifier and description are rendered', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_REMOVE],
      enabled: false,
      qualifier: '$DEFAULT',
      description: 'audit deletions',
    });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0])).toMatchObject({
      enable: 'CLOSE',
      qualifier: '$DEFAULT',
      description: 'audit deletions',
    });
    expect(rule.enabled).toBe(false);
  });

  test('enabled: true renders OPEN and no description by default', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [CosEvent.OBJECT_REMOVE], enabled: true });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const trigger = rendered(JSON.parse(text), stack, rule.triggers[0]);
    expect(trigger.enable).toBe('OPEN');
    expect(trigger).not.toHaveProperty('description');
  });

  test('triggers use the function provider', () => {
    const { stack } = newStack();
    const shanghai = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'shanghai', region: 'ap-shanghai' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', provider: shanghai });
    const fn = newFunction(stack, 'Fn', { provider: shanghai });
    const rule = bucket.onObjectCreated(fn);

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rendered(JSON.parse(text), stack, rule.triggers[0]).provider).toBe('tencentcloud.shanghai');
  });

  test('exposes bucket, target, events and filter', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED], filter: { suffix: '.png' } });
    expect(rule.bucket).toBe(bucket);
    expect(rule.target).toBe(fn);
    expect(rule.events).toEqual([CosEvent.OBJECT_CREATED]);
    expect(rule.filter).toEqual({ prefix: '', suffix: '.png' });
    expect(rule.enabled).toBe(true);
  });

  test('a bucket that is not a Bucket and a target that is not a function are rejected', () => {
    const { stack, bucket, fn } = fixture();
    new EventRule(stack, 'BadBucket', { bucket: 'photos-1250000000' as unknown as IBucket, target: fn, events: [CosEvent.OBJECT_CREATED] });
    new EventRule(stack, 'BadTarget', { bucket, target: { functionName: 'resizer' } as unknown as ICloudFunction, events: [CosEvent.OBJECT_CREATED] });

    const message = synthError(stack);
    expect(message).toContain("[test/BadBucket] 'bucket' must be a Bucket (new Bucket(...) or Bucket.fromBucketName(...)), got a string 'photos-1250000000'.");
    expect(message).toContain(
      "[test/BadTarget] 'target' must be a CloudFunction (new CloudFunction(...) or CloudFunction.fromFunctionName(...)), got an object {\"functionName\":\"resizer\"}.",
    );
  });

  test('options of the wrong type are rejected', () => {
    const { stack, bucket, fn } = fixture();
    new EventRule(stack, 'Rule', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_CREATED],
      enabled: 'yes' as unknown as boolean,
      qualifier: 1 as unknown as string,
    });
    const message = synthError(stack);
    expect(message).toContain("[test/Rule] 'enabled' must be a boolean, got a string 'yes'.");
    expect(message).toContain("[test/Rule] 'qualifier' must be a string, got a number 1.");
  });
});

describe('EventRule.matches', () => {
  function ruleWith(events: CosEvent[], filter?: { prefix?: string; suffix?: string }): EventRule {
    const { stack, bucket, fn } = fixture();
    return new EventRule(stack, 'Rule', { bucket, target: fn, events, filter });
  }

  const created = ruleWith([CosEvent.OBJECT_CREATED], { prefix: 'uploads/', suffix: '.jpg' });
  const put = ruleWith([CosEvent.OBJECT_CREATED_PUT], { prefix: 'uploads/', suffix: '.jpg' });
  const removed = ruleWith([CosEvent.OBJECT_REMOVE]);
  const restored = ruleWith([CosEvent.OBJECT_RESTORE_POST, CosEvent.OBJECT_RESTORE_COMPLETED], { prefix: 'archive/' });
  const suffixOnly = ruleWith([CosEvent.OBJECT_CREATED_POST, CosEvent.OBJECT_CREATED_COPY], { suffix: '.png' });

  test.each([
    // The wildcard covers every member of its family.
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_POST, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_COPY, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_ORIGIN, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_REPLICATION, 'uploads/cat.jpg', true],
    [created, CosEvent.OBJECT_REMOVE_DELETE, 'uploads/cat.jpg', false],
    [created, CosEvent.OBJECT_RESTORE_POST, 'uploads/cat.jpg', false],
    // Both prefix and suffix must match, literally and case-sensitively.
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/cat.png', false],
    [created, CosEvent.OBJECT_CREATED_PUT, 'other/cat.jpg', false],
    [created, CosEvent.OBJECT_CREATED_PUT, 'Uploads/cat.jpg', false],
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/cat.JPG', false],
    [created, CosEvent.OBJECT_CREATED_PUT, '/uploads/cat.jpg', false],
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/.jpg', true],
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/deep/dir/cat.jpg', true],
    [created, CosEvent.OBJECT_CREATED_PUT, 'uploads/cat.jpg.bak', false],
    // A concrete event matches only itself.
    [put, CosEvent.OBJECT_CREATED_PUT, 'uploads/cat.jpg', true],
    [put, CosEvent.OBJECT_CREATED_POST, 'uploads/cat.jpg', false],
    [put, CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD, 'uploads/cat.jpg', false],
    // No filter: every key.
    [removed, CosEvent.OBJECT_REMOVE_DELETE, 'any/key.txt', true],
    [removed, CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED, 'a', true],
    [removed, CosEvent.OBJECT_CREATED_PUT, 'any/key.txt', false],
    // The restore family has no wildcard: both members are listed.
    [restored, CosEvent.OBJECT_RESTORE_POST, 'archive/2020.tar', true],
    [restored, CosEvent.OBJECT_RESTORE_COMPLETED, 'archive/2020.tar', true],
    [restored, CosEvent.OBJECT_RESTORE_COMPLETED, 'live/2020.tar', false],
    [restored, CosEvent.OBJECT_REMOVE_DELETE, 'archive/2020.tar', false],
    // Several events, suffix only.
    [suffixOnly, CosEvent.OBJECT_CREATED_POST, 'x.png', true],
    [suffixOnly, CosEvent.OBJECT_CREATED_COPY, 'dir/x.png', true],
    [suffixOnly, CosEvent.OBJECT_CREATED_PUT, 'x.png', false],
    [suffixOnly, CosEvent.OBJECT_CREATED_POST, 'x.png.jpg', false],
  ])('%#: rule matches(%s, %j) is %s', (rule, event, key, expected) => {
    expect(rule.matches(event, key)).toBe(expected);
  });

  test('"*" in a key is just a character', () => {
    expect(ruleWith([CosEvent.OBJECT_CREATED], { prefix: 'a' }).matches(CosEvent.OBJECT_CREATED_PUT, 'a*')).toBe(true);
    expect(ruleWith([CosEvent.OBJECT_CREATED], { prefix: 'a' }).matches(CosEvent.OBJECT_CREATED_PUT, 'ba')).toBe(false);
  });

  test('a disabled rule still matches', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [CosEvent.OBJECT_CREATED], enabled: false });
    expect(rule.matches(CosEvent.OBJECT_CREATED_PUT, 'k')).toBe(true);
  });

  test('an invalid event throws with the rule path and the allowed names', () => {
    expect(() => put.matches('cos:ObjectCreated:put' as CosEvent, 'uploads/cat.jpg')).toThrow(
      "[test/Rule] matches(): 'cos:ObjectCreated:put' is not a COS event type. Did you mean 'cos:ObjectCreated:Put'?",
    );
  });

  test('a filter known only at apply time cannot be matched', () => {
    const { stack, bucket, fn } = fixture();
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
    const rule = bucket.onObjectCreated(fn, { prefix: prefix.stringValue });
    expect(() => rule.matches(CosEvent.OBJECT_CREATED_PUT, 'k')).toThrow(
      '[test/Photos/Rule-Fn] matches(): the filter holds a value known only at apply time, so matching cannot be decided at synth time.',
    );
  });
});

describe('regions', () => {
  test('a function in another region than the bucket is rejected', () => {
    const { stack } = newStack(null);
    const gz = new tencentcloud.provider.TencentcloudProvider(stack, 'gz', { alias: 'gz', region: 'ap-guangzhou' });
    const sh = new tencentcloud.provider.TencentcloudProvider(stack, 'sh', { alias: 'sh', region: 'ap-shanghai' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', provider: sh });
    const fn = newFunction(stack, 'Fn', { provider: gz });
    bucket.onObjectCreated(fn);

    expect(synthError(stack)).toContain(
      "[test/Photos/Rule-Fn] function [test/Fn] is in region 'ap-guangzhou' but bucket [test/Photos] is in 'ap-shanghai': " +
        "a COS trigger can only invoke a function in the bucket's own region. Deploy the function with a provider for 'ap-shanghai' " +
        "(a tencentcloud provider with alias and region 'ap-shanghai').",
    );
  });

  test('two providers of the same region are fine', () => {
    const { stack } = newStack(null);
    const a = new tencentcloud.provider.TencentcloudProvider(stack, 'a', { alias: 'a', region: 'ap-shanghai' });
    const b = new tencentcloud.provider.TencentcloudProvider(stack, 'b', { alias: 'b', region: 'ap-shanghai' });
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000', provider: a });
    bucket.onObjectCreated(newFunction(stack, 'Fn', { provider: b }));
    expectValid(stack);
  });

  test('an imported bucket in another region than the default provider of the function is rejected', () => {
    const { stack } = newStack();
    const bucket = Bucket.fromBucketAttributes(stack, 'Photos', { bucketName: 'photos-1250000000', region: 'ap-beijing' });
    bucket.onObjectCreated(newFunction(stack, 'Fn'));
    expect(synthError(stack)).toContain(
      "[test/Photos/Rule-Fn] function [test/Fn] is in region 'ap-guangzhou' but bucket [test/Photos] is in 'ap-beijing'",
    );
  });

  test('an imported function with an explicit region is compared too', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const chengdu = new tencentcloud.provider.TencentcloudProvider(stack, 'cd', { alias: 'cd', region: 'ap-chengdu' });
    bucket.onObjectCreated(CloudFunction.fromFunctionAttributes(stack, 'Fn', { functionName: 'resizer', region: 'ap-chengdu', provider: chengdu }));
    expect(synthError(stack)).toContain(
      "[test/Photos/Rule-Fn] function [test/Fn] is in region 'ap-chengdu' but bucket [test/Photos] is in 'ap-guangzhou'",
    );
  });
});

describe('collisions between rules of one bucket', () => {
  test('overlapping events and overlapping filters are rejected, naming both rules', () => {
    const { stack, bucket, fn } = fixture();
    const other = newFunction(stack, 'Other');
    bucket.onObjectCreated(fn, { prefix: 'uploads/' });
    bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT], other, { prefix: 'uploads/img/', suffix: '.jpg' });

    expect(synthError(stack)).toContain(
      "rules [test/Photos/Rule-Fn] and [test/Photos/Rule-Other] overlap on bucket 'photos-1250000000': " +
        "'cos:ObjectCreated:*' (prefix 'uploads/') and 'cos:ObjectCreated:Put' (prefix 'uploads/img/', suffix '.jpg') both match 'uploads/img/.jpg'. " +
        'COS binds one event and key to one rule only (the API refuses the second with ResourceInUse.Cos). ' +
        "Make the events disjoint (e.g. Put vs Delete) or the filters disjoint (e.g. prefixes 'img/' and 'doc/').",
    );
  });

  test('the same event with no filter twice is rejected', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectRemoved(fn);
    bucket.onObjectRemoved(newFunction(stack, 'Other'));
    expect(synthError(stack)).toContain(
      "rules [test/Photos/Rule-Fn] and [test/Photos/Rule-Other] overlap on bucket 'photos-1250000000': " +
        "'cos:ObjectRemove:*' (no filter) and 'cos:ObjectRemove:*' (no filter) both match any key.",
    );
  });

  test('a prefix on one rule and a suffix on the other still overlap', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn, { prefix: 'img/' });
    bucket.onObjectCreated(newFunction(stack, 'Other'), { suffix: '.png' });
    expect(synthError(stack)).toContain("both match 'img/.png'");
  });

  test('disjoint prefixes are fine', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn, { prefix: 'img/' });
    bucket.onObjectCreated(newFunction(stack, 'Other'), { prefix: 'doc/' });
    expectValid(stack);
  });

  test('disjoint suffixes are fine', () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn, { prefix: 'img/', suffix: '.jpg' });
    bucket.onObjectCreated(newFunction(stack, 'Other'), { prefix: 'img/', suffix: '.png' });
    expectValid(stack);
  });

  test("ObjectCreated:* with no filter and ObjectRemove:* for another function are fine (Tencent's own example)", () => {
    const { stack, bucket, fn } = fixture();
    bucket.onObjectCreated(fn);
    bucket.onObjectRemoved(newFunction(stack, 'Other'));
    expectValid(stack);
  });

  test('different concrete events of one family are fine', () => {
    const { stack, bucket, fn } = fixture();
    bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT], fn);
    bucket.addEventNotification([CosEvent.OBJECT_CREATED_POST], newFunction(stack, 'Other'));
    expectValid(stack);
  });

  test('two imports of one bucket are checked together', () => {
    const { stack } = newStack();
    const a = Bucket.fromBucketName(stack, 'A', 'photos-1250000000');
    const b = Bucket.fromBucketName(stack, 'B', 'photos-1250000000');
    a.onObjectCreated(newFunction(stack, 'Fn'));
    b.addEventNotification([CosEvent.OBJECT_CREATED_COPY], newFunction(stack, 'Other'));
    expect(synthError(stack)).toContain("rules [test/A/Rule-Fn] and [test/B/Rule-Other] overlap on bucket 'photos-1250000000'");
  });

  test('rules on different buckets never collide', () => {
    const { stack, bucket, fn } = fixture();
    const other = new Bucket(stack, 'Docs', { bucketName: 'docs-1250000000' });
    bucket.onObjectCreated(fn);
    other.onObjectCreated(fn);
    expectValid(stack);
  });
});

describe('quotas', () => {
  test('10 triggers on one bucket are fine, 11 are rejected', () => {
    const build = (count: number): TerraformStack => {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
      for (let i = 0; i < count; i++) {
        bucket.onObjectCreated(CloudFunction.fromFunctionName(stack, `Fn${i}`, `fn${i}`), { prefix: `p${i}/` });
      }
      return stack;
    };

    expectValid(build(10));
    const message = synthError(build(11));
    expect(message).toContain(
      "[test/Photos] bucket 'photos-1250000000' has 11 COS triggers; COS allows at most 10 notification rules per bucket. " +
        'Merge rules (a wildcard event or a shorter prefix) or spread the objects over more buckets. Rules: test/Photos/Rule-Fn0,',
    );
    expect(message).toContain('test/Photos/Rule-Fn10.');
  });

  test('each event of a rule counts as one trigger on the bucket', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: 'photos-1250000000' });
    const events = [
      CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST, CosEvent.OBJECT_CREATED_COPY,
      CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD, CosEvent.OBJECT_CREATED_ORIGIN, CosEvent.OBJECT_CREATED_REPLICATION,
    ];
    bucket.addEventNotification(events, CloudFunction.fromFunctionName(stack, 'A', 'a'), { prefix: 'a/' });
    bucket.addEventNotification(events, CloudFunction.fromFunctionName(stack, 'B', 'b'), { prefix: 'b/' });
    expect(synthError(stack)).toContain("[test/Photos] bucket 'photos-1250000000' has 12 COS triggers; COS allows at most 10");
  });

  test('10 COS triggers on one function are fine, 11 are rejected', () => {
    const build = (count: number): TerraformStack => {
      const { stack } = newStack();
      const fn = newFunction(stack, 'Fn');
      for (let i = 0; i < count; i++) {
        Bucket.fromBucketName(stack, `B${i}`, `bucket${i}-1250000000`).onObjectCreated(fn);
      }
      return stack;
    };

    expectValid(build(10));
    const message = synthError(build(11));
    expect(message).toContain(
      '[test/Fn] function [test/Fn] has 11 COS triggers; SCF allows at most 10 COS triggers per function. ' +
        'Use wildcard events or fewer rules, or split the work over several functions. Rules: test/B0/Rule-Fn,',
    );
    expect(message).toContain('test/B10/Rule-Fn.');
  });

  test('two imports of one function by name are counted as one function', () => {
    const { stack } = newStack();
    for (let i = 0; i < 11; i++) {
      // Every bucket imports the same function again.
      const fn = CloudFunction.fromFunctionAttributes(stack, `Fn${i}`, { functionName: 'shared', namespace: 'media' });
      Bucket.fromBucketName(stack, `B${i}`, `bucket${i}-1250000000`).onObjectCreated(fn);
    }
    expect(synthError(stack)).toContain('[test/Fn0] function [test/Fn0] has 11 COS triggers; SCF allows at most 10 COS triggers per function.');
  });

  test('functions of the same name in different namespaces are different functions', () => {
    const { stack } = newStack();
    for (let i = 0; i < 11; i++) {
      const fn = CloudFunction.fromFunctionAttributes(stack, `Fn${i}`, { functionName: 'shared', namespace: i < 6 ? 'a' : 'b' });
      Bucket.fromBucketName(stack, `B${i}`, `bucket${i}-1250000000`).onObjectCreated(fn);
    }
    expectValid(stack);
  });
});
