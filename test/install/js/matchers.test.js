// The matchers from plain JavaScript, on the global expect.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { CosEvent } = require('cdktf-tencentcloud-cos-events');
const { BUCKET, build } = require('./app');

const upload = { bucket: BUCKET, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };

describe('matchers (JavaScript)', () => {
  const { stack, resizer } = build(fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-')));

  test('route, rule and schema', () => {
    expect(stack).toConformToProviderSchema();
    expect(stack).toRouteEvent(upload, resizer);
    expect(stack).not.toRouteEvent({ ...upload, key: 'uploads/cat.JPG' });
    expect(stack).toHaveEventRule(BUCKET, { events: [CosEvent.OBJECT_CREATED], filter: { prefix: 'uploads/', suffix: '.jpg' } });
    expect(() => expect(stack).toHaveEventRule(BUCKET, { events: ['cos:ObjectCreate:*'] })).toThrow(
      "toHaveEventRule: 'cos:ObjectCreate:*' is not a COS event type",
    );
  });
});
