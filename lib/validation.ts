import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';

/**
 * One broken rule found in a construct's input.
 */
export interface ValidationProblem {
  /** The construct path the problem belongs to, e.g. `app/Uploads/OnPng`. */
  readonly path: string;
  /** The complete message: the bad value, the rule it breaks and what is allowed. */
  readonly message: string;
}

/**
 * Thrown when input to this library breaks a rule that can be detected while a construct is being built.
 *
 * Most checks are reported as cdktf validations instead (they run on `app.synth()` and
 * `Testing.synth(stack, true)`, and report every problem of the whole stack at once); this error is only
 * used where building could not continue, and carries the same message format:
 * `[construct path] message`.
 */
export class CosEventsError extends Error {
  /** The problems, in the order they were found. */
  public readonly problems: ValidationProblem[];

  constructor(problems: ValidationProblem[]) {
    super(problems.map((p) => `[${p.path}] ${p.message}`).join('\n'));
    this.name = 'CosEventsError';
    this.problems = problems;
  }
}

/** Quote a value for an error message: strings in single quotes with invisible characters escaped. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    // Invisible characters and lone surrogates (not characters at all) are shown as escapes.
    const escaped = value.replace(/[\u0000-\u001f\u007f\u2028\u2029']|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
      c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    return `'${escaped}'`;
  }
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (Construct.isConstruct(value)) return `[${value.node.path}]`;
  if (Array.isArray(value)) return `[${value.map(quote).join(', ')}]`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Checks the `scope` and `id` a construct of this library is built with, before constructs' own code reads them:
 * returns them for `super(...)`, or throws a CosEventsError naming the class and the bad argument.
 * Not exported from the package root.
 */
export function constructArgs(scope: unknown, id: unknown, what: string): [Construct, string] {
  const where = Construct.isConstruct(scope) ? scope.node.path || '(root)' : what;
  if (!Construct.isConstruct(scope)) {
    throw new CosEventsError([{ path: where, message: `new ${what}(scope, id): 'scope' must be a construct (a stack or a construct inside one), got ${describeValue(scope)}.` }]);
  }
  if (typeof id !== 'string' || id === '') {
    throw new CosEventsError([{ path: where, message: `new ${what}(scope, id): 'id' must be a non-empty string, got ${describeValue(id)}.` }]);
  }
  if (isReservedConstructId(id)) throw new CosEventsError([{ path: where, message: `new ${what}(scope, id): ${reservedIdMessage(id)}` }]);
  return [scope, id];
}

/** A value as JSON text for messages; values JSON cannot hold (BigInt, symbols, cycles) are quoted instead. */
export function jsonText(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text;
  } catch {
    // BigInt, a cycle or a throwing toJSON: fall back to quote().
  }
  return quote(value);
}

/** A value with its type for error messages: `a number 42`, `an object {}`; `undefined` and `null` as they are. */
export function describeValue(value: unknown): string {
  return value === undefined || value === null ? String(value) : `${describeType(value)} ${quote(value)}`;
}

/**
 * True for ids that constructs cannot hold: names every JavaScript object has ('constructor', '__proto__',
 * 'toString', ...), which its child lookup mistakes for existing children. Not exported from the package root.
 */
export function isReservedConstructId(id: string): boolean {
  return id in Object.prototype;
}

/** Why such an id is refused. Not exported from the package root. */
export function reservedIdMessage(id: string): string {
  return `'id' ${quote(id)} cannot be a construct id: every JavaScript object has a property of that name, which constructs would take for an existing child. Choose another id.`;
}

/** `value` when it is a string (a literal or a token), otherwise undefined: a wrong type, once reported, is not rendered. */
export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A JavaScript type name for error messages ("a number", "an array", "null"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' || t === 'undefined' ? (t === 'object' ? 'an object' : 'undefined') : `a ${t}`;
}

/** True when the value is (or contains) a token known only at apply time. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * Collects the problems of one construct's input; attach it with `attach()` so that every message is
 * reported as a cdktf validation with the construct path.
 * Not exported from the package root.
 */
export class Problems {
  private readonly messages: string[] = [];

  /** Record a broken rule; `undefined` (a check that found nothing, see `checkType`) is skipped. */
  public add(message: string | undefined): void {
    if (message !== undefined) this.messages.push(message);
  }

  /** Record every message of a list; `undefined` entries (checks that found nothing) are skipped. */
  public addAll(messages: ReadonlyArray<string | undefined>): void {
    for (const m of messages) this.add(m);
  }

  /** The messages recorded so far. */
  public get list(): readonly string[] {
    return this.messages;
  }

  /**
   * Report the recorded messages (and any the extra check returns) as validations of `scope`.
   */
  public attach(scope: IConstruct, extra?: () => string[]): void {
    scope.node.addValidation({ validate: () => [...this.messages, ...(extra ? extra() : [])] });
  }
}

/**
 * The props (or attributes, or options) of a construct as an object: `value` itself when it is one, otherwise an
 * empty object, and the problem is recorded (`what` names the argument, `example` shows its shape, e.g.
 * `{ functionName: 'resizer' }`). `undefined` is an empty object when the argument is optional.
 * Not exported from the package root.
 */
export function propsObject<T extends object>(value: T | undefined, problems: Problems,
  what: { readonly name?: string; readonly example?: string; readonly optional?: boolean } = {}): T {
  if (typeof value === 'object' && value !== null) return value;
  if (value !== undefined || !what.optional) {
    const like = what.example ? ` like ${what.example}` : '';
    problems.add(`${what.name ?? 'props'} must be an object${like}, got ${describeValue(value)}.`);
  }
  return {} as T;
}

/**
 * Check that a prop has one of the expected JavaScript types; JavaScript callers and configuration files can
 * pass anything. Returns the message or undefined.
 * Not exported from the package root.
 */
export function checkType(
  prop: string,
  value: unknown,
  expected: 'string' | 'number' | 'boolean' | 'object' | 'array',
): string | undefined {
  // A token (a boolean or number known only at apply time is an object here) is never rejected for its shape.
  if (value === undefined || isUnresolved(value)) return undefined;
  const ok =
    expected === 'array'
      ? Array.isArray(value)
      : expected === 'object'
        ? typeof value === 'object' && value !== null && !Array.isArray(value)
        : typeof value === expected;
  if (ok) return undefined;
  const article = expected === 'array' || expected === 'object' ? 'an' : 'a';
  return `'${prop}' must be ${article} ${expected}, got ${describeType(value)} ${quote(value)}.`;
}

/**
 * Check a map of string to string (tags, environment variables).
 * Not exported from the package root.
 */
export function checkStringMap(prop: string, value: unknown): string[] {
  if (value === undefined || isUnresolved(value)) return [];
  const typeProblem = checkType(prop, value, 'object');
  if (typeProblem) return [typeProblem];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') {
      out.push(`'${prop}.${k}' must be a string, got ${describeType(v)} ${quote(v)}.`);
    }
  }
  return out;
}

/** Levenshtein distance, for "did you mean" suggestions. Not exported from the package root. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
