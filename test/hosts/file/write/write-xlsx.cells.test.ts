import ExcelJS from 'exceljs';
import type { BlockPlan, NumberFormat, PlanValue } from '../../../../src/core/report/plan';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { withPart } from '../xlsx-fixtures';
import { attributeValues, loadWithExcelJS, partText, plan, SUMMARY_AND_CHARTS, summarySheet, surveySummaryTable, usersWorkbook } from './write-fixtures';

/** The Summary sheet of the workbook written with `blocks` (and nothing else) on it, read back by ExcelJS. */
async function summaryWith(...blocks: BlockPlan[]): Promise<ExcelJS.Worksheet> {
  const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks, tables: [] })));
  return (await loadWithExcelJS(written)).getWorksheet('Summary')!;
}

const valueAtB2 = async (value: PlanValue) => (await summaryWith({ top: 2, left: 2, rows: [[value]] })).getCell('B2');

describe('writeXlsx: cell values', () => {
  it.each<[string, PlanValue, ExcelJS.CellValue]>([
    ['text', 'Kenya', 'Kenya'],
    ['a number', 0.75, 0.75],
    ['a negative number', -3.5, -3.5],
    ['zero', 0, 0],
    ['TRUE', true, true],
    ['FALSE', false, false],
    ['null, as no cell at all', null, null],
    ['NaN, as no cell at all', Number.NaN, null],
  ])('%s', async (_, value, expected) => {
    expect((await valueAtB2(value)).value).toEqual(expected);
  });

  it.each(['=1+1', '+44 20 7946 0000', '-5', '@SUM(A1:A2)', '=HYPERLINK("http://example.com")'])(
    'text beginning like a formula stays text: %s',
    async (text) => {
      const cell = await valueAtB2(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    },
  );

  it('never writes a formula element', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks: [{ top: 1, left: 1, rows: [['=1+1', '=A1']] }] })));
    expect(await partText(written, 'xl/worksheets/sheet3.xml')).not.toMatch(/<f[\s>]/);
  });

  it.each<[string, string, string]>([
    ['markup characters', 'a < b & c > "d" \'e\'', 'a < b & c > "d" \'e\''],
    ['surrounding spaces and line breaks', '  two\nlines\t', '  two\nlines\t'],
    ['a carriage return', 'one\r\ntwo', 'one\r\ntwo'],
    ['characters XML forbids, dropped', 'bell\u0007 nul\u0000 lone\uD800 end', 'bell nul lone end'],
    ['non-Latin text and astral characters', 'Côte d’Ivoire 日本 😀', 'Côte d’Ivoire 日本 😀'],
  ])('text with %s reads back as the plan wrote it', async (_, text, expected) => {
    expect((await valueAtB2(text)).value).toBe(expected);
  });

  it('escapes the underscore of text that looks like Excel’s _xHHHH_ escape, which Excel would decode', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ tables: [], blocks: [{ top: 1, left: 1, rows: [['code _x0041_ stays']] }] })));
    expect(await partText(written, 'xl/worksheets/sheet3.xml')).toContain('<t xml:space="preserve">code _x005F_x0041_ stays</t>');
  });

  it('caps text at Excel’s 32,767 characters', async () => {
    expect(String((await valueAtB2('x'.repeat(40_000))).value)).toHaveLength(32_767);
  });

  it('places blocks at their (top, left), row by row', async () => {
    const sheet = await summaryWith({
      top: 3,
      left: 2,
      rows: [
        ['a', 'b'],
        [null, 'd'],
      ],
    });
    expect([sheet.getCell('B3').value, sheet.getCell('C3').value, sheet.getCell('B4').value, sheet.getCell('C4').value]).toEqual(['a', 'b', null, 'd']);
  });
});

describe('writeXlsx: formats and looks', () => {
  it.each<[NumberFormat, string]>([
    ['percent', '0%'],
    ['percent1', '0.0%'],
    ['points', '+0.0;-0.0;0.0'],
    ['integer', '0'],
    ['whole', '#,##0'],
    ['decimal', '#,##0.00'],
    ['date', 'yyyy-mm-dd'],
  ])('number format %s is Excel’s %s', async (format, code) => {
    const sheet = await summaryWith({ top: 2, left: 1, rows: [['label', 46096]], formats: [undefined, format] });
    expect(sheet.getCell('B2').numFmt).toBe(code);
    expect(sheet.getCell('A2').numFmt).toBeUndefined();
  });

  it.each<[NonNullable<BlockPlan['style']>, Partial<ExcelJS.Font>]>([
    ['title', { bold: true, size: 15 }],
    ['heading', { bold: true, size: 13 }],
    ['label', { bold: true, size: 11 }],
    ['note', { size: 9, color: { argb: 'FF595959' } }],
  ])('a %s block has its font, sized from the workbook’s default font', async (style, font) => {
    const sheet = await summaryWith({ top: 1, left: 1, rows: [['text']], style });
    expect(sheet.getCell('A1').font).toMatchObject({ ...font, name: 'Calibri' });
  });

  it('a table cell takes its own format over its column’s (a percentage in one row, a count in the next)', async () => {
    const table = surveySummaryTable({
      columns: ['Indicator', 'Baseline', 'Change'],
      rows: [
        ['E-DECLARATIONS', 0.35, 47],
        ['DETECTIONS', 1250, 1120],
        ['CLEARANCE-TIME', 72.5, -42.5],
      ],
      formats: [undefined, 'decimal', 'decimal'],
      cellFormats: [
        [undefined, 'percent', 'points'],
        [undefined, 'whole', 'whole'],
      ],
    });
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks: [], tables: [table] })));
    const sheet = (await loadWithExcelJS(written)).getWorksheet('Summary')!;
    expect([5, 6, 7].map((row) => [sheet.getCell(`B${row}`).numFmt, sheet.getCell(`C${row}`).numFmt])).toEqual([
      ['0%', '+0.0;-0.0;0.0'],
      ['#,##0', '#,##0'],
      ['#,##0.00', '#,##0.00'],
    ]);
  });

  it('a table column aligned right has its header (clear of its filter button) and values at the right, the other columns Excel’s own', async () => {
    const table = surveySummaryTable({ alignments: [undefined, undefined, undefined, 'right'] });
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks: [], tables: [table] })));
    const sheet = (await loadWithExcelJS(written)).getWorksheet('Summary')!;
    expect(['D4', 'D5', 'D6'].map((a) => sheet.getCell(a).alignment)).toEqual([
      { horizontal: 'right', indent: 2 },
      { horizontal: 'right' },
      { horizontal: 'right' },
    ]);
    expect(sheet.getCell('D5').numFmt).toBe('0%');
    expect(['A4', 'C5'].map((a) => sheet.getCell(a).alignment)).toEqual([undefined, undefined]);
  });

  it('a styled block keeps its columns’ number formats', async () => {
    const sheet = await summaryWith({ top: 1, left: 1, rows: [['Response rate', 0.287]], style: 'label', formats: [undefined, 'percent1'] });
    expect(sheet.getCell('B1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B1').numFmt).toBe('0.0%');
  });

  it('only appends to the user’s styles: their cells keep their look, every count stays right', async () => {
    const input = await usersWorkbook((workbook) => {
      const cell = workbook.getWorksheet('Notes')!.getCell('A2');
      cell.value = 0.5;
      cell.numFmt = '0.000%';
      cell.font = { italic: true };
    });
    const before = await partText(input, 'xl/styles.xml');
    const after = await partText(await writeXlsx(input, SUMMARY_AND_CHARTS), 'xl/styles.xml');
    for (const section of ['numFmts', 'fonts', 'cellXfs']) {
      const entries = (xml: string) => new RegExp(`<${section}[^>]*>(.*?)</${section}>`).exec(xml)?.[1] ?? '';
      expect(entries(after).startsWith(entries(before))).toBe(true);
      const entry = { numFmts: 'numFmt', fonts: 'font', cellXfs: 'xf' }[section]!;
      expect(attributeValues(after, section, 'count')).toEqual([String(attributeValues(entries(after), entry, 'x').length)]);
    }
    const notes = (await loadWithExcelJS(await writeXlsx(input, SUMMARY_AND_CHARTS))).getWorksheet('Notes')!;
    expect(notes.getCell('A2').numFmt).toBe('0.000%');
    expect(notes.getCell('A2').font).toMatchObject({ italic: true });
  });

  it('adds custom number formats with ids from 164 up, past the workbook’s own', async () => {
    const input = await usersWorkbook((workbook) => {
      workbook.getWorksheet('Notes')!.getCell('A2').numFmt = '0.000%';
    });
    const styles = await partText(
      await writeXlsx(input, plan(summarySheet({ tables: [], blocks: [{ top: 1, left: 1, rows: [[1, 2]], formats: ['percent1', 'points'] }] }))),
      'xl/styles.xml',
    );
    expect(attributeValues(styles, 'numFmt', 'numFmtId')).toEqual(['164', '165', '166']);
  });

  it('creates a styles part for a workbook that has none', async () => {
    const input = await usersWorkbook();
    const withoutStyles = await withPart(
      await withPart(await withPart(input, 'xl/styles.xml', () => null), 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace(/<Relationship [^>]*styles"[^>]*\/>/, ''),
      ),
      '[Content_Types].xml',
      (xml) => xml.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''),
    );
    const sheet = (await loadWithExcelJS(await writeXlsx(withoutStyles, SUMMARY_AND_CHARTS))).getWorksheet('Summary')!;
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 15 });
    expect(sheet.getCell('D5').numFmt).toBe('0%');
  });
});

describe('writeXlsx: the sheet’s view', () => {
  it.each<[string, { rows: number; columns: number }, Partial<ExcelJS.WorksheetView>, string]>([
    ['rows', { rows: 4, columns: 0 }, { state: 'frozen', ySplit: 4, topLeftCell: 'A5' }, 'bottomLeft'],
    ['columns', { rows: 0, columns: 2 }, { state: 'frozen', xSplit: 2, topLeftCell: 'C1' }, 'topRight'],
    ['rows and columns', { rows: 1, columns: 1 }, { state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' }, 'bottomRight'],
  ])('freezes %s, the scrolling pane active', async (_, freeze, view, activePane) => {
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ freeze })));
    expect((await loadWithExcelJS(written)).getWorksheet('Summary')!.views).toEqual([expect.objectContaining(view)]);
    const xml = await partText(written, 'xl/worksheets/sheet3.xml');
    expect(attributeValues(xml, 'pane', 'activePane')).toEqual([activePane]);
    expect(attributeValues(xml, 'selection', 'pane')).toEqual([activePane]);
  });

  it('freezes nothing without freeze', async () => {
    const { freeze: _freeze, ...unfrozen } = summarySheet();
    const written = await writeXlsx(await usersWorkbook(), plan(unfrozen));
    expect((await loadWithExcelJS(written)).getWorksheet('Summary')!.views).toEqual([expect.objectContaining({ state: 'normal' })]);
  });

  it('sets the plan’s column widths', async () => {
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(summarySheet())))).getWorksheet('Summary')!;
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width, sheet.getColumn(3).width]).toEqual([12, undefined, 40]);
  });

  it('writes the worksheet’s elements in the order of the schema', async () => {
    const xml = await partText(await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS), 'xl/worksheets/sheet3.xml');
    const order = [...xml.matchAll(/<(dimension|sheetViews|sheetFormatPr|cols|sheetData|pageMargins|drawing|tableParts)[\s>/]/g)].map(([, name]) => name);
    expect(order).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins', 'tableParts']);
  });
});
