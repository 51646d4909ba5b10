import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../core';
import { OWNED_SHEET_NAME } from '../../ownership';
import { blocksBeyond, firstWindow, halves, requestsOf, type Area } from './read-areas';
import { SheetGrid, type LoadedArea } from './sheet-grid';

const BOUNDS = 'rowIndex,columnIndex,rowCount,columnCount';
const CELLS = 'rowIndex,columnIndex,values,valueTypes,numberFormat';
/** DATE(1904, 1, 1) in a workbook counting from 1900; 0 in one counting from 1904. */
const DAYS_FROM_1900_TO_1904 = 1462;

interface Surveyed {
  readonly sheet: Excel.Worksheet;
  readonly marker: Excel.NamedItem;
  readonly used: Excel.Range;
  readonly window?: Excel.Range;
  readonly grid: SheetGrid;
}

interface TableParts {
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly sheet: Excel.Worksheet;
}

/** What the second request learnt: every sheet, its used range and its window's cells, and the tables. */
interface Survey {
  readonly sheets: readonly Surveyed[];
  readonly tables: readonly TableParts[];
  readonly window?: Area;
}

/**
 * The whole workbook as a snapshot in two requests: the sheets and tables, then every sheet's
 * ownership mark, used range and top-left window, and the tables' places. A sheet larger than its
 * window takes one more request per block of rows (see read-areas), never one per row.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load('items/name,items/position');
  const tables = context.workbook.tables.load('items/name,items/showHeaders,items/showTotals');
  const epoch = context.workbook.functions.date(1904, 1, 1).load('value');
  await context.sync();

  const ordered = [...sheets.items].sort((a, b) => a.position - b.position);
  const survey = await surveyWorkbook(context, ordered, tables.items, DAYS_FROM_1900_TO_1904 - epoch.value);
  for (const { window, grid } of survey.sheets) if (window !== undefined && !window.isNullObject) grid.add(loadedArea(window));
  await readBlocks(context, survey);
  return snapshotOf(survey.sheets, tablesBySheet(survey.tables));
}

/**
 * The second request. Should its windows together make a response too large for Excel on the web
 * (texts far longer than a survey's), it is sent again without them and blocks read every cell.
 */
async function surveyWorkbook(context: Excel.RequestContext, sheets: Excel.Worksheet[], tables: Excel.Table[], dateOffset: number): Promise<Survey> {
  const queue = (window?: Area): Survey => ({
    sheets: sheets.map((sheet) => survey(sheet, dateOffset, window)),
    tables: tables.map(tableParts),
    ...(window ? { window } : {}),
  });
  const withWindows = queue(firstWindow(sheets.length));
  try {
    await context.sync();
    return withWindows;
  } catch (error) {
    if (!responseTooLarge(error)) throw error;
  }
  const withoutWindows = queue();
  await context.sync();
  return withoutWindows;
}

function survey(sheet: Excel.Worksheet, dateOffset: number, window?: Area): Surveyed {
  const used = sheet.getUsedRange(true).load(BOUNDS);
  const corner = window && sheet.getRangeByIndexes(window.row, window.column, window.rows, window.columns);
  return {
    sheet,
    marker: sheet.names.getItemOrNullObject(OWNED_SHEET_NAME),
    used,
    ...(corner ? { window: corner.getIntersectionOrNullObject(used).load(CELLS) } : {}),
    grid: new SheetGrid(dateOffset),
  };
}

/** The cells beyond the windows, a request per CELLS_PER_READ cells; one Excel finds too large is halved. */
async function readBlocks(context: Excel.RequestContext, survey: Survey): Promise<void> {
  const blocks = survey.sheets.flatMap((s) => blocksBeyond(areaOf(s.used), survey.window).map((area) => ({ s, area })));
  const pending = requestsOf(blocks);
  for (let request = pending.shift(); request !== undefined; request = pending.shift()) {
    const ranges = request.map(({ s, area }) => ({
      grid: s.grid,
      range: s.sheet.getRangeByIndexes(area.row, area.column, area.rows, area.columns).load(CELLS),
    }));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per CELLS_PER_READ cells: Excel's response limit, not the rows, sets the count
      await context.sync();
    } catch (error) {
      const split = responseTooLarge(error) ? halves(request) : undefined;
      if (split === undefined) throw error;
      pending.unshift(...split);
      continue;
    }
    ranges.forEach(({ grid, range }) => grid.add(loadedArea(range)));
  }
}

function responseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

function tableParts(table: Excel.Table): TableParts {
  return { table, range: table.getRange().load(BOUNDS), sheet: table.worksheet.load('name') };
}

/** Each sheet's tables, by the sheet's name. */
function tablesBySheet(parts: readonly TableParts[]): ReadonlyMap<string, TableSnapshot[]> {
  const bySheet = new Map<string, TableSnapshot[]>();
  for (const { table, range, sheet } of parts) {
    const area = areaOf(range);
    const snapshot: TableSnapshot = {
      name: table.name,
      range: { top: area.row + 1, left: area.column + 1, bottom: area.row + area.rows, right: area.column + area.columns },
      hasHeaderRow: table.showHeaders,
      hasTotalsRow: table.showTotals,
    };
    bySheet.set(sheet.name, [...(bySheet.get(sheet.name) ?? []), snapshot]);
  }
  return bySheet;
}

function snapshotOf(surveyed: readonly Surveyed[], tables: ReadonlyMap<string, TableSnapshot[]>): WorkbookSnapshot {
  const sheets = surveyed.map(({ sheet, marker, grid }): SheetSnapshot => {
    const snapshot = { name: sheet.name, rows: grid.rows(), tables: tables.get(sheet.name) ?? [] };
    return marker.isNullObject ? snapshot : { ...snapshot, owned: true };
  });
  return { sheets };
}

function areaOf(range: Excel.Range): Area {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function loadedArea(range: Excel.Range): LoadedArea {
  return { row: range.rowIndex, column: range.columnIndex, values: range.values, valueTypes: range.valueTypes, numberFormats: range.numberFormat };
}
