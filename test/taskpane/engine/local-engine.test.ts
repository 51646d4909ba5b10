import { WorkbookUnusableError } from '../../../src/core';
import * as checking from '../../../src/core/workflows/check-workbook';
import * as charts from '../../../src/core/report/charts-sheet';
import type { WorkProgress } from '../../../src/taskpane/engine/work-progress';
import { workbook } from '../../support/snapshot';
import { FakeWorkbook } from '../support/fake-workbook';
import { SURVEY } from '../support/workbooks';

const ASK = { paneLanguage: 'en', today: 45000 } as const;

describe('the engine in the pane’s own thread (Excel)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('names each stage before it starts, and counts the submissions checked', async () => {
    const told: WorkProgress[] = [];
    await new FakeWorkbook(SURVEY).engine.analyse(ASK, (p) => told.push(p));
    expect(told).toEqual([{ stage: 'reading' }, { stage: 'checking' }, { stage: 'checking', done: 4, total: 4 }, { stage: 'analysing' }]);
  });

  it('writes one sheet of the analysis when a screen asks for one', async () => {
    const book = new FakeWorkbook(SURVEY);
    const written = await book.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'CRM Summary' });
    expect(book.writtenSheets).toEqual([['CRM Summary']]);
    expect(written).toMatchObject({ sheets: ['CRM Summary'], settingsSaved: false });
  });

  it('checks the workbook once per action, and makes only the sheet it writes', async () => {
    const checks = jest.spyOn(checking, 'checkWorkbook');
    const chartsMade = jest.spyOn(charts, 'chartsSheet');
    const book = new FakeWorkbook(SURVEY);
    await book.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'Validation' });
    expect(checks).toHaveBeenCalledTimes(1);
    expect(chartsMade).not.toHaveBeenCalled();
    await book.engine.analyse(ASK);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('writes the results with the pane’s settings saved last, when no one else’s Settings sheet is there', async () => {
    const book = new FakeWorkbook(SURVEY);
    const written = await book.engine.writeAnalysis({ ...ASK, settings: { firstResponses: 3 } }, { kind: 'results' });
    expect(written.settingsSaved).toBe(true);
    expect(written.sheets).not.toContain('Settings');
    expect(book.writtenSheets[0].at(-1)).toBe('Settings');
    expect(written.view.analysis.headline.respondentsCounted).toBe(3);
  });

  it('makes a submission sheet in a blank workbook, where a check has nothing to check yet', async () => {
    const book = new FakeWorkbook(workbook());
    await expect(book.engine.check({}, ASK.today)).rejects.toEqual(new WorkbookUnusableError('empty-workbook'));
    const sheet = await book.engine.createTemplate({ language: 'fr' });
    expect(book.writtenSheets).toEqual([[sheet.sheetName]]);
  });
});
