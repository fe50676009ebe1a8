// The matchers from TypeScript, on both Jest expects: @jest/globals' and the global one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect as globalsExpect, test } from '@jest/globals';
import { CosEvent } from 'cdktf-tencentcloud-cos-events';
import { BUCKET, build } from './app';

const upload = { bucket: BUCKET, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };

describe('matchers (TypeScript)', () => {
  const { stack, resizer } = build(fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-')));

  test('on the expect of @jest/globals', () => {
    globalsExpect(stack).toConformToProviderSchema();
    globalsExpect(stack).toRouteEvent(upload, resizer);
    globalsExpect(stack).not.toRouteEvent({ ...upload, key: 'uploads/cat.png' });
    globalsExpect(stack).toHaveEventRule(BUCKET, { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' }, target: 'resizer' });
  });

  test('on the global expect', () => {
    expect(stack).toRouteEvent(upload, 'resizer');
    expect(() => expect(stack).toRouteEvent({ ...upload, key: 'other/cat.jpg' })).toThrow(
      `expected cos:ObjectCreated:Put of 'other/cat.jpg' in ${BUCKET} to reach a function, but no trigger matches.`,
    );
  });
});

// Never called: the compile step checks that the matchers are typed on both expects.
export function typeChecks(): void {
  // @ts-expect-error an operation needs a key
  globalsExpect(stack0()).toRouteEvent({ bucket: BUCKET, event: CosEvent.OBJECT_CREATED_PUT });
  // @ts-expect-error the bucket is a name
  expect(stack0()).toHaveEventRule(42, { events: [] });
}
function stack0() {
  return build(os.tmpdir()).stack;
}
