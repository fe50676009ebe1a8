// Property-based tests: EventRule.matches, the routing simulation and the collision check, each compared with a
// plain reference model of COS's rules written here (independent of the library's own matching code).
import { Testing, TerraformStack } from 'cdktf';
import fc from 'fast-check';
import { Bucket, CloudFunction, CosEvent, EventRule, FunctionCode, KeyFilter, Runtime } from '../lib';
import { simulate } from '../lib/testing';
import { APP_ID, newStack } from './helpers/stack';

fc.configureGlobal({ seed: 0x5eed_c05, numRuns: 200 });

// --- the reference model ---

/** The 12 event types. */
const ALL_EVENTS: CosEvent[] = Object.values(CosEvent);
/** The wildcard of each family that has one (the restore family has none). */
const FAMILY_WILDCARD: { [family: string]: CosEvent | undefined } = {
  'cos:ObjectCreated': CosEvent.OBJECT_CREATED,
  'cos:ObjectRemove': CosEvent.OBJECT_REMOVE,
  'cos:ObjectRestore': undefined,
};
const familyOf = (e: CosEvent): string => e.split(':').slice(0, 2).join(':');
const isWildcard = (e: CosEvent): boolean => e === CosEvent.OBJECT_CREATED || e === CosEvent.OBJECT_REMOVE;
/** The 10 events an operation can really produce. */
const CONCRETE_EVENTS: CosEvent[] = ALL_EVENTS.filter((e) => !isWildcard(e));

interface ModelRule {
  readonly events: CosEvent[];
  readonly prefix: string;
  readonly suffix: string;
}

/** COS: a rule fires for a concrete event and a key iff one of its events is that event or its family's wildcard, and the key has the prefix and the suffix. */
function firesConcrete(rule: ModelRule, event: CosEvent, key: string): boolean {
  const eventOk = rule.events.some((r) => r === event || (FAMILY_WILDCARD[familyOf(event)] !== undefined && r === FAMILY_WILDCARD[familyOf(event)]));
  return eventOk && key.startsWith(rule.prefix) && key.endsWith(rule.suffix);
}

/**
 * The question "does the rule fire for this event": for a concrete event, as above; a wildcard asks whether it
 * fires for some event of the family (how the library documents a wildcard in a query).
 */
function fires(rule: ModelRule, event: CosEvent, key: string): boolean {
  if (!isWildcard(event)) return firesConcrete(rule, event, key);
  return CONCRETE_EVENTS.filter((e) => familyOf(e) === familyOf(event)).some((e) => firesConcrete(rule, e, key));
}

/** True when two event types of one rule would be reported as overlapping (equal, or wildcard and member). */
function eventsClash(a: CosEvent, b: CosEvent): boolean {
  return CONCRETE_EVENTS.some((e) => firesConcrete({ events: [a], prefix: '', suffix: '' }, e, '') && firesConcrete({ events: [b], prefix: '', suffix: '' }, e, ''));
}

/** Keys worth trying for a rule set: every prefix followed by every suffix (the shortest keys two rules can share), plus extras. */
function witnessKeys(rules: readonly ModelRule[], extra: readonly string[] = []): string[] {
  const prefixes = ['', ...rules.map((r) => r.prefix)];
  const suffixes = ['', ...rules.map((r) => r.suffix)];
  return [...new Set([...prefixes.flatMap((p) => suffixes.map((s) => p + s)), ...extra])];
}

// --- generators: valid filters over a small alphabet, so that matches and overlaps happen often ---

const piece = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom('a', 'b', '/', '.'), maxLength });
const prefixArb = fc.oneof(fc.constant(''), piece(3)).filter((p) => !p.startsWith('/'));
const suffixArb = fc.oneof(fc.constant(''), piece(3));
const eventArb = fc.constantFrom(...ALL_EVENTS);
/** 1 or 2 event types that one rule may list together. */
const ruleEventsArb = fc.uniqueArray(eventArb, { minLength: 1, maxLength: 2 }).filter((es) => es.length < 2 || !eventsClash(es[0], es[1]));
const modelRuleArb: fc.Arbitrary<ModelRule> = fc.record({ events: ruleEventsArb, prefix: prefixArb, suffix: suffixArb });

// --- building stacks ---

function codeBucket(stack: TerraformStack): Bucket {
  return (stack.node.tryFindChild('Code') as Bucket | undefined) ?? new Bucket(stack, 'Code', { bucketName: `code-${APP_ID}` });
}

function newFunction(stack: TerraformStack, name: string): CloudFunction {
  return new CloudFunction(stack, name, { functionName: name, runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket(stack), 'code.zip') });
}

function filterOf(rule: ModelRule): KeyFilter {
  return { prefix: rule.prefix, suffix: rule.suffix };
}

describe('(a) EventRule.matches agrees with the model', () => {
  test('for random rules, events and keys', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
    const fn = newFunction(stack, 'fn');
    let n = 0;
    let matched = 0;
    fc.assert(fc.property(modelRuleArb, eventArb, piece(3), piece(6), fc.boolean(), (rule, event, middle, randomKey, built) => {
      // Keys built from the rule's own filter match often; random keys rarely.
      const key = built ? rule.prefix + middle + rule.suffix : randomKey;
      const eventRule = new EventRule(stack, `Rule${n++}`, { bucket, target: fn, events: rule.events, filter: filterOf(rule) });
      const expected = fires(rule, event, key);
      if (expected) matched++;
      expect(eventRule.matches(event, key)).toBe(expected);
    }));
    // Not vacuous: a fair share of the cases match.
    expect(matched).toBeGreaterThan(20);
  });

  test('for every event pair, on the empty key and filter', () => {
    const { stack } = newStack();
    const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
    const fn = newFunction(stack, 'fn');
    for (const ruleEvent of ALL_EVENTS) {
      const rule = new EventRule(stack, `On${ALL_EVENTS.indexOf(ruleEvent)}`, { bucket, target: fn, events: [ruleEvent] });
      for (const event of ALL_EVENTS) {
        expect([ruleEvent, event, rule.matches(event, '')]).toEqual([ruleEvent, event, fires({ events: [ruleEvent], prefix: '', suffix: '' }, event, '')]);
      }
    }
  });
});

describe('(b) simulate() over the synthesized JSON agrees with the model', () => {
  interface PlacedRule extends ModelRule {
    readonly bucket: number;
    readonly enabled: boolean;
  }
  const placedArb: fc.Arbitrary<PlacedRule> = fc.record({
    events: ruleEventsArb, prefix: prefixArb, suffix: suffixArb, bucket: fc.integer({ min: 0, max: 1 }), enabled: fc.boolean(),
  });
  const BUCKETS = [`photos-${APP_ID}`, `videos-${APP_ID}`];

  test('functions reached == rules the model says fire', () => {
    let reached = 0;
    fc.assert(fc.property(fc.array(placedArb, { minLength: 1, maxLength: 5 }), fc.array(piece(5), { maxLength: 3 }), (rules, extraKeys) => {
      const { stack } = newStack();
      const buckets = BUCKETS.map((name, i) => new Bucket(stack, `B${i}`, { bucketName: name }));
      rules.forEach((r, i) => new EventRule(stack, `Rule${i}`, {
        bucket: buckets[r.bucket], target: newFunction(stack, `fn${i}`), events: r.events, filter: filterOf(r), enabled: r.enabled,
      }));
      // A disabled rule with two or more events cannot be deployed (its triggers would be entries of its function's
      // triggers block, which creates them enabled): a synth error, and nothing is rendered for it.
      const undeployable = rules.map((r, i) => ({ r, i })).filter(({ r }) => !r.enabled && r.events.length > 1).map(({ i }) => i);
      if (undeployable.length) expect(() => Testing.synth(stack, true)).toThrow(`[test/Rule${undeployable[0]}] 'enabled: false' cannot be deployed`);
      // A random rule set may collide (that is property (c)): read what would be deployed, validations off.
      const json = JSON.parse(Testing.synth(stack, false));
      for (const [b, bucketName] of BUCKETS.entries()) {
        for (const event of ALL_EVENTS) {
          for (const key of witnessKeys(rules, extraKeys)) {
            const firing = rules.map((r, i) => ({ r, i }))
              .filter(({ r, i }) => r.bucket === b && fires(r, event, key) && !undeployable.includes(i));
            // A concrete event reaches each function once; a wildcard query lists every matching trigger, so a rule
            // with two events of the family may appear twice: compare the set of functions then.
            const names = (ms: Array<{ functionName: string }>) => {
              const list = ms.map((m) => m.functionName).sort();
              return isWildcard(event) ? [...new Set(list)] : list;
            };
            const enabled = names(simulate(json, { bucket: bucketName, key, event }));
            const all = names(simulate(json, { bucket: bucketName, key, event }, { includeDisabled: true }));
            expect({ bucketName, event, key, enabled, all }).toEqual({
              bucketName,
              event,
              key,
              enabled: firing.filter(({ r }) => r.enabled).map(({ i }) => `fn${i}`).sort(),
              all: firing.map(({ i }) => `fn${i}`).sort(),
            });
            reached += enabled.length;
          }
        }
      }
    }), { numRuns: 40 });
    expect(reached).toBeGreaterThan(40);
  });
});

describe('(c) the collision check is sound and complete', () => {
  /** Every (concrete event, key) that two different rules both fire for. */
  function witnesses(rules: readonly ModelRule[]): Array<{ event: CosEvent; key: string; rules: number[] }> {
    const out = [];
    for (const event of CONCRETE_EVENTS) {
      for (const key of witnessKeys(rules)) {
        const firing = rules.map((r, i) => (firesConcrete(r, event, key) ? i : -1)).filter((i) => i >= 0);
        if (firing.length > 1) out.push({ event, key, rules: firing });
      }
    }
    return out;
  }

  /** Pairs of triggers (one event of one rule each) the model says collide: what the check reports, one message each. */
  function collidingTriggerPairs(rules: readonly ModelRule[]): number {
    const triggers = rules.flatMap((r, i) => r.events.map((e) => ({ rule: i, model: { events: [e], prefix: r.prefix, suffix: r.suffix } })));
    let pairs = 0;
    for (let i = 0; i < triggers.length; i++) {
      for (let j = i + 1; j < triggers.length; j++) {
        if (witnesses([triggers[i].model, triggers[j].model]).length > 0) pairs++;
      }
    }
    return pairs;
  }

  test('synthesis succeeds iff no (event, key) fires two rules', () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(fc.property(fc.array(modelRuleArb, { minLength: 2, maxLength: 4 }), (rules) => {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
      rules.forEach((r, i) => bucket.addEventNotification(r.events, newFunction(stack, `fn${i}`), filterOf(r)));
      let text: string | undefined;
      let error: unknown;
      try {
        text = Testing.synth(stack, true);
      } catch (e) {
        error = e;
      }
      const found = witnesses(rules);
      if (text !== undefined) {
        outcomes.accepted++;
        // Sound: nothing fires two rules, by the model and by the simulation of what is deployed.
        expect(found).toEqual([]);
        const json = JSON.parse(text);
        for (const event of CONCRETE_EVENTS) {
          for (const key of witnessKeys(rules)) {
            expect(simulate(json, { bucket: `photos-${APP_ID}`, key, event }).length).toBeLessThanOrEqual(1);
          }
        }
      } else {
        outcomes.refused++;
        expect(error).toBeInstanceOf(Error);
        const problems = (error as Error).message.split('\n').filter((l) => l.startsWith('  ['));
        // Refused only for overlaps, one message per colliding pair of triggers, each backed by a witness.
        expect(problems.every((l) => l.includes('overlap on bucket'))).toBe(true);
        expect(problems.length).toBe(collidingTriggerPairs(rules));
        expect(found.length).toBeGreaterThan(0);
      }
    }), { numRuns: 50 });
    // Both outcomes are exercised.
    expect(outcomes.accepted).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
  });

  test('the key a collision message names is matched by both rules', () => {
    fc.assert(fc.property(modelRuleArb, modelRuleArb, (a, b) => {
      const { stack } = newStack();
      const bucket = new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
      bucket.addEventNotification(a.events, newFunction(stack, 'fnA'), filterOf(a));
      bucket.addEventNotification(b.events, newFunction(stack, 'fnB'), filterOf(b));
      let message = '';
      try {
        Testing.synth(stack, true);
      } catch (e) {
        message = (e as Error).message;
      }
      for (const m of message.matchAll(/both match (any key|'([^']*)')/g)) {
        const key = m[2] ?? '';
        expect(CONCRETE_EVENTS.some((e) => firesConcrete(a, e, key) && firesConcrete(b, e, key))).toBe(true);
      }
    }), { numRuns: 40 });
  });
});
