import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { withPart, xlsxBytes } from './xlsx-fixtures';

/** What the reader tells the check beyond the values: hidden columns, merged areas, formulas never calculated. */
describe('readXlsx: what a sheet shows besides its values', () => {
  it('names the hidden columns, each of a `<col>` span', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Responses');
      sheet.addRow(['Member', 'F1', 'F1', 'F2']);
      sheet.getColumn(2).hidden = true;
    });
    const spanned = await withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<cols>.*<\/cols>/, '<cols><col min="2" max="2" hidden="1"/><col min="6" max="8" hidden="true"/></cols>'),
    );
    expect((await readXlsx(spanned)).sheets[0].hiddenColumns).toEqual([2, 6, 7, 8]);
  });

  it('names the hidden rows', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Responses');
      ['Member', 'Kenya', 'Ghana', 'Malta'].forEach((name) => sheet.addRow([name]));
    });
    const hidden = await withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('<row r="2"', '<row r="2" hidden="1"').replace('<row r="4"', '<row r="4" hidden="true"'),
    );
    expect((await readXlsx(hidden)).sheets[0].hiddenRows).toEqual([2, 4]);
    expect((await readXlsx(bytes)).sheets[0].hiddenRows).toBeUndefined();
  });

  it('gives the merged areas, their value in the top-left cell only', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Responses');
      sheet.addRow(['Member', 'F1', 'F2']);
      sheet.addRow(['Kenya', 'Yes', 'Yes']);
      sheet.mergeCells('B2:C2');
    });
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.merged).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
    expect(sheet.rows[1]).toEqual([
      { kind: 'text', text: 'Kenya' },
      { kind: 'text', text: 'Yes' },
    ]);
  });

  it('names the cells holding a formula saved without its value, and reads them as empty', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Responses');
      sheet.addRow(['Member', 'Received']);
      sheet.addRow(['Kenya', 35856]);
    });
    const uncalculated = await withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<c r="B2"([^>]*)><v>35856<\/v><\/c>/, '<c r="B2"$1><f>DATE(1998,3,2)</f></c>')
        .replace('<c r="A2"', '<c r="C2"><f t="shared" ref="C2:C2" si="0">A2</f><v></v></c><c r="A2"'),
    );
    const [sheet] = (await readXlsx(uncalculated)).sheets;
    expect(sheet.uncalculated).toEqual(['C2', 'B2']);
    expect(sheet.rows[1]).toEqual([{ kind: 'text', text: 'Kenya' }]);
  });

  it('says nothing of what a sheet does not have', async () => {
    const [sheet] = (await readXlsx(await xlsxBytes((workbook) => workbook.addWorksheet('Responses').addRow(['Member'])))).sheets;
    expect(Object.keys(sheet).sort()).toEqual(['name', 'rows', 'tables']);
  });
});
