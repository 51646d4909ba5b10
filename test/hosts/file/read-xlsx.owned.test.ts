import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { withPart, xlsxBytes } from './xlsx-fixtures';

/** A workbook of three sheets, with `names` put in its workbook part as another producer would. */
async function workbookWithNames(names: string): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    for (const name of ['Responses', 'Summary', 'Charts']) workbook.addWorksheet(name).getCell('A1').value = name;
  });
  return withPart(bytes, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`));
}

const ownedSheets = async (bytes: Uint8Array) => (await readXlsx(bytes)).sheets.filter(({ owned }) => owned).map(({ name }) => name);

describe('readXlsx: sheets the add-in owns', () => {
  it.each<[string, string, string[]]>([
    ['the hidden name scoped to a sheet marks it', '<definedName name="_wcoSurveyOwned" localSheetId="1" hidden="1">Summary!$A$1</definedName>', ['Summary']],
    [
      'each sheet carries its own mark',
      '<definedName name="_wcoSurveyOwned" localSheetId="1" hidden="1">Summary!$A$1</definedName><definedName name="_wcoSurveyOwned" localSheetId="2" hidden="1">Charts!$A$1</definedName>',
      ['Summary', 'Charts'],
    ],
    [
      'the scope decides, not where the name points',
      `<definedName name="_wcoSurveyOwned" localSheetId="2" hidden="1">'Summary'!$A$1</definedName>`,
      ['Charts'],
    ],
    ['a workbook-wide name of that name marks nothing', '<definedName name="_wcoSurveyOwned" hidden="1">Summary!$A$1</definedName>', []],
    ['another sheet-scoped name marks nothing', '<definedName name="_xlnm.Print_Area" localSheetId="1">Summary!$A$1:$B$2</definedName>', []],
  ])('%s', async (_, names, owned) => {
    expect(await ownedSheets(await workbookWithNames(names))).toEqual(owned);
  });

  it('a sheet without the mark has no owned flag at all', async () => {
    const { sheets } = await readXlsx(await workbookWithNames('<definedName name="x">Responses!$A$1</definedName>'));
    expect(sheets.map((sheet) => 'owned' in sheet)).toEqual([false, false, false]);
  });
});
