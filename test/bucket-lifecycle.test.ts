// Bucket lifecycle rules: the lifecycle_rules each feature renders to, and every rule they are checked against
// (a passing case, the full message of a failing one, and an unresolved token that is never judged by its value).
import { AnnotationMetadataEntryType, TerraformStack, TerraformVariable } from 'cdktf';
import { Bucket, BucketProps, LifecycleRule, StorageClass } from '../lib';
import { newStack, rendered, synthError, synthText } from './helpers/stack';

const BUCKET = 'logs-1250000000';

/** A stack with the bucket `Logs` and the given props. */
function logsBucket(props: Partial<BucketProps> = {}): { stack: TerraformStack; bucket: Bucket } {
  const { stack } = newStack();
  return { stack, bucket: new Bucket(stack, 'Logs', { bucketName: BUCKET, ...props }) };
}

/** The bucket's rendered lifecycle_rules, after the schema check of the whole stack. */
function renderedRules(stack: TerraformStack, bucket: Bucket): unknown {
  const text = synthText(stack);
  expect(text).toConformToProviderSchema();
  return rendered(JSON.parse(text), stack, bucket.resource).lifecycle_rules;
}

/** Every validation message of a stack that must not synthesize, one per line as `[path] message`. */
function problems(stack: TerraformStack): string[] {
  return synthError(stack).split('\n').filter((l) => l.startsWith('  [')).map((l) => l.slice(2));
}

/** The problems of one rule on a bucket (versioned unless told). */
function ruleProblems(rule: unknown, props: Partial<BucketProps> = { versioned: true }): string[] {
  const { stack } = logsBucket({ ...props, lifecycleRules: [rule as LifecycleRule] });
  return problems(stack);
}

/** Fails the test unless the rule synthesizes, and returns what it rendered to. */
function accepted(rule: unknown, props: Partial<BucketProps> = { versioned: true }): unknown {
  const { stack, bucket } = logsBucket({ ...props, lifecycleRules: [rule as LifecycleRule] });
  return renderedRules(stack, bucket);
}

function numberToken(stack: TerraformStack, id: string): number {
  return new TerraformVariable(stack, id, { type: 'number' }).numberValue;
}

/** A boolean known only at apply time (cdktf types it as IResolvable). */
function boolToken(stack: TerraformStack, id: string): boolean {
  return new TerraformVariable(stack, id, { type: 'bool' }).booleanValue as unknown as boolean;
}

function stringToken(stack: TerraformStack, id: string): string {
  return new TerraformVariable(stack, id, { type: 'string' }).stringValue;
}

const L = '[test/Logs]';

/** A transition after a number of days. */
const after = (storageClass: StorageClass, days: number) => ({ storageClass, days });

describe('lifecycle_rules rendering', () => {
  test('a bucket without rules has no lifecycle_rules', () => {
    const { stack, bucket } = logsBucket();
    expect(renderedRules(stack, bucket)).toBeUndefined();
  });

  test('transitions by days to every storage class, expiration, aborted uploads, prefix and id', () => {
    expect(accepted({
      id: 'age-out-logs',
      prefix: 'logs/',
      transitions: [
        { storageClass: StorageClass.STANDARD_IA, days: 30 },
        { storageClass: StorageClass.INTELLIGENT_TIERING, days: 60 },
        { storageClass: StorageClass.ARCHIVE, days: 90 },
        { storageClass: StorageClass.DEEP_ARCHIVE, days: 180 },
      ],
      expirationDays: 365,
      abortIncompleteMultipartUploadAfterDays: 7,
    }, {})).toEqual([{
      id: 'age-out-logs',
      filter_prefix: 'logs/',
      transition: [
        { storage_class: 'STANDARD_IA', days: 30 },
        { storage_class: 'INTELLIGENT_TIERING', days: 60 },
        { storage_class: 'ARCHIVE', days: 90 },
        { storage_class: 'DEEP_ARCHIVE', days: 180 },
      ],
      expiration: { days: 365 },
      abort_incomplete_multipart_upload: { days_after_initiation: 7 },
    }]);
  });

  test('a transition after 0 days moves objects on the first lifecycle run', () => {
    expect(accepted({ transitions: [{ storageClass: StorageClass.ARCHIVE, days: 0 }] }, {}))
      .toEqual([{ transition: [{ storage_class: 'ARCHIVE', days: 0 }] }]);
  });

  test('transitions and expiration by date', () => {
    expect(accepted({
      transitions: [{ storageClass: StorageClass.ARCHIVE, date: '2027-01-01' }],
      expirationDate: '2028-02-29',
    }, {})).toEqual([{ transition: [{ storage_class: 'ARCHIVE', date: '2027-01-01' }], expiration: { date: '2028-02-29' } }]);
  });

  test('expired delete markers', () => {
    expect(accepted({ id: 'markers', expiredObjectDeleteMarker: true })).toEqual([{ id: 'markers', expiration: { delete_marker: true } }]);
  });

  test('noncurrent version transitions and expiration', () => {
    expect(accepted({
      noncurrentVersionTransitions: [
        { storageClass: StorageClass.STANDARD_IA, days: 0 },
        { storageClass: StorageClass.DEEP_ARCHIVE, days: 30 },
      ],
      noncurrentVersionExpirationDays: 90,
    })).toEqual([{
      non_current_transition: [
        { storage_class: 'STANDARD_IA', non_current_days: 0 },
        { storage_class: 'DEEP_ARCHIVE', non_current_days: 30 },
      ],
      non_current_expiration: { non_current_days: 90 },
    }]);
  });

  test('addLifecycleRule() appends after the rules of the prop, and works without them', () => {
    const { stack, bucket } = logsBucket({ lifecycleRules: [{ id: 'first', expirationDays: 30 }] });
    bucket.addLifecycleRule({ id: 'second', abortIncompleteMultipartUploadAfterDays: 1 });
    expect(renderedRules(stack, bucket)).toEqual([
      { id: 'first', expiration: { days: 30 } },
      { id: 'second', abort_incomplete_multipart_upload: { days_after_initiation: 1 } },
    ]);

    const other = logsBucket();
    other.bucket.addLifecycleRule({ prefix: 'tmp/', expirationDays: 1 });
    expect(renderedRules(other.stack, other.bucket)).toEqual([{ filter_prefix: 'tmp/', expiration: { days: 1 } }]);
  });

  test('a disabled rule is checked, left out of lifecycle_rules, and said so', () => {
    const { stack, bucket } = logsBucket({
      lifecycleRules: [{ id: 'paused', enabled: false, expirationDays: 30 }, { id: 'live', enabled: true, expirationDays: 60 }],
    });
    expect(renderedRules(stack, bucket)).toEqual([{ id: 'live', expiration: { days: 60 } }]);
    expect(bucket.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => m.data)).toEqual([
      "lifecycleRules[0] is disabled: it is left out of the bucket's lifecycle_rules (the provider would send it enabled).",
    ]);

    const allOff = logsBucket({ lifecycleRules: [{ enabled: false, expirationDays: 0 }] });
    expect(problems(allOff.stack)).toEqual([
      `${L} 'lifecycleRules[0].expirationDays' 0 is not allowed: use a whole number of days, 1 or more (the provider does not send an expiration of 0 days).`,
    ]);
  });

  test('when every rule is disabled, the bucket has no lifecycle_rules', () => {
    const { stack, bucket } = logsBucket({ lifecycleRules: [{ enabled: false, expirationDays: 30 }] });
    expect(renderedRules(stack, bucket)).toBeUndefined();
  });

  test('literal text is escaped for Terraform templates; tokens render as references', () => {
    const { stack, bucket } = logsBucket();
    const days = numberToken(stack, 'days');
    const prefix = stringToken(stack, 'prefix');
    const storageClass = stringToken(stack, 'class') as StorageClass;
    bucket.addLifecycleRule({ id: 'cost-${team}', prefix: 'a/${b}/', expirationDays: 30 });
    bucket.addLifecycleRule({ prefix, transitions: [{ storageClass, days }], expirationDays: days });
    expect(renderedRules(stack, bucket)).toEqual([
      { id: 'cost-$${team}', filter_prefix: 'a/$${b}/', expiration: { days: 30 } },
      { filter_prefix: '${var.prefix}', transition: [{ storage_class: '${var.class}', days: '${var.days}' }], expiration: { days: '${var.days}' } },
    ]);
  });
});

describe('lifecycle rule checks', () => {
  test('lifecycleRules must be an array, each rule an object with known properties', () => {
    const { stack } = logsBucket({ lifecycleRules: { expirationDays: 30 } as unknown as LifecycleRule[] });
    expect(problems(stack)).toEqual([`${L} 'lifecycleRules' must be an array of rules, got an object {"expirationDays":30}.`]);
    expect(ruleProblems('expire')).toEqual([`${L} 'lifecycleRules[0]' must be an object like { prefix: 'logs/', expirationDays: 30 }, got a string 'expire'.`]);
    expect(ruleProblems({ expirationDay: 30, expirationDays: 30 })).toEqual([
      `${L} 'lifecycleRules[0]' has an unknown property 'expirationDay'. Allowed: id, enabled, prefix, transitions, expirationDays, expirationDate, expiredObjectDeleteMarker, noncurrentVersionTransitions, noncurrentVersionExpirationDays, abortIncompleteMultipartUploadAfterDays.`,
    ]);
  });

  test('a rule needs an action', () => {
    expect(ruleProblems({ id: 'idle', prefix: 'logs/', expiredObjectDeleteMarker: false, transitions: [] })).toEqual([
      `${L} 'lifecycleRules[0]' has no action: give at least one of transitions, expirationDays, expirationDate, expiredObjectDeleteMarker, noncurrentVersionTransitions, noncurrentVersionExpirationDays, abortIncompleteMultipartUploadAfterDays.`,
    ]);
  });

  describe('id', () => {
    test('at most 255 characters, not empty, a string', () => {
      expect(accepted({ id: 'x'.repeat(255), expirationDays: 1 })).toEqual([{ id: 'x'.repeat(255), expiration: { days: 1 } }]);
      expect(ruleProblems({ id: 'x'.repeat(256), expirationDays: 1 })).toEqual([`${L} 'lifecycleRules[0].id' is 256 characters long; COS allows at most 255.`]);
      expect(ruleProblems({ id: '', expirationDays: 1 })).toEqual([`${L} 'lifecycleRules[0].id' is empty: give the rule a name such as 'archive-logs', or leave the id out.`]);
      expect(ruleProblems({ id: 7, expirationDays: 1 })).toEqual([`${L} 'lifecycleRules[0].id' must be a string, got a number 7.`]);
    });

    test('unique within the bucket, across the prop and addLifecycleRule()', () => {
      const { stack, bucket } = logsBucket({ lifecycleRules: [{ id: 'logs', expirationDays: 30 }, { id: 'tmp', expirationDays: 1 }] });
      bucket.addLifecycleRule({ id: 'logs', abortIncompleteMultipartUploadAfterDays: 1 });
      expect(problems(stack)).toEqual([`${L} 'lifecycleRules[2].id' 'logs' is already the id of lifecycleRules[0]: the rule ids of a bucket must be unique.`]);
    });

    test('tokens are not compared', () => {
      const { stack, bucket } = logsBucket();
      const id = stringToken(stack, 'id');
      bucket.addLifecycleRule({ id, expirationDays: 30 });
      bucket.addLifecycleRule({ id, expirationDays: 60 });
      expect(renderedRules(stack, bucket)).toEqual([{ id: '${var.id}', expiration: { days: 30 } }, { id: '${var.id}', expiration: { days: 60 } }]);
    });
  });

  test('enabled is a boolean known at synth time', () => {
    expect(ruleProblems({ enabled: 'yes', expirationDays: 1 })).toEqual([`${L} 'lifecycleRules[0].enabled' must be a boolean, got a string 'yes'.`]);
    const { stack, bucket } = logsBucket();
    bucket.addLifecycleRule({ enabled: boolToken(stack, 'on'), expirationDays: 1 });
    expect(problems(stack)).toEqual([
      `${L} 'lifecycleRules[0].enabled' must be known at synth time: a disabled rule is left out of lifecycle_rules, which cannot depend on a value known only at apply time. Use true or false.`,
    ]);
  });

  test('the prefix follows the key filter rules', () => {
    expect(ruleProblems({ prefix: '/logs/*', expirationDays: 1 })).toEqual([
      `${L} 'lifecycleRules[0].prefix': filter prefix '/logs/*' contains '*': COS filters are literal, so '*' would only match a key with an actual asterisk. Use a plain prefix such as 'uploads/'; leave the prefix out to match every key.`,
      `${L} 'lifecycleRules[0].prefix': filter prefix '/logs/*' starts with '/': COS object keys never start with '/', so this rule could never fire. Write it without the leading slash: 'logs/*'.`,
    ]);
  });

  describe('days', () => {
    test.each([
      ['transitions[0].days', { transitions: [{ storageClass: StorageClass.ARCHIVE, days: -1 }] }, '-1 is not allowed: use a whole number of days, 0 or more.'],
      ['transitions[0].days', { transitions: [{ storageClass: StorageClass.ARCHIVE, days: 1.5 }] }, '1.5 is not allowed: use a whole number of days, 0 or more.'],
      ['expirationDays', { expirationDays: 0 }, '0 is not allowed: use a whole number of days, 1 or more (the provider does not send an expiration of 0 days).'],
      ['noncurrentVersionTransitions[0].days', { noncurrentVersionTransitions: [{ storageClass: StorageClass.ARCHIVE, days: -3 }] }, '-3 is not allowed: use a whole number of days, 0 or more.'],
      ['noncurrentVersionExpirationDays', { noncurrentVersionExpirationDays: 0 }, '0 is not allowed: use a whole number of days, from 1 to 3650 (the provider does not send 0 days).'],
      ['noncurrentVersionExpirationDays', { noncurrentVersionExpirationDays: 3651 }, '3651 is not allowed: use a whole number of days, from 1 to 3650.'],
      ['abortIncompleteMultipartUploadAfterDays', { abortIncompleteMultipartUploadAfterDays: 0 }, '0 is not allowed: use a whole number of days, from 1 to 3650.'],
      ['abortIncompleteMultipartUploadAfterDays', { abortIncompleteMultipartUploadAfterDays: 3651 }, '3651 is not allowed: use a whole number of days, from 1 to 3650.'],
    ])('%s: %j', (path, rule, message) => {
      expect(ruleProblems(rule)).toEqual([`${L} 'lifecycleRules[0].${path}' ${message}`]);
    });

    test('the limits themselves pass', () => {
      expect(accepted({ expirationDays: 1, noncurrentVersionExpirationDays: 3650, abortIncompleteMultipartUploadAfterDays: 3650 })).toEqual([{
        expiration: { days: 1 },
        non_current_expiration: { non_current_days: 3650 },
        abort_incomplete_multipart_upload: { days_after_initiation: 3650 },
      }]);
      expect(accepted({ noncurrentVersionExpirationDays: 1, abortIncompleteMultipartUploadAfterDays: 1 })).toEqual([{
        non_current_expiration: { non_current_days: 1 }, abort_incomplete_multipart_upload: { days_after_initiation: 1 },
      }]);
    });

    test('a number of days must be a number; tokens are never judged', () => {
      expect(ruleProblems({ expirationDays: '30' })).toEqual([`${L} 'lifecycleRules[0].expirationDays' must be a number of days, got a string '30'.`]);
      const { stack, bucket } = logsBucket({ versioned: true });
      const days = numberToken(stack, 'days');
      bucket.addLifecycleRule({
        transitions: [{ storageClass: StorageClass.STANDARD_IA, days: 30 }, { storageClass: StorageClass.ARCHIVE, days }],
        expirationDays: days,
        noncurrentVersionTransitions: [{ storageClass: StorageClass.ARCHIVE, days }],
        noncurrentVersionExpirationDays: days,
        abortIncompleteMultipartUploadAfterDays: days,
      });
      expect(renderedRules(stack, bucket)).toEqual([{
        transition: [{ storage_class: 'STANDARD_IA', days: 30 }, { storage_class: 'ARCHIVE', days: '${var.days}' }],
        expiration: { days: '${var.days}' },
        non_current_transition: [{ storage_class: 'ARCHIVE', non_current_days: '${var.days}' }],
        non_current_expiration: { non_current_days: '${var.days}' },
        abort_incomplete_multipart_upload: { days_after_initiation: '${var.days}' },
      }]);
    });
  });

  describe('dates', () => {
    test.each(['2027-02-29', '2027-13-01', '2027/01/01', '27-01-01', '2027-01-01T00:00:00Z'])('%s is refused', (date) => {
      expect(ruleProblems({ expirationDate: date })).toEqual([
        `${L} 'lifecycleRules[0].expirationDate' '${date}' is not a date: write it as 'YYYY-MM-DD', e.g. '2027-01-31' (the rule applies from midnight UTC of that day).`,
      ]);
    });

    test('a date must be a string; a token is accepted', () => {
      expect(ruleProblems({ transitions: [{ storageClass: StorageClass.ARCHIVE, date: 20270101 }] })).toEqual([
        `${L} 'lifecycleRules[0].transitions[0].date' must be a date string like '2027-01-31', got a number 20270101.`,
      ]);
      const { stack, bucket } = logsBucket();
      const date = stringToken(stack, 'date');
      bucket.addLifecycleRule({ transitions: [{ storageClass: StorageClass.ARCHIVE, date }], expirationDate: date });
      expect(renderedRules(stack, bucket)).toEqual([{ transition: [{ storage_class: 'ARCHIVE', date: '${var.date}' }], expiration: { date: '${var.date}' } }]);
    });
  });

  test('a transition has days or a date, not both', () => {
    expect(ruleProblems({ transitions: [{ storageClass: StorageClass.ARCHIVE, days: 30, date: '2027-01-01' }] })).toEqual([
      `${L} 'lifecycleRules[0].transitions[0]' has both 'days' and 'date': give one (the provider sends only the date, and would report the days as a change on every plan).`,
    ]);
    expect(ruleProblems({ transitions: [{ storageClass: StorageClass.ARCHIVE }] })).toEqual([
      `${L} 'lifecycleRules[0].transitions[0]' needs 'days' (after the object's last modification) or 'date' ('YYYY-MM-DD'): when the objects move.`,
    ]);
    expect(ruleProblems({ expirationDays: 30, expirationDate: '2027-01-01' })).toEqual([
      `${L} 'lifecycleRules[0]' has both 'expirationDays' and 'expirationDate': give one (the provider sends only the date, and would report the days as a change on every plan).`,
    ]);
  });

  test('a rule counts in days or by dates, not both', () => {
    expect(ruleProblems({
      transitions: [{ storageClass: StorageClass.STANDARD_IA, date: '2027-01-01' }, { storageClass: StorageClass.ARCHIVE, days: 90 }],
      expirationDays: 365,
    })).toEqual([
      `${L} 'lifecycleRules[0]' counts some actions in days (transitions[1], expirationDays) and others by date (transitions[0]): COS refuses a rule that mixes both. Split it into two rules with the same prefix.`,
    ]);
  });

  test('storage classes are the closed set; a token is accepted', () => {
    expect(ruleProblems({ transitions: [{ storageClass: 'GLACIER', days: 30 }], noncurrentVersionTransitions: [{ days: 30 }] })).toEqual([
      `${L} 'lifecycleRules[0].transitions[0].storageClass' 'GLACIER' is not a storage class a lifecycle rule can move objects to. Allowed: StorageClass.STANDARD_IA, StorageClass.INTELLIGENT_TIERING, StorageClass.ARCHIVE, StorageClass.DEEP_ARCHIVE.`,
      `${L} 'lifecycleRules[0].noncurrentVersionTransitions[0].storageClass' is missing: the storage class to move to. Allowed: StorageClass.STANDARD_IA, StorageClass.INTELLIGENT_TIERING, StorageClass.ARCHIVE, StorageClass.DEEP_ARCHIVE.`,
    ]);
  });

  test('each storage class at most once per rule', () => {
    expect(ruleProblems({ transitions: [after(StorageClass.ARCHIVE, 30), after(StorageClass.ARCHIVE, 60)] })).toEqual([
      `${L} 'lifecycleRules[0].transitions' moves objects to ARCHIVE twice (transitions[0] and transitions[1]): give each storage class at most one transition per rule.`,
    ]);
  });

  test('a colder class comes after a warmer one, by days or by date; tokens are not compared', () => {
    expect(ruleProblems({ transitions: [after(StorageClass.DEEP_ARCHIVE, 90), after(StorageClass.ARCHIVE, 90)] })).toEqual([
      `${L} 'lifecycleRules[0].transitions[0]' moves objects to DEEP_ARCHIVE after 90 days, no later than to ARCHIVE (transitions[1], after 90 days): a colder class must come after a warmer one. Use more than 90 days, or leave out the ARCHIVE transition.`,
    ]);
    expect(ruleProblems({ transitions: [{ storageClass: StorageClass.STANDARD_IA, date: '2027-06-01' }, { storageClass: StorageClass.INTELLIGENT_TIERING, date: '2027-01-01' }] })).toEqual([
      `${L} 'lifecycleRules[0].transitions[1]' moves objects to INTELLIGENT_TIERING on '2027-01-01', no later than to STANDARD_IA (transitions[0], on '2027-06-01'): a colder class must come after a warmer one. Use a date after '2027-06-01', or leave out the STANDARD_IA transition.`,
    ]);
    expect(ruleProblems({ noncurrentVersionTransitions: [after(StorageClass.ARCHIVE, 10), after(StorageClass.STANDARD_IA, 30)] })).toEqual([
      `${L} 'lifecycleRules[0].noncurrentVersionTransitions[0]' moves noncurrent versions to ARCHIVE after 10 days, no later than to STANDARD_IA (noncurrentVersionTransitions[1], after 30 days): a colder class must come after a warmer one. Use more than 30 days, or leave out the STANDARD_IA transition.`,
    ]);
    // Listed in any order, as long as the colder class comes later.
    expect(accepted({ transitions: [{ storageClass: StorageClass.ARCHIVE, date: '2027-06-02' }, { storageClass: StorageClass.STANDARD_IA, date: '2027-06-01' }] }, {}))
      .toEqual([{ transition: [{ storage_class: 'ARCHIVE', date: '2027-06-02' }, { storage_class: 'STANDARD_IA', date: '2027-06-01' }] }]);
  });

  test('expiration comes after the last transition', () => {
    expect(ruleProblems({ transitions: [after(StorageClass.STANDARD_IA, 30), after(StorageClass.ARCHIVE, 90)], expirationDays: 90 })).toEqual([
      `${L} 'lifecycleRules[0].expirationDays' 90 is not after the last move, to ARCHIVE (transitions[1], after 90 days): objects deleted first would never move. Use more than 90 days.`,
    ]);
    expect(ruleProblems({ transitions: [{ storageClass: StorageClass.ARCHIVE, date: '2027-01-01' }], expirationDate: '2026-12-31' })).toEqual([
      `${L} 'lifecycleRules[0].expirationDate' '2026-12-31' is not after the last move, to ARCHIVE (transitions[0], on '2027-01-01'): objects deleted first would never move. Use a date after '2027-01-01'.`,
    ]);
    expect(ruleProblems({ noncurrentVersionTransitions: [after(StorageClass.ARCHIVE, 30)], noncurrentVersionExpirationDays: 30 })).toEqual([
      `${L} 'lifecycleRules[0].noncurrentVersionExpirationDays' 30 is not after the last move, to ARCHIVE (noncurrentVersionTransitions[0], after 30 days): objects deleted first would never move. Use more than 30 days.`,
    ]);
    expect(accepted({ transitions: [{ storageClass: StorageClass.ARCHIVE, days: 90 }], expirationDays: 91 }, {}))
      .toEqual([{ transition: [{ storage_class: 'ARCHIVE', days: 90 }], expiration: { days: 91 } }]);
  });

  test('expired delete markers: a boolean, in a rule without an expiration time', () => {
    expect(ruleProblems({ expiredObjectDeleteMarker: true, expirationDays: 30 })).toEqual([
      `${L} 'lifecycleRules[0].expiredObjectDeleteMarker' cannot be combined with 'expirationDays' or 'expirationDate': COS removes expired delete markers as an action of its own. Put it in a rule of its own with the same prefix.`,
    ]);
    expect(ruleProblems({ expiredObjectDeleteMarker: 'true', expirationDays: 30 })).toEqual([
      `${L} 'lifecycleRules[0].expiredObjectDeleteMarker' must be a boolean, got a string 'true'.`,
    ]);
    const { stack, bucket } = logsBucket({ versioned: true });
    bucket.addLifecycleRule({ expiredObjectDeleteMarker: boolToken(stack, 'markers') });
    expect(renderedRules(stack, bucket)).toEqual([{ expiration: { delete_marker: '${var.markers}' } }]);
  });

  test('noncurrent versions and delete markers need a bucket that is or was versioned', () => {
    const rule = {
      noncurrentVersionExpirationDays: 30,
      noncurrentVersionTransitions: [after(StorageClass.ARCHIVE, 7)],
      expiredObjectDeleteMarker: true,
    };
    expect(ruleProblems(rule, {})).toEqual([
      `${L} 'lifecycleRules[0]' acts on noncurrent versions or delete markers (noncurrentVersionTransitions, noncurrentVersionExpirationDays, expiredObjectDeleteMarker), which only a versioned bucket has: set 'versioned: true' on the bucket (or 'versioned: false' for a bucket whose versioning was suspended and still holds old versions).`,
    ]);
    const expected = [{ non_current_transition: [{ storage_class: 'ARCHIVE', non_current_days: 7 }], non_current_expiration: { non_current_days: 30 }, expiration: { delete_marker: true } }];
    expect(accepted(rule, { versioned: false })).toEqual(expected);
    const { stack, bucket } = logsBucket();
    const versioned = boolToken(stack, 'versioned');
    const tokened = new Bucket(stack, 'Tokened', { bucketName: 'tokened-1250000000', versioned, lifecycleRules: [rule] });
    expect(renderedRules(stack, tokened)).toEqual(expected);
    expect(renderedRules(stack, bucket)).toBeUndefined();
  });

  test('at most 1000 enabled rules per bucket', () => {
    const rules = (n: number): LifecycleRule[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, prefix: `p${i}/`, expirationDays: 30 }));
    const ok = logsBucket({ lifecycleRules: [...rules(1000), { id: 'off', enabled: false, expirationDays: 1 }] });
    expect((renderedRules(ok.stack, ok.bucket) as unknown[]).length).toBe(1000);
    const { stack } = logsBucket({ lifecycleRules: rules(1001) });
    expect(problems(stack)).toEqual([`${L} the bucket has 1001 enabled lifecycle rules; COS allows at most 1000 per bucket. Merge rules that share a prefix.`]);
  });

  test('every problem of every rule is reported at once', () => {
    const { stack, bucket } = logsBucket({ lifecycleRules: [{ id: 'a', expirationDays: 0 }] });
    bucket.addLifecycleRule({ id: 'a', transitions: [{ storageClass: 'COLD' as StorageClass, days: 1 }] });
    expect(problems(stack)).toEqual([
      `${L} 'lifecycleRules[0].expirationDays' 0 is not allowed: use a whole number of days, 1 or more (the provider does not send an expiration of 0 days).`,
      `${L} 'lifecycleRules[1].transitions[0].storageClass' 'COLD' is not a storage class a lifecycle rule can move objects to. Allowed: StorageClass.STANDARD_IA, StorageClass.INTELLIGENT_TIERING, StorageClass.ARCHIVE, StorageClass.DEEP_ARCHIVE.`,
      `${L} 'lifecycleRules[1].id' 'a' is already the id of lifecycleRules[0]: the rule ids of a bucket must be unique.`,
    ]);
  });
});
