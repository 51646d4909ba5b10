import type { ChartPlan, ColumnRef, PagePlan, SheetPlan, TablePlan, ValidationPlan, WorkbookPlan } from '../../../src/core/report/plan';
import { assertPlanContract } from '../../../src/core/report/plan-contract';

/** What every plan keeps to before a host writes it: names Excel accepts, unique as Excel needs them, dropdowns within its limits. */

const table = (overrides: Partial<TablePlan> = {}): TablePlan => ({
  name: 'SurveySummary',
  top: 4,
  left: 1,
  columns: ['Section', 'Question', 'Percent'],
  rows: [['S1', 'F1', 0.75]],
  ...overrides,
});
const summary = (overrides: Partial<SheetPlan> = {}): SheetPlan => ({ name: 'Summary', blocks: [], tables: [table()], charts: [], ...overrides });
const plan = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets });

const withSheetName = (name: string) => plan(summary({ name }));
const withTableName = (name: string) => plan(summary({ tables: [table({ name })] }));
const withColumns = (columns: string[]) => plan(summary({ tables: [table({ columns, rows: [] })] }));
const withDropdown = (list: ValidationPlan['list'], prompt?: ValidationPlan['prompt']) =>
  plan(summary({ name: 'Submission', tables: [], validations: [{ range: { top: 5, left: 3, bottom: 8, right: 3 }, list, ...(prompt ? { prompt } : {}) }] }));
const withAppend = (rows: (string | null)[][]): WorkbookPlan => ({
  sheets: [],
  appends: [{ sheet: 'Responses', table: 'Responses', columns: ['Member', 'F1'], rows }],
});
const membersColumn = (sheet: string): ColumnRef => ({ sheet, column: 26, top: 1, bottom: 3 });
const radar = (scale: ChartPlan['scale'], kind: ChartPlan['kind'] = 'radar'): ChartPlan => ({
  kind,
  ...(scale ? { scale } : {}),
  title: 'Self-assessment',
  categories: { sheet: 'Profile', column: 1, top: 3, bottom: 14 },
  series: [{ name: 'Malta', values: { sheet: 'Profile', column: 2, top: 3, bottom: 14 } }],
  anchor: { top: 2, left: 6, bottom: 24, right: 13 },
});
const withChart = (chart: ChartPlan) => plan(summary({ name: 'Profile', tables: [], charts: [chart] }));
const withPagesTall = (pagesTall: number) => {
  const page: PagePlan = { orientation: 'portrait', fitToWidth: true, pagesTall, header: '', footer: { left: '', center: '', pageOf: { page: '', of: '' } } };
  return plan(summary({ name: 'Profile', page }));
};

describe('the plan contract', () => {
  it.each<[string, WorkbookPlan, string]>([
    ['an empty sheet name', withSheetName(''), '“” is not a sheet name Excel accepts'],
    ['a sheet name over 31 characters', withSheetName('S'.repeat(32)), `“${'S'.repeat(32)}” is not a sheet name Excel accepts`],
    ['a sheet name with a colon', withSheetName('Summary: 1998'), '“Summary: 1998” is not a sheet name Excel accepts'],
    ['a sheet name with a slash', withSheetName('S1/S2'), '“S1/S2” is not a sheet name Excel accepts'],
    ['a sheet name with a square bracket', withSheetName('Summary [draft]'), '“Summary [draft]” is not a sheet name Excel accepts'],
    ['a sheet name starting with an apostrophe', withSheetName("'Summary"), "“'Summary” is not a sheet name Excel accepts"],
    ['a sheet name ending with an apostrophe', withSheetName("Members'"), "“Members'” is not a sheet name Excel accepts"],
    ['the reserved sheet name History, in any case', withSheetName('history'), '“history” is not a sheet name Excel accepts'],
    ['two sheets whose names differ only by case', plan(summary(), summary({ name: 'SUMMARY', tables: [] })), 'two of its sheet names are “SUMMARY”'],
    ['a table name with a space', withTableName('Survey Summary'), '“Survey Summary” is not a table name Excel accepts'],
    ['a table name starting with a digit', withTableName('1998Summary'), '“1998Summary” is not a table name Excel accepts'],
    ['a table name that is a cell reference', withTableName('AB12'), '“AB12” is not a table name Excel accepts'],
    ['a table name that is an R1C1 reference', withTableName('R1C1'), '“R1C1” is not a table name Excel accepts'],
    [
      'two tables whose names differ only by case, on any sheets',
      plan(summary(), summary({ name: 'Charts', tables: [table({ name: 'surveysummary' })] })),
      'two of its table names are “surveysummary”',
    ],
    ['a table without columns', withColumns([]), 'table “SurveySummary” needs a non-blank name for every column'],
    ['a row to add narrower than its table', withAppend([['Peru']]), 'a row to add to table “Responses” is not 2 cells wide'],
    ['a row to add wider than its table', withAppend([['Peru', 'Yes', 'extra']]), 'a row to add to table “Responses” is not 2 cells wide'],
    ['a blank column name', withColumns(['Section', ' ']), 'table “SurveySummary” needs a non-blank name for every column'],
    ['two columns whose names differ only by case', withColumns(['Percent', 'percent']), 'two of its column of table “SurveySummary” names are “percent”'],
    ['a dropdown with no answers', withDropdown([]), 'a dropdown of “Submission” has no answers'],
    ['a dropdown answer with a comma', withDropdown(['Yes', 'No, never']), 'a dropdown of “Submission” has an answer Excel cannot list inline (“No, never”)'],
    ['a dropdown answer with a quote', withDropdown(['Yes', 'No "never"']), 'a dropdown of “Submission” has an answer Excel cannot list inline (“No "never"”)'],
    ['a blank dropdown answer', withDropdown(['Yes', ' ']), 'a dropdown of “Submission” has an answer Excel cannot list inline (“ ”)'],
    [
      'an inline dropdown list over 255 characters',
      withDropdown(['x'.repeat(128), 'y'.repeat(127)]),
      'a dropdown of “Submission” lists 256 characters of answers, over Excel’s 255',
    ],
    [
      'a dropdown of a column of another sheet',
      withDropdown(membersColumn('Members')),
      'a dropdown of “Submission” takes its answers from another sheet, “Members”',
    ],
    [
      'a dropdown prompt title over 32 characters',
      withDropdown(['Yes'], { title: 't'.repeat(33), message: 'm' }),
      'a dropdown of “Submission” has a prompt title over Excel’s 32 characters',
    ],
    [
      'a dropdown prompt message over 255 characters',
      withDropdown(['Yes'], { title: 't', message: 'm'.repeat(256) }),
      'a dropdown of “Submission” has a prompt message over Excel’s 255 characters',
    ],
    [
      'a radar chart without a scale',
      withChart(radar(undefined)),
      'the radar chart “Self-assessment” of “Profile” needs a scale, its min below its max and a step above 0',
    ],
    [
      'a radar chart whose scale ends below its start',
      withChart(radar({ min: 2, max: 0, step: 1 })),
      'the radar chart “Self-assessment” of “Profile” needs a scale',
    ],
    ['a radar chart whose scale has no step', withChart(radar({ min: 0, max: 2, step: 0 })), 'the radar chart “Self-assessment” of “Profile” needs a scale'],
    [
      'a radar chart whose scale is not a number',
      withChart(radar({ min: 0, max: NaN, step: 1 })),
      'the radar chart “Self-assessment” of “Profile” needs a scale',
    ],
    ['a page 0 pages tall', withPagesTall(0), '“Profile” is to print 0 pages tall, not a whole number from 1 to 32767'],
    ['a page 1.5 pages tall', withPagesTall(1.5), '“Profile” is to print 1.5 pages tall, not a whole number from 1 to 32767'],
  ])('refuses %s', (_, broken, problem) => {
    expect(() => assertPlanContract(broken)).toThrow(`Cannot write the plan: ${problem}`);
  });

  it.each<[string, WorkbookPlan]>([
    ['a sheet name of 31 characters with spaces and an inner apostrophe', withSheetName("Members' summary 1998 (draft) x")],
    ['a sheet name with a space at either end, which Excel keeps', withSheetName(' Summary ')],
    ['a sheet name holding History', withSheetName('History of answers')],
    ['a table name with underscores, dots and digits', withTableName('_Survey.Summary_1998')],
    ['a table name that only starts like a cell reference', withTableName('ABCD1')],
    [
      'an inline dropdown list of 255 characters, with its prompt at Excel’s limits',
      withDropdown(['x'.repeat(127), 'y'.repeat(127)], { title: 't'.repeat(32), message: 'm'.repeat(255) }),
    ],
    ['a dropdown of a column of its own sheet, named in another case', withDropdown(membersColumn('SUBMISSION'))],
    ['a plan without sheets', plan()],
    ['a radar chart on a scale from 0 to 2 by 0.5', withChart(radar({ min: 0, max: 2, step: 0.5 }))],
    ['a bar chart without a scale, its axis always 0 to 100 %', withChart(radar(undefined, 'bar'))],
    ['a page one page tall', withPagesTall(1)],
  ])('accepts %s', (_, valid) => {
    expect(() => assertPlanContract(valid)).not.toThrow();
  });
});
