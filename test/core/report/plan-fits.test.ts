import { WorkbookUnusableError } from '../../../src/core/errors';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/report/plan';
import { assertPlanFits } from '../../../src/core/report/plan-fits';
import type { SheetSnapshot, TableSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook } from '../../support/snapshot';

const sheetPlan = (name: string, overrides: Partial<SheetPlan> = {}): SheetPlan => ({ name, blocks: [], tables: [], charts: [], ...overrides });
const planOf = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets });
const owned = (snapshot: SheetSnapshot): SheetSnapshot => ({ ...snapshot, owned: true });
const tableOf = (name: string): TableSnapshot => ({ name, range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeaderRow: true, hasTotalsRow: false });
const failure = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the plan not to fit');
};

const TEMPLATE = sheetPlan('Submission', { role: 'input' });

describe('assertPlanFits', () => {
  it('lets an output sheet replace the add-in’s own sheet of its name, never a user’s', () => {
    expect(() => assertPlanFits(workbook(owned(sheet('summary', []))), planOf(sheetPlan('Summary')))).not.toThrow();
    expect(failure(() => assertPlanFits(workbook(sheet('Summary', [])), planOf(sheetPlan('Summary'))))).toEqual(
      new WorkbookUnusableError('sheet-name-taken', { sheet: 'Summary' }),
    );
  });

  it.each([
    ['a user’s sheet', sheet('SUBMISSION', [['My notes']])],
    ['a sheet of the add-in’s own', owned(sheet('Submission', []))],
  ])('stops an input sheet on any sheet of its name: %s', (_, existing) => {
    expect(failure(() => assertPlanFits(workbook(existing), planOf(sheetPlan('Summary'), TEMPLATE)))).toEqual(
      new WorkbookUnusableError('sheet-name-taken', { sheet: existing.name }),
    );
  });

  it('lets an input sheet in beside sheets of other names', () => {
    expect(() => assertPlanFits(workbook(sheet('Responses', []), owned(sheet('Summary', []))), planOf(sheetPlan('Summary'), TEMPLATE))).not.toThrow();
  });

  it('stops an input sheet’s table on a table of its name elsewhere', () => {
    const withTable = sheetPlan('Responses 2', { role: 'input', tables: [{ name: 'Responses', top: 1, left: 1, columns: ['Member'], rows: [] }] });
    expect(failure(() => assertPlanFits(workbook(sheet('Data', [], [tableOf('responses')])), planOf(withTable)))).toEqual(
      new WorkbookUnusableError('table-name-taken', { table: 'responses', sheet: 'Data' }),
    );
  });
});
