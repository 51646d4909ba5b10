import type { BlockStyle, NumberFormat } from '../core/report/plan';

/** How the plan's formats and styles look in Excel, the same through either host. */

/** Excel's code for each of the plan's number formats. */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  percent: '0%',
  percent1: '0.0%',
  points: '+0.0;-0.0;0.0',
  integer: '0',
  decimal: '#,##0.00',
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

export const FONT_LOOKS: Readonly<Record<BlockStyle, FontLook>> = {
  title: { bold: true, sizeStep: 4 },
  heading: { bold: true, sizeStep: 2 },
  label: { bold: true, sizeStep: 0 },
  note: { bold: false, sizeStep: -2, color: '595959' },
};

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
