import type { Item } from '../questionnaire/types';
import { fold } from '../text/fold';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import type { CellValue } from '../workbook/snapshot';
import type { ParsedAnswer } from './answers';
import type { Answer, SelectionMismatch } from './model';

/** One 0/1 column of a `select_multiple` as an export splits it: the choice it stands for, and its cell in a row. */
export interface OptionCell {
  readonly choice: string;
  readonly ref: CellRef;
  readonly raw: CellValue | undefined;
}

const CHOSEN = new Set(['1', 'true', 'vrai', 'yes', 'oui', 'x']);
const NOT_CHOSEN = new Set(['0', 'false', 'faux', 'no', 'non']);

/** Whether a 0/1 cell marks its choice; undefined when it says neither. */
function marks(raw: CellValue): boolean | undefined {
  if (raw.kind === 'boolean') return raw.value;
  if (raw.kind === 'number') return raw.value === 1 ? true : raw.value === 0 ? false : undefined;
  if (raw.kind !== 'text') return undefined;
  const key = fold(raw.text);
  return CHOSEN.has(key) ? true : NOT_CHOSEN.has(key) ? false : undefined;
}

/** The 0/1 cells of one question in one row: all blank, the choices marked, or the first cell that is neither 0 nor 1. */
type OptionsRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'chosen'; readonly choices: readonly string[] }
  | { readonly kind: 'unreadable'; readonly cell: OptionCell & { readonly raw: CellValue } };

function readOptions(cells: readonly OptionCell[]): OptionsRead {
  const written = cells.filter((c): c is OptionCell & { raw: CellValue } => c.raw !== undefined);
  if (written.length === 0) return { kind: 'blank' };
  const unreadable = written.find((c) => marks(c.raw) === undefined);
  if (unreadable) return { kind: 'unreadable', cell: unreadable };
  return { kind: 'chosen', choices: written.filter((c) => marks(c.raw)).map((c) => c.choice) };
}

/**
 * A question exported only as 0/1 columns: the selection they make, read as if written in the
 * question's own column (`code training`), at the first of them; or the first cell that cannot be
 * read, where it is. None marked is not answered: undefined.
 */
export function optionsAnswer(item: Item, cells: readonly OptionCell[]): { answer: Answer; at: CellRef } | undefined {
  const read = readOptions(cells);
  if (read.kind === 'unreadable') {
    const parsed: ParsedAnswer = read.cell.raw.kind === 'error' ? { kind: 'error', error: read.cell.raw.error } : { kind: 'invalid' };
    return { answer: { item, raw: read.cell.raw, parsed }, at: read.cell.ref };
  }
  if (read.kind === 'blank' || read.choices.length === 0) return undefined;
  return { answer: { item, raw: { kind: 'text', text: read.choices.join(' ') }, parsed: { kind: 'choices', choices: read.choices } }, at: cells[0].ref };
}

/**
 * A question exported both ways: where its own column (at `ref`, its answer undefined when blank) and
 * its 0/1 columns disagree. Its own column holds the answer; an answer that could not be read there
 * is already an issue of its own.
 */
export function optionsMismatch(item: Item, own: Answer | undefined, ref: CellRef, cells: readonly OptionCell[]): SelectionMismatch | undefined {
  const read = readOptions(cells);
  if (own && own.parsed.kind !== 'choices') return undefined;
  const said = new Set(own?.parsed.kind === 'choices' ? own.parsed.choices : []);
  const value = own ? displayCell(own.raw) : '';
  if (read.kind === 'unreadable') return { item, ref, value, chosen: [], option: read.cell.ref };
  const chosen = read.kind === 'chosen' ? read.choices : [];
  // 0/1 cells all blank say nothing: the question's own column stands.
  if (read.kind === 'blank') return undefined;
  // A choice without a 0/1 column of its own cannot disagree.
  const differing = cells.find((c) => said.has(c.choice) !== chosen.includes(c.choice));
  return differing && { item, ref, value, chosen, option: differing.ref };
}
