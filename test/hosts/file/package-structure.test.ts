import type { UnusableReason } from '../../../src/core/errors';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { unusable, withPart, xlsxBytes, zipOf } from './xlsx-fixtures';

/** Checked before ExcelJS reads a package, which would read each of these as empty, or as blanks. */

const survey = () =>
  xlsxBytes((workbook) => {
    workbook.addWorksheet('Responses').addRow(['Member', 'F1']);
    workbook.getWorksheet('Responses')?.addRow(['Japan', 'Yes']);
    workbook.addWorksheet('Notes').getCell('A1').value = 'checked';
  });

async function failure(bytes: Uint8Array): Promise<[UnusableReason, unknown]> {
  const { reason, params } = await unusable(readXlsx(bytes));
  return [reason, 'detail' in params ? params.detail : undefined];
}

describe('the package a workbook must be', () => {
  it.each<[string, () => Promise<Uint8Array>]>([
    ['a zip of documents', () => zipOf({ 'readme.txt': 'hello' })],
    ['an OpenDocument spreadsheet', () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })],
    ['a Word document', () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
  ])('%s, with no spreadsheet part, is not an .xlsx', async (_, bytes) => {
    expect((await failure(await bytes()))[0]).toBe('not-xlsx');
  });

  it.each<[string, (bytes: Uint8Array) => Promise<Uint8Array>, string]>([
    ['no [Content_Types].xml', (bytes) => withPart(bytes, '[Content_Types].xml', () => null), '[Content_Types].xml is missing'],
    ['a sheet without its part', (bytes) => withPart(bytes, 'xl/worksheets/sheet2.xml', () => null), 'the sheet “Notes” has no part xl/worksheets/sheet2.xml'],
    ['shared-string cells without the shared strings', (bytes) => withPart(bytes, 'xl/sharedStrings.xml', () => null), 'xl/sharedStrings.xml is missing'],
    [
      'two sheets of one name, whatever the case',
      (bytes) => withPart(bytes, 'xl/workbook.xml', (xml) => xml.replace('name="Notes"', 'name="RESPONSES"')),
      'two sheets are named “RESPONSES”',
    ],
  ])('%s is a damaged package', async (_, damage, detail) => {
    expect(await failure(await damage(await survey()))).toEqual(['corrupt-xlsx', detail]);
  });

  it('a workbook of inline strings needs no shared strings part', async () => {
    const inline = await withPart(await survey(), 'xl/worksheets/sheet2.xml', (xml) =>
      xml.replace(/<c r="A1" t="s"><v>\d+<\/v><\/c>/, '<c r="A1" t="inlineStr"><is><t>checked</t></is></c>'),
    );
    const noStrings = await withPart(inline, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/ t="s"><v>\d+<\/v>/g, '><v>1</v>'));
    const bytes = await withPart(noStrings, 'xl/sharedStrings.xml', () => null);
    expect((await readXlsx(bytes)).sheets[1].rows).toEqual([[{ kind: 'text', text: 'checked' }]]);
  });
});
