// The matchers on both Jest `expect`s: the one imported from @jest/globals and the global one. setupJest() (run by
// test/helpers/setup.ts) registers them once; their types come from lib/testing/jest.ts.
import { describe, expect as globalsExpect, test } from '@jest/globals';
import { Bucket, CosEvent } from '../lib';
import { CosEventsMatchers, SimulatedOperation } from '../lib/testing';
import { APP_ID, newFunction, newStack } from './helpers/stack';

const PHOTOS = `photos-${APP_ID}`;

function photoStack() {
  const { stack } = newStack();
  const photos = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
  const thumbs = newFunction(stack, 'Thumbs', { functionName: 'thumbs' });
  photos.onObjectCreated(thumbs, { prefix: 'uploads/', suffix: '.jpg' });
  return { stack, thumbs };
}

const upload: SimulatedOperation = { bucket: PHOTOS, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };
const rule = { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' } };

describe('matchers on the expect of @jest/globals', () => {
  test('pass and fail as on the global expect', () => {
    const { stack, thumbs } = photoStack();
    globalsExpect(stack).toConformToProviderSchema();
    globalsExpect(stack).toRouteEvent(upload, thumbs);
    globalsExpect(stack).not.toRouteEvent({ ...upload, key: 'uploads/cat.png' });
    globalsExpect(stack).toHaveEventRule(PHOTOS, { ...rule, target: 'thumbs' });
    globalsExpect(() => globalsExpect(stack).not.toRouteEvent(upload, 'thumbs')).toThrow(
      `expected cos:ObjectCreated:Put of 'uploads/cat.jpg' in ${PHOTOS} not to reach 'thumbs', but it does:\n` +
      "  - thumbs via test/Photos/Rule-Thumbs/Trigger: cos:ObjectCreated:* (prefix 'uploads/', suffix '.jpg')",
    );
  });

  test('are the functions the global expect has', () => {
    const names: Array<keyof CosEventsMatchers<void>> = ['toConformToProviderSchema', 'toRouteEvent', 'toHaveEventRule'];
    const registered = (e: unknown) => names.filter((name) => typeof (e as Record<string, unknown>)[name] === 'function');
    expect(registered(globalsExpect(PHOTOS))).toEqual(names);
    expect(registered(expect(PHOTOS))).toEqual(names);
  });
});

// Never called: the type-check step of `npm test` checks these lines. Each @ts-expect-error fails it when the
// matcher is missing from that expect's type (the call errors differently) or typed too loosely (no error).
export function typeChecks(stack: ReturnType<typeof photoStack>['stack']): void {
  // @ts-expect-error an operation needs a key
  globalsExpect(stack).toRouteEvent({ bucket: PHOTOS, event: CosEvent.OBJECT_CREATED_PUT });
  // @ts-expect-error the bucket is a name
  globalsExpect(stack).toHaveEventRule(42, rule);
  // @ts-expect-error schema check options are an object
  globalsExpect(stack).not.toConformToProviderSchema('strict');
  // @ts-expect-error an operation needs a key
  expect(stack).toRouteEvent({ bucket: PHOTOS, event: CosEvent.OBJECT_CREATED_PUT });
  // @ts-expect-error the bucket is a name
  expect(stack).not.toHaveEventRule(42, rule);
  // @ts-expect-error schema check options are an object
  expect(stack).toConformToProviderSchema('strict');
}
