// A function's logging destination (cls_logset_id / cls_topic_id on tencentcloud_scf_function) and how the
// settings props reach the function.
import { TerraformVariable } from 'cdktf';
import { FunctionLoggingConfig } from '../lib';
import { newFunction, newStack, rendered, synthError, synthText } from './helpers/stack';

const LOGSET = '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f';
const TOPIC = '7C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F';

function loggingError(logging: Partial<FunctionLoggingConfig> | unknown): string {
  const { stack } = newStack();
  newFunction(stack, 'Fn', { logging: logging as FunctionLoggingConfig });
  return synthError(stack);
}

describe('logging', () => {
  test('renders the CLS logset and topic of the function', () => {
    const { stack } = newStack();
    const fn = newFunction(stack, 'Fn', { logging: { logsetId: LOGSET, topicId: TOPIC } });
    const text = synthText(stack);
    expect(text).toConformToProviderSchema();
    const resource = rendered(JSON.parse(text), stack, fn.resource);
    expect([resource.cls_logset_id, resource.cls_topic_id]).toEqual([LOGSET, TOPIC]);
  });

  test('without logging, neither id is rendered', () => {
    const { stack } = newStack();
    const fn = newFunction(stack);
    const resource = rendered(JSON.parse(synthText(stack)), stack, fn.resource);
    expect(resource).not.toHaveProperty('cls_logset_id');
    expect(resource).not.toHaveProperty('cls_topic_id');
  });

  test('ids known only at apply time are not checked', () => {
    const { stack } = newStack();
    const logset = new TerraformVariable(stack, 'logset', { type: 'string' });
    const topic = new TerraformVariable(stack, 'topic', { type: 'string' });
    const fn = newFunction(stack, 'Fn', { logging: { logsetId: logset.stringValue, topicId: topic.stringValue } });
    const resource = rendered(JSON.parse(synthText(stack)), stack, fn.resource);
    expect([resource.cls_logset_id, resource.cls_topic_id]).toEqual(['${var.logset}', '${var.topic}']);
  });

  test('one id without the other is rejected', () => {
    expect(loggingError({ logsetId: LOGSET })).toContain(
      `[test/Fn] 'logging' needs both 'logsetId' and 'topicId' (SCF sets them together), got {"logsetId":"${LOGSET}"}.`,
    );
    expect(loggingError({ topicId: TOPIC })).toContain(
      `[test/Fn] 'logging' needs both 'logsetId' and 'topicId' (SCF sets them together), got {"topicId":"${TOPIC}"}.`,
    );
  });

  test.each([
    ['logset-1', "'logset-1'"],
    [`${LOGSET}0`, `'${LOGSET}0'`],
    [42, 'a number 42'],
  ])('logset id %j is rejected', (logsetId, shown) => {
    expect(loggingError({ logsetId, topicId: TOPIC })).toContain(
      `[test/Fn] 'logging.logsetId' ${shown} is not a CLS id: CLS ids are UUIDs like '3b9b2b3c-9d1e-4c1e-8d5e-1a2b3c4d5e6f'.`,
    );
  });

  test('a malformed topic id is rejected with the logset id problem', () => {
    const message = loggingError({ logsetId: 'x', topicId: 'topic' });
    expect(message).toContain("[test/Fn] 'logging.logsetId' 'x' is not a CLS id");
    expect(message).toContain("[test/Fn] 'logging.topicId' 'topic' is not a CLS id");
  });

  test('logging that is not an object is rejected', () => {
    expect(loggingError('cls')).toContain("[test/Fn] 'logging' must be an object like { logsetId: '...', topicId: '...' }, got a string 'cls'.");
  });
});

describe('settings together', () => {
  test('problems of several settings are reported at once', () => {
    const { stack } = newStack();
    newFunction(stack, 'Fn', { logging: { logsetId: 'x', topicId: TOPIC }, reservedConcurrency: -2, layers: 'deps' as any });
    const message = synthError(stack);
    expect(message).toContain("[test/Fn] 'logging.logsetId' 'x' is not a CLS id");
    expect(message).toContain("[test/Fn] 'reservedConcurrency' -2 is not allowed");
    expect(message).toContain("[test/Fn] 'layers' must be a list of layer versions");
  });
});
