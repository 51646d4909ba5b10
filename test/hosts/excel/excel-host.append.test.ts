import { appendToConsolidation, consolidatedTable } from '../../../src/core/consolidate/append';
import { consolidate, type ConsolidationSource } from '../../../src/core/consolidate/consolidate';
import { WorkbookUnusableError } from '../../../src/core/errors';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import type { PlanValue, WorkbookPlan } from '../../../src/core/report/plan';
import type { WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { ExcelHostError } from '../../../src/hosts/excel/excel-errors';
import { BYTES_PER_REQUEST } from '../../../src/hosts/excel/write/cell-writes';
import { sheet, workbook } from '../../support/snapshot';
import { fingerprint, workbookFingerprint } from './plans';
import { PAYLOAD_LIMIT, strictExcel, type StrictExcel } from './strict-excel';
import { modelOf } from './workbooks';
import { rejection, writes } from './requests';

const TODAY = 46360;
const RECEIVED = 35855;
const DATE = 'yyyy-mm-dd';

/** A returned template: the Member, the day received, an answer to F1 and to F2. */
function returned(name: string, member: string, day: number, f1: string, f2 = 'Yes'): ConsolidationSource {
  const book = workbook(
    sheet(member, [
      ['WCO integrity survey submission'],
      ['Member', null, member],
      ['Received', null, { date: RECEIVED + day }],
      ['F1', null, f1],
      ['F2', null, f2],
    ]),
  );
  return { file: name, workbook: book };
}

const MALTA = returned('malta.xlsx', 'Malta', 1, 'Yes');
const JAPAN = returned('japan.xlsx', 'Japan', 2, 'No');
const KENYA = returned('kenya.xlsx', 'Kenya', 3, 'Yes', 'No');
// Texts Excel would read as a number or a formula, were they typed.
const PERU = returned('peru.xlsx', 'Peru', 4, '1998', '=F1');
const CHILE = returned('chile.xlsx', 'Chile', 5, 'Yes');

/**
 * A workbook in Excel after a first import of Malta, Japan and Kenya, written by the host: the user's Notes,
 * then Responses and the Import Log. With `rows`, the Responses table holds that many rows (the three, again and again).
 */
async function master(rows = 3): Promise<{ excel: StrictExcel; host: ExcelHost }> {
  const excel = strictExcel(modelOf({ sheets: [{ name: 'Notes', rows: [['Round 1998']] }] }));
  const host = new ExcelHost(excel.office);
  const { plan } = consolidate([MALTA, JAPAN, KENYA], SURVEY_1998, REGISTRY_1998, 'en', { taken: ['Notes'], today: TODAY });
  const grown: WorkbookPlan = {
    sheets: plan.sheets.map((s) =>
      s.name !== 'Responses' ? s : { ...s, tables: s.tables.map((t) => ({ ...t, rows: Array.from({ length: rows }, (_, i) => t.rows[i % t.rows.length]) })) },
    ),
  };
  await host.write(grown);
  excel.meter.reset();
  return { excel, host };
}

/** What an import of `sources` into the workbook as read now would write. */
async function importPlan(host: ExcelHost, sources: readonly ConsolidationSource[]): Promise<WorkbookPlan> {
  const snapshot = await host.read();
  return appendToConsolidation(snapshot, consolidatedTable(snapshot)!, sources, SURVEY_1998, REGISTRY_1998, 'en', TODAY + 7).plan;
}

const responses = (excel: StrictExcel) => excel.model.sheet('Responses')!;
/** A row of the Responses sheet, 0-based, as Excel holds it: values, then formats, of its first six columns. */
const rowOf = (excel: StrictExcel, row: number) => ({
  values: Array.from({ length: 6 }, (_, c) => responses(excel).valueAt(row, c) ?? null),
  formats: Array.from({ length: 6 }, (_, c) => responses(excel).formatAt(row, c)),
});

function readRows(snapshot: WorkbookSnapshot, name: string): PlanValue[][] {
  return snapshot.sheets
    .find((s) => s.name === name)!
    .rows.map((row) =>
      row.map((c) => (c === undefined ? null : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : c.kind === 'date' ? c.serial : null)),
    );
}

describe('rows added under a table an import made, in Excel', () => {
  it('land under the rows there, which stay as they were, text as text and dates as dates', async () => {
    const { excel, host } = await master();
    const above = [0, 1, 2, 3].map((r) => rowOf(excel, r));
    const notes = fingerprint(excel.model.sheet('Notes')!);
    await host.write(await importPlan(host, [PERU, CHILE, JAPAN]));

    expect([0, 1, 2, 3].map((r) => rowOf(excel, r))).toEqual(above);
    expect(responses(excel).tables[0]).toMatchObject({ name: 'Responses', ref: { row: 0, rows: 6 } });
    const peru = rowOf(excel, 4);
    expect(peru.values.slice(0, 2)).toEqual(['Peru', RECEIVED + 4]);
    // The Received column's date format, extended by Excel to the new row; the texts written as text.
    expect(peru.formats.slice(0, 2)).toEqual(['@', DATE]);
    expect(peru.values.slice(3)).toEqual(['peru.xlsx › Peru!A1', '1998', '=F1']);
    expect(peru.formats.slice(3)).toEqual(['@', '@', '@']);
    expect(rowOf(excel, 5).values[0]).toBe('Chile');
    expect(responses(excel).valueAt(6, 0)).toBeUndefined();
    expect(fingerprint(excel.model.sheet('Notes')!)).toBe(notes);

    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Notes', 'Responses', 'Import Log']);
    expect(
      readRows(snapshot, 'Import Log')
        .slice(3)
        .map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ['malta.xlsx', 'read', TODAY],
      ['japan.xlsx', 'read', TODAY],
      ['kenya.xlsx', 'read', TODAY],
      ['peru.xlsx', 'read', TODAY + 7],
      ['chile.xlsx', 'read', TODAY + 7],
      ['japan.xlsx', 'skipped', TODAY + 7],
    ]);
  });

  it('are added with the table’s own row-adding operation, the Import Log’s lines after them, in one request', async () => {
    const { excel, host } = await master();
    const plan = await importPlan(host, [PERU, CHILE]);
    excel.meter.reset();
    await host.write(plan);
    // Two to inspect the workbook, one to add the rows.
    expect(excel.meter.syncs).toBe(3);
    const last = excel.meter.requests[2].labels.filter((label) => label === 'TableRowCollection.add');
    expect(last).toHaveLength(2);
    expect(excel.model.sheet('Import Log')!.tables[0].ref.rows).toBe(6);
  });

  it('go in the request that puts a rewritten Import Log in place (a log written before its lines were dated), before the swap', async () => {
    const { excel, host } = await master();
    // The log as an import wrote it before it had the Imported and Fingerprint columns.
    const log = excel.model.sheet('Import Log')!;
    log.tables[0].ref = { ...log.tables[0].ref, columns: 4 };
    log.values.forEach((row) => row?.splice(4));
    const plan = await importPlan(host, [PERU]);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Import Log']);
    excel.meter.reset();
    await host.write(plan);
    const labels = excel.meter.requests[excel.meter.requests.length - 1].labels;
    expect(labels.filter((label) => label === 'TableRowCollection.add')).toHaveLength(1);
    expect(labels.indexOf('TableRowCollection.add')).toBeLessThan(labels.indexOf('Worksheet.name='));
    expect(responses(excel).valueAt(4, 0)).toBe('Peru');
    expect(
      readRows(await host.read(), 'Import Log')
        .slice(3)
        .map((r) => [r[0], r[4] ?? null]),
    ).toEqual([
      ['malta.xlsx', null],
      ['japan.xlsx', null],
      ['kenya.xlsx', null],
      ['peru.xlsx', TODAY + 7],
    ]);
  });

  it('take as many requests whether the table has 3 rows or 3,000, and never load its rows', async () => {
    const measured: { syncs: number; response: number }[] = [];
    for (const rows of [3, 3000]) {
      const { excel, host } = await master(rows);
      const plan = await importPlan(host, [PERU, CHILE]);
      excel.meter.reset();
      await host.write(plan);
      measured.push({ syncs: excel.meter.syncs, response: excel.meter.largestResponseBytes });
      expect(responses(excel).valueAt(rows + 1, 0)).toBe('Peru');
    }
    // The response carries the header and the sheet's name, never a row.
    expect(measured[1]).toEqual(measured[0]);
    expect(measured[0].syncs).toBe(3);
  });

  it('are refused, nothing written, when the table’s header changed since it was read', async () => {
    const { excel, host } = await master();
    const plan = await importPlan(host, [PERU]);
    responses(excel).values[0][4] = 'F1 renamed by hand';
    const before = workbookFingerprint(excel.model);
    excel.meter.reset();
    const error = await rejection(host.write(plan));
    expect(error).toEqual(new WorkbookUnusableError('table-changed', { table: 'Responses', sheet: 'Responses' }));
    expect(workbookFingerprint(excel.model)).toEqual(before);
    expect(writes(excel)).toEqual([]);
  });

  it('are refused, nothing written, when the table is gone or has cells of the user’s where the rows would go', async () => {
    const { excel, host } = await master();
    const plan = await importPlan(host, [PERU, CHILE]);
    (responses(excel).values[5] ??= [])[2] = 'My note';
    const noted = workbookFingerprint(excel.model);
    expect(await rejection(host.write(plan))).toEqual(new WorkbookUnusableError('cells-below-table', { table: 'Responses', sheet: 'Responses', row: 6 }));
    expect(workbookFingerprint(excel.model)).toEqual(noted);

    responses(excel).tables[0].name = 'Mine';
    const renamed = workbookFingerprint(excel.model);
    expect(await rejection(host.write(plan))).toEqual(new WorkbookUnusableError('table-changed', { table: 'Responses', sheet: 'Responses' }));
    expect(workbookFingerprint(excel.model)).toEqual(renamed);
  });

  it('refused by Excel (a protected sheet), leave the Import Log as it was: no line claims rows not added', async () => {
    const { excel, host } = await master();
    const plan = await importPlan(host, [PERU]);
    const log = fingerprint(excel.model.sheet('Import Log')!);
    responses(excel).protected = true;
    const before = fingerprint(responses(excel));
    const error = await rejection(host.write(plan));
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).problem).toBe('protected');
    expect([fingerprint(responses(excel)), fingerprint(excel.model.sheet('Import Log')!)]).toEqual([before, log]);
  });
});

describe('a large append in Excel', () => {
  /** A table of 40 columns on a sheet of the user's, and rows of long texts to add under it: about 7 MB of them. */
  function largeAppend(rows: number) {
    const columns = Array.from({ length: 40 }, (_, c) => `Q${c + 1}`);
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [columns, columns.map(() => 'first')], table: 'Responses' }] }));
    const added = Array.from({ length: rows }, (_, r) => columns.map((_, c) => (c === 1 ? r : `answer ${r} to question ${c}, at some length`)));
    const plan: WorkbookPlan = { sheets: [], appends: [{ sheet: 'Responses', table: 'Responses', columns, rows: added }] };
    return { excel, plan, added };
  }

  it('is split into requests of whole rows, each under the size limit, all in order', async () => {
    const { excel, plan, added } = largeAppend(4000);
    await new ExcelHost(excel.office).write(plan);
    const adding = excel.meter.requests.filter((r) => r.labels.includes('TableRowCollection.add'));
    expect(adding.length).toBeGreaterThanOrEqual(3);
    expect(excel.meter.largestRequestBytes).toBeLessThan(BYTES_PER_REQUEST + 100_000);
    expect(excel.meter.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    const sheet = excel.model.sheets[0];
    expect(sheet.tables[0].ref.rows).toBe(4002);
    expect([2, 1000, 4001].map((r) => [sheet.valueAt(r, 0), sheet.valueAt(r, 1)])).toEqual([0, 998, 3999].map((r) => [added[r][0], r]));
  });
});
