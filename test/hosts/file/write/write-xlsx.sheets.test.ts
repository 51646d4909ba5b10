import type ExcelJS from 'exceljs';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { unusable, withPart, xlsxBytes } from '../xlsx-fixtures';
import {
  attributeValues,
  chartsSheet,
  loadWithExcelJS,
  markedOwned,
  partNames,
  partText,
  plan,
  SUMMARY_AND_CHARTS,
  summarySheet,
  usersWorkbook,
} from './write-fixtures';

const ownedFlags = async (bytes: Uint8Array) => (await readXlsx(bytes)).sheets.map(({ name, owned }) => [name, owned ?? false]);

describe('writeXlsx: the plan’s sheets join the workbook as the add-in’s own', () => {
  it('adds the plan’s sheets after the user’s, in plan order, and only those are marked owned', async () => {
    const written = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    expect(await ownedFlags(written)).toEqual([
      ['Responses', false],
      ['Notes', false],
      ['Summary', true],
      ['Charts', true],
    ]);
  });

  it('marks each sheet by a hidden name scoped to it (localSheetId = its position) pointing at its A1', async () => {
    const workbookXml = await partText(await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS), 'xl/workbook.xml');
    expect(workbookXml).toContain(`<definedName name="_wcoSurveyOwned" localSheetId="2" hidden="1">'Summary'!$A$1</definedName>`);
    expect(workbookXml).toContain(`<definedName name="_wcoSurveyOwned" localSheetId="3" hidden="1">'Charts'!$A$1</definedName>`);
  });

  it('keeps definedNames where the schema puts it: after sheets, before calcPr', async () => {
    const workbookXml = await partText(await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS), 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<\/sheets><definedNames>.*<\/definedNames><calcPr/);
  });

  it('gives new sheets fresh sheet ids and relationship ids', async () => {
    const written = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    const workbookXml = await partText(written, 'xl/workbook.xml');
    const rels = await partText(written, 'xl/_rels/workbook.xml.rels');
    const sheetIds = attributeValues(workbookXml, 'sheet', 'sheetId');
    const relationshipIds = attributeValues(rels, 'Relationship', 'Id');
    expect(new Set(sheetIds).size).toBe(4);
    expect(new Set(relationshipIds).size).toBe(relationshipIds.length);
    expect(attributeValues(workbookXml, 'sheet', 'r:id').every((id) => relationshipIds.includes(id))).toBe(true);
  });

  it('replaces the only sheet of a workbook that holds nothing but the add-in’s sheet', async () => {
    const onlyOwned = await markedOwned(await xlsxBytes((workbook) => workbook.addWorksheet('Summary')), 0, 'Summary');
    const written = await writeXlsx(onlyOwned, plan(summarySheet()));
    expect(await ownedFlags(written)).toEqual([['Summary', true]]);
  });
});

describe('writeXlsx: a re-run replaces the add-in’s own sheets, and only them', () => {
  it('replaces an owned sheet of the same name: no duplicate sheet, the new content in it', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const retitled = summarySheet({ blocks: [{ top: 1, left: 1, rows: [['Second run']], style: 'title' }] });
    const second = await writeXlsx(first, plan(retitled));
    const workbook = await loadWithExcelJS(second);
    expect(workbook.worksheets.map(({ name }) => name)).toEqual(['Responses', 'Notes', 'Summary']);
    expect(workbook.getWorksheet('Summary')!.getCell('A1').value).toBe('Second run');
  });

  it('matches the owned sheet’s name ignoring case, as Excel does, and writes the plan’s spelling', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const renamed = await withPart(first, 'xl/workbook.xml', (xml) => xml.replace('name="Summary"', 'name="SUMMARY"'));
    const written = await writeXlsx(renamed, plan(summarySheet()));
    expect(await ownedFlags(written)).toEqual([
      ['Responses', false],
      ['Notes', false],
      ['Summary', true],
    ]);
  });

  it('keeps owned sheets the plan does not name, still marked as owned', async () => {
    const first = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    const second = await writeXlsx(first, plan(summarySheet()));
    expect(await ownedFlags(second)).toEqual([
      ['Responses', false],
      ['Notes', false],
      ['Charts', true],
      ['Summary', true],
    ]);
  });

  it('renumbers the sheet-scoped names and views of the sheets after a replaced one', async () => {
    const summaryInTheMiddle = await markedOwned(
      await usersWorkbook((workbook) => {
        workbook.addWorksheet('Summary').getCell('A1').value = 'last run';
        workbook.addWorksheet('Appendix').pageSetup.printArea = 'A1:B2';
        workbook.views = [{ activeTab: 3 } as ExcelJS.WorkbookView];
      }),
      2,
      'Summary',
    );
    const written = await writeXlsx(summaryInTheMiddle, plan(summarySheet()));
    const workbookXml = await partText(written, 'xl/workbook.xml');
    expect(attributeValues(workbookXml, 'sheet', 'name')).toEqual(['Responses', 'Notes', 'Appendix', 'Summary']);
    expect(attributeValues(workbookXml, 'definedName', 'localSheetId')).toEqual(['2', '3']);
    expect(attributeValues(workbookXml, 'workbookView', 'activeTab')).toEqual(['2']);
    const workbook = await loadWithExcelJS(written);
    expect(workbook.getWorksheet('Appendix')!.pageSetup.printArea).toBe('A1:B2');
  });

  it('writing the same plan again gives the very same bytes: no duplicate sheets, tables, charts or names', async () => {
    const first = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    const second = await writeXlsx(first, SUMMARY_AND_CHARTS);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(await partNames(second, /^xl\/(worksheets|tables|drawings|charts)\/[^/]+$/)).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/tables/table1.xml',
      'xl/tables/table2.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
  });

  it('the same input and plan always give the same bytes', async () => {
    const input = await usersWorkbook();
    const [once, again] = await Promise.all([writeXlsx(input, SUMMARY_AND_CHARTS), writeXlsx(input, SUMMARY_AND_CHARTS)]);
    expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
  });
});

describe('writeXlsx: a user’s sheet is never overwritten', () => {
  it.each([
    ['with the plan sheet’s name', 'Summary'],
    ['whose name differs only by case', 'summary'],
  ])('a user sheet %s stops the write with sheet-name-taken', async (_, name) => {
    const input = await usersWorkbook((workbook) => {
      workbook.addWorksheet(name).getCell('A1').value = 'my own notes';
    });
    const copy = Uint8Array.from(input);
    const error = await unusable(writeXlsx(input, SUMMARY_AND_CHARTS));
    expect(error.reason).toBe('sheet-name-taken');
    expect(error.params).toEqual({ sheet: name });
    expect(Buffer.from(input).equals(Buffer.from(copy))).toBe(true);
  });

  it('a sheet marked owned for another position does not make a same-named user sheet the add-in’s', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(chartsSheet()));
    const userSummary = await withPart(first, 'xl/workbook.xml', (xml) => xml.replace('name="Notes"', 'name="Summary"'));
    expect((await unusable(writeXlsx(userSummary, plan(summarySheet())))).reason).toBe('sheet-name-taken');
  });
});
