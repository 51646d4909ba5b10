import { FONT_LOOKS } from '../../look';
import type { PlannedCell } from './sheet-cells';

/** What Excel stores for a row of the default font (Calibri 11), in points. */
const LINE_POINTS = 15;
const DEFAULT_FONT_POINTS = 11;
/** What Excel stores for a column of the default width, in characters. */
const DEFAULT_WIDTH = 8.43;
const TEXT_PER_DIGIT = 1.15;
/** The room an indent level takes, in characters: a right-aligned table header's two keep its text clear of the filter button. */
const INDENT_CHARACTERS = 1.5;

/**
 * The height a row needs for its wrapped cells and its larger type (a title, a heading), in points;
 * undefined when one line of the default font does. A file has no layout engine, and LibreOffice draws
 * a row without a height one line of the default font tall, so the writer counts the lines each wrapped
 * text takes at its column's width (words broken at spaces, text taking about 1/1.15 of a digit's room a
 * character, as Calibri's lower case does).
 */
export function rowHeight(cells: readonly PlannedCell[], widths: Readonly<Record<number, number>>): number | undefined {
  const height = Math.max(LINE_POINTS, ...cells.filter((cell) => cell.value !== null).map((cell) => cellHeight(cell, widths)));
  return height > LINE_POINTS ? Math.round(height * 4) / 4 : undefined;
}

function cellHeight(cell: PlannedCell, widths: Readonly<Record<number, number>>): number {
  const width = (widths[cell.column] ?? DEFAULT_WIDTH) - (cell.look.indent ?? 0) * INDENT_CHARACTERS;
  const lines = cell.look.wrap && typeof cell.value === 'string' ? lineCount(cell.value, width) : 1;
  const step = cell.look.style === undefined ? 0 : (FONT_LOOKS[cell.look.style]?.sizeStep ?? 0);
  return lines * LINE_POINTS * Math.max(1, (DEFAULT_FONT_POINTS + step) / DEFAULT_FONT_POINTS);
}

/** Lines of text wrapped at spaces in a column of `width` characters (less its margins). */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, Math.floor((width - 1) * TEXT_PER_DIGIT));
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= room) used = needed;
      else {
        count += used === 0 ? 0 : 1;
        used = word.length;
        count += Math.max(0, Math.ceil(word.length / room) - 1);
      }
    }
    return lines + count;
  }, 0);
}
