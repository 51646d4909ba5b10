import type ExcelJS from 'exceljs';
import { cellAt, type Cell } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { readSheetBuiltBy, withPart, xlsxBytes } from './xlsx-fixtures';

/** What one cell at B2 reads as, with A1 holding text so the workbook is never empty. */
async function cellReadFrom(value: ExcelJS.CellValue, numFmt?: string): Promise<Cell> {
  const sheet = await readSheetBuiltBy((s) => {
    s.getCell('A1').value = 'Question';
    s.getCell('B2').value = value;
    if (numFmt) s.getCell('B2').numFmt = numFmt;
  });
  return cellAt(sheet, 2, 2);
}

const utc = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(Date.UTC(year, month - 1, day, hours, minutes));

describe('readXlsx: each cell is normalised to a host-neutral value', () => {
  describe('text', () => {
    it.each<[string, string, Cell]>([
      ['is kept as text', 'Kenya', { kind: 'text', text: 'Kenya' }],
      ['keeps its surrounding spaces', '  Kenya ', { kind: 'text', text: '  Kenya ' }],
      ['made of spaces only is empty', '   ', undefined],
      ['made of tabs and line breaks only is empty', '\t\n ', undefined],
      ['made of a non-breaking space only is empty', '\u00a0', undefined],
    ])('text %s', async (_, value, expected) => {
      expect(await cellReadFrom(value)).toEqual(expected);
    });
  });

  describe('numbers and booleans', () => {
    it.each<[string, ExcelJS.CellValue, Cell]>([
      ['a whole number', 42, { kind: 'number', value: 42 }],
      ['a negative decimal', -3.25, { kind: 'number', value: -3.25 }],
      ['zero, which is not empty', 0, { kind: 'number', value: 0 }],
      ['TRUE', true, { kind: 'boolean', value: true }],
      ['FALSE, which is not empty', false, { kind: 'boolean', value: false }],
    ])('%s', async (_, value, expected) => {
      expect(await cellReadFrom(value)).toEqual(expected);
    });

    it('a number with a non-date format such as a percentage stays a number', async () => {
      expect(await cellReadFrom(0.5, '0.0%')).toEqual({ kind: 'number', value: 0.5 });
    });
  });

  describe('dates are Excel serials (days since 1899-12-30), whatever the machine time zone', () => {
    it.each<[string, ExcelJS.CellValue, string | undefined, number]>([
      ['a date', utc(2026, 3, 15), undefined, 46096],
      ['a date and time keeps the time as the fraction', utc(2026, 3, 15, 18), undefined, 46096.75],
      ['a serial saved with a date format', 46096, 'dd/mm/yyyy', 46096],
      ['a serial saved with a date-and-time format', 46096.5, 'yyyy-mm-dd hh:mm', 46096.5],
      ['a time of day alone', 0.25, 'hh:mm', 0.25],
      ['the first day of the 1900 date system', 1, 'yyyy-mm-dd', 1],
    ])('%s', async (_, value, numFmt, serial) => {
      expect(await cellReadFrom(value, numFmt)).toEqual({ kind: 'date', serial });
    });

    it('a time that is not a whole number of seconds is exact to the millisecond', async () => {
      const cell = await cellReadFrom(46096 + 1 / 3, 'hh:mm:ss');
      expect(cell).toEqual({ kind: 'date', serial: expect.closeTo(46096 + 1 / 3, 8) });
    });

    it('a workbook using the 1904 date system still gives serials counted from 1899-12-30', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.properties.date1904 = true;
        workbook.addWorksheet('Survey').getCell('A1').value = utc(2026, 3, 15);
      });
      const [sheet] = (await readXlsx(bytes)).sheets;
      expect(cellAt(sheet, 1, 1)).toEqual({ kind: 'date', serial: 46096 });
    });
  });

  describe('error values', () => {
    it.each(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!'])('%s', async (error) => {
      expect(await cellReadFrom({ error } as ExcelJS.CellErrorValue)).toEqual({ kind: 'error', error });
    });
  });

  describe('formulas give their last calculated result', () => {
    it.each<[string, ExcelJS.CellFormulaValue, Cell]>([
      ['a number', { formula: 'SUM(1,2)', result: 3 }, { kind: 'number', value: 3 }],
      ['text', { formula: '"Ken"&"ya"', result: 'Kenya' }, { kind: 'text', text: 'Kenya' }],
      ['a boolean', { formula: '1>0', result: true }, { kind: 'boolean', value: true }],
      ['an error', { formula: '1/0', result: { error: '#DIV/0!' } }, { kind: 'error', error: '#DIV/0!' }],
      ['a date', { formula: 'DATE(2026,3,15)', result: utc(2026, 3, 15) }, { kind: 'date', serial: 46096 }],
      ['nothing, when never calculated', { formula: 'NOW()' }, undefined],
      ['nothing, when the result is empty text', { formula: '""', result: '' }, undefined],
    ])('a formula whose result is %s', async (_, formula, expected) => {
      expect(await cellReadFrom(formula)).toEqual(expected);
    });

    it('a shared formula (filled down) gives each cell its own cached result', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('A1').value = { formula: 'ROW()*10', result: 10 };
        s.getCell('A2').value = { sharedFormula: 'A1', result: 20 };
        s.getCell('A3').value = { sharedFormula: 'A1', result: { error: '#N/A' } };
      });
      expect(sheet.rows).toEqual([[{ kind: 'number', value: 10 }], [{ kind: 'number', value: 20 }], [{ kind: 'error', error: '#N/A' }]]);
    });
  });

  describe('rich text and hyperlinks', () => {
    it('rich text is the concatenation of its runs', async () => {
      const value = { richText: [{ text: 'Customs ' }, { text: 'integrity', font: { bold: true } }] };
      expect(await cellReadFrom(value)).toEqual({ kind: 'text', text: 'Customs integrity' });
    });

    it('rich text made of spaces only is empty', async () => {
      expect(await cellReadFrom({ richText: [{ text: ' ' }, { text: '  ', font: { italic: true } }] })).toBeUndefined();
    });

    it.each([
      ['a web address', { text: 'WCO', hyperlink: 'https://www.wcoomd.org' }, 'WCO'],
      ['an e-mail address', { text: 'integrity@wcoomd.org', hyperlink: 'mailto:integrity@wcoomd.org' }, 'integrity@wcoomd.org'],
    ])('a hyperlink to %s is its displayed text', async (_, value, text) => {
      expect(await cellReadFrom(value)).toEqual({ kind: 'text', text });
    });
  });

  it('an empty cell with only a format is empty', async () => {
    const sheet = await readSheetBuiltBy((s) => {
      s.getCell('A1').value = 'Question';
      s.getCell('B2').numFmt = '0.00';
      s.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    expect(cellAt(sheet, 2, 2)).toBeUndefined();
  });

  it('cells as Excel and other producers write them: inline strings, typed formula results, bare cells', async () => {
    const built = await xlsxBytes((workbook) => (workbook.addWorksheet('Survey').getCell('A1').value = 'placeholder'));
    const sheetData =
      '<sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>Kenya</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>Customs </t></r><r><rPr><b/></rPr><t>integrity</t></r></is></c>' +
      '<c r="C1"/>' +
      '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
      '<c r="E1" t="e"><f>NA()</f><v>#N/A</v></c>' +
      '<c r="F1" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="G1" t="b"><v>0</v></c>' +
      '</row></sheetData>';
    const bytes = await withPart(built, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<sheetData>.*<\/sheetData>/s, sheetData));
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.rows).toEqual([
      [
        { kind: 'text', text: 'Kenya' },
        { kind: 'text', text: 'Customs integrity' },
        undefined,
        { kind: 'text', text: 'ab' },
        { kind: 'error', error: '#N/A' },
        { kind: 'boolean', value: true },
        { kind: 'boolean', value: false },
      ],
    ]);
  });

  it('reads cells that show the same shared string, or the same number, as one value: a round repeats "Yes" fifty thousand times', async () => {
    const sheet = await readSheetBuiltBy((s) => {
      s.getCell('A1').value = 'Yes';
      s.getCell('A2').value = 'Yes';
      s.getCell('B1').value = 3;
      s.getCell('B2').value = 3;
    });
    expect(cellAt(sheet, 1, 1)).toBe(cellAt(sheet, 2, 1));
    expect(cellAt(sheet, 1, 2)).toBe(cellAt(sheet, 2, 2));
    expect(cellAt(sheet, 2, 2)).toEqual({ kind: 'number', value: 3 });
  });
});
