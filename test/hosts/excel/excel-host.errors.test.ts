import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { ExcelHostError, excelHostMessage, fromExcel } from '../../../src/hosts/excel/excel-errors';
import { REQUIRED_EXCEL_API } from '../../../src/hosts/excel/requirements';
import { richApiError } from './strict-excel/errors';
import { strictExcel } from './strict-excel';
import { PLAN, workbookFingerprint } from './plans';
import { modelOf } from './workbooks';

const workbook = () => strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }));

async function failure(promise: Promise<unknown>): Promise<ExcelHostError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ExcelHostError)) throw new Error(`expected an ExcelHostError, got ${String(error)}`);
  return error;
}

describe('what Excel refuses, said so that the user can act', () => {
  it('a cell being edited: finish editing, then try again', async () => {
    const excel = workbook();
    excel.model.cellEditMode = true;
    const error = await failure(new ExcelHost(excel.office).write(PLAN));
    expect(error.problem).toBe('cell-edit-mode');
    expect(excelHostMessage(error, 'en')).toBe('Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.');
    expect(excelHostMessage(error, 'fr')).toMatch(/^Excel est en train de modifier une cellule/);
  });

  it('a protected workbook structure: nothing is written', async () => {
    const excel = workbook();
    excel.model.structureProtected = true;
    const before = workbookFingerprint(excel.model);
    const error = await failure(new ExcelHost(excel.office).write(PLAN));
    expect(error.problem).toBe('workbook-protected');
    expect(workbookFingerprint(excel.model)).toEqual(before);
    expect(excelHostMessage(error, 'fr')).toMatch(/structure du classeur est protégée/);
  });

  it('an Excel too old for the host: names what needs a newer one', async () => {
    const excel = strictExcel(workbook().model, '1.6');
    const error = await failure(new ExcelHost(excel.office).read());
    expect(error).toEqual(new ExcelHostError('newer-excel-needed', { task: 'read', version: REQUIRED_EXCEL_API }));
    expect(excelHostMessage(error, 'en')).toBe(
      'Reading the workbook needs a newer Excel (Excel JavaScript API 1.7): Excel 2019 or later, Microsoft 365, or Excel on the web.',
    );
    expect(excel.meter.syncs).toBe(0);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large'],
    ['AccessDenied', 'protected'],
    ['ItemAlreadyExists', 'name-taken'],
    ['ItemNotFound', 'sheet-missing'],
    ['GeneralException', 'excel-failed'],
  ])('RichApi.Error %s is %s, with a message in English and in French', (code, problem) => {
    const error = fromExcel(richApiError(code, `${code} happened\nat line 1`)) as ExcelHostError;
    expect(error.problem).toBe(problem);
    expect(error.params).toEqual({ code, detail: `${code} happened` });
    for (const lang of ['en', 'fr'] as const) expect(excelHostMessage(error, lang)).not.toMatch(/undefined/);
  });

  it('takes its problem’s parameters', () => {
    // @ts-expect-error: the task is a step the messages name
    const wrong = new ExcelHostError('newer-excel-needed', { task: 'print', version: REQUIRED_EXCEL_API });
    // @ts-expect-error: excel-failed says what Excel said
    const bare = new ExcelHostError('excel-failed');
    expect([wrong.params, bare.params]).toEqual([{ task: 'print', version: REQUIRED_EXCEL_API }, {}]);
  });

  it('the add-in’s own errors pass through unchanged', () => {
    const own = new Error('a bug');
    expect(fromExcel(own)).toBe(own);
  });
});

describe('going to an issue’s cell', () => {
  it('activates its sheet and selects the cell, in one request', async () => {
    const excel = strictExcel(
      modelOf({
        sheets: [
          { name: 'Responses', rows: [['Member']] },
          { name: 'Zambia', rows: [['WCO integrity survey submission']] },
        ],
      }),
    );
    await new ExcelHost(excel.office).goTo({ sheet: 'Zambia', cell: 'C12' });
    expect(excel.model.active?.name).toBe('Zambia');
    expect(excel.model.selection).toMatchObject({ row: 11, column: 2, rows: 1, columns: 1 });
    expect(excel.meter.syncs).toBe(1);
  });

  it('says the sheet is gone when it is', async () => {
    const error = await failure(new ExcelHost(workbook().office).goTo({ sheet: 'Zambia', cell: 'C12' }));
    expect(excelHostMessage(error, 'en')).toBe('The sheet “Zambia” no longer exists. Run the check again.');
  });
});
