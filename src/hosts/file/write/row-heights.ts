import type { PlannedCell } from './sheet-cells';

/** What Excel stores for a row of the default font (Calibri 11), in points. */
const LINE_POINTS = 15;
/** What Excel stores for a column of the default width, in characters. */
const DEFAULT_WIDTH = 8.43;
const TEXT_PER_DIGIT = 1.15;

/**
 * The height a row needs for its wrapped cells, in points; undefined when one line does. A file has
 * no layout engine, and LibreOffice draws a row without a height one line tall, so the writer counts
 * the lines each wrapped text takes at its column's width (words broken at spaces, text taking about
 * 1/1.15 of a digit's room a character, as Calibri's lower case does).
 */
export function wrappedRowHeight(cells: readonly PlannedCell[], widths: Readonly<Record<number, number>>): number | undefined {
  const lines = Math.max(
    1,
    ...cells.filter((cell) => cell.look.wrap && typeof cell.value === 'string').map((cell) => lineCount(String(cell.value), widths[cell.column] ?? DEFAULT_WIDTH)),
  );
  return lines > 1 ? lines * LINE_POINTS : undefined;
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
