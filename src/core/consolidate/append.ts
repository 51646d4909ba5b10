import type { Language } from '../i18n/language';
import type { MemberRegistry } from '../members/registry';
import type { Questionnaire } from '../questionnaire/types';
import { RESPONSES } from '../read/read-survey';
import type { PlanValue, TableAppendPlan, WorkbookPlan } from '../report/plan';
import { assertPlanContract } from '../report/plan-contract';
import { forPrint } from '../report/print/page-setup';
import { RequestError } from '../request-error';
import { displayCell } from '../workbook/display';
import { sameExcelName } from '../workbook/excel-names';
import { cellAt, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import {
  CONSOLIDATED_COLUMNS,
  consolidatedEarlier,
  copy,
  gather,
  IMPORT_LOG_COLUMNS,
  IMPORT_LOG_TABLE,
  logRows,
  logSheet,
  printContext,
  type ConsolidationSource,
  type SourceLog,
} from './consolidate';

/** The consolidated `Responses` table of a workbook an import made: where later imports add their rows. */
export interface ConsolidatedTable {
  readonly sheet: string;
  /** Its header, as read. */
  readonly columns: readonly string[];
}

/**
 * The workbook's consolidated `Responses` table, if it has one; none when it has no table of that name.
 * A `Responses` table of the user's own (no Import Log beside it, or not the columns an import writes)
 * is never added to: refused, with what to do.
 */
export function consolidatedTable(workbook: WorkbookSnapshot): ConsolidatedTable | undefined {
  const found = tableNamed(workbook, RESPONSES);
  if (found === undefined) return undefined;
  const columns = headerOf(found.sheet, found.table);
  const ours = consolidatedEarlier(workbook) && CONSOLIDATED_COLUMNS.every((name, i) => columns[i] !== undefined && sameExcelName(columns[i], name));
  if (!ours) throw new RequestError({ reason: 'responses-not-consolidated', sheet: found.sheet.name });
  return { sheet: found.sheet.name, columns };
}

export interface Appending {
  /** The rows added to `Responses`, and the new files' lines added to the Import Log (or the log rewritten, one written before it was dated). */
  readonly plan: WorkbookPlan;
  /** What became of each file given: every one is accounted for. */
  readonly log: readonly SourceLog[];
  /** Submissions appended. */
  readonly submissions: number;
}

/**
 * The submissions of the files, appended under the rows of a consolidated `Responses` table as new rows:
 * the rows there, corrected by hand or not, are never changed or moved. Each answer goes to its question's
 * column, found by the ID that starts its header (whatever the language the headers were written in). A
 * file imported before (same name, same content) is skipped; one from a Member already there is appended
 * all the same, for `check` to name both. The new rows are in order received among themselves, after the
 * earlier ones: they arrived after them. The Import Log's table gains the new files' lines the same way,
 * whoever's its sheet is now (a program that saved the workbook may have dropped the add-in's mark on it);
 * a log written before its lines were dated and fingerprinted is written anew, its lines kept.
 */
export function appendToConsolidation(
  workbook: WorkbookSnapshot,
  table: ConsolidatedTable,
  sources: readonly ConsolidationSource[],
  questionnaire: Questionnaire,
  registry: MemberRegistry,
  lang: Language,
  today?: number,
): Appending {
  const earlier = earlierLog(workbook);
  const known = (file: string, fingerprint: string) => earlier.rows.some((row) => row[0] === file && row[5] === fingerprint && Number(row[2]) > 0);
  const { gathered, log } = gather(sources, questionnaire, registry, lang, known);
  const ids = table.columns.slice(CONSOLIDATED_COLUMNS.length).map((header) => header.split(' ')[0]);
  const rows = gathered.map((g) => [...g.row.fixed, ...ids.map((id) => g.row.answers.get(id) ?? null)]);
  const lines = logRows(log, lang, today);
  const responses: TableAppendPlan[] = rows.length > 0 ? [{ sheet: table.sheet, table: RESPONSES, columns: table.columns, rows }] : [];
  const plan: WorkbookPlan = earlier.current
    ? { sheets: [], appends: [...responses, { sheet: earlier.current.sheet, table: IMPORT_LOG_TABLE, columns: earlier.current.columns, rows: lines }] }
    : { ...forPrint({ sheets: [logSheet([...earlier.rows, ...lines], lang)] }, printContext(lang, today)), appends: responses };
  assertPlanContract(plan);
  return { plan, log, submissions: rows.length };
}

/**
 * The Import Log's lines as written, each as wide as the log is now; and where its table has the log's
 * columns now, that table, to add lines to (none for a log written before its lines were dated).
 */
function earlierLog(workbook: WorkbookSnapshot): { rows: PlanValue[][]; current?: ConsolidatedTable } {
  const found = tableNamed(workbook, IMPORT_LOG_TABLE);
  if (found === undefined) return { rows: [] };
  const { sheet, table } = found;
  const rows: PlanValue[][] = [];
  const first = table.range.top + (table.hasHeaderRow ? 1 : 0);
  const last = table.range.bottom - (table.hasTotalsRow ? 1 : 0);
  const width = table.range.right - table.range.left + 1;
  for (let row = first; row <= last; row++) {
    rows.push(IMPORT_LOG_COLUMNS.map((_, c) => (c < width ? valueAt(sheet, row, table.range.left + c) : null)));
  }
  const columns = headerOf(sheet, table);
  const current = columns.length === IMPORT_LOG_COLUMNS.length && IMPORT_LOG_COLUMNS.every((name, i) => sameExcelName(columns[i], name));
  return { rows, ...(current ? { current: { sheet: sheet.name, columns } } : {}) };
}

function valueAt(sheet: SheetSnapshot, row: number, column: number): PlanValue {
  const cell = cellAt(sheet, row, column);
  return cell === undefined ? null : copy(cell);
}

function tableNamed(workbook: WorkbookSnapshot, name: string): { sheet: SheetSnapshot; table: TableSnapshot } | undefined {
  for (const sheet of workbook.sheets) {
    const table = sheet.tables.find((t) => sameExcelName(t.name, name));
    if (table) return { sheet, table };
  }
  return undefined;
}

function headerOf(sheet: SheetSnapshot, table: TableSnapshot): string[] {
  const { top, left, right } = table.range;
  return Array.from({ length: right - left + 1 }, (_, c) => displayCell(cellAt(sheet, top, left + c)).trim());
}
