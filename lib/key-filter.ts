import { describeType, isUnresolved, quote } from './validation';

/**
 * Which object keys a rule applies to: an optional literal prefix and an optional literal suffix.
 *
 * A key matches when it starts with the prefix AND ends with the suffix. Matching is literal and
 * case-sensitive: `*`, `?` and regular expressions mean nothing to COS. An absent or empty part means
 * "no condition"; a filter with neither part matches every key.
 *
 * @example
 * const filter: KeyFilter = { prefix: 'uploads/', suffix: '.jpg' };
 */
export interface KeyFilter {
  /**
   * The literal beginning of the object key, e.g. `uploads/`. Object keys have no leading `/`.
   * @default - no prefix condition
   */
  readonly prefix?: string;

  /**
   * The literal end of the object key, e.g. `.jpg`.
   * @default - no suffix condition
   */
  readonly suffix?: string;
}

/** The longest prefix or suffix, in UTF-8 bytes: an object key is at most 850 bytes. */
export const MAX_FILTER_BYTES = 850;

/** Control characters COS object keys cannot contain (the filter could never match). */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * The rules a prefix or suffix must follow. Returns every broken rule as a message; an unresolved token is
 * accepted as it is (its value is known only at apply time).
 */
export function validateFilterPart(part: 'prefix' | 'suffix', value: unknown): string[] {
  if (value === undefined || value === '') return [];
  if (isUnresolved(value)) return [];
  if (typeof value !== 'string') {
    return [`filter ${part} must be a string, got ${describeType(value)} ${quote(value)}.`];
  }
  const problems: string[] = [];
  const v = value;
  if (v.includes('*')) {
    problems.push(
      `filter ${part} ${quote(v)} contains '*': COS filters are literal, so '*' would only match a key with an actual asterisk. ` +
        `Use a plain ${part} such as ${part === 'prefix' ? "'uploads/'" : "'.jpg'"}; leave the ${part} out to match every key.`,
    );
  }
  if (v.includes('\\')) {
    problems.push(
      `filter ${part} ${quote(v)} contains a backslash: COS filters are literal text, not regular expressions. Write the characters as they appear in the key (e.g. '.jpg', not '\\\\.jpg').`,
    );
  }
  if (part === 'prefix' && v.startsWith('^')) {
    problems.push(`filter prefix ${quote(v)} starts with '^': COS filters are literal, not regular expressions. Write the prefix itself, e.g. 'uploads/'.`);
  }
  if (part === 'suffix' && v.endsWith('$')) {
    problems.push(`filter suffix ${quote(v)} ends with '$': COS filters are literal, not regular expressions. Write the suffix itself, e.g. '.jpg'.`);
  }
  if (part === 'prefix' && v.startsWith('/')) {
    problems.push(
      `filter prefix ${quote(v)} starts with '/': COS object keys never start with '/', so this rule could never fire. Write it without the leading slash: ${quote(v.replace(/^\/+/, ''))}.`,
    );
  }
  if (CONTROL_CHARACTERS.test(v)) {
    problems.push(
      `filter ${part} ${quote(v)} contains a control character: COS object keys cannot contain control characters (U+0000 to U+001F, U+007F), so this rule could never fire.`,
    );
  }
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(v);
  if (lone) {
    problems.push(
      `filter ${part} ${quote(v)} contains a lone UTF-16 surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}), which is not a character: ` +
        'object keys are UTF-8, so this rule could never fire (and Terraform would write U+FFFD instead).',
    );
  }
  const bytes = Buffer.byteLength(v, 'utf8');
  if (bytes > MAX_FILTER_BYTES) {
    problems.push(
      `filter ${part} is ${bytes} bytes long: COS object keys are at most ${MAX_FILTER_BYTES} bytes (UTF-8), so a longer ${part} could never match.`,
    );
  }
  return problems;
}

/**
 * Every broken rule of a whole filter (its type, both parts). Returns messages; empty when valid.
 */
export function validateKeyFilter(filter: unknown): string[] {
  if (filter === undefined || filter === null) return [];
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    return [`'filter' must be an object like { prefix: 'uploads/', suffix: '.jpg' }, got ${describeType(filter)} ${quote(filter)}.`];
  }
  const f = filter as Record<string, unknown>;
  const unknownKeys = Object.keys(f).filter((k) => k !== 'prefix' && k !== 'suffix');
  const problems = unknownKeys.map((k) => {
    const hint = k.toLowerCase() === 'prefix' || k.toLowerCase() === 'suffix' ? ` Did you mean '${k.toLowerCase()}'?` : '';
    return `'filter' has an unknown property ${quote(k)}: a filter has only 'prefix' and 'suffix'.${hint}`;
  });
  return [...problems, ...validateFilterPart('prefix', f.prefix), ...validateFilterPart('suffix', f.suffix)];
}

/**
 * A warning (not an error) for a suffix that does not start with '.': one Tencent page says suffixes must
 * begin with a dot, no other page or the API says so.
 */
export function suffixWarning(suffix: string | undefined): string | undefined {
  if (suffix === undefined || suffix === '' || isUnresolved(suffix) || suffix.startsWith('.')) return undefined;
  return `filter suffix ${quote(suffix)} does not start with '.': Tencent's trigger configuration page asks for suffixes like '.jpg'. It is rendered as given.`;
}
