import type { ColumnRef, WorkbookPlan } from '../../../../src/core/report/plan';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { plan, summarySheet, surveySummaryTable, templateSheet, usersWorkbook } from './write-fixtures';

/** Names and dropdowns Excel would refuse or "repair" are the core's mistakes: the write stops with a plain Error. */
describe('writeXlsx: a plan with names or dropdowns Excel does not accept is refused before anything is written', () => {
  const withSheetName = (name: string) => plan(summarySheet({ name }));
  const withTableName = (name: string) => plan(summarySheet({ tables: [surveySummaryTable({ name })] }));
  const withColumns = (columns: string[]) => plan(summarySheet({ tables: [surveySummaryTable({ columns, rows: [] })] }));
  const answers = { top: 5, left: 3, bottom: 8, right: 3 };
  const withDropdown = (list: string[] | ColumnRef, prompt?: { title: string; message: string }) =>
    plan(templateSheet({ validations: [{ range: answers, list, prompt }] }));

  it.each<[string, WorkbookPlan]>([
    ['an empty sheet name', withSheetName('')],
    ['a sheet name over 31 characters', withSheetName('S'.repeat(32))],
    ['a sheet name with a colon', withSheetName('Summary: 1998')],
    ['a sheet name with a slash', withSheetName('S1/S2')],
    ['a sheet name starting with an apostrophe', withSheetName("'Summary")],
    ['the reserved sheet name History', withSheetName('history')],
    ['two sheets whose names differ only by case', plan(summarySheet(), summarySheet({ name: 'SUMMARY', tables: [] }))],
    ['a table name with a space', withTableName('Survey Summary')],
    ['a table name starting with a digit', withTableName('1998Summary')],
    ['a table name that is a cell reference', withTableName('AB12')],
    ['a table name that is an R1C1 reference', withTableName('R1C1')],
    [
      'two tables whose names differ only by case',
      plan(summarySheet({ tables: [surveySummaryTable(), surveySummaryTable({ name: 'surveysummary', top: 20 })] })),
    ],
    ['a table without columns', withColumns([])],
    ['a blank column name', withColumns(['Section', ' '])],
    ['two columns whose names differ only by case', withColumns(['Percent', 'percent'])],
    ['a dropdown with no answers', withDropdown([])],
    ['a dropdown answer with a comma', withDropdown(['Yes', 'No, never'])],
    ['a dropdown answer with a quote', withDropdown(['Yes', 'No "never"'])],
    ['a blank dropdown answer', withDropdown(['Yes', ' '])],
    ['an inline dropdown list over 255 characters', withDropdown(['x'.repeat(128), 'y'.repeat(127)])],
    ['a dropdown of a column of another sheet', withDropdown({ sheet: 'Members', column: 1, top: 1, bottom: 3 })],
    ['a dropdown prompt title over 32 characters', withDropdown(['Yes'], { title: 't'.repeat(33), message: 'm' })],
    ['a dropdown prompt message over 255 characters', withDropdown(['Yes'], { title: 't', message: 'm'.repeat(256) })],
  ])('%s', async (_, invalid) => {
    await expect(writeXlsx(await usersWorkbook(), invalid)).rejects.toThrow(/^Cannot write the plan: /);
  });

  it.each<[string, WorkbookPlan]>([
    ['a sheet name of 31 characters with spaces and an inner apostrophe', withSheetName("Members' summary 1998 (draft) x")],
    ['a table name with underscores, dots and digits', withTableName('_Survey.Summary_1998')],
    [
      'an inline dropdown list of 255 characters, with its prompt at Excel’s limits',
      withDropdown(['x'.repeat(127), 'y'.repeat(127)], { title: 't'.repeat(32), message: 'm'.repeat(255) }),
    ],
    ['a dropdown of a column of its own sheet, named in another case', withDropdown({ sheet: 'SUBMISSION', column: 26, top: 1, bottom: 3 })],
  ])('accepts %s', async (_, valid) => {
    await expect(writeXlsx(await usersWorkbook(), valid)).resolves.toBeInstanceOf(Uint8Array);
  });
});
