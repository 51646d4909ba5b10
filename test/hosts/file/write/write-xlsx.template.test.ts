import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { unusable } from '../xlsx-fixtures';
import { loadWithExcelJS, markedOwned, partText, plan, summarySheet, surveySummaryTable, templateSheet, usersWorkbook } from './write-fixtures';

/** A submission template as the file host writes it: protected, with dropdowns and hidden columns, the user's to keep. */

const SHEET_PART = 'xl/worksheets/sheet3.xml';

async function writtenTemplate() {
  const bytes = await writeXlsx(await usersWorkbook(), plan(templateSheet()));
  return { bytes, sheet: (await loadWithExcelJS(bytes)).getWorksheet('Submission')! };
}

describe('writeXlsx: a protected sheet', () => {
  it('is protected without a password: cells, drawings and scenarios', async () => {
    const { bytes, sheet } = await writtenTemplate();
    // ExcelJS reads it but does not type it; `objects: false` is its way of saying objects are protected.
    const { sheetProtection } = sheet as unknown as { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true, objects: false, scenarios: false });
    expect(sheetProtection).not.toHaveProperty('algorithmName');
    expect(await partText(bytes, SHEET_PART)).toContain('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  });

  it('leaves only the editable cells unlocked, empty ones included, each keeping its number format and font', async () => {
    const { sheet } = await writtenTemplate();
    const locked = (address: string) => [address, sheet.getCell(address).protection?.locked ?? true];
    expect(['C2', 'C3', 'C5', 'C8'].map(locked)).toEqual(['C2', 'C3', 'C5', 'C8'].map((address) => [address, false]));
    expect(['A1', 'A2', 'B5', 'C4', 'C9', 'D5'].map(locked)).toEqual(['A1', 'A2', 'B5', 'C4', 'C9', 'D5'].map((address) => [address, true]));
    expect(sheet.getCell('C3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('C3').value).toEqual(new Date(Date.UTC(1998, 2, 1)));
    expect(sheet.getCell('C5').value).toBeNull();
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
  });

  it('puts sheetProtection and dataValidations where the schema orders them', async () => {
    const xml = await partText((await writtenTemplate()).bytes, SHEET_PART);
    const order = ['<cols>', '<sheetData>', '<sheetProtection', '<dataValidations', '<pageMargins', '<pageSetup'].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });

  it('is not protected unless the plan says so', async () => {
    const { protection: _protection, ...unprotected } = templateSheet();
    const xml = await partText(await writeXlsx(await usersWorkbook(), plan(unprotected)), SHEET_PART);
    expect(xml).not.toContain('sheetProtection');
    expect(xml).not.toContain('locked');
  });
});

describe('writeXlsx: dropdowns', () => {
  it('offer an inline list, quoted, allowing a blank, prompting and refusing with the plan’s words', async () => {
    const { sheet } = await writtenTemplate();
    for (const address of ['C5', 'C8']) {
      expect(sheet.getCell(address).dataValidation).toEqual({
        type: 'list',
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        formulae: ['"Yes,No"'],
        promptTitle: 'Answer & <choice>',
        prompt: 'Choose "Yes" or "No".',
        errorTitle: 'Answer & <choice>',
        error: 'Choose "Yes" or "No".',
      });
    }
    expect(sheet.getCell('C9').dataValidation).toBeUndefined();
  });

  it('offer a column of the same sheet by its absolute address', async () => {
    const { bytes, sheet } = await writtenTemplate();
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['$Z$1:$Z$3'], showErrorMessage: true });
    expect(await partText(bytes, SHEET_PART)).toContain(
      '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2">',
    );
  });
});

describe('writeXlsx: hidden columns', () => {
  it('are hidden with the plan’s width, or the default one: a column without a width would unhide zero wide', async () => {
    const { bytes, sheet } = await writtenTemplate();
    expect([sheet.getColumn(26).hidden, sheet.getColumn(26).width]).toEqual([true, 24]);
    expect([sheet.getColumn(27).hidden, sheet.getColumn(27).width]).toEqual([true, 9.140625]);
    expect([sheet.getColumn(2).hidden, sheet.getColumn(2).width]).toEqual([false, 40]);
    expect(await partText(bytes, SHEET_PART)).toContain(
      '<cols><col min="2" max="2" width="40" customWidth="1"/><col min="26" max="26" width="24" customWidth="1" hidden="1"/><col min="27" max="27" width="9.140625" hidden="1"/></cols>',
    );
  });
});

describe('writeXlsx: an input sheet', () => {
  it('is added after the others, not marked as the add-in’s, and read back as the user’s', async () => {
    const { bytes } = await writtenTemplate();
    expect(await partText(bytes, 'xl/workbook.xml')).not.toContain('_wcoSurveyOwned');
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets.map(({ name, owned }) => [name, owned ?? false])).toEqual([
      ['Responses', false],
      ['Notes', false],
      ['Submission', false],
    ]);
  });

  it('goes along with output sheets, which alone are marked', async () => {
    const bytes = await writeXlsx(await usersWorkbook(), plan(summarySheet(), templateSheet()));
    expect((await readXlsx(bytes)).sheets.map(({ name, owned }) => [name, owned ?? false]).slice(2)).toEqual([
      ['Summary', true],
      ['Submission', false],
    ]);
  });

  it.each([
    ['the template written before: a re-run never replaces it', async () => (await writtenTemplate()).bytes],
    ['a user’s sheet', () => usersWorkbook((workbook) => void workbook.addWorksheet('SUBMISSION'))],
    ['even a sheet of the add-in’s own', async () => markedOwned(await usersWorkbook((workbook) => void workbook.addWorksheet('Submission')), 2, 'Submission')],
  ])('stops the write on a sheet of its name: %s', async (_, input) => {
    const bytes = await input();
    const error = await unusable(writeXlsx(bytes, plan(summarySheet(), templateSheet())), 'sheet-name-taken');
    expect(error.reason).toBe('sheet-name-taken');
    expect(error.params.sheet.toLowerCase()).toBe('submission');
  });

  it('stops the write when one of its tables has the name of a table of the workbook', async () => {
    const withTable = templateSheet({ tables: [surveySummaryTable({ name: 'Responses', top: 12 })] });
    const error = await unusable(writeXlsx(await usersWorkbook(), plan(withTable)));
    expect([error.reason, error.params]).toEqual(['table-name-taken', { table: 'Responses', sheet: 'Responses' }]);
  });
});

describe('writeXlsx: cells to fill in (`input`)', () => {
  const withInputs = () => templateSheet({ blocks: [...templateSheet().blocks, { top: 5, left: 3, rows: [[null], [null], ['Yes'], [null]], style: 'input' }] });

  it('are shaded and boxed, blank ones too, and stay unlocked on the protected sheet', async () => {
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(withInputs())))).getWorksheet('Submission')!;
    for (const address of ['C5', 'C6', 'C7', 'C8']) {
      expect(sheet.getCell(address).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' }, bgColor: { indexed: 64 } });
      const thin = { style: 'thin', color: { argb: 'FF7F7F7F' } };
      expect(sheet.getCell(address).border).toMatchObject({ top: thin, bottom: thin, left: thin, right: thin });
      expect(sheet.getCell(address).protection?.locked).toBe(false);
    }
    expect([sheet.getCell('C5').value, sheet.getCell('C7').value]).toEqual([null, 'Yes']);
    expect(sheet.getCell('C4').fill).toBeUndefined();
    expect(sheet.getCell('B5').border).toBeUndefined();
  });

  it('read back as the values they hold: a blank input cell is no answer', async () => {
    const snapshot = await readXlsx(await writeXlsx(await usersWorkbook(), plan(withInputs())));
    const rows = snapshot.sheets.find((s) => s.name === 'Submission')!.rows;
    expect(rows.slice(4, 8).map((r) => r[2] ?? null)).toEqual([null, null, { kind: 'text', text: 'Yes' }, null]);
  });
});
