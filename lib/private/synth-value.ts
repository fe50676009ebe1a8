// Values computed at synth time, for the library's own per-resource tokens. cdktf's `Lazy` records a full stack
// trace when each value is created (shown only when the token fails to resolve); these internal values never fail
// that way, and at thousands of rules the traces are a measurable part of construction.
import { IResolvable, IResolveContext, Token } from 'cdktf';

class SynthValue implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly produce: (context: IResolveContext) => unknown) {}

  public resolve(context: IResolveContext): unknown {
    return this.produce(context);
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** A string token whose value `produce` computes when the stack is synthesized. */
export function synthString(produce: (context: IResolveContext) => string): string {
  return Token.asString(new SynthValue(produce));
}

/** A list token whose value `produce` computes when the stack is synthesized. */
export function synthList(produce: (context: IResolveContext) => string[]): string[] {
  return Token.asList(new SynthValue(produce));
}

/** A value of any type that `produce` computes when the stack is synthesized. */
export function synthAny(produce: (context: IResolveContext) => unknown): IResolvable {
  return new SynthValue(produce);
}
