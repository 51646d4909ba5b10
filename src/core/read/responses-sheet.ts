import type { MemberRegistry } from '../members/registry';
import type { ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import { rangeA1, type CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import type { Region } from '../workbook/region';
import { cellAt } from '../workbook/snapshot';
import { CellReader } from './cells';
import { isExportHeader, submissionTimeRank } from './export-columns';
import { fieldOf } from './fields';
import { missingQuestions } from './missing';
import type { Answer, LayoutNote, ResponseSource, SelectionMismatch, Submission } from './model';
import { optionsAnswer, optionsMismatch, type OptionCell } from './option-columns';
import { notRelevantItems } from './relevance';

interface Columns {
  member?: number;
  received?: number;
  contact?: number;
  questions: { item: Item; column: number }[];
  /** A `select_multiple`'s 0/1 columns, one per choice, as exports split it. */
  options: Map<Item, { choice: string; column: number }[]>;
  /** An export's `_submission_time` or `SubmissionDate`: the Received date where there is no Received column. */
  submitted?: { column: number; rank: number };
  notes: LayoutNote[];
  /** A row further down with a Member column, where this one has none: the header, under a title. */
  headerBelow?: number;
}

export function readResponsesRegion(region: Region, items: ItemIndex, registry: MemberRegistry): { source: ResponseSource; submissions: Submission[] } {
  const cells = new CellReader(region.sheet, registry, items.questionnaire.form?.member);
  const columns = classifyColumns(region, items, cells);
  const headed = headedColumns(region);
  columns.notes.push(...mergedAnswers(region, headed, cells));
  const columnOf = questionColumns(columns);
  const submissions: Submission[] = [];
  const submissionRows: number[] = [];
  // Read under the wrong header, the rows would be noise: nothing is read until the header is where it belongs.
  for (let row = region.top + 1; row <= region.bottom && !columns.headerBelow; row++) {
    // A row with values only under no header (a stray note far off) is no submission.
    if (isBlankRow(region, row, headed)) continue;
    submissions.push(readRow(row, region.left, columns, columnOf, cells, items));
    submissionRows.push(row);
  }
  columns.notes.push(...hiddenSubmissions(region, submissionRows, cells));
  return { source: { origin: 'responses', sheet: region.sheet.name, notes: columns.notes }, submissions };
}

/** Submissions in hidden rows (a filter left on): read and counted all the same, which the user should know. */
function hiddenSubmissions(region: Region, submissionRows: readonly number[], cells: CellReader): LayoutNote[] {
  if (!region.sheet.hiddenRows?.length) return [];
  const hidden = new Set(region.sheet.hiddenRows);
  const rows = submissionRows.filter((row) => hidden.has(row));
  if (rows.length === 0) return [];
  return [{ kind: 'hidden-rows', ref: cells.ref(rows[0], region.left), rows }];
}

function classifyColumns(region: Region, items: ItemIndex, cells: CellReader): Columns {
  const columns: Columns = { questions: [], options: new Map(), notes: [] };
  const headers: string[] = [];
  for (let column = region.left; column <= region.right; column++) headers.push(displayCell(cellAt(region.sheet, region.top, column)));
  const exported = isExportHeader(headers);
  let withData: ReadonlySet<number> | undefined;
  const hasData = (column: number) => (withData ??= columnsWithData(region)).has(column);
  const hidden = new Set(region.sheet.hiddenColumns ?? []);
  const firstOf = new Map<string, { ref: CellRef; column: number }>();
  /** Whether this column is the one read for `key`: the first, unless the first is hidden and this one shows. */
  const claim = (key: string, ref: CellRef, header: string, column: number): boolean => {
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, { ref, column });
      return true;
    }
    const hiddenOne = hidden.has(first.column) && !hidden.has(column) ? 'first' : hidden.has(column) && !hidden.has(first.column) ? 'this' : undefined;
    columns.notes.push({ kind: 'duplicate', ref, header, first: first.ref, ...(hiddenOne ? { hidden: hiddenOne } : {}) });
    if (hiddenOne !== 'first') return false;
    firstOf.set(key, { ref, column });
    return true;
  };
  for (let column = region.left; column <= region.right; column++) {
    const ref = cells.ref(region.top, column);
    const header = headers[column - region.left];
    const field = fieldOf(header, items, exported);
    switch (field.kind) {
      case 'member':
        if (claim('member', ref, header, column)) columns.member = column;
        break;
      case 'received':
        if (claim('received', ref, header, column)) columns.received = column;
        break;
      case 'contact':
        if (claim('contact', ref, header, column)) columns.contact = column;
        break;
      case 'question':
        if (claim(field.item.id, ref, header, column)) {
          columns.questions = [...columns.questions.filter(({ item }) => item !== field.item), { item: field.item, column }];
        }
        break;
      case 'unknown-question':
      case 'other':
        if (header !== '' || hasData(column)) columns.notes.push({ kind: 'unknown', ref, header });
        break;
      case 'option':
        if (claim(`${field.item.id}/${field.choice}`, ref, header, column)) {
          const others = (columns.options.get(field.item) ?? []).filter(({ choice }) => choice !== field.choice);
          columns.options.set(field.item, [...others, { choice: field.choice, column }]);
        }
        break;
      case 'kept': {
        const rank = submissionTimeRank(header);
        if (rank >= 0 && (!columns.submitted || rank < columns.submitted.rank)) columns.submitted = { column, rank };
        break;
      }
    }
  }
  if (columns.received === undefined && columns.submitted) columns.received = columns.submitted.column;
  const corner = cells.ref(region.top, region.left);
  if (columns.member === undefined) {
    const headerRow = headerRowBelow(region, items, exported);
    // Under a title, every column looks unknown and every question missing: the note to act on is where the header is.
    if (headerRow) {
      columns.notes = [{ kind: 'missing-member', ref: corner, headerRow }];
      columns.headerBelow = headerRow;
      return columns;
    }
    columns.notes.push({ kind: 'missing-member', ref: corner });
  }
  const present = new Set([...columns.questions.map((q) => q.item), ...columns.options.keys()]);
  columns.notes.push(...missingQuestions(present, items, corner));
  return columns;
}

/** Rows searched below a header without a Member column, for the header a title above it hides. */
const HEADER_SEARCH_ROWS = 30;

/** A row just below the region's first that has a Member column: the header row, under a title. */
function headerRowBelow(region: Region, items: ItemIndex, exported: boolean): number | undefined {
  const last = Math.min(region.bottom, region.top + HEADER_SEARCH_ROWS);
  for (let row = region.top + 1; row <= last; row++) {
    for (let column = region.left; column <= region.right; column++) {
      const cell = cellAt(region.sheet, row, column);
      if (cell?.kind === 'text' && fieldOf(cell.text, items, exported).kind === 'member') return row;
    }
  }
  return undefined;
}

/** Each question's column: its own, else the first of its 0/1 columns. */
function questionColumns(columns: Columns): ReadonlyMap<Item, number> {
  const columnOf = new Map<Item, number>();
  for (const [item, [first]] of columns.options) columnOf.set(item, first.column);
  for (const { item, column } of columns.questions) columnOf.set(item, column);
  return columnOf;
}

function readRow(row: number, left: number, columns: Columns, columnOf: ReadonlyMap<Item, number>, cells: CellReader, items: ItemIndex): Submission {
  const { answers, blanks } = cells.answers(columns.questions.map(({ item, column }) => ({ item, row, column })));
  const at = (item: Item) => cells.ref(row, columnOf.get(item) ?? left);
  const { mismatches, unreadable } = readOptionColumns(row, columns, cells, answers, blanks, at);
  const member = columns.member !== undefined ? cells.member(row, columns.member) : undefined;
  return {
    origin: 'responses',
    ref: cells.ref(row, left),
    ...(member ? { member } : {}),
    ...(columns.received !== undefined ? optional('received', cells.received(row, columns.received)) : {}),
    ...(columns.contact !== undefined ? optional('contact', cells.contact(row, columns.contact)) : {}),
    answers,
    blanks,
    cellOf: unreadable === undefined ? at : (item) => unreadable.get(item) ?? at(item),
    notRelevant: notRelevantItems(items, answers, member),
    ...(mismatches.length ? { mismatches } : {}),
  };
}

/**
 * The `select_multiple` questions exported as 0/1 columns: the answer they make where the question
 * has no column of its own, else where they disagree with it. An answer made of 0/1 cells that
 * cannot be read is at the first such cell: `unreadable` says where.
 */
function readOptionColumns(
  row: number,
  columns: Columns,
  cells: CellReader,
  answers: Answer[],
  blanks: Item[],
  at: (item: Item) => CellRef,
): { mismatches: SelectionMismatch[]; unreadable?: Map<Item, CellRef> } {
  const mismatches: SelectionMismatch[] = [];
  let unreadable: Map<Item, CellRef> | undefined;
  for (const [item, options] of columns.options) {
    const optionCells: OptionCell[] = options.map(({ choice, column }) => ({ choice, ref: cells.ref(row, column), raw: cells.raw(row, column) }));
    const own = answers.find((a) => a.item === item);
    if (own || blanks.includes(item)) {
      const mismatch = optionsMismatch(item, own, at(item), optionCells);
      if (mismatch) mismatches.push(mismatch);
      continue;
    }
    const read = optionsAnswer(item, optionCells);
    if (!read) blanks.push(item);
    else {
      answers.push(read.answer);
      if (read.at.cell !== at(item).cell) (unreadable ??= new Map()).set(item, read.at);
    }
  }
  return { mismatches, ...(unreadable ? { unreadable } : {}) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Merged areas among the answers: each holds its first cell's value only. */
function mergedAnswers(region: Region, headed: ReadonlySet<number>, cells: CellReader): LayoutNote[] {
  return (region.sheet.merged ?? [])
    .filter(({ top, bottom, left, right }) => bottom > region.top && top <= region.bottom && (bottom > top || right > left))
    .filter(({ left, right }) => [...headed].some((column) => column >= left && column <= right))
    .map((range) => ({ kind: 'merged', ref: cells.ref(range.top, range.left), range: rangeA1(range) }));
}

/** The columns with a header: a column without one is no part of the submissions, whatever it holds. */
function headedColumns(region: Region): ReadonlySet<number> {
  const header = region.sheet.rows[region.top - 1] ?? [];
  const found = new Set<number>();
  for (let column = region.left; column <= Math.min(region.right, header.length); column++) if (header[column - 1]) found.add(column);
  return found;
}

/** Looks at the row's own cells only: a sheet used down to row 1,048,576 has a million rows, nearly all empty. */
function isBlankRow(region: Region, row: number, headed: ReadonlySet<number>): boolean {
  const cells = region.sheet.rows[row - 1] ?? [];
  const last = Math.min(region.right, cells.length);
  for (let column = region.left; column <= last; column++) {
    if (cells[column - 1] && headed.has(column)) return false;
  }
  return true;
}

/** The columns holding a value below the header, in one pass over the cells stored (not one per column). */
function columnsWithData(region: Region): ReadonlySet<number> {
  const found = new Set<number>();
  for (let row = region.top + 1; row <= region.bottom; row++) {
    const cells = region.sheet.rows[row - 1] ?? [];
    const last = Math.min(region.right, cells.length);
    for (let column = region.left; column <= last; column++) if (cells[column - 1]) found.add(column);
  }
  return found;
}
