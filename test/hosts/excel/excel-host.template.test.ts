import { WorkbookUnusableError } from '../../../src/core/errors';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/report/plan';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { columnPoints } from '../../../src/hosts/excel/write/sheet-look';
import { strictExcel, type StrictExcel } from './strict-excel';
import { PLAN, TEMPLATE, workbookFingerprint } from './plans';
import { modelOf, type SheetSpec } from './workbooks';

/** A protected sheet with dropdowns and hidden columns, written through Office.js; and a sheet the user keeps. */

const RESPONSES: SheetSpec = { name: 'Responses', rows: [['Member'], ['France']] };
const WITH_TEMPLATE: WorkbookPlan = { sheets: [...PLAN.sheets, TEMPLATE] };

const workbookWith = (...sheets: SheetSpec[]) => strictExcel(modelOf({ sheets: [RESPONSES, ...sheets] }));
const hostOf = (excel: StrictExcel) => new ExcelHost(excel.office);
const labels = (excel: StrictExcel) => excel.meter.requests.flatMap((r) => r.labels);
const writes = (excel: StrictExcel) => labels(excel).filter((label) => !/\.(load|get)$/.test(label));

async function written(plan: WorkbookPlan = WITH_TEMPLATE, apiVersion?: string): Promise<StrictExcel> {
  const excel = strictExcel(modelOf({ sheets: [RESPONSES] }), apiVersion);
  await hostOf(excel).write(plan);
  return excel;
}

async function typed(excel: StrictExcel, address: string, value: string): Promise<void> {
  await excel.office.run(async (context) => {
    context.workbook.worksheets.getItem('Submission').getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('a protected sheet, through Office.js', () => {
  it('is protected without a password, only its editable cells unlocked', async () => {
    const sheet = (await written()).model.sheet('Submission')!;
    expect([sheet.protected, sheet.protectionPassword]).toEqual([true, undefined]);
    expect([...sheet.unlocked].sort()).toEqual(['1,2', '2,2', '4,2', '5,2', '6,2', '7,2']);
  });

  it('takes an answer typed into an answer cell, and refuses one typed over a label', async () => {
    const excel = await written();
    await typed(excel, 'C5', 'Yes');
    expect(excel.model.sheet('Submission')!.valueAt(4, 2)).toBe('Yes');
    await expect(typed(excel, 'B5', 'My own label')).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('is protected after every write to it, in three requests: Excel, as the double, refuses a write to a protected sheet', async () => {
    const excel = await written();
    const sheet = excel.model.sheet('Submission')!;
    expect(sheet.protected).toBe(true);
    expect(sheet.valueAt(TEMPLATE.blocks[0].top - 1, TEMPLATE.blocks[0].left - 1)).toBe(TEMPLATE.blocks[0].rows[0][0]);
    expect(excel.meter.syncs).toBe(3);
  });

  it('replaces the add-in’s own protected sheet on a re-run, in as many requests, with the same result', async () => {
    const protectedSummary: SheetPlan = { ...PLAN.sheets[0], protection: { editable: [{ top: 2, left: 4, bottom: 5, right: 4 }] } };
    const plan = { sheets: [protectedSummary] };
    const excel = await written(plan);
    const once = workbookFingerprint(excel.model);
    excel.meter.reset();
    await hostOf(excel).write(plan);
    expect(workbookFingerprint(excel.model)).toEqual(once);
    expect(excel.meter.syncs).toBe(4);
  });
});

describe('dropdowns, through Office.js', () => {
  it('list the plan’s answers inline, or a column of the sheet as a formula, with the prompt and a stop alert', async () => {
    const sheet = (await written()).model.sheet('Submission')!;
    const at = (row: number, rows: number) => expect.objectContaining({ sheet, row, column: 2, rows, columns: 1 });
    expect(sheet.validations).toEqual([
      { ref: at(1, 1), rule: { list: { inCellDropDown: true, source: '=$Z$1:$Z$3' } } },
      {
        ref: at(4, 4),
        rule: { list: { inCellDropDown: true, source: 'Yes,No' } },
        prompt: { showPrompt: true, title: 'Answer', message: 'Choose Yes or No.' },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Answer', message: 'Choose Yes or No.' },
      },
    ]);
  });

  it('are left out on ExcelApi 1.7, the sheet otherwise the same', async () => {
    const [full, older] = [await written(), await written(WITH_TEMPLATE, '1.7')];
    const [template, olderTemplate] = [full.model.sheet('Submission')!, older.model.sheet('Submission')!];
    expect(olderTemplate.validations).toEqual([]);
    expect(labels(older).some((label) => label.startsWith('DataValidation'))).toBe(false);
    expect([olderTemplate.values, olderTemplate.unlocked, olderTemplate.hiddenColumns, olderTemplate.protected]).toEqual([
      template.values,
      template.unlocked,
      template.hiddenColumns,
      true,
    ]);
    expect(older.meter.syncs).toBe(full.meter.syncs);
  });

  it('that Excel would refuse stop the write before anything is written', async () => {
    const excel = workbookWith();
    const tooLong = {
      ...TEMPLATE,
      validations: [{ range: { top: 5, left: 3, bottom: 8, right: 3 }, list: ['Yes'], prompt: { title: 'T'.repeat(33), message: 'm' } }],
    };
    await expect(hostOf(excel).write({ sheets: [tooLong] })).rejects.toThrow(/^Cannot write the plan: a dropdown of “Submission” has a prompt title over/);
    expect(excel.meter.syncs).toBe(0);
  });
});

describe('hidden columns, through Office.js', () => {
  it('are hidden, keeping their widths', async () => {
    const sheet = (await written()).model.sheet('Submission')!;
    expect([...sheet.hiddenColumns]).toEqual([25, 26]);
    expect(sheet.columnWidths.get(25)).toBe(columnPoints(24));
  });
});

describe('an input sheet, through Office.js', () => {
  it('is added after the others without the add-in’s mark, and read back as the user’s', async () => {
    const excel = await written();
    expect(excel.model.sheet('Submission')!.names).toEqual([]);
    const snapshot = await hostOf(excel).read();
    expect(snapshot.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([
      ['Responses', false],
      ['Summary', true],
      ['Charts', true],
      ['Submission', false],
    ]);
  });

  it.each<[string, () => Promise<StrictExcel>]>([
    ['the template written before: a re-run never replaces it', () => written()],
    ['a user’s sheet', async () => workbookWith({ name: 'SUBMISSION', rows: [['My notes']] })],
    ['even a sheet of the add-in’s own', async () => workbookWith({ name: 'Submission', rows: [['Old']], owned: true })],
  ])('stops the write on a sheet of its name, %s, before anything is written', async (_, existing) => {
    const excel = await existing();
    const before = workbookFingerprint(excel.model);
    excel.meter.reset();
    const error = await hostOf(excel)
      .write(WITH_TEMPLATE)
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(WorkbookUnusableError);
    expect((error as WorkbookUnusableError).reason).toBe('sheet-name-taken');
    expect(writes(excel)).toEqual([]);
    expect(workbookFingerprint(excel.model)).toEqual(before);
  });
});

describe('cells to fill in (`input`), through Office.js', () => {
  const ANSWERS: SheetPlan = { ...TEMPLATE, blocks: [...TEMPLATE.blocks, { top: 5, left: 3, rows: [[null], [null], ['Yes'], [null]], style: 'input' }] };
  const THIN = { style: 'Continuous', weight: 'Thin', color: '#7F7F7F' };

  it('are shaded and boxed, every side of every cell, blank ones too, and stay editable on the protected sheet', async () => {
    const excel = await written({ sheets: [...PLAN.sheets, ANSWERS] });
    const sheet = excel.model.sheet('Submission')!;
    for (const row of [4, 5, 6, 7]) {
      expect(sheet.fills.get(`${row},2`)).toBe('#FFF2CC');
      expect(sheet.borders.get(`${row},2`)).toEqual({ top: THIN, bottom: THIN, left: THIN, right: THIN });
      expect(sheet.unlocked.has(`${row},2`)).toBe(true);
    }
    expect([sheet.fills.get('4,1'), sheet.borders.get('3,2'), sheet.borders.get('8,2')]).toEqual([undefined, undefined, undefined]);
    await typed(excel, 'C5', 'No');
    expect(sheet.valueAt(4, 2)).toBe('No');
  });

  it('take no request of their own, and are shaded and boxed on the protected sheet', async () => {
    const excel = await written({ sheets: [...PLAN.sheets, ANSWERS] });
    expect(excel.meter.syncs).toBe(3);
    const sheet = excel.model.sheet('Submission')!;
    expect([sheet.protected, sheet.fills.get('4,2'), sheet.borders.get('4,2')]).toEqual([
      true,
      '#FFF2CC',
      { top: THIN, bottom: THIN, left: THIN, right: THIN },
    ]);
  });

  it('are the same after a re-run of the same plan', async () => {
    const plan = { sheets: [{ ...ANSWERS, role: 'output' as const }] };
    const excel = await written(plan);
    const once = workbookFingerprint(excel.model);
    await hostOf(excel).write(plan);
    expect(workbookFingerprint(excel.model)).toEqual(once);
  });
});
