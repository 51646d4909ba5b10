import type ExcelJS from 'exceljs';
import type { TableSnapshot } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { withPart, xlsxBytes } from './xlsx-fixtures';

/** A table named Responses at B3: header B3:D3, two responses, a totals row at B6:D6. */
function addResponsesTable(sheet: ExcelJS.Worksheet, options: { headerRow?: boolean; totalsRow?: boolean } = {}): void {
  sheet.addTable({
    name: 'Responses',
    ref: 'B3',
    headerRow: options.headerRow ?? true,
    totalsRow: options.totalsRow ?? true,
    columns: [{ name: 'Country', totalsRowLabel: 'Total' }, { name: 'Region' }, { name: 'Score', totalsRowFunction: 'sum' }],
    rows: [
      ['Kenya', 'ESA', 3],
      ['France', 'EUR', 4],
    ],
  });
}

async function tablesOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Array<[string, TableSnapshot[]]>> {
  const { sheets } = await readXlsx(await xlsxBytes(build));
  return sheets.map((sheet) => [sheet.name, [...sheet.tables]]);
}

describe('readXlsx: tables', () => {
  it('a table with a header and a totals row, its range covering both', async () => {
    const tables = await tablesOf((workbook) => addResponsesTable(workbook.addWorksheet('Survey')));
    expect(tables).toEqual([['Survey', [{ name: 'Responses', range: { top: 3, left: 2, bottom: 6, right: 4 }, hasHeaderRow: true, hasTotalsRow: true }]]]);
  });

  it('a table without a totals row', async () => {
    const tables = await tablesOf((workbook) => addResponsesTable(workbook.addWorksheet('Survey'), { totalsRow: false }));
    expect(tables[0][1]).toEqual([{ name: 'Responses', range: { top: 3, left: 2, bottom: 5, right: 4 }, hasHeaderRow: true, hasTotalsRow: false }]);
  });

  it('a table without a header row', async () => {
    const tables = await tablesOf((workbook) => addResponsesTable(workbook.addWorksheet('Survey'), { headerRow: false, totalsRow: false }));
    expect(tables[0][1]).toEqual([{ name: 'Responses', range: { top: 3, left: 2, bottom: 4, right: 4 }, hasHeaderRow: false, hasTotalsRow: false }]);
  });

  it('a table as Excel saves it, leaving out headerRowCount because 1 is the default, has a header row', async () => {
    const built = await xlsxBytes((workbook) => addResponsesTable(workbook.addWorksheet('Survey')));
    const asExcelSavesIt = await withPart(built, 'xl/tables/table1.xml', (xml) => xml.replace(/ headerRowCount="1"/, ''));
    const { sheets } = await readXlsx(asExcelSavesIt);
    expect(sheets[0].tables[0]).toMatchObject({ name: 'Responses', hasHeaderRow: true, hasTotalsRow: true });
  });

  it('each table belongs to its own sheet', async () => {
    const tables = await tablesOf((workbook) => {
      workbook.addWorksheet('Instructions').getCell('A1').value = 'Read me';
      addResponsesTable(workbook.addWorksheet('Survey'));
    });
    expect(tables.map(([sheet, sheetTables]) => [sheet, sheetTables.map((table) => table.name)])).toEqual([
      ['Instructions', []],
      ['Survey', ['Responses']],
    ]);
  });

  it('the table cells are read like any others', async () => {
    const { sheets } = await readXlsx(await xlsxBytes((workbook) => addResponsesTable(workbook.addWorksheet('Survey'))));
    expect(sheets[0].rows.slice(2)).toEqual([
      [undefined, { kind: 'text', text: 'Country' }, { kind: 'text', text: 'Region' }, { kind: 'text', text: 'Score' }],
      [undefined, { kind: 'text', text: 'Kenya' }, { kind: 'text', text: 'ESA' }, { kind: 'number', value: 3 }],
      [undefined, { kind: 'text', text: 'France' }, { kind: 'text', text: 'EUR' }, { kind: 'number', value: 4 }],
      // ExcelJS writes the totals formula without a cached result, so only the label is there
      [undefined, { kind: 'text', text: 'Total' }],
    ]);
  });
});
