import { columnLetters, type PagePlan } from '../core';

/** How a sheet's page plan prints in Excel, the same through either host: the header, the footer, the breaks. */

/** Excel's limit on a header's, or a footer's, string of text and codes. */
export const HEADER_FOOTER_LIMIT = 255;

/** The header's title in bold, in the sheet's own font (`-`): modest, like the rest of the page. */
const TITLE_FONT = '&"-,Bold"';

/** Excel's last row: a break after it starts no page. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;
/** Excel's print scale, in percent. */
const SMALLEST_PRINT_SCALE = 10;
const LARGEST_PRINT_SCALE = 400;

/**
 * Excel's header and footer codes for a page plan: the header's title centred and bold, the footer's
 * `left | centre | Page 2 of 5`. An `&` of the plan's text is written `&&`, so that Excel prints it
 * rather than reading a code. Each string keeps within Excel's 255 characters by cutting the plan's
 * text (the longest first, never through a surrogate pair or an `&&`), never its codes.
 */
export interface HeaderFooterCodes {
  /** As a file stores them, each part after its section's code: `&C…`; `&L…&C…&R…`. Empty: nothing to print. */
  readonly header: string;
  readonly footer: string;
  /** As Office.js takes them, one string per position, without the section codes. */
  readonly centerHeader: string;
  readonly leftFooter: string;
  readonly centerFooter: string;
  readonly rightFooter: string;
}

export function headerFooterCodes(page: PagePlan): HeaderFooterCodes {
  const [title] = fitted([page.header], ([text]) => headerOf(centerHeaderOf(text)));
  const { left, center, pageOf } = page.footer;
  const [leftFooter, centerFooter, pageWord, ofWord] = fitted([left, center, pageOf.page, pageOf.of], ([l, c, p, o]) => footerOf(l, c, rightFooterOf(p, o)));
  const centerHeader = centerHeaderOf(title);
  const rightFooter = rightFooterOf(pageWord, ofWord);
  return { header: headerOf(centerHeader), footer: footerOf(leftFooter, centerFooter, rightFooter), centerHeader, leftFooter, centerFooter, rightFooter };
}

/** The rows after which a new page starts: whole rows of the sheet, each once, in order. */
export function pageBreakRows(page: PagePlan): number[] {
  const rows = (page.rowBreaks ?? []).filter((row) => Number.isInteger(row) && row >= 1 && row < LAST_ROW);
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** The columns after which a new page starts: whole columns of the sheet but its last, each once, in order. */
export function pageBreakColumns(page: PagePlan): number[] {
  const columns = (page.columnBreaks ?? []).filter((column) => Number.isInteger(column) && column >= 1 && column < LAST_COLUMN);
  return [...new Set(columns)].sort((a, b) => a - b);
}

/** The print scale, a whole percent Excel takes (10 to 400), for a sheet not fitted to the width; undefined otherwise. */
export function printScale(page: PagePlan): number | undefined {
  const { scale } = page;
  if (page.fitToWidth || scale === undefined || !Number.isInteger(scale) || scale < SMALLEST_PRINT_SCALE || scale > LARGEST_PRINT_SCALE) return undefined;
  return scale;
}

/** The rows printed atop every page, as Excel takes them: `$5:$5`; undefined when the plan has none Excel could print. */
export function printTitleRows(page: PagePlan): string | undefined {
  const rows = page.titleRows;
  if (rows === undefined || !Number.isInteger(rows.top) || !Number.isInteger(rows.bottom)) return undefined;
  if (rows.top < 1 || rows.bottom < rows.top || rows.bottom > LAST_ROW) return undefined;
  return `$${rows.top}:$${rows.bottom}`;
}

/** The columns printed at the left of every page, as Excel takes them: `$A:$B`; undefined when the plan has none Excel could print. */
export function printTitleColumns(page: PagePlan): string | undefined {
  const columns = page.titleColumns;
  if (columns === undefined || !Number.isInteger(columns.left) || !Number.isInteger(columns.right)) return undefined;
  if (columns.left < 1 || columns.right < columns.left || columns.right > LAST_COLUMN) return undefined;
  return `$${columnLetters(columns.left)}:$${columnLetters(columns.right)}`;
}

function centerHeaderOf(title: string): string {
  return title === '' ? '' : `${TITLE_FONT}${title}`;
}

function headerOf(centerHeader: string): string {
  return centerHeader === '' ? '' : `&C${centerHeader}`;
}

/** "Page &P of &N": the page number and the count, with the plan's words around them. */
function rightFooterOf(page: string, of: string): string {
  return [page, '&P', of, '&N'].filter((part) => part !== '').join(' ');
}

function footerOf(left: string, center: string, right: string): string {
  return `&L${left}&C${center}&R${right}`;
}

/** An `&` of the plan's text, as Excel prints one. */
function escaped(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The texts, escaped, cut so that what `render` makes of them keeps within Excel's limit: a character
 * at a time off the longest (as escaped), so that a long title does not cost the page numbers their words.
 */
function fitted(texts: readonly string[], render: (escapedTexts: string[]) => string): string[] {
  const characters = texts.map((text) => Array.from(text).slice(0, HEADER_FOOTER_LIMIT));
  const escapedNow = () => characters.map((chars) => escaped(chars.join('')));
  let current = escapedNow();
  while (render(current).length > HEADER_FOOTER_LIMIT) {
    const longest = current.reduce((best, text, i) => (text.length > current[best].length ? i : best), 0);
    if (characters[longest].length === 0) break;
    characters[longest].pop();
    current = escapedNow();
  }
  return current;
}
