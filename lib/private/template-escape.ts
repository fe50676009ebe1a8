// Every string in Terraform JSON is a template: `${...}` is an interpolation and `%{...}` a directive. A literal
// text must therefore be written with `$${` and `%%{`, or Terraform evaluates (or rejects) it. These helpers turn
// the literal parts of a value into template text and leave cdktf tokens (references, functions) working.
import { Fn, IResolveContext, Token, Tokenization } from 'cdktf';
import { synthString } from './synth-value';

/** A cdktf string token as it appears inside a string. */
const TOKEN_MARKER = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

type Part = { readonly literal: string } | { readonly token: string };

/** Splits a string into literal text and cdktf token markers, in order. */
function splitTokens(value: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of value.matchAll(TOKEN_MARKER)) {
    // Only a registered token is one; anything else that looks like a marker is text.
    if (Tokenization.reverseString(m[0]).firstToken === undefined) continue;
    if (m.index > last) parts.push({ literal: value.slice(last, m.index) });
    parts.push({ token: m[0] });
    last = m.index + m[0].length;
  }
  if (last < value.length) parts.push({ literal: value.slice(last) });
  return parts;
}

/** Template text for a literal: `${` as `$${` and `%{` as `%%{`. */
function escapeLiteral(text: string): string {
  // A replacement function: in a replacement string, '$$' would stand for one '$'.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** True when the text holds a sequence Terraform's template syntax would read. */
function needsEscape(text: string): boolean {
  return text.includes('${') || text.includes('%{');
}

/**
 * A string of literal text and tokens as template text: literal parts escaped, tokens resolved as interpolations.
 * Resolved here (not left to cdktf's string scanning) because cdktf reads a literal `${ ... }` around a token as a
 * Terraform expression and would drop the token's own braces.
 */
function templateText(parts: readonly Part[], context: IResolveContext): string {
  let out = '';
  parts.forEach((part, i) => {
    if ('token' in part) {
      out += String(context.resolve(part.token));
      return;
    }
    let text = escapeLiteral(part.literal);
    // A '$' right before an interpolation would turn it into the escape `$${`: write that '$' as an interpolation.
    if (text.endsWith('$') && i + 1 < parts.length) text = `${text.slice(0, -1)}\${"$"}`;
    out += text;
  });
  return out;
}

/**
 * The value to write into a Terraform JSON attribute so that Terraform reads back exactly the given text.
 * Literal strings get `${` and `%{` escaped; tokens inside a string keep resolving. Anything that is not a
 * string (undefined, numbers, whole-value tokens of other types) is returned as it is.
 */
export function escapeTemplate<T>(value: T): T {
  if (typeof value !== 'string') return value;
  if (!Token.isUnresolved(value)) return (needsEscape(value) ? escapeLiteral(value) : value) as T;
  const parts = splitTokens(value);
  const literalOnly = parts.filter((p): p is { literal: string } => 'literal' in p);
  const dollarBeforeToken = parts.some((p, i) => 'literal' in p && p.literal.endsWith('$') && i + 1 < parts.length);
  if (!literalOnly.some((p) => needsEscape(p.literal)) && !dollarBeforeToken) return value;
  return synthString((context) => templateText(parts, context)) as T;
}

/**
 * A map of strings (tags, environment variables) with keys and values escaped: keys of a Terraform JSON object
 * are templates too. A map that is itself a token is returned as it is.
 */
export function escapeTemplateMap<T extends { [key: string]: unknown } | undefined>(map: T): T {
  if (map === undefined || map === null || typeof map !== 'object' || Token.isUnresolved(map)) return map;
  const out: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(map)) out[escapeTemplate(key)] = escapeTemplate(value);
  return out as T;
}

/** A literal text as an HCL quoted-string body inside a cdktf function argument (cdktf escapes `${` and newlines). */
function expressionLiteral(text: string): string {
  return text.replace(/\\/g, () => '\\\\').replace(/"/g, () => '\\"').replace(/%\{/g, () => '%%{');
}

/**
 * A string to pass as an argument to a cdktf function (`Fn.jsonencode` and the like), so that the function
 * receives exactly the given text: literal parts become HCL string literals, tokens stay references. A string
 * that mixes text and tokens becomes a `join("", [...])` of its parts, so that no text touches a reference.
 */
export function expressionString(value: string): string {
  if (!Token.isUnresolved(value)) return expressionLiteral(value);
  const parts = splitTokens(value);
  if (parts.length === 1 && 'token' in parts[0]) return value;
  return Fn.join('', parts.map((p) => ('token' in p ? p.token : expressionLiteral(p.literal))));
}

/**
 * The text a Terraform template string stands for, when it is plain text: `$${` read as `${` and `%%{` as
 * `%{`. Undefined when the string holds an interpolation or a directive (its value is known only to Terraform).
 */
export function templateLiteralValue(template: unknown): string | undefined {
  if (typeof template !== 'string') return undefined;
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === '$' || c === '%') && template[i + 1] === c && template[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
    } else if ((c === '$' || c === '%') && template[i + 1] === '{') {
      return undefined;
    } else {
      out += c;
    }
  }
  return out;
}
