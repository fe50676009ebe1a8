// Fuzzing the public API with wrong values: every constructor, static factory and method, and the testing entry
// point's functions, each argument and each property of a props object replaced by values of the wrong kind
// (undefined, null, numbers, BigInt, symbols, functions, arrays, objects without prototype, boxed values, huge and
// malformed strings, objects whose getters throw). Whatever is passed, the library answers with its own message
// (a validation error at synthesis, or an Error naming the value), never a TypeError from its inside; a user's own
// exception (from a getter) passes through unchanged. Seeded, so every run checks the same cases.
import { TerraformStack, Testing } from 'cdktf';
import * as tencentcloud from 'cdktf-tencentcloud-cos-events-provider';
import fc from 'fast-check';
import {
  Bucket, BucketWithTrigger, CloudFunction, CosEvent, EventRule, FunctionCode, IBucket, ICloudFunction, Runtime, RuntimeFamily,
} from '../lib';
import * as handler from '../lib/handler';
import * as testing from '../lib/testing';
import { APP_ID, REGION, testApp } from './helpers/stack';

const SEED = 0xf022;
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

/** What a getter or proxy of the user throws: it must reach the caller unchanged. */
class UserError extends Error {}
const USER_ERROR = new UserError('thrown by the user\'s getter');

/** An object whose every property read (and key listing) throws the user's error. */
function hostile(): object {
  return new Proxy({}, {
    // Symbol-keyed reads are answered, so that fast-check can print the value in a report.
    get: (_t, key) => { if (typeof key === 'symbol') return undefined; throw USER_ERROR; },
    has: () => { throw USER_ERROR; },
    ownKeys: () => { throw USER_ERROR; },
    getOwnPropertyDescriptor: () => { throw USER_ERROR; },
    getPrototypeOf: () => { throw USER_ERROR; },
  });
}

/** Fixed wrong values that have found bugs in libraries like this one. */
const SPECIAL: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -0, 0, 1.5, -1, 2 ** 53, '', ' ', true, false, [], [undefined], [null], [[]], {},
  Object.create(null), Object.assign(Object.create(null), { prefix: 'a', events: ['cos:ObjectCreated:*'] }), 10n, Symbol('s'),
  () => 'f', new Date(0), new Map([['a', 'b']]), new Set(['a']), new Uint8Array(2), Object(1), Object('s'), Object(true),
  'x'.repeat(70_000), '${x}', '%{x}', '\ud800', '\u0000', '__proto__', 'constructor', 'toString', { toString: () => { throw USER_ERROR; } },
  { valueOf: () => 1, toString: () => 'v' }, { length: 3 }, { then: () => undefined },
];

/** Every special value is tried first, then RUNS generated ones (fast-check counts examples as runs). */
const EXAMPLES: Array<[unknown]> = SPECIAL.map((v) => [v]);
const ALL_RUNS = { examples: EXAMPLES, numRuns: EXAMPLES.length + RUNS };

/**
 * Strings of any code points, lone surrogates included (what `fc.string({ unit: 'binary' })` draws). Built from code
 * points directly: fast-check's own binary unit maps all 1.1 million code points back to build its dangerous-string
 * slices, about 1.3 s per test process (those strings are in SPECIAL already).
 */
const BINARY_STRING: fc.Arbitrary<string> = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 40 })
  .map((codePoints) => String.fromCodePoint(...codePoints));

/** Wrong values: the special ones, and anything fast-check builds (deep objects, sparse arrays, boxed values...). */
const WRONG: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
    }),
  },
  { weight: 1, arbitrary: BINARY_STRING },
);

/** Fails the test unless the error is one the library means to throw (or the user's own). */
function expectOwnError(e: unknown, where: string): void {
  if (e === USER_ERROR) return;
  if (!(e instanceof Error)) throw new Error(`${where}: threw a non-Error: ${String(e)}`);
  const own = e.constructor === Error || e.name === 'CosEventsError';
  const internal = /Cannot read propert|is not a function$|is not a function\n|is not iterable|Cannot convert|is not a constructor|Maximum call stack|Invalid string length|Do not know how to serialize/m;
  if (!own || internal.test(e.message)) {
    throw new Error(`${where}: threw ${e.constructor.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n')}`);
  }
}

/** Runs a declaration and synthesizes its stack (validations on); only the library's own errors may come out. */
function clean(name: string, build: (stack: TerraformStack) => unknown): boolean {
  const app = testApp();
  const stack = new TerraformStack(app, 'fuzz');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  try {
    build(stack);
    Testing.synth(stack, true);
  } catch (e) {
    expectOwnError(e, name);
  }
  return true;
}

/** Runs a plain function; only the library's own errors may come out. */
function cleanCall(name: string, call: () => unknown): boolean {
  try {
    const result = call();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch (e) {
    expectOwnError(e, name);
  }
  return true;
}

// --- valid building blocks ---

function codeBucket(stack: TerraformStack): IBucket {
  return (stack.node.tryFindChild('Code') as IBucket | undefined) ?? Bucket.fromBucketAttributes(stack, 'Code', { bucketName: `code-${APP_ID}`, region: REGION });
}
function bucket(stack: TerraformStack): Bucket {
  return new Bucket(stack, 'Photos', { bucketName: `photos-${APP_ID}` });
}
function fn(stack: TerraformStack, id = 'Fn'): CloudFunction {
  return new CloudFunction(stack, id, { runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket(stack), 'f.zip') });
}

/** A props object with one property replaced (or the whole object, for key '*'). */
function withProp(base: { [key: string]: unknown }, key: string, value: unknown): any {
  return key === '*' ? value : { ...base, [key]: value };
}

type Declaration = (stack: TerraformStack, value: unknown) => unknown;

const BUCKET_PROPS = { bucketName: `photos-${APP_ID}` };
const FUNCTION_PROPS = (stack: TerraformStack) => ({ runtime: Runtime.NODEJS_18_15, code: FunctionCode.fromCosObject(codeBucket(stack), 'f.zip') });
const RULE_PROPS = (stack: TerraformStack) => ({ bucket: bucket(stack), target: fn(stack), events: [CosEvent.OBJECT_CREATED] });

/** Every construct-building entry point of the API, each with the argument or property it varies. */
const DECLARATIONS: Array<[string, Declaration]> = [
  ...['*', 'bucketName', 'name', 'appId', 'acl', 'encryption', 'kmsKeyId', 'versioned', 'tags', 'forceDestroy', 'provider']
    .map((k): [string, Declaration] => [`new Bucket(props.${k})`, (s, v) => new Bucket(s, 'B', withProp(BUCKET_PROPS, k, v))]),
  ['new Bucket(id)', (s, v) => new Bucket(s, v as string, BUCKET_PROPS)],
  ['new Bucket(scope)', (_s, v) => new Bucket(v as TerraformStack, 'B', BUCKET_PROPS)],
  ['Bucket.fromBucketName(bucketName)', (s, v) => Bucket.fromBucketName(s, 'B', v as string).onObjectCreated(fn(s))],
  ['Bucket.fromBucketName(region), deprecated', (s, v) => Bucket.fromBucketName(s, 'B', `b-${APP_ID}`, v as string).onObjectCreated(fn(s))],
  ...['*', 'bucketName', 'region', 'provider']
    .map((k): [string, Declaration] => [`Bucket.fromBucketAttributes(attrs.${k})`,
      (s, v) => Bucket.fromBucketAttributes(s, 'B', withProp({ bucketName: `b-${APP_ID}`, region: REGION }, k, v)).onObjectCreated(fn(s))]),
  ['bucket.grantRead(objectsKeyPattern)', (s, v) => bucket(s).grantRead(fn(s), v as string)],
  ...['*', 'functionName', 'runtime', 'code', 'handler', 'memorySize', 'timeout', 'environment', 'namespace', 'description', 'tags',
    'role', 'vpc', 'publicNetwork', 'provider']
    .map((k): [string, Declaration] => [`new CloudFunction(props.${k})`, (s, v) => new CloudFunction(s, 'F', withProp(FUNCTION_PROPS(s), k, v))]),
  ['new CloudFunction(vpc.vpcId)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), vpc: { vpcId: v as string, subnetId: 'subnet-abc12345' } })],
  ['new CloudFunction(environment value)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), environment: { A: v as string } })],
  ['CloudFunction.fromFunctionName(functionName)', (s, v) => bucket(s).onObjectCreated(CloudFunction.fromFunctionName(s, 'F', v as string))],
  ...['*', 'functionName', 'namespace', 'region', 'provider']
    .map((k): [string, Declaration] => [`CloudFunction.fromFunctionAttributes(attrs.${k})`,
      (s, v) => bucket(s).onObjectCreated(CloudFunction.fromFunctionAttributes(s, 'F', withProp({ functionName: 'fn' }, k, v)))]),
  ['cloudFunction.addToRolePolicy(statement)', (s, v) => fn(s).addToRolePolicy(v as any)],
  ['cloudFunction.addToRolePolicy(statement.actions)', (s, v) => fn(s).addToRolePolicy({ actions: v as string[], resources: ['qcs::cos:::*'] })],
  ['Runtime.of(name)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), runtime: Runtime.of(v as string, RuntimeFamily.NODEJS) })],
  ['Runtime.of(family)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), runtime: Runtime.of('Nodejs18.15', v as RuntimeFamily) })],
  ['FunctionCode.fromAsset(path)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), code: FunctionCode.fromAsset(v as string) })],
  ['FunctionCode.fromCosObject(bucket)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), code: FunctionCode.fromCosObject(v as IBucket, 'f.zip') })],
  ['FunctionCode.fromCosObject(key)', (s, v) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), code: FunctionCode.fromCosObject(codeBucket(s), v as string) })],
  ...['*', 'bucket', 'target', 'events', 'filter', 'enabled', 'qualifier', 'description']
    .map((k): [string, Declaration] => [`new EventRule(props.${k})`, (s, v) => new EventRule(s, 'R', withProp(RULE_PROPS(s), k, v))]),
  ['new EventRule(events[0])', (s, v) => new EventRule(s, 'R', { ...RULE_PROPS(s), events: [v as CosEvent] })],
  ['new EventRule(filter.prefix)', (s, v) => new EventRule(s, 'R', { ...RULE_PROPS(s), filter: { prefix: v as string } })],
  ['new EventRule(filter.suffix)', (s, v) => new EventRule(s, 'R', { ...RULE_PROPS(s), filter: { suffix: v as string } })],
  ['bucket.addEventNotification(events)', (s, v) => bucket(s).addEventNotification(v as CosEvent[], fn(s))],
  ['bucket.addEventNotification(target)', (s, v) => bucket(s).addEventNotification([CosEvent.OBJECT_CREATED], v as ICloudFunction)],
  ['bucket.addEventNotification(filter)', (s, v) => bucket(s).addEventNotification([CosEvent.OBJECT_CREATED], fn(s), v as any)],
  ['bucket.addEventNotification(options)', (s, v) => (bucket(s).addEventNotification as any)([CosEvent.OBJECT_CREATED], fn(s), undefined, v)],
  ['bucket.addEventNotification(options.id)', (s, v) => bucket(s).addEventNotification([CosEvent.OBJECT_CREATED], fn(s), undefined, { id: v as string })],
  ['bucket.onObjectCreated(options.qualifier)', (s, v) => bucket(s).onObjectCreated(fn(s), undefined, { qualifier: v as string })],
  ['eventRule.moveFrom(previousPath)', (s, v) => bucket(s).onObjectCreated(fn(s)).moveFrom(v as string)],
  ['bucket.onObjectCreated(target)', (s, v) => bucket(s).onObjectCreated(v as ICloudFunction)],
  ['bucket.onObjectRemoved(filter)', (s, v) => bucket(s).onObjectRemoved(fn(s), v as any)],
  ['bucket.onObjectRestored(target)', (s, v) => bucket(s).onObjectRestored(v as ICloudFunction)],
  ['bucket.grantRead(fn)', (s, v) => bucket(s).grantRead(v as ICloudFunction)],
  ['bucket.grantWrite(fn)', (s, v) => bucket(s).grantWrite(v as ICloudFunction)],
  ['bucket.grantReadWrite(fn)', (s, v) => Bucket.fromBucketAttributes(s, 'B', { bucketName: `b-${APP_ID}`, region: REGION }).grantReadWrite(v as ICloudFunction)],
  ...['*', 'bucket', 'existingBucket', 'function', 'existingFunction', 'rules', 'grantRead', 'grantWrite']
    .map((k): [string, Declaration] => [`new BucketWithTrigger(props.${k})`, (s, v) => new BucketWithTrigger(s, 'W', withProp(
      { bucket: BUCKET_PROPS, function: FUNCTION_PROPS(s), rules: [{ events: [CosEvent.OBJECT_CREATED] }] }, k, v))]),
  ['new BucketWithTrigger(rules[0])', (s, v) => new BucketWithTrigger(s, 'W', { bucket: BUCKET_PROPS, function: FUNCTION_PROPS(s), rules: [v as any] })],
  ['new BucketWithTrigger(rules[0].id)', (s, v) => new BucketWithTrigger(s, 'W', { bucket: BUCKET_PROPS, function: FUNCTION_PROPS(s), rules: [{ events: [CosEvent.OBJECT_CREATED], id: v as string }] })],
  ['new BucketWithTrigger(rules[0].events)', (s, v) => new BucketWithTrigger(s, 'W', { bucket: BUCKET_PROPS, function: FUNCTION_PROPS(s), rules: [{ events: v as CosEvent[] }] })],
];

/** Every plain function of the API (and the testing entry point), with one argument varied. */
function ruleOf(stack: TerraformStack): EventRule {
  return bucket(stack).onObjectCreated(fn(stack), { prefix: 'a/' });
}
const ruleStack = (): { stack: TerraformStack; rule: EventRule } => {
  const stack = new TerraformStack(testApp(), 'calls');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  return { stack, rule: ruleOf(stack) };
};
const RECORD = { bucket: `photos-${APP_ID}`, key: 'a/b.jpg', event: CosEvent.OBJECT_CREATED_PUT };

const CALLS: Array<[string, (value: unknown) => unknown]> = [
  ['eventRule.matches(event)', (v) => ruleStack().rule.matches(v as CosEvent, 'a/b')],
  ['eventRule.matches(objectKey)', (v) => ruleStack().rule.matches(CosEvent.OBJECT_CREATED_PUT, v as string)],
  ['checkProviderSchema(json)', (v) => testing.checkProviderSchema(v as any)],
  ['checkProviderSchema(options)', (v) => testing.checkProviderSchema({}, v as any)],
  ['formatSchemaViolations(violations)', (v) => testing.formatSchemaViolations(v as any)],
  ['synthesizedJson(input)', (v) => testing.synthesizedJson(v as any)],
  ['cosTriggersOf(json)', (v) => testing.cosTriggersOf(v as any)],
  ['simulate(json)', (v) => testing.simulate(v as any, RECORD)],
  ['simulate(operation)', (v) => testing.simulate(ruleStack().stack, v as any)],
  ['simulate(operation.key)', (v) => testing.simulate(ruleStack().stack, { ...RECORD, key: v as string })],
  ['simulate(options)', (v) => testing.simulate({}, RECORD, v as any)],
  ['cosEvent(records)', (v) => testing.cosEvent(v as any)],
  ['cosEvent(record.bucket)', (v) => testing.cosEvent({ ...RECORD, bucket: v as string })],
  ['cosEvent(record.key)', (v) => testing.cosEvent({ ...RECORD, key: v as string })],
  ['cosEvent(record.event)', (v) => testing.cosEvent({ ...RECORD, event: v as string })],
  ['cosEvent(record.region)', (v) => testing.cosEvent({ ...RECORD, region: v as string })],
  ['cosEvent(record.size)', (v) => testing.cosEvent({ ...RECORD, size: v as number })],
  ['cosEvent(record.appId)', (v) => testing.cosEvent({ ...RECORD, bucket: 'photos', appId: v as string })],
  ['cosEvent(record.meta)', (v) => testing.cosEvent({ ...RECORD, meta: v as any })],
  ['cosEvent(record.contentType)', (v) => testing.cosEvent({ ...RECORD, contentType: v as string })],
  ['cosEvent(generation)', (v) => testing.cosEvent(RECORD, v as any)],
  ['cosEvent(generation.clock)', (v) => testing.cosEvent(RECORD, { clock: v as any })],
  ['cosEvent(generation.seed)', (v) => testing.cosEvent(RECORD, { seed: v as number })],
  ['regionCodeOf(region)', (v) => testing.regionCodeOf(v as string)],
  ['regionOfCode(code)', (v) => testing.regionOfCode(v as string)],
  ['parseCosObjectKey(key)', (v) => testing.parseCosObjectKey(v as string)],
  ['objectKeyOf(record)', (v) => testing.objectKeyOf(v as any)],
  ['encodeObjectKey(key)', (v) => testing.encodeObjectKey(v as string)],
  ['handler.recordsOf(event)', (v) => handler.recordsOf(v as any)],
  ['handler.bucketOf(record)', (v) => handler.bucketOf(v as any)],
  ['handler.regionOf(record)', (v) => handler.regionOf(v as any)],
  ['handler.regionOf(fallback)', (v) => handler.regionOf(MESSAGE.Records[0], v as string)],
  ['handler.eventFamilyOf(record)', (v) => handler.eventFamilyOf(v as any)],
  ['handler.changeOf(record)', (v) => handler.changeOf(v as any)],
  ['handler.objectKeyOf(record)', (v) => handler.objectKeyOf(v as any)],
];

const HANDLERS = 'test/fixtures/handlers.js';
const MESSAGE = testing.cosEvent(RECORD, { clock: 0, seed: 1 });
/** The sample handler reads event.Records: with another event it fails by itself, which is not the invoker's doing. */
function rethrowUnlessHandlerError(e: unknown): void {
  if (e instanceof TypeError && /Records|map/.test(e.message) && e.stack?.includes('fixtures/handlers.js')) return;
  throw e;
}

/** Async functions: the rejection must be the library's own error. */
const ASYNC_CALLS: Array<[string, (value: unknown) => Promise<unknown>]> = [
  ['handler.mapRecords(event)', (v) => handler.mapRecords(v as any, (c) => c.key)],
  ['FunctionCode.fromEntry(entry)', async (v) => clean('FunctionCode.fromEntry(entry)', (s) => new CloudFunction(s, 'F', { ...FUNCTION_PROPS(s), code: FunctionCode.fromEntry(v as string) }))],
  ['invokeHandler(path)', (v) => testing.invokeHandler(v as string, MESSAGE)],
  ['invokeHandler(event)', (v) => testing.invokeHandler(HANDLERS, v).catch(rethrowUnlessHandlerError)],
  ['invokeHandler(options)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, v as any)],
  ['invokeHandler(options.handler)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, { handler: v as string })],
  ['invokeHandler(options.environment)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, { environment: v as any })],
  ['invokeHandler(options.timeout)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, { timeout: v as number })],
  ['invokeHandler(options.memorySize)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, { memorySize: v as number })],
  ['invokeHandler(options.region)', (v) => testing.invokeHandler(HANDLERS, MESSAGE, { region: v as string })],
];

/** Jest matchers: a wrong argument fails the assertion with a message, never with a TypeError. */
const MATCHERS: Array<[string, (value: unknown) => void]> = [
  ['toConformToProviderSchema(options)', (v) => expect({}).toConformToProviderSchema(v as any)],
  ['toRouteEvent(operation)', (v) => expect(ruleStack().stack).toRouteEvent(v as any)],
  ['toRouteEvent(target)', (v) => expect(ruleStack().stack).toRouteEvent(RECORD, v as any)],
  ['toHaveEventRule(bucket)', (v) => expect(ruleStack().stack).toHaveEventRule(v as string, { events: [CosEvent.OBJECT_CREATED] })],
  ['toHaveEventRule(rule)', (v) => expect(ruleStack().stack).toHaveEventRule(`photos-${APP_ID}`, v as any)],
  ['expect(received).toRouteEvent', (v) => expect(v).toRouteEvent(RECORD)],
];

describe('wrong values given to constructors, factories and methods give the library\'s own messages', () => {
  test.each(DECLARATIONS)('%s', (name, declaration) => {
    fc.assert(fc.property(WRONG, (value) => clean(name, (stack) => declaration(stack, value))), ALL_RUNS);
  });
});

// A Proxy whose every read throws is tried on its own: fast-check itself reads example values when it has many runs.
describe('a value whose every read throws passes the user\'s own error through, or gets the library\'s message', () => {
  test.each(DECLARATIONS)('%s', (name, declaration) => {
    expect(clean(name, (stack) => declaration(stack, hostile()))).toBe(true);
  });
  test.each(CALLS)('%s', (name, call) => {
    expect(cleanCall(name, () => call(hostile()))).toBe(true);
  });
});

describe('wrong values given to functions give the library\'s own errors', () => {
  test.each(CALLS)('%s', (name, call) => {
    fc.assert(fc.property(WRONG, (value) => cleanCall(name, () => call(value))), ALL_RUNS);
  });
});

describe('wrong values given to async functions reject with the library\'s own errors', () => {
  test.each(ASYNC_CALLS)('%s', async (name, call) => {
    await fc.assert(fc.asyncProperty(WRONG, async (value) => {
      try {
        await call(value);
      } catch (e) {
        expectOwnError(e, name);
      }
      return true;
    }), ALL_RUNS);
  });
});

describe('wrong values given to the Jest matchers fail the assertion with a message', () => {
  test.each(MATCHERS)('%s', (name, call) => {
    fc.assert(fc.property(WRONG, (value) => {
      try {
        call(value);
      } catch (e) {
        if ((e as Error)?.constructor?.name !== 'JestAssertionError') expectOwnError(e, name);
      }
      return true;
    }), ALL_RUNS);
  });
});
