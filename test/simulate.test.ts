// Routing simulation over synthesized stacks, and the routing matchers built on it.
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, IBucket, Runtime } from '../lib';
import { cosTriggersOf, simulate } from '../lib/testing';
import { APP_ID, newStack, synth, synthText } from './helpers/stack';

const PHOTOS = `photos-${APP_ID}`;
const DOCS = `docs-${APP_ID}`;

function fn(stack: TerraformStack, id: string, functionName?: string): CloudFunction {
  return new CloudFunction(stack, id, { functionName, runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(Bucket.fromBucketAttributes(stack, `${id}Code`, { bucketName: `code-${APP_ID}`, region: 'ap-guangzhou' }), `${id}.zip`) });
}

/**
 * One bucket with four functions: thumbnails for .jpg under uploads/, an auditor for every removal, a
 * restore notifier, and a disabled rule for .png uploads. A second bucket has its own function.
 */
function gallery() {
  const { stack } = newStack();
  const photos = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
  const docs = new Bucket(stack, 'Docs', { bucketName: DOCS });
  const thumbs = fn(stack, 'Thumbs', 'thumbs');
  const auditor = fn(stack, 'Auditor', 'auditor');
  const restores = fn(stack, 'Restores', 'restores');
  const pngs = fn(stack, 'Pngs', 'pngs');
  const indexer = fn(stack, 'Indexer', 'indexer');
  photos.onObjectCreated(thumbs, { prefix: 'uploads/', suffix: '.jpg' });
  photos.onObjectRemoved(auditor);
  photos.addEventNotification([CosEvent.OBJECT_RESTORE_COMPLETED], restores, { prefix: 'archive/' });
  new EventRule(stack, 'PngRule', { bucket: photos, target: pngs, events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.png' }, enabled: false });
  docs.addEventNotification([CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST], indexer, { suffix: '.pdf' });
  return { stack, photos, docs, thumbs, auditor, restores, pngs, indexer };
}

const names = (stack: TerraformStack | string, bucket: string, key: string, event: CosEvent) =>
  simulate(stack, { bucket, key, event }).map((m) => m.functionName);

describe('simulate', () => {
  const g = gallery();
  const json = synthText(g.stack);

  test.each([
    ['a specific event under a wildcard rule, prefix and suffix', PHOTOS, 'uploads/cat.jpg', CosEvent.OBJECT_CREATED_PUT, ['thumbs']],
    ['every created event reaches the wildcard rule', PHOTOS, 'uploads/cat.jpg', CosEvent.OBJECT_CREATED_REPLICATION, ['thumbs']],
    ['suffix is case-sensitive', PHOTOS, 'uploads/cat.JPG', CosEvent.OBJECT_CREATED_PUT, []],
    ['prefix is literal: no match elsewhere', PHOTOS, 'other/uploads/cat.jpg', CosEvent.OBJECT_CREATED_PUT, []],
    ['a nested key under the prefix', PHOTOS, 'uploads/2024/05/cat.jpg', CosEvent.OBJECT_CREATED_COPY, ['thumbs']],
    ['keys with spaces and unicode', PHOTOS, 'uploads/我的 猫.jpg', CosEvent.OBJECT_CREATED_PUT, ['thumbs']],
    ['no filter: every removal, any key', PHOTOS, 'any/thing at all', CosEvent.OBJECT_REMOVE_DELETE, ['auditor']],
    ['no filter: delete markers too', PHOTOS, 'x', CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED, ['auditor']],
    ['prefix only', PHOTOS, 'archive/2019.tar', CosEvent.OBJECT_RESTORE_COMPLETED, ['restores']],
    ['prefix only, outside it', PHOTOS, 'reports/2019.tar', CosEvent.OBJECT_RESTORE_COMPLETED, []],
    ['the restore event of the other kind', PHOTOS, 'archive/2019.tar', CosEvent.OBJECT_RESTORE_POST, []],
    ['a disabled rule invokes nothing', PHOTOS, 'uploads/cat.png', CosEvent.OBJECT_CREATED_PUT, []],
    ['suffix only, on another bucket', DOCS, 'a/b/c.pdf', CosEvent.OBJECT_CREATED_POST, ['indexer']],
    ['an event the other bucket does not listen to', DOCS, 'c.pdf', CosEvent.OBJECT_CREATED_COPY, []],
    ['an unrelated bucket', `other-${APP_ID}`, 'uploads/cat.jpg', CosEvent.OBJECT_CREATED_PUT, []],
    ['a wildcard operation asks for any event of its family', DOCS, 'c.pdf', CosEvent.OBJECT_CREATED, ['indexer', 'indexer']],
  ])('%s', (_, bucket, key, event, expected) => {
    expect(names(json, bucket, key, event)).toEqual(expected);
  });

  test('the match names the function, the trigger and the rule that matched', () => {
    expect(simulate(g.stack, { bucket: PHOTOS, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT })).toEqual([{
      functionName: 'thumbs',
      namespace: 'default',
      qualifier: '$LATEST',
      functionAddress: `tencentcloud_scf_function.${g.stack.getLogicalId(g.thumbs.resource)}`,
      functionPath: 'test/Thumbs/Resource',
      triggerAddress: `tencentcloud_scf_trigger.${g.stack.getLogicalId(g.photos.node.findChild('Rule-Thumbs').node.findChild('Trigger') as any)}`,
      triggerPath: 'test/Photos/Rule-Thumbs/Trigger',
      ruleEvent: CosEvent.OBJECT_CREATED,
      filter: { prefix: 'uploads/', suffix: '.jpg' },
      enabled: true,
      bucket: PHOTOS,
      region: 'ap-guangzhou',
    }]);
  });

  test('an entry of a function\'s triggers block names the function block entry and the rule it comes from', () => {
    expect(simulate(g.stack, { bucket: DOCS, key: 'a.pdf', event: CosEvent.OBJECT_CREATED_POST })).toEqual([{
      functionName: 'indexer',
      namespace: 'default',
      qualifier: '$LATEST',
      functionAddress: `tencentcloud_scf_function.${g.stack.getLogicalId(g.indexer.resource)}`,
      functionPath: 'test/Indexer/Resource',
      triggerAddress: `tencentcloud_scf_function.${g.stack.getLogicalId(g.indexer.resource)}.triggers[0]`,
      triggerPath: 'test/Docs/Rule-Indexer',
      ruleEvent: CosEvent.OBJECT_CREATED_POST,
      filter: { prefix: '', suffix: '.pdf' },
      enabled: true,
      bucket: DOCS,
      region: 'ap-guangzhou',
    }]);
    // cdktf synth writes the rule into the entry's '//' comment; Testing.synth text leaves comments out.
    const cdktfOut = JSON.parse(JSON.stringify(g.stack.toTerraform()));
    expect(simulate(cdktfOut, { bucket: DOCS, key: 'a.pdf', event: CosEvent.OBJECT_CREATED_PUT }).map((m) => m.triggerPath)).toEqual(['test/Docs/Rule-Indexer']);
    expect(simulate(json, { bucket: DOCS, key: 'a.pdf', event: CosEvent.OBJECT_CREATED_PUT }).map((m) => m.triggerPath)).toEqual([undefined]);
  });

  test('disabled triggers on request', () => {
    const [m] = simulate(json, { bucket: PHOTOS, key: 'uploads/cat.png', event: CosEvent.OBJECT_CREATED_PUT }, { includeDisabled: true });
    expect(m).toMatchObject({ functionName: 'pngs', enabled: false, ruleEvent: CosEvent.OBJECT_CREATED_PUT, filter: { prefix: '', suffix: '.png' } });
  });

  test('agrees with EventRule.matches for every event on a table of keys', () => {
    const rules = g.photos.node.findAll().filter((c): c is EventRule => c instanceof EventRule);
    const events = Object.values(CosEvent).filter((e) => !e.endsWith('*'));
    for (const key of ['uploads/cat.jpg', 'uploads/cat.png', 'archive/a', 'x', 'uploads/.jpg']) {
      for (const event of events) {
        const expected = rules.filter((r) => r.enabled && r.matches(event, key)).map((r) => r.target.node.id.toLowerCase()).sort();
        expect([event, key, names(json, PHOTOS, key, event).sort()]).toEqual([event, key, expected]);
      }
    }
  });

  test('a stack is synthesized first, with validations on', () => {
    expect(names(g.stack, PHOTOS, 'uploads/cat.jpg', CosEvent.OBJECT_CREATED_PUT)).toEqual(['thumbs']);
    const { stack } = newStack();
    new Bucket(stack, 'Bad', { bucketName: 'Bad_Name' });
    expect(() => simulate(stack, { bucket: 'x', key: 'y', event: CosEvent.OBJECT_CREATED_PUT })).toThrow('Validation failed');
  });

  test('functions without a literal name are reported by their Terraform expression', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const f = fn(stack, 'Worker');
    bucket.onObjectCreated(f);
    const json2 = synth(stack);
    const [m] = simulate(json2, { bucket: PHOTOS, key: 'a', event: CosEvent.OBJECT_CREATED_POST });
    expect(m.functionName).toBe(json2.resource.tencentcloud_scf_function[stack.getLogicalId(f.resource)].name);
  });

  test('imported buckets are found by their literal domain', () => {
    const { stack } = newStack();
    const imported: IBucket = Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: `legacy-${APP_ID}`, region: 'ap-guangzhou' });
    imported.onObjectCreated(fn(stack, 'Worker', 'worker'), { suffix: '.csv' });
    expect(names(stack, `legacy-${APP_ID}`, 'in/a.csv', CosEvent.OBJECT_CREATED_PUT)).toEqual(['worker']);
    expect(cosTriggersOf(stack)).toEqual([expect.objectContaining({ bucket: `legacy-${APP_ID}`, region: 'ap-guangzhou', functionName: 'worker' })]);
  });

  test("triggers written with the raw bindings count too, including a function's inline triggers block", () => {
    const { stack } = newStack();
    const bucket = new tencentcloud.cosBucket.CosBucket(stack, 'Raw', { bucket: PHOTOS });
    const raw = new tencentcloud.scfFunction.ScfFunction(stack, 'RawFn', {
      name: 'raw-fn',
      runtime: 'Nodejs18.15',
      handler: 'index.main_handler',
      cosBucketName: PHOTOS,
      cosBucketRegion: 'ap-guangzhou',
      cosObjectName: 'a.zip',
      triggers: [{ name: bucket.bucket, type: 'cos', cosRegion: 'ap-guangzhou', triggerDesc: '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"","Suffix":""}}' }],
    });
    new tencentcloud.scfTrigger.ScfTrigger(stack, 'RawTrigger', {
      functionName: raw.name,
      namespace: 'default',
      type: 'cos',
      triggerName: bucket.cosBucketUrl,
      triggerDesc: '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"in/"}}',
      enable: 'CLOSE',
    });
    const json2 = synthText(stack);
    expect(names(json2, PHOTOS, 'in/a', CosEvent.OBJECT_REMOVE_DELETE)).toEqual(['raw-fn']);
    expect(names(json2, PHOTOS, 'in/a', CosEvent.OBJECT_CREATED_PUT)).toEqual([]);
    expect(simulate(json2, { bucket: PHOTOS, key: 'in/a', event: CosEvent.OBJECT_CREATED_PUT }, { includeDisabled: true }))
      .toEqual([expect.objectContaining({ functionName: 'raw-fn', enabled: false, filter: { prefix: 'in/', suffix: '' } })]);
  });

  test('a trigger known only at apply time is an error, unless skipped; triggers of other known buckets never are', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' });
    bucket.onObjectCreated(fn(stack, 'Worker', 'worker'), { prefix: prefix.stringValue });
    const json2 = synthText(stack);
    expect(() => simulate(stack, { bucket: PHOTOS, key: 'a', event: CosEvent.OBJECT_CREATED_PUT })).toThrow(
      /^simulate: cannot tell whether test\/Photos\/Rule-Worker\/Trigger matches: its trigger_desc ".*" is known only at apply time\. Pass \{ ignoreUnresolved: true \} to skip such triggers\.$/);
    expect(simulate(json2, { bucket: PHOTOS, key: 'a', event: CosEvent.OBJECT_CREATED_PUT }, { ignoreUnresolved: true })).toEqual([]);
    expect(simulate(json2, { bucket: DOCS, key: 'a', event: CosEvent.OBJECT_CREATED_PUT })).toEqual([]);
  });

  test('bad operations are refused with a clear error', () => {
    expect(() => simulate(json, { bucket: PHOTOS, key: 'a', event: 's3:ObjectCreated:Put' })).toThrow("simulate: 's3:ObjectCreated:Put' is not a COS event type");
    expect(() => simulate(json, { bucket: '', key: 'a', event: CosEvent.OBJECT_CREATED_PUT })).toThrow('simulate: bucket must be a bucket name with its APPID');
    expect(() => simulate(json, { bucket: PHOTOS, key: 7 as any, event: CosEvent.OBJECT_CREATED_PUT })).toThrow('simulate: key must be a string, got 7');
  });
});

describe('toRouteEvent', () => {
  const g = gallery();
  const json = synthText(g.stack);
  const upload = { bucket: PHOTOS, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };

  test('to a function by deployed name, construct path, Terraform address or construct', () => {
    expect(json).toRouteEvent(upload);
    expect(json).toRouteEvent(upload, 'thumbs');
    // Construct paths are known from a stack (or cdktf.out JSON), not from Testing.synth's text.
    expect(g.stack).toRouteEvent(upload, 'test/Thumbs');
    expect(json).toRouteEvent(upload, `tencentcloud_scf_function.${g.stack.getLogicalId(g.thumbs.resource)}`);
    expect(g.stack).toRouteEvent(upload, g.thumbs);
    expect(json).not.toRouteEvent(upload, g.auditor);
    expect(json).not.toRouteEvent({ ...upload, key: 'uploads/cat.gif' });
  });

  test('an imported function is compared by its name', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
    const existing = CloudFunction.fromFunctionName(stack, 'Existing', 'legacy-fn');
    bucket.onObjectCreated(existing);
    expect(stack).toRouteEvent(upload, existing);
    expect(stack).toRouteEvent(upload, 'legacy-fn');
  });

  test('failure messages show what matched, or the triggers of the bucket', () => {
    expect(() => expect(g.stack).toRouteEvent(upload, 'auditor')).toThrow(
      "expected cos:ObjectCreated:Put of 'uploads/cat.jpg' in photos-1250000000 to reach 'auditor', but it reaches only:\n" +
      "  - thumbs via test/Photos/Rule-Thumbs/Trigger: cos:ObjectCreated:* (prefix 'uploads/', suffix '.jpg')");
    // Triggers are listed in the order of the synthesized JSON (by logical id).
    expect(() => expect(g.stack).toRouteEvent({ ...upload, key: 'uploads/cat.png' })).toThrow(
      "expected cos:ObjectCreated:Put of 'uploads/cat.png' in photos-1250000000 to reach a function, but no trigger matches.\n" +
      'Triggers on photos-1250000000:\n' +
      '  - cos:ObjectRemove:* (no filter) -> auditor [test/Photos/Rule-Auditor/Trigger]\n' +
      "  - cos:ObjectRestore:Completed (prefix 'archive/') -> restores [test/Photos/Rule-Restores/Trigger]\n" +
      "  - cos:ObjectCreated:* (prefix 'uploads/', suffix '.jpg') -> thumbs [test/Photos/Rule-Thumbs/Trigger]\n" +
      "  - cos:ObjectCreated:Put (suffix '.png') -> pngs (disabled) [test/PngRule/Trigger]");
    expect(() => expect(g.stack).not.toRouteEvent(upload, g.thumbs)).toThrow(
      "expected cos:ObjectCreated:Put of 'uploads/cat.jpg' in photos-1250000000 not to reach [test/Thumbs], but it does:\n" +
      "  - thumbs via test/Photos/Rule-Thumbs/Trigger: cos:ObjectCreated:* (prefix 'uploads/', suffix '.jpg')");
    expect(() => expect(json).toRouteEvent({ ...upload, bucket: `nope-${APP_ID}` })).toThrow(
      'Bucket nope-1250000000 has no COS triggers; buckets with triggers: docs-1250000000, photos-1250000000.');
  });
});

describe('toHaveEventRule', () => {
  const g = gallery();
  const json = synthText(g.stack);

  test('passes for exact events and filter, optionally the target, and disabled rules when asked', () => {
    expect(g.stack).toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' }, target: g.thumbs });
    expect(json).toHaveEventRule(DOCS, { events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_POST], filter: { suffix: '.pdf' }, target: 'indexer' });
    expect(json).toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_REMOVE] });
    expect(json).toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.png' }, enabled: false });
    // Exact: a narrower filter or a member of a wildcard is another rule.
    expect(json).not.toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/' } });
    expect(json).not.toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_REMOVE_DELETE] });
    expect(json).not.toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_CREATED_PUT], filter: { suffix: '.png' } });
  });

  test('failure messages name what is missing and list the bucket\'s triggers', () => {
    expect(() => expect(g.stack).toHaveEventRule(DOCS, { events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_COPY], filter: { suffix: '.pdf' } })).toThrow(
      "expected bucket docs-1250000000 to have a rule for cos:ObjectCreated:Put, cos:ObjectCreated:Copy (suffix '.pdf'); missing: cos:ObjectCreated:Copy.\n" +
      'Triggers on docs-1250000000:\n' +
      "  - cos:ObjectCreated:Post (suffix '.pdf') -> indexer [test/Docs/Rule-Indexer]\n" +
      "  - cos:ObjectCreated:Put (suffix '.pdf') -> indexer [test/Docs/Rule-Indexer]");
    expect(() => expect(g.stack).not.toHaveEventRule(PHOTOS, { events: [CosEvent.OBJECT_REMOVE], target: g.auditor })).toThrow(
      'expected bucket photos-1250000000 not to have a rule for cos:ObjectRemove:* (no filter) to [test/Auditor], but it has');
    expect(() => expect(json).toHaveEventRule(PHOTOS, { events: ['cos:ObjectCreated:Puts'] })).toThrow("toHaveEventRule: 'cos:ObjectCreated:Puts' is not a COS event type");
  });
});
