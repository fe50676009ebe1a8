// The library's own synth-time values (ordering anchors, code regions, triggers blocks): computed when the stack is
// synthesized, from the state of the app at that moment, and without the stack trace cdktf's Lazy records.
import { Token, Tokenization } from 'cdktf';
import { newStack, synth } from './helpers/stack';
import { synthAny, synthList, synthString } from '../lib/private/synth-value';
import { TerraformData } from '../lib/private/terraform-data';

describe('synth-time values', () => {
  test('are produced when the stack is synthesized, from what the app holds then', () => {
    const { stack } = newStack();
    const names = ['a'];
    let region = 'ap-guangzhou';
    const calls: string[] = [];
    new TerraformData(stack, 'Values', {
      region: synthString((context) => {
        calls.push(context.scope.node.path);
        return region;
      }),
      names: synthList(() => [...names]),
      block: synthAny(() => ({ count: names.length })),
    });
    names.push('b');
    region = 'ap-shanghai';
    expect(calls).toEqual([]);

    expect(synth(stack).resource.terraform_data.Values.input).toEqual({
      region: 'ap-shanghai',
      names: ['a', 'b'],
      block: { count: 2 },
    });
    expect(calls.length).toBeGreaterThan(0);
    // cdktf resolves the elements of a stack with the stack as the scope.
    expect(new Set(calls)).toEqual(new Set(['test']));
  });

  test('are tokens of their type, resolved inside strings like any token', () => {
    const { stack } = newStack();
    const text = synthString(() => 'mid');
    const list = synthList(() => ['x', 'y']);
    expect(Token.isUnresolved(text)).toBe(true);
    expect(Tokenization.reverseList(list)).toBeDefined();
    new TerraformData(stack, 'Values', { text: `before-${text}-after`, list });
    expect(synth(stack).resource.terraform_data.Values.input).toEqual({ text: 'before-mid-after', list: ['x', 'y'] });
  });

  test('record no creation stack (cdktf captures one for each Lazy)', () => {
    const value = Tokenization.reverseString(synthString(() => 'v')).tokens[0];
    expect(value.creationStack).toEqual([]);
    expect(synthAny(() => 1).creationStack).toEqual([]);
  });
});
