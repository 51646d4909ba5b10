/**
 * The XML of an .xlsx package, read and edited as text: a part is changed only where it must be,
 * and every other byte of it stays as its producer wrote it. The parts handled here are
 * machine-written (no DTDs, no CDATA where we look), which is what makes this safe.
 */

export interface XmlElement {
  /** Offsets in the text: from `<` of the start tag to past the end tag (or past `/>`). */
  readonly start: number;
  readonly end: number;
  /** The namespace prefix with its colon (`x:`), or `''`. */
  readonly prefix: string;
  readonly startTag: string;
  /** Decoded attribute values, by qualified name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The raw text between the tags; undefined when the element is self-closing. */
  readonly inner?: string;
}

const ATTRIBUTES = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*?)`;

/**
 * Every element with this local name, whatever its prefix, in document order.
 * Only for elements that never contain an element of their own name.
 */
export function elements(xml: string, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const startTags = new RegExp(String.raw`<([\w.-]+:)?${localName}(?=[\s/>])${ATTRIBUTES}(/?)>`, 'g');
  for (let match = startTags.exec(xml); match !== null; match = startTags.exec(xml)) {
    const [startTag, prefix = '', , selfClosing] = match;
    const afterStart = match.index + startTag.length;
    const closing = selfClosing ? -1 : xml.indexOf(`</${prefix}${localName}>`, afterStart);
    const end = closing === -1 ? afterStart : closing + `</${prefix}${localName}>`.length;
    found.push({
      start: match.index,
      end,
      prefix,
      startTag,
      attributes: attributesOf(startTag),
      ...(closing === -1 ? {} : { inner: xml.slice(afterStart, closing) }),
    });
    startTags.lastIndex = end;
  }
  return found;
}

export function firstElement(xml: string, localName: string): XmlElement | undefined {
  return elements(xml, localName)[0];
}

export function attributesOf(startTag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted] of startTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[name] = decodeXml(doubleQuoted ?? singleQuoted);
  }
  return attributes;
}

/** The start tag with `name` set to `value`, added before the tag's end when it was absent. */
export function withAttribute(startTag: string, name: string, value: string): string {
  const written = `${name}="${escapeAttribute(value)}"`;
  const existing = new RegExp(String.raw`(\s)${name}\s*=\s*(?:"[^"]*"|'[^']*')`);
  if (existing.test(startTag)) return startTag.replace(existing, (_, space: string) => `${space}${written}`);
  return startTag.replace(/\s*(\/?>)$/, (_, end: string) => ` ${written}${end}`);
}

export function replaceSpan(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}

/**
 * `xml` with `children` appended inside its first element of that local name.
 * A self-closing element is opened to take them; undefined when there is no such element.
 */
export function withChildrenAppended(xml: string, localName: string, children: string): string | undefined {
  const container = firstElement(xml, localName);
  if (container === undefined) return undefined;
  if (container.inner !== undefined) {
    const closing = container.end - `</${container.prefix}${localName}>`.length;
    return replaceSpan(xml, closing, closing, children);
  }
  const opened = container.startTag.replace(/\s*\/>$/, '>');
  return replaceSpan(xml, container.start, container.end, `${opened}${children}</${container.prefix}${localName}>`);
}

/** The prefix (with its colon) the root element uses, so that added elements match it. */
export function rootPrefix(xml: string): string {
  return /<(?![?!])([\w.-]+:)?[\w.-]+/.exec(xml)?.[1] ?? '';
}

/** The prefix the root element declares for `namespace`: `'r'`, or undefined when it declares none. */
export function declaredPrefix(xml: string, namespace: string): string | undefined {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '';
  const declaration = Object.entries(attributesOf(root)).find(([name, value]) => name.startsWith('xmlns:') && value === namespace);
  return declaration?.[0].slice('xmlns:'.length);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Tabs and line breaks too: a parser would turn them into spaces in an attribute. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (_, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(parseInt(decimal, 10));
    return NAMED_ENTITIES[name as keyof typeof NAMED_ENTITIES];
  });
}

const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as const;

/** Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
