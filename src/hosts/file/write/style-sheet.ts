import type { BlockStyle, NumberFormat } from '../../../core';
import { elements, escapeAttribute, firstElement, replaceSpan, rootPrefix, withAttribute, withChildrenAppended, type XmlElement } from '../package/xml';
import { BOX_LOOKS, FONT_LOOKS, NUMBER_FORMAT_CODES, type BoxLook } from '../../look';
import type { CellLook } from './sheet-cells';

/** Formats Excel knows by number, which a styles part does not spell out. */
const BUILTIN_FORMAT_IDS: Readonly<Record<string, number>> = { '0': 1, '#,##0': 3, '#,##0.00': 4, '0%': 9 };

/** The children of styleSheet, in the order its schema requires. */
const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A section that cells rely on at index 0, with what index 0 (fills: 0 and 1, Excel's own) must be when the section has to be created. */
const FIRST_ENTRIES: Readonly<Record<string, string>> = {
  fonts: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  fills: '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  borders: '<border><left/><right/><top/><bottom/><diagonal/></border>',
  cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
};

/** The parts of a font a look decides; the others (name, family, charset, scheme) follow the default font. */
const FONT_SIZE_AND_EMPHASIS = new Set(['b', 'i', 'u', 'strike', 'sz', 'color', 'vertAlign', 'outline', 'shadow', 'condense', 'extend']);

/**
 * A workbook's styles part being given the looks a plan needs. It only appends (the indexes the
 * user's cells use never move), reuses any entry that is already exactly what is needed (so
 * writing the same plan again adds nothing), and keeps every section's `count` right.
 */
export class StyleSheet {
  private readonly prefix: string;

  constructor(private xml: string) {
    this.prefix = rootPrefix(xml);
  }

  get text(): string {
    return this.xml;
  }

  /** The cellXfs index for a look; 0 (the workbook's default) for a cell with no look. */
  styleId(look: CellLook): number {
    if (look.style === undefined && look.format === undefined && look.align === undefined && !look.wrap && !look.indent && !look.unlocked) return 0;
    const p = this.prefix;
    const numFmtId = look.format === undefined ? 0 : this.numberFormatId(look.format);
    const fontId = look.style === undefined ? 0 : this.fontId(look.style);
    const box = look.style === undefined ? undefined : BOX_LOOKS[look.style];
    const fillId = box === undefined ? 0 : this.fillId(box);
    const borderId = box === undefined ? 0 : this.borderId(box);
    const applied =
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      `${look.align || look.wrap ? ' applyAlignment="1"' : ''}${look.unlocked ? ' applyProtection="1"' : ''}`;
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    // The schema's order: alignment, then protection.
    const children = `${alignmentXml(p, look)}${look.unlocked ? `<${p}protection locked="0"/>` : ''}`;
    const xf = children === '' ? `<${p}xf ${attributes}/>` : `<${p}xf ${attributes}>${children}</${p}xf>`;
    return this.entryIndex('cellXfs', 'xf', xf);
  }

  private numberFormatId(format: NumberFormat): number {
    const code = NUMBER_FORMAT_CODES[format];
    const builtin = BUILTIN_FORMAT_IDS[code];
    if (builtin !== undefined) return builtin;
    const numFmts = this.entries('numFmts', 'numFmt');
    const existing = numFmts.find(({ attributes }) => attributes.formatCode === code);
    if (existing !== undefined) return Number(existing.attributes.numFmtId);
    // Ids below 164 are Excel's built-in formats.
    const id = Math.max(163, ...numFmts.map(({ attributes }) => Number(attributes.numFmtId) || 0)) + 1;
    this.append('numFmts', 'numFmt', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** 0, the default font, for a style that keeps it. */
  private fontId(style: BlockStyle): number {
    const look = FONT_LOOKS[style];
    if (look === undefined) return 0;
    const base = defaultFont(this.entries('fonts', 'font')[0]?.inner ?? '');
    const p = this.prefix;
    const color = look.color === undefined ? base.color : `<${p}color rgb="FF${look.color}"/>`;
    const font = `<${p}font>${look.bold ? `<${p}b/>` : ''}<${p}sz val="${base.size + look.sizeStep}"/>${color}${base.typeface}</${p}font>`;
    return this.entryIndex('fonts', 'font', font);
  }

  /** A solid fill of the box's colour (after Excel's own two: none and gray125, which the section keeps first). */
  private fillId(box: BoxLook): number {
    const p = this.prefix;
    this.ensureSection('fills');
    // Excel takes fills 0 and 1 as its own whatever they say: a fill of ours never goes there.
    const reserved = [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`];
    for (const entry of reserved.slice(this.entries('fills', 'fill').length)) this.append('fills', 'fill', entry);
    return this.entryIndex(
      'fills',
      'fill',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${box.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** A thin line of the box's colour on the four sides. */
  private borderId(box: BoxLook): number {
    const p = this.prefix;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FF${box.border}"/></${p}${name}>`;
    this.ensureSection('borders');
    return this.entryIndex('borders', 'border', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`);
  }

  /** The index of the entry written exactly as `entry`, appended when there is none. */
  private entryIndex(section: string, entryName: string, entry: string): number {
    const inner = this.sectionInner(section);
    const entries = elements(inner, entryName);
    const index = entries.findIndex(({ start, end }) => inner.slice(start, end) === entry);
    if (index !== -1) return index;
    this.append(section, entryName, entry);
    return entries.length;
  }

  private entries(section: string, entryName: string): XmlElement[] {
    return elements(this.sectionInner(section), entryName);
  }

  private sectionInner(section: string): string {
    return firstElement(this.xml, section)?.inner ?? '';
  }

  private append(section: string, entryName: string, entry: string): void {
    this.ensureSection(section);
    this.xml = withChildrenAppended(this.xml, section, entry) ?? this.xml;
    const container = firstElement(this.xml, section)!;
    const counted = withAttribute(container.startTag, 'count', String(this.entries(section, entryName).length));
    this.xml = replaceSpan(this.xml, container.start, container.start + container.startTag.length, counted);
  }

  /** A missing section goes before the first section that follows it in the schema's order. */
  private ensureSection(section: string): void {
    if (firstElement(this.xml, section) !== undefined) return;
    const next = SECTIONS.slice(SECTIONS.indexOf(section) + 1)
      .map((later) => firstElement(this.xml, later))
      .find((element) => element !== undefined);
    const at = next?.start ?? this.xml.lastIndexOf(`</${this.prefix}styleSheet>`);
    const first = (FIRST_ENTRIES[section] ?? '').replace(/<(\/?)(?=\w)/g, `<$1${this.prefix}`);
    this.xml = replaceSpan(this.xml, at, at, `<${this.prefix}${section}>${first}</${this.prefix}${section}>`);
  }
}

/** The workbook's default font (the first), in the parts a look keeps or changes. */
function defaultFont(inner: string): { size: number; color: string; typeface: string } {
  const parts = [...inner.matchAll(/<(?:[\w.-]+:)?(\w+)\b[^>]*\/>/g)];
  return {
    size: Number(parts.find(([, name]) => name === 'sz')?.[0].match(/val="([\d.]+)"/)?.[1] ?? 11),
    color: parts.find(([, name]) => name === 'color')?.[0] ?? '',
    typeface: parts
      .filter(([, name]) => !FONT_SIZE_AND_EMPHASIS.has(name))
      .map(([part]) => part)
      .join(''),
  };
}

/** A wrapped cell's text starts at its top, level with the single-line cells of its row. */
function alignmentXml(p: string, { align, wrap, indent }: CellLook): string {
  if (align === undefined && !wrap) return '';
  return `<${p}alignment${align ? ` horizontal="${align}"` : ''}${wrap ? ' vertical="top" wrapText="1"' : ''}${indent ? ` indent="${indent}"` : ''}/>`;
}
