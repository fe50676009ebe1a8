// CosEvent: the 12 event types, each rendered as one trigger with a stable id, and the synth-time check of
// event names given to a rule.
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

  test.each([
    [CosEvent.OBJECT_CREATED, 'ObjectCreatedAll'],
    [CosEvent.OBJECT_CREATED_PUT, 'ObjectCreatedPut'],
    [CosEvent.OBJECT_CREATED_POST, 'ObjectCreatedPost'],
    [CosEvent.OBJECT_CREATED_COPY, 'ObjectCreatedCopy'],
    [CosEvent.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD, 'ObjectCreatedCompleteMultipartUpload'],
    [CosEvent.OBJECT_CREATED_ORIGIN, 'ObjectCreatedOrigin'],
    [CosEvent.OBJECT_CREATED_REPLICATION, 'ObjectCreatedReplication'],
    [CosEvent.OBJECT_REMOVE, 'ObjectRemoveAll'],
    [CosEvent.OBJECT_REMOVE_DELETE, 'ObjectRemoveDelete'],
    [CosEvent.OBJECT_REMOVE_DELETE_MARKER_CREATED, 'ObjectRemoveDeleteMarkerCreated'],
    [CosEvent.OBJECT_RESTORE_POST, 'ObjectRestorePost'],
    [CosEvent.OBJECT_RESTORE_COMPLETED, 'ObjectRestoreCompleted'],
  ])('%s renders one trigger with child id %s and the event in trigger_desc', (event, childId) => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', { bucket, target: fn, events: [event] });

    expect(rule.triggers).toHaveLength(1);
    expect(rule.triggers[0].node.id).toBe(childId);
    expect(rule.triggers[0].node.path).toBe(`test/Rule/${childId}`);
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const trigger = rendered(JSON.parse(text), stack, rule.triggers[0]);
    expect(trigger.type).toBe('cos');
    expect(trigger.trigger_desc).toBe(`{"event":"${event}","filter":{"Prefix":"","Suffix":""}}`);
  });

  test('several events give one trigger each, in the order given', () => {
    const { stack, bucket, fn } = fixture();
    const rule = new EventRule(stack, 'Rule', {
      bucket,
      target: fn,
      events: [CosEvent.OBJECT_CREATED_PUT, CosEvent.OBJECT_REMOVE_DELETE, CosEvent.OBJECT_RESTORE_COMPLETED],
    });

    expect(rule.triggers.map((t) => t.node.id)).toEqual(['ObjectCreatedPut', 'ObjectRemoveDelete', 'ObjectRestoreCompleted']);
    const json = synth(stack);
    expect(rule.triggers.map((t) => JSON.parse(rendered(json, stack, t).trigger_desc).event)).toEqual([
      'cos:ObjectCreated:Put',
      'cos:ObjectRemove:Delete',
      'cos:ObjectRestore:Completed',
    ]);
  });

  test('adding an event keeps the logical id of the existing trigger', () => {
    const before = fixture();
    const r1 = new EventRule(before.stack, 'Rule', { bucket: before.bucket, target: before.fn, events: [CosEvent.OBJECT_CREATED_PUT] });
    const after = fixture();
    const r2 = new EventRule(after.stack, 'Rule', {
      bucket: after.bucket,
      target: after.fn,
      events: [CosEvent.OBJECT_CREATED_POST, CosEvent.OBJECT_CREATED_PUT],
    });

    expect(after.stack.getLogicalId(r2.triggers[1])).toBe(before.stack.getLogicalId(r1.triggers[0]));
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

      expect(rule.triggers.map((t) => t.node.id)).toEqual(['ObjectCreatedPut']);
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

    expect(rule.triggers.map((t) => t.node.id)).toEqual(['ObjectCreatedAll', 'ObjectRemoveAll']);
    expect(synthText(stack)).toConformToProviderSchema();
  });
});
