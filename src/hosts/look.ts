import { type BlockStyle, columnLetters, type NumberFormat, type ValidationPlan } from '../core';

/** How the plan's formats, styles and dropdowns look in Excel, the same through either host. */

/** Excel's code for each of the plan's number formats. */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  percent: '0%',
  percent1: '0.0%',
  points: '+0.0;-0.0;0.0',
  integer: '0',
  whole: '#,##0',
  decimal: '#,##0.00',
  score: '0.0',
  date: 'yyyy-mm-dd',
};

/** A block style's font, relative to the workbook's default font so that it fits the user's theme. */
export interface FontLook {
  readonly bold: boolean;
  /** Points added to the default font's size. */
  readonly sizeStep: number;
  /** RGB in hex, instead of the default font's colour. */
  readonly color?: string;
}

/** A style without one keeps the default font. */
export const FONT_LOOKS: Readonly<Partial<Record<BlockStyle, FontLook>>> = {
  title: { bold: true, sizeStep: 4 },
  heading: { bold: true, sizeStep: 2 },
  label: { bold: true, sizeStep: 0 },
  note: { bold: false, sizeStep: -2, color: '595959' },
};

/** A block style's cells shaded and boxed: a solid fill, and a thin border around each cell. */
export interface BoxLook {
  /** RGB in hex. */
  readonly fill: string;
  /** RGB in hex, of the thin line around each cell. */
  readonly border: string;
}

/**
 * A cell to fill in is light yellow (it stays light, and apart from white, printed in grey) in a grey box
 * (Excel's own Input style's line): a coordinator sees where to type, on screen and on paper.
 */
export const BOX_LOOKS: Readonly<Partial<Record<BlockStyle, BoxLook>>> = {
  input: { fill: 'FFF2CC', border: '7F7F7F' },
};

/**
 * The report's one palette: a chart's series take these colours in order (RGB in hex), the same in every
 * chart and through either host. The WCO's dark blue first, then an amber: far apart in lightness too, so
 * that the first two series stay apart printed in grey; then a mid grey and a pale blue, four greys apart.
 */
export const SERIES_COLORS: readonly string[] = ['1F4E79', 'E8A33D', '7F7F7F', 'BDD7EE', '833C0B', 'A9D18E'];

/** The colour of the series at a position of a chart (0 = the first), the palette starting over past its end. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}

/**
 * A right-aligned table header stops this many indent levels short of its cell's edge: the table's
 * filter button sits there and would hide the end of the header.
 */
export const HEADER_BUTTON_INDENT = 2;

/** The widest column Excel allows, in characters. */
export const WIDEST_COLUMN = 255;

/** Excel's limit on the length of a cell's text. */
const TEXT_LIMIT = 32_767;

/** Text cut to Excel's limit, never through a surrogate pair. */
export function withinTextLimit(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[TEXT_LIMIT - 1]) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
  return text.slice(0, cut);
}

/**
 * What a dropdown offers, as Excel takes it: an inline list (`Yes,No`), or the absolute address of the
 * column of the same sheet that holds the answers (`$Z$1:$Z$150`). A file quotes the first; Office.js
 * takes the second as a formula.
 */
export type DropdownSource = { readonly inline: string } | { readonly reference: string };

export function dropdownSource(list: ValidationPlan['list']): DropdownSource {
  if (!('column' in list)) return { inline: list.join(',') };
  const column = columnLetters(list.column);
  return { reference: `$${column}$${list.top}:$${column}$${list.bottom}` };
}
