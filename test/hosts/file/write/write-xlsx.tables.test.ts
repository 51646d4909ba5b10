import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { unusable, withPart } from '../xlsx-fixtures';
import {
  attributeValues,
  loadWithExcelJS,
  partNames,
  partText,
  plan,
  SUMMARY_AND_CHARTS,
  summarySheet,
  surveySummaryTable,
  usersWorkbook,
} from './write-fixtures';

/** What ExcelJS makes of a loaded table: its model. */
interface LoadedTable {
  readonly model: { readonly name: string; readonly tableRef: string; readonly columns: ReadonlyArray<{ readonly name: string }> };
}

async function tablesOf(bytes: Uint8Array, sheet: string): Promise<LoadedTable['model'][]> {
  const worksheet = (await loadWithExcelJS(bytes)).getWorksheet(sheet)!;
  return (worksheet.getTables() as unknown as LoadedTable[]).map(({ model }) => model);
}

describe('writeXlsx: Excel tables', () => {
  it('writes the table with its name, its range, and columns named exactly as its header cells', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const [table] = await tablesOf(written, 'Summary');
    expect(table).toMatchObject({ name: 'SurveySummary', tableRef: 'A4:D7' });
    expect(table.columns.map(({ name }) => name)).toEqual(['Section', 'Question', 'Label', 'Percent']);
    const sheet = (await loadWithExcelJS(written)).getWorksheet('Summary')!;
    expect([1, 2, 3, 4].map((column) => sheet.getCell(4, column).value)).toEqual(['Section', 'Question', 'Label', 'Percent']);
  });

  it('is a table readXlsx reads back, header row included', async () => {
    const { sheets } = await readXlsx(await writeXlsx(await usersWorkbook(), plan(summarySheet())));
    expect(sheets.find(({ name }) => name === 'Summary')!.tables).toEqual([
      { name: 'SurveySummary', range: { top: 4, left: 1, bottom: 7, right: 4 }, hasHeaderRow: true, hasTotalsRow: false },
    ]);
  });

  it('formats its columns: the percent column shows percents', async () => {
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(summarySheet())))).getWorksheet('Summary')!;
    expect([sheet.getCell('D5').value, sheet.getCell('D5').numFmt]).toEqual([0.75, '0%']);
    expect(sheet.getCell('C5').numFmt).toBeUndefined();
  });

  it('filters on its whole range, in the style of the report, with banded rows', async () => {
    const xml = await partText(await writeXlsx(await usersWorkbook(), plan(summarySheet())), 'xl/tables/table2.xml');
    expect(attributeValues(xml, 'autoFilter', 'ref')).toEqual(['A4:D7']);
    expect(attributeValues(xml, 'tableStyleInfo', 'name')).toEqual(['TableStyleMedium2']);
    expect(attributeValues(xml, 'tableStyleInfo', 'showRowStripes')).toEqual(['1']);
  });

  it('a table with no rows still covers one empty data row, as Excel requires', async () => {
    const empty = summarySheet({ tables: [surveySummaryTable({ rows: [] })] });
    const written = await writeXlsx(await usersWorkbook(), plan(empty));
    expect((await tablesOf(written, 'Summary'))[0].tableRef).toBe('A4:D5');
  });

  it('gives each new table an id no table of the workbook has', async () => {
    const twoTables = summarySheet({ tables: [surveySummaryTable(), surveySummaryTable({ name: 'Bases', top: 12 })] });
    const written = await writeXlsx(await usersWorkbook(), plan(twoTables));
    const ids = await Promise.all(
      (await partNames(written, /^xl\/tables\//)).map(async (part) => attributeValues(await partText(written, part), 'table', 'id')[0]),
    );
    expect(ids).toEqual(['1', '2', '3']);
  });

  it('a re-run replaces the add-in’s table, whose name is then free', async () => {
    const first = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    const second = await writeXlsx(first, SUMMARY_AND_CHARTS);
    expect((await tablesOf(second, 'Summary')).map(({ name }) => name)).toEqual(['SurveySummary']);
  });
});

describe('writeXlsx: a table name the workbook already uses stops the write', () => {
  it.each(['SurveySummary', 'surveysummary'])('a user table named %s, ignoring case as Excel does', async (name) => {
    const input = await usersWorkbook((workbook) => {
      workbook.getWorksheet('Notes')!.addTable({ name, ref: 'C1', columns: [{ name: 'Mine' }], rows: [['x']] });
    });
    const error = await unusable(writeXlsx(input, SUMMARY_AND_CHARTS));
    expect([error.reason, error.params]).toEqual(['table-name-taken', { table: name, sheet: 'Notes' }]);
  });

  it('a table on an owned sheet that the plan keeps', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const renamedByUser = await withPart(first, 'xl/workbook.xml', (xml) => xml.replace('name="Summary"', 'name="Summary 2025"'));
    const error = await unusable(writeXlsx(renamedByUser, plan(summarySheet())));
    expect([error.reason, error.params]).toEqual(['table-name-taken', { table: 'SurveySummary', sheet: 'Summary 2025' }]);
  });

  it('a workbook name, which shares the namespace of tables', async () => {
    const input = await usersWorkbook((workbook) => workbook.definedNames.add("'Notes'!$A$1", 'SurveySummary'));
    const error = await unusable(writeXlsx(input, SUMMARY_AND_CHARTS));
    expect([error.reason, error.params]).toEqual(['table-name-taken', { table: 'SurveySummary' }]);
  });
});
