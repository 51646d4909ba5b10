import type { Language } from '../i18n/language';
import { visibleText } from '../text/fold';
import { shortened } from '../text/shorten';
import type { IssueCode, IssueDetail } from './issue';

type Detail<C extends IssueCode> = Extract<IssueDetail, { code: C }>;

/** The message of each code in one language, each saying what is wrong and what to do. */
export type Messages<C extends IssueCode = IssueCode> = { readonly [K in C]: (detail: Detail<K>) => string };

/**
 * A text quoted as the language quotes; a long one (a cell may hold 32,767 characters) cut short. It is
 * quoted as the cell shows it, without the characters that show nothing (zero-width spaces, direction
 * marks…): the reader matches none of them, so they are never what is wrong, and a right-to-left
 * override pasted into a cell cannot reverse the rest of the message.
 */
export const q: Readonly<Record<Language, (s: string) => string>> = {
  en: (s) => `“${shortened(visibleText(s))}”`,
  fr: (s) => `« ${shortened(visibleText(s))} »`,
};

/** How many cells a message names before it only counts the rest. */
const NAMED_CELLS = 6;

/** Cells (A1) as a message lists them: "B2, D2 and E3"; past six, "B2, D2, … and 12 more". */
export const cellList: Readonly<Record<Language, (cells: readonly string[]) => string>> = {
  en: (cells) => listed(cells, 'and', (more) => `${more} more`),
  fr: (cells) => listed(cells, 'et', (more) => `${more} autres`),
};

/** Ascending row numbers as a message names them, runs of three or more joined: 5, 6, 9, 10, 11 → "5", "6", "9–11". */
export function rowSpans(rows: readonly number[]): string[] {
  const spans: string[] = [];
  for (let first = 0; first < rows.length;) {
    let last = first;
    while (last + 1 < rows.length && rows[last + 1] === rows[last] + 1) last++;
    spans.push(...(last - first < 2 ? rows.slice(first, last + 1).map(String) : [`${rows[first]}–${rows[last]}`]));
    first = last + 1;
  }
  return spans;
}

function listed(cells: readonly string[], and: string, more: (count: number) => string): string {
  if (cells.length <= 1) return cells.join('');
  if (cells.length <= NAMED_CELLS) return `${cells.slice(0, -1).join(', ')} ${and} ${cells[cells.length - 1]}`;
  return `${cells.slice(0, NAMED_CELLS - 1).join(', ')} ${and} ${more(cells.length - NAMED_CELLS + 1)}`;
}
