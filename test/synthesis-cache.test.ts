// The testing toolkit synthesizes a stack once and reuses the result until a construct is added to the stack.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { TerraformStack, Testing } from 'cdktf';
import { Bucket, CosEvent } from '../lib';
import { checkProviderSchema, cosTriggersOf, simulate, synthesizedJson } from '../lib/testing';
import { APP_ID, newFunction, newStack } from './helpers/stack';

const PHOTOS = `photos-${APP_ID}`;
const PUT = { bucket: PHOTOS, key: 'uploads/cat.jpg', event: CosEvent.OBJECT_CREATED_PUT };

function photosStack(): { stack: TerraformStack; bucket: Bucket } {
  const { stack } = newStack();
  const bucket = new Bucket(stack, 'Photos', { bucketName: PHOTOS });
  bucket.onObjectCreated(newFunction(stack, 'Thumbs', { functionName: 'thumbs' }), { prefix: 'uploads/' });
  return { stack, bucket };
}

const names = (stack: TerraformStack) => simulate(stack, PUT).map((m) => m.functionName);

describe('synthesis cache of the testing toolkit', () => {
  let synth: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    synth = jest.spyOn(Testing, 'synth');
  });
  afterEach(() => {
    synth.mockRestore();
  });

  test('a second call on the same stack gives the same result without synthesizing again', () => {
    const { stack } = photosStack();
    const first = synthesizedJson(stack);
    expect(synth).toHaveBeenCalledTimes(1);
    expect(synthesizedJson(stack)).toEqual(first);
    expect(names(stack)).toEqual(['thumbs']);
    expect(checkProviderSchema(stack)).toEqual([]);
    expect(cosTriggersOf(stack)).toHaveLength(1);
    expect(stack).toRouteEvent(PUT, 'thumbs');
    expect(stack).toConformToProviderSchema();
    expect(synth).toHaveBeenCalledTimes(1);
  });

  test('the cached result equals a fresh synthesis of the same stack', () => {
    const { stack } = photosStack();
    const cachedOnce = synthesizedJson(stack);
    const cachedTwice = synthesizedJson(stack);
    const fresh = synthesizedJson(photosStack().stack);
    expect(cachedTwice).toEqual(fresh);
    expect(cachedOnce).toEqual(fresh);
  });

  test('each call gets its own copy: editing one result does not change the next', () => {
    const { stack } = photosStack();
    const first = synthesizedJson(stack);
    delete first.resource;
    expect(synthesizedJson(stack).resource).toBeDefined();
    expect(names(stack)).toEqual(['thumbs']);
  });

  test('a rule added after a call is seen by the next call', () => {
    const { stack, bucket } = photosStack();
    const audits = () => simulate(stack, { ...PUT, key: 'audit/log.txt' }).map((m) => m.functionName);
    expect(audits()).toEqual([]);
    bucket.onObjectCreated(newFunction(stack, 'Audit', { functionName: 'audit' }), { prefix: 'audit/' });
    expect(audits()).toEqual(['audit']);
    expect(synth).toHaveBeenCalledTimes(2);
    expect(audits()).toEqual(['audit']);
    expect(names(stack)).toEqual(['thumbs']);
    expect(synth).toHaveBeenCalledTimes(2);
  });

  test('a construct added deep in the tree is seen too', () => {
    const { stack, bucket } = photosStack();
    expect(cosTriggersOf(stack)).toHaveLength(1);
    bucket.onObjectRemoved(newFunction(stack, 'Cleaner', { functionName: 'cleaner' }));
    expect(cosTriggersOf(stack).map((t) => t.functionName).sort()).toEqual(['cleaner', 'thumbs']);
  });

  test('stacks are cached apart', () => {
    const a = photosStack().stack;
    const { stack: b, bucket } = photosStack();
    bucket.onObjectRemoved(newFunction(b, 'Cleaner', { functionName: 'cleaner' }));
    expect(cosTriggersOf(a)).toHaveLength(1);
    expect(cosTriggersOf(b)).toHaveLength(2);
    expect(cosTriggersOf(a)).toHaveLength(1);
    expect(synth).toHaveBeenCalledTimes(2);
  });

  test('a stack whose validation fails is not cached: every call reports the error', () => {
    const { stack } = photosStack();
    const { stack: other, bucket } = photosStack();
    bucket.onObjectCreated(newFunction(other, 'Audit', { functionName: 'audit' }));
    expect(() => synthesizedJson(other)).toThrow(/overlap on bucket 'photos-1250000000'/);
    expect(() => synthesizedJson(other)).toThrow(/overlap on bucket 'photos-1250000000'/);
    expect(synth).toHaveBeenCalledTimes(2);
    expect(names(stack)).toEqual(['thumbs']);
  });
});
