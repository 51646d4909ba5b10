import type { WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { PAYLOAD_LIMIT, strictExcel, WorkbookModel } from './strict-excel';
import { largeSheet, modelOf, xlsxOf, type BookSpec } from './workbooks';

const day = serialOfUtc(1998, 3, 15);

/** A workbook as users make them: dates, booleans, #N/A, blanks, a merge, data not at A1, a table. */
const SURVEY: BookSpec = {
  sheets: [
    {
      name: 'Responses',
      rows: [
        ['Member', 'Received', 'F1', 'F2', 'Contact'],
        ['France', day, 'Yes', true, '   '],
        ['Japan', day + 0.5, { error: '#N/A' }, false, { richText: ['Ms ', 'Sato'] }],
        ['Kenya', null, 'No', { formula: 'TRUE()', result: true }, 42],
      ],
      formats: { B2: 'yyyy-mm-dd', B3: 'dd/mm/yyyy hh:mm', E4: '0.00' },
      table: 'Responses',
    },
    {
      name: 'Notes',
      at: 'C5',
      rows: [
        ['Merged title', null],
        [null, null],
        [{ formula: '1/0', result: 1 }, { error: '#DIV/0!' }],
        ['=not a formula', 'x'],
      ],
      formats: { C7: '[$-409]d-mmm-yy;@', D8: '@' },
      merges: ['C5:D6'],
    },
    { name: 'Empty', rows: [] },
    { name: 'Summary', rows: [['Respondents', 3]], owned: true },
    { name: 'Hidden', rows: [['Kept', 1]], hidden: true },
  ],
};

/**
 * What only the file host reads: merged areas, hidden columns and formulas never calculated (Excel
 * calculates every formula; the other two would cost Office.js a request per sheet for a warning).
 */
function withoutFileOnly(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map(({ merged: _merged, hiddenColumns: _hidden, hiddenRows: _hiddenRows, uncalculated: _uncalculated, ...sheet }) => sheet),
  };
}

async function bothHosts(spec: BookSpec) {
  const excel = strictExcel(modelOf(spec));
  const fromExcel = await new ExcelHost(excel.office).read();
  const fromFile = withoutFileOnly(await readXlsx(await xlsxOf(spec)));
  return { excel, fromExcel, fromFile };
}

describe('reading through Office.js', () => {
  it('gives the snapshot the file host gives for the same workbook', async () => {
    const { fromExcel, fromFile } = await bothHosts(SURVEY);
    expect(fromExcel).toStrictEqual(fromFile);
  });

  it('normalises dates, booleans, errors, blanks and places cells where they are on the sheet', async () => {
    const { fromExcel } = await bothHosts(SURVEY);
    const [responses, notes, empty, summary] = fromExcel.sheets;
    expect(responses.rows[1]).toStrictEqual([
      { kind: 'text', text: 'France' },
      { kind: 'date', serial: day },
      { kind: 'text', text: 'Yes' },
      { kind: 'boolean', value: true },
    ]);
    expect(responses.rows[2][1]).toStrictEqual({ kind: 'date', serial: day + 0.5 });
    expect(responses.rows[2][2]).toStrictEqual({ kind: 'error', error: '#N/A' });
    expect(responses.tables).toStrictEqual([{ name: 'Responses', range: { top: 1, left: 1, bottom: 4, right: 5 }, hasHeaderRow: true, hasTotalsRow: false }]);
    expect(notes.rows.slice(0, 4)).toStrictEqual([[], [], [], []]);
    expect(notes.rows[4]).toStrictEqual([undefined, undefined, { kind: 'text', text: 'Merged title' }]);
    expect(notes.rows[6][2]).toStrictEqual({ kind: 'date', serial: 1 });
    expect(notes.rows[7][2]).toStrictEqual({ kind: 'text', text: '=not a formula' });
    expect(empty.rows).toStrictEqual([]);
    expect(summary.owned).toBe(true);
    expect(responses).not.toHaveProperty('owned');
  });

  it('counts dates from 1899-12-30 in a workbook that counts them from 1904, as the file host does', async () => {
    const spec: BookSpec = { date1904: true, sheets: [{ name: 'Dates', rows: [['Received', day - 1462]], formats: { B1: 'yyyy-mm-dd' } }] };
    const { fromExcel, fromFile } = await bothHosts(spec);
    expect(fromExcel.sheets[0].rows[0][1]).toStrictEqual({ kind: 'date', serial: day });
    expect(fromExcel).toStrictEqual(fromFile);
  });

  it('takes two requests, whatever the number of sheets, and never reads a property it did not load', async () => {
    const { excel } = await bothHosts(SURVEY);
    expect(excel.meter.syncs).toBe(2);
  });

  it('reads a blank workbook as its sheets without rows, as the file host does: a template or an import starts there', async () => {
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Sheet1', rows: [] }] }));
    expect(await new ExcelHost(excel.office).read()).toEqual({ sheets: [{ name: 'Sheet1', rows: [], tables: [] }] });
  });
});

describe('reading a sheet of long texts', () => {
  it('halves whatever request Excel on the web finds too large, and still reads every cell', async () => {
    const text = (r: number, c: number) => `${r}:${c} ${'long free-text answer '.repeat(5)}`;
    const sheet = largeSheet('Comments', 400, 256, text);
    const excel = strictExcel(new WorkbookModel(sheet));
    const snapshot = await new ExcelHost(excel.office).read();
    expect(snapshot.sheets[0].rows).toHaveLength(400);
    expect(snapshot.sheets[0].rows[399][255]).toEqual({ kind: 'text', text: text(399, 255) });
    const refused = excel.meter.requests.filter((r) => r.responseBytes > PAYLOAD_LIMIT);
    expect(refused.length).toBeGreaterThan(0);
  });
});
