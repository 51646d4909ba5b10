import { WorkbookUnusableError } from '../../../src/core/errors';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { ExcelHostError } from '../../../src/hosts/excel/excel-errors';
import { strictExcel, type StrictExcel } from './strict-excel';
import { fingerprint, PLAN, workbookFingerprint } from './plans';
import { modelOf, type SheetSpec } from './workbooks';
import { rejection, writes } from './requests';

const RESPONSES: SheetSpec = {
  name: 'Responses',
  rows: [
    ['Member', 'F1'],
    ['France', 'Yes'],
  ],
  table: 'Answers',
};

function workbookWith(...sheets: SheetSpec[]): StrictExcel {
  return strictExcel(modelOf({ sheets: [RESPONSES, ...sheets] }));
}

const hostOf = (excel: StrictExcel) => new ExcelHost(excel.office);
const names = (excel: StrictExcel) => excel.model.sheets.map((s) => s.name);
const owned = (excel: StrictExcel) => excel.model.sheets.filter((s) => s.names.length > 0).map((s) => s.name);

describe('the sheets a write replaces', () => {
  it('are the add-in’s own sheets of the plan’s names, whatever their case', async () => {
    const excel = workbookWith({ name: 'summary', rows: [['Old figures', 1]], owned: true });
    const responses = fingerprint(excel.model.sheets[0]);
    await hostOf(excel).write(PLAN);
    expect(names(excel)).toEqual(['Responses', 'Summary', 'Charts']);
    expect(excel.model.sheet('Summary')!.valueAt(0, 0)).toBe('Section');
    expect(fingerprint(excel.model.sheets[0])).toBe(responses);
  });

  it('never include a user’s sheet: a plan that names one stops before anything is written', async () => {
    const excel = workbookWith({ name: 'Summary', rows: [['My own notes']] });
    const before = workbookFingerprint(excel.model);
    const error = await rejection(hostOf(excel).write(PLAN));
    expect(error).toEqual(new WorkbookUnusableError('sheet-name-taken', { sheet: 'Summary' }));
    expect(workbookFingerprint(excel.model)).toEqual(before);
    expect(writes(excel)).toEqual([]);
  });

  it('never include a user’s table: its name in the plan stops the write', async () => {
    const excel = strictExcel(modelOf({ sheets: [{ ...RESPONSES, table: 'SurveySummary' }] }));
    const error = await rejection(hostOf(excel).write(PLAN));
    expect(error).toEqual(new WorkbookUnusableError('table-name-taken', { table: 'SurveySummary', sheet: 'Responses' }));
    expect(writes(excel)).toEqual([]);
  });

  it('leave the user’s sheets alone, so that a protected one never stops a write', async () => {
    const excel = workbookWith();
    excel.model.sheets[0].protected = true;
    await hostOf(excel).write(PLAN);
    expect(names(excel)).toEqual(['Responses', 'Summary', 'Charts']);
  });

  it('leave the add-in’s other sheets alone', async () => {
    const excel = workbookWith({ name: 'Regions', rows: [['From an earlier run']], owned: true });
    await hostOf(excel).write(PLAN);
    expect(names(excel)).toEqual(['Responses', 'Regions', 'Summary', 'Charts']);
  });

  it('follow the add-in’s mark through a rename', async () => {
    const excel = workbookWith();
    await hostOf(excel).write(PLAN);
    await excel.office.run(async (context) => {
      context.workbook.worksheets.getItem('Summary').name = 'Summary 1998';
      await context.sync();
    });
    const snapshot = await hostOf(excel).read();
    expect(snapshot.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([
      ['Responses', false],
      ['Summary 1998', true],
      ['Charts', true],
    ]);
    await hostOf(excel).write({ sheets: PLAN.sheets.slice(1) });
    expect(names(excel)).toEqual(['Responses', 'Summary 1998', 'Charts']);
  });

  it('are replaced once: writing the same plan twice leaves one of each sheet, table and chart', async () => {
    const excel = workbookWith();
    await hostOf(excel).write(PLAN);
    const once = workbookFingerprint(excel.model);
    await hostOf(excel).write(PLAN);
    expect(workbookFingerprint(excel.model)).toEqual(once);
    expect(excel.model.tables().map((t) => t.name)).toEqual(['Answers', 'SurveySummary']);
    expect(excel.model.sheets.flatMap((s) => s.charts)).toHaveLength(1);
  });
});

describe('a write that fails part-way', () => {
  it('keeps the previous sheets and leaves none of its own behind', async () => {
    const excel = workbookWith({ name: 'Summary', rows: [['Old figures', 1]], owned: true });
    const before = workbookFingerprint(excel.model);
    excel.meter.failNext('TableCollection.add');
    const error = await rejection(hostOf(excel).write(PLAN));
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).problem).toBe('excel-failed');
    expect(workbookFingerprint(excel.model)).toEqual(before);
  });

  it('leaves no half-written sheet when Excel fails while the new sheets take their names', async () => {
    const excel = workbookWith({ name: 'Summary', rows: [['Old figures', 1]], owned: true });
    const responses = fingerprint(excel.model.sheets[0]);
    excel.meter.failNext('Worksheet.name=', { pass: 1 });
    await rejection(hostOf(excel).write(PLAN));
    expect(names(excel)).toEqual(['Responses']);
    expect(fingerprint(excel.model.sheets[0])).toBe(responses);
  });

  it('that could not clean up leaves hidden sheets of its own, which the next write deletes', async () => {
    const excel = workbookWith();
    excel.meter.failNext('TableCollection.add');
    excel.meter.failNext('WorksheetCollection.load', { pass: 1 });
    await rejection(hostOf(excel).write(PLAN));
    expect(excel.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Responses', 'Visible'],
      ['~wcoNew1', 'Hidden'],
      ['~wcoNew2', 'Hidden'],
    ]);
    await hostOf(excel).write(PLAN);
    expect(names(excel)).toEqual(['Responses', 'Summary', 'Charts']);
    expect(owned(excel)).toEqual(['Summary', 'Charts']);
  });

  it('leaves a user’s sheet that happens to have a staging name alone', async () => {
    const excel = workbookWith({ name: '~wcoNew1', rows: [['Mine']], hidden: true });
    await hostOf(excel).write(PLAN);
    expect(names(excel)).toEqual(['Responses', '~wcoNew1', 'Summary', 'Charts']);
  });
});
