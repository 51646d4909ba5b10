import { SaxesParser } from 'saxes';
import { shortened, WorkbookUnusableError } from '../../../core';
import type { PackageParts } from '../package/package-parts';

/** What a part's XML says, element by element, by local name (any namespace prefix dropped). */
export interface XmlListener {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Parses a part as it is inflated, so that a worksheet of a hundred megabytes never sits in memory
 * whole. Malformed XML is a corrupt workbook, the parser's message kept short as the cause.
 * False when the package has no such part.
 */
export async function parsePart(pkg: PackageParts, part: string, listener: XmlListener): Promise<boolean> {
  const parser = parserFor(listener);
  const found = await pkg.stream(part, (chunk) => void parser.write(chunk));
  if (found) parser.close();
  return found;
}

/** Whether a small part, read whole, is well-formed XML; if not, the workbook is corrupt. */
export function assertWellFormed(xml: string): void {
  parserFor({ open: () => undefined, close: () => undefined, text: () => undefined })
    .write(xml)
    .close();
}

function parserFor(listener: XmlListener): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('error', (error) => {
    throw new WorkbookUnusableError('corrupt-xlsx', { detail: 'the workbook parts could not be read', cause: shortMessage(error) });
  });
  parser.on('opentag', (tag) => listener.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => listener.close(localName(tag.name)));
  parser.on('text', (text) => listener.text(text));
  parser.on('cdata', (text) => listener.text(text));
  return parser;
}

/** An attribute by local name (`r:id` is `id`). */
export function attributeNamed(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  const qualified = Object.keys(attributes).find((key) => key.endsWith(`:${name}`));
  return qualified === undefined ? undefined : attributes[qualified];
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The parser's first line, cut to fit a one-line message. */
function shortMessage(error: Error): string {
  return shortened(error.message.split('\n')[0].trim(), 120);
}
