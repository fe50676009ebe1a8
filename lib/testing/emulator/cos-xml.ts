// The XML of COS's S3-style API: a small parser for the request bodies clients send (configurations, multipart
// part lists, multi-delete), a builder for responses, and the error document COS answers with
// (COS API document 436/7730, "Error Codes": <Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>).

import type { EmulatorResponse } from './http';

/** One parsed XML element. Namespace prefixes are kept in names (`xsi:type`). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: { readonly [name: string]: string };
  readonly children: readonly XmlElement[];
  /** The element's own text (all text nodes joined), entity-decoded and untrimmed. */
  readonly text: string;
}

/** A body that is not well-formed XML. */
export class XmlSyntaxError extends Error {}

const ENTITIES: { readonly [name: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string, at: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new XmlSyntaxError(`bare '&' near offset ${at}`);
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) throw new XmlSyntaxError(`unknown entity ${whole} near offset ${at}`);
    return value;
  });
}

interface MutableElement { name: string; attributes: { [name: string]: string }; children: MutableElement[]; text: string }

/**
 * Parses a well-formed XML document (declaration, comments, CDATA and the five predefined entities; no DTDs).
 * @throws XmlSyntaxError when the text is not well-formed or holds anything but one root element
 */
export function parseXml(input: string | Buffer): XmlElement {
  const text = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '');
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      if (stack.length > 0) stack[stack.length - 1].text += decodeEntities(chunk, i);
      else if (chunk.trim() !== '') throw new XmlSyntaxError(`text outside the root element near offset ${i}`);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) throw new XmlSyntaxError(`unterminated processing instruction at offset ${i}`);
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) throw new XmlSyntaxError(`unterminated comment at offset ${i}`);
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) throw new XmlSyntaxError(`misplaced or unterminated CDATA at offset ${i}`);
      stack[stack.length - 1].text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      throw new XmlSyntaxError(`DTDs and declarations are not accepted (offset ${i})`);
    } else if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      const name = text.slice(i + 2, end < 0 ? undefined : end).trim();
      const open = stack.pop();
      if (end < 0 || !open || open.name !== name) {
        throw new XmlSyntaxError(`unexpected closing tag </${name}> at offset ${i}${open ? ` (open element is <${open.name}>)` : ''}`);
      }
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(i, i + 4096));
      if (!match) throw new XmlSyntaxError(`malformed tag at offset ${i}`);
      const element: MutableElement = { name: match[1], attributes: {}, children: [], text: '' };
      for (const a of match[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? '', i);
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new XmlSyntaxError(`second root element <${element.name}> at offset ${i}`);
      else root = element;
      if (match[3] !== '/') stack.push(element);
      i += match[0].length;
    }
  }
  if (stack.length > 0) throw new XmlSyntaxError(`element <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** The local part of a name (`xsi:type` → `type`). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The first child element with this (local) name. */
export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => localName(c.name) === name);
}

/** Every child element with this (local) name. */
export function childrenOf(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((c) => localName(c.name) === name);
}

/** The trimmed text of the first child with this name, or undefined when there is no such child. */
export function textOf(element: XmlElement | undefined, name: string): string | undefined {
  const child = childOf(element, name);
  return child === undefined ? undefined : child.text.trim();
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]!));
}

/**
 * Content for `buildXml`: text, a number or boolean, a list (each item rendered in turn), or an object whose keys
 * are child element names. An array value repeats its element (`{ Grant: [a, b] }` gives two `<Grant>`), and
 * `undefined` values are left out.
 */
export type XmlContent = string | number | boolean | undefined | XmlElement | readonly XmlContent[] | { readonly [name: string]: XmlContent };

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && 'children' in value && 'attributes' in value && 'name' in value;
}

function render(content: XmlContent): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return escapeXml(content);
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  if (isElement(content)) return serializeElement(content);
  if (Array.isArray(content)) return content.map((c) => render(c)).join('');
  return Object.entries(content as { [name: string]: XmlContent }).map(([name, value]) => {
    if (value === undefined) return '';
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => (item === undefined ? '' : `<${name}>${render(item)}</${name}>`)).join('');
  }).join('');
}

/** A whole document with an XML declaration: `<root>content</root>`. */
export function buildXml(root: string, content: XmlContent, attributes: { readonly [name: string]: string } = {}): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${attrs}>${render(content)}</${root}>`;
}

/** Serializes a parsed element back to XML (attributes kept, text trimmed where the element also has children). */
export function serializeElement(element: XmlElement, rename?: string): string {
  const name = rename ?? element.name;
  const attrs = Object.entries(element.attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  const inner = element.children.length > 0
    ? element.children.map((c) => serializeElement(c)).join('')
    : escapeXml(element.text);
  return `<${name}${attrs}>${inner}</${name}>`;
}

/** A whole document holding a stored element under the root name COS answers with. */
export function documentOf(element: XmlElement, root: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(element, root)}`;
}

/** The fields of a COS error document. */
export interface CosErrorDocument {
  readonly code: string;
  readonly message: string;
  /** The bucket or object URL the request was for. */
  readonly resource: string;
  readonly requestId: string;
}

/** The error document of COS (API document 436/7730). */
export function errorDocument(e: CosErrorDocument): string {
  return buildXml('Error', {
    Code: e.code,
    Message: e.message,
    Resource: e.resource,
    RequestId: e.requestId,
    TraceId: Buffer.from(e.requestId).toString('base64'),
  });
}

/** An XML answer. */
export function xmlResponse(status: number, body: string, headers: { readonly [name: string]: string } = {}): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/xml', ...headers }, body };
}
