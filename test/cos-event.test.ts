// CosEvent: the 12 event types, each rendered as one trigger whose address does not depend on the event, and the
// synth-time check of event names given to a rule.
import { TerraformResource } from 'cdktf';
import { CosEvent, EventRule } from '../lib';
import { photosAndFunction, rendered, synth, synthError, synthText } from './helpers/stack';

const fixture = () => photosAndFunction({ functionName: 'resizer' });

const ALLOWED =
  "Allowed: 'cos:ObjectCreated:*', 'cos:ObjectCreated:Put', 'cos:ObjectCreated:Post', 'cos:ObjectCreated:Copy', " +
  "'cos:ObjectCreated:CompleteMultipartUpload', 'cos:ObjectCreated:Origin', 'cos:ObjectCreated:Replication', " +
  "'cos:ObjectRemove:*', 'cos:ObjectRemove:Delete', 'cos:ObjectRemove:DeleteMarkerCreated', " +
  "'cos:ObjectRestore:Post', 'cos:ObjectRestore:Completed' (or the CosEvent enum).";

describe('CosEvent', () => {
  test('has exactly the 12 COS event types, with their wire names', () => {
    expect(Object.values(CosEvent)).toEqual([
      'cos:ObjectCreated:*',
      'cos:ObjectCreated:Put',
      'cos:ObjectCreated:Post',
      'cos:ObjectCreated:Copy',
      'cos:ObjectCreated:CompleteMultipartUpload',
      'cos:ObjectCreated:Origin',
      'cos:ObjectCreated:Replication',
      'cos:ObjectRemove:*',
      'cos:ObjectRemove:Delete',
      'cos:ObjectRemove:DeleteMarkerCreated',
      'cos:ObjectRestore:Post',
      'cos:ObjectRestore:Completed',
    ]);
  });

  test.each(Object.values(CosEvent))('%s alone renders one standalone trigger (child Trigger) with the event in trigger_desc', (event) => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [event] });

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rule.triggers.map((t) => t.node.path)).toEqual(['test/Rule/Trigger']);
    const trigger = rendered(JSON.parse(text), stack, rule.triggers[0]);
    expect(trigger.type).toBe('cos');
    expect(trigger.trigger_desc).toBe(`{"event":"${event}","filter":{"Prefix":"","Suffix":""}}`);
  });

  test('several events give one entry each in the function\'s triggers block', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_RESTORE_COMPLETED, CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_REMOVE_DELETE],
    });

    const json = synth(stack);
    expect(rule.triggers).toEqual([]);
    expect(rendered(json, stack, fn.resource).triggers.map((t: { trigger_desc: string }) => JSON.parse(t.trigger_desc).event)).toEqual([
      'cos:ObjectCreated:Put',
      'cos:ObjectRemove:Delete',
      'cos:ObjectRestore:Completed',
    ]);
  });

  test('changing the event keeps the address of the trigger (it is replaced there, through its configuration anchor)', () => {
    const before = fixture();
    const r1 = new EventRule(before.stack, 'Rule', { bucket: before.bucket, target: before.fn, events: [CosEvent.OBJECT_CREATED_PUT] });
    const after = fixture();
    const r2 = new EventRule(after.stack, 'Rule', { bucket: after.bucket, target: after.fn, events: [CosEvent.OBJECT_CREATED] });

    expect(after.stack.getLogicalId(r2.triggers[0])).toBe(before.stack.getLogicalId(r1.triggers[0]));
    const configOf = (r: EventRule) => r.node.findChild('TriggerConfig') as TerraformResource;
    expect(after.stack.getLogicalId(configOf(r2))).toBe(before.stack.getLogicalId(configOf(r1)));
    expect(rendered(synth(after.stack), after.stack, configOf(r2)).input.trigger_desc)
      .not.toBe(rendered(synth(before.stack), before.stack, configOf(r1)).input.trigger_desc);
  });

  test('a plain string that is a valid event name is accepted', () => {
    const { stack, bucket, fn } = fixture();
    const rule = bucket.addEventNotification(['cos:ObjectCreated:Put' as CosEvent], fn);

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(JSON.parse(rendered(JSON.parse(text), stack, rule.triggers[0]).trigger_desc).event).toBe('cos:ObjectCreated:Put');
  });

  describe('invalid event names are rejected at synth time', () => {
    test.each([
      ['wrong case', 'cos:ObjectCreated:put', 'cos:ObjectCreated:Put'],
      ['S3 name', 's3:ObjectRemoved:*', 'cos:ObjectRemove:*'],
      ['missing prefix', 'ObjectCreated:Copy', 'cos:ObjectCreated:Copy'],
      ['space after cos:', 'cos: ObjectCreated:*', 'cos:ObjectCreated:*'],
      ['typo', 'cos:ObjectCreated:Replicaton', 'cos:ObjectCreated:Replication'],
    ])('a near miss (%s) gets "Did you mean"', (_what, bad, suggestion) => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification([bad as CosEvent], fn);

      const message = synthError(stack);
      expect(message).toContain(`[test/Photos/Rule-Fn] '${bad}' is not a COS event type. Did you mean '${suggestion}'? ${ALLOWED}`);
    });

    test('a name far from every event gets no suggestion, only the allowed names', () => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification(['upload' as CosEvent], fn);

      const message = synthError(stack);
      expect(message).toContain(`[test/Photos/Rule-Fn] 'upload' is not a COS event type. ${ALLOWED}`);
      expect(message).not.toContain('Did you mean');
    });

    test('there is no restore wildcard: the message says so and names both restore events', () => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification(['cos:ObjectRestore:*' as CosEvent], fn);

      const message = synthError(stack);
      expect(message).toContain(
        "[test/Photos/Rule-Fn] 'cos:ObjectRestore:*' is not a COS event type: there is no wildcard for the restore family. " +
          "List both 'cos:ObjectRestore:Post' and 'cos:ObjectRestore:Completed' (or use bucket.onObjectRestored()).",
      );
      // Not the closest spelling, which would be wrong.
      expect(message).not.toContain("Did you mean 'cos:ObjectRemove:*'");
    });

    test('a non-string event is reported with its type', () => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification([42 as unknown as CosEvent], fn);

      expect(synthError(stack)).toContain(`[test/Photos/Rule-Fn] 42 is not a COS event type: event types are strings. ${ALLOWED}`);
    });

    test('an invalid event renders no trigger, the valid ones of the rule still do', () => {
      const { stack, bucket, fn } = fixture();
      const rule = bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT, 'cos:ObjectCreated:Pat' as CosEvent], fn);

      expect(rule.triggers.map((t) => t.node.id)).toEqual(['Trigger']);
      expect(synthError(stack)).toContain("'cos:ObjectCreated:Pat' is not a COS event type. Did you mean 'cos:ObjectCreated:Put'?");
    });

    test('an empty events list is rejected', () => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification([], fn);

      expect(synthError(stack)).toContain(
        "[test/Photos/Rule-Fn] 'events' is empty: give at least one COS event type, e.g. [CosEvent.OBJECT_CREATED].",
      );
    });

    test('an event listed twice is rejected', () => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification([CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED_PUT], fn);

      expect(synthError(stack)).toContain("[test/Photos/Rule-Fn] event 'cos:ObjectCreated:Put' is listed twice in 'events'.");
    });

    test.each([
      [[CosEvent.OBJECT_CREATED, CosEvent.OBJECT_CREATED_PUT]],
      [[CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_CREATED]],
    ])('a wildcard and a member of its family in one rule are rejected (%j)', (events) => {
      const { stack, bucket, fn } = fixture();
      bucket.addEventNotification(events, fn);

      const message = synthError(stack);
      expect(message).toContain(
        `[test/Photos/Rule-Fn] events '${events[0]}' and '${events[1]}' overlap ('cos:ObjectCreated:*' already covers the other). List only one of them.`,
      );
    });
  });

  test('events of different families in one rule are fine', () => {
    const { stack, bucket, fn } = fixture();
    const rule = bucket.addEventNotification([CosEvent.OBJECT_CREATED, CosEvent.OBJECT_REMOVE], fn);

    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    expect(rule.triggers).toEqual([]);
    expect(rendered(JSON.parse(text), stack, fn.resource).triggers.map((t: { trigger_desc: string }) => t.trigger_desc)).toEqual([
      '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"","Suffix":""}}',
      '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"","Suffix":""}}',
    ]);
  });
});
