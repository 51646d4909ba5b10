import { cellAt } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { readSheetBuiltBy, withPart, xlsxBytes } from './xlsx-fixtures';

const text = (value: string) => ({ kind: 'text', text: value });

describe('readXlsx: sheets and their layout', () => {
  describe('rows', () => {
    it('rows[r-1][c-1] is the cell at row r, column c', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('A1').value = 'Country';
        s.getCell('C2').value = 3;
      });
      expect(sheet.rows).toEqual([[text('Country')], [undefined, undefined, { kind: 'number', value: 3 }]]);
      expect(cellAt(sheet, 2, 3)).toEqual({ kind: 'number', value: 3 });
    });

    it('an empty row in between is an empty array, and there are no holes', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('A1').value = 'Country';
        s.getCell('A4').value = 'Kenya';
      });
      expect(sheet.rows).toEqual([[text('Country')], [], [], [text('Kenya')]]);
      expect(Object.keys(sheet.rows)).toEqual(['0', '1', '2', '3']);
    });

    it('a stray cell in row 1,048,576 costs no array per empty row above it: they share one', async () => {
      const bytes = await withPart(
        await xlsxBytes((workbook) => (workbook.addWorksheet('Survey').getCell('A1').value = 'Country')),
        'xl/worksheets/sheet1.xml',
        (xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="C1048576" t="inlineStr"><is><t>checked</t></is></c></row></sheetData>'),
      );
      const { rows } = (await readXlsx(bytes)).sheets[0];
      expect(rows).toHaveLength(1048576);
      expect(rows[1048575]).toEqual([undefined, undefined, text('checked')]);
      expect(new Set(rows).size).toBe(3);
    });

    it('trailing empty cells and rows are trimmed, even when formatted or blank text', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('A1').value = 'Country';
        s.getCell('B1').value = '   ';
        s.getCell('F1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        s.getCell('A2').value = 'Kenya';
        s.getCell('A9').value = ' ';
        s.getCell('H20').border = { top: { style: 'thin' } };
      });
      expect(sheet.rows).toEqual([[text('Country')], [text('Kenya')]]);
    });
  });

  describe('merged cells keep their value in the top-left cell only, as Excel reports it', () => {
    it('a header merged across columns', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('A1').value = 'Integrity indicators';
        s.mergeCells('A1:C1');
        s.getCell('A2').value = 'Q1';
        s.getCell('B2').value = 'Q2';
        s.getCell('C2').value = 'Q3';
      });
      expect(sheet.rows[0]).toEqual([text('Integrity indicators')]);
      expect(sheet.rows[1]).toEqual([text('Q1'), text('Q2'), text('Q3')]);
    });

    it('a block merged across rows and columns', async () => {
      const sheet = await readSheetBuiltBy((s) => {
        s.getCell('B2').value = 'Section 1';
        s.mergeCells('B2:C4');
        s.getCell('D4').value = 'after';
      });
      expect(cellAt(sheet, 2, 2)).toEqual(text('Section 1'));
      for (const [row, column] of [
        [2, 3],
        [3, 2],
        [3, 3],
        [4, 2],
        [4, 3],
      ]) {
        expect(cellAt(sheet, row, column)).toBeUndefined();
      }
      expect(cellAt(sheet, 4, 4)).toEqual(text('after'));
    });
  });

  describe('sheets', () => {
    it('keeps the order of the workbook', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.addWorksheet('Survey').getCell('A1').value = 'Q1';
        workbook.addWorksheet('Lists').getCell('A1').value = 'Regions';
      });
      expect((await readXlsx(bytes)).sheets.map((sheet) => sheet.name)).toEqual(['Survey', 'Lists']);
    });

    it('keeps the order of the tabs when a sheet was moved (sheet ids no longer in order)', async () => {
      const built = await xlsxBytes((workbook) => {
        workbook.addWorksheet('Survey').getCell('A1').value = 'Q1';
        workbook.addWorksheet('Lists').getCell('A1').value = 'Regions';
      });
      const moved = await withPart(built, 'xl/workbook.xml', (xml) =>
        xml.replace(/(<sheet [^>]*name="Survey"[^>]*\/>)(<sheet [^>]*name="Lists"[^>]*\/>)/, '$2$1'),
      );
      expect((await readXlsx(moved)).sheets.map((sheet) => sheet.name)).toEqual(['Lists', 'Survey']);
    });

    it('reads hidden and very hidden sheets too', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.addWorksheet('Survey').getCell('A1').value = 'Q1';
        workbook.addWorksheet('Codes', { state: 'hidden' }).getCell('A1').value = 'EUR';
        workbook.addWorksheet('Internal', { state: 'veryHidden' }).getCell('A1').value = 'v2';
      });
      const { sheets } = await readXlsx(bytes);
      expect(sheets.map((sheet) => [sheet.name, cellAt(sheet, 1, 1)])).toEqual([
        ['Survey', text('Q1')],
        ['Codes', text('EUR')],
        ['Internal', text('v2')],
      ]);
    });

    it('keeps an empty sheet (with no rows) when another sheet has content', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.addWorksheet('Instructions');
        workbook.addWorksheet('Survey').getCell('A1').value = 'Q1';
      });
      const { sheets } = await readXlsx(bytes);
      expect(sheets.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
        ['Instructions', 0],
        ['Survey', 1],
      ]);
    });

    it('reads an ArrayBuffer as well as a Uint8Array', async () => {
      const bytes = await xlsxBytes((workbook) => {
        workbook.addWorksheet('Survey').getCell('A1').value = 'Q1';
      });
      const arrayBuffer = new Uint8Array(bytes).buffer;
      expect(await readXlsx(arrayBuffer)).toEqual(await readXlsx(bytes));
    });
  });
});
