import type { WorkbookPlan } from '../../../src/core/report/plan';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { XlsxHost } from '../../../src/hosts/file/xlsx-host';
import { strictExcel } from './strict-excel';
import { PLAN, workbookFingerprint } from './plans';
import { modelOf, xlsxOf, type BookSpec } from './workbooks';

/** The plan contract is both hosts' last guard: a plan one refuses, the other refuses, with the same error, before writing. */

const USERS: BookSpec = { sheets: [{ name: 'Responses', rows: [['Member'], ['France']], table: 'Responses' }] };
const [summary, charts] = PLAN.sheets;

async function refusal(write: Promise<void>): Promise<unknown> {
  return write.then(
    () => new Error('expected the write to be refused'),
    (error: unknown) => error,
  );
}

describe('a plan that breaks the plan contract, through either host', () => {
  it.each<[string, WorkbookPlan]>([
    ['a sheet name Excel does not accept', { sheets: [{ ...summary, name: 'Summary: 1998' }, charts] }],
    ['a sheet name over 31 characters', { sheets: [summary, { ...charts, name: 'Charts of the survey of integrity practices' }] }],
    ['a table name Excel does not accept', { sheets: [{ ...summary, tables: [{ ...summary.tables[0], name: 'Survey Summary' }] }, charts] }],
    ['two sheets whose names differ only by case', { sheets: [summary, { ...charts, name: 'SUMMARY' }] }],
  ])('is refused with the same error, nothing written: %s', async (_, broken) => {
    const excel = strictExcel(modelOf(USERS));
    const before = workbookFingerprint(excel.model);
    const [fromExcel, fromFile] = [await refusal(new ExcelHost(excel.office).write(broken)), await refusal(new XlsxHost(await xlsxOf(USERS)).write(broken))];
    expect(fromExcel).toEqual(fromFile);
    expect(fromExcel).toMatchObject({ name: 'Error', message: expect.stringMatching(/^Cannot write the plan: /) });
    expect([excel.meter.syncs, workbookFingerprint(excel.model)]).toEqual([0, before]);
  });
});
