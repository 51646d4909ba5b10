import { consolidate, REGISTRY_1998, SURVEY_1998, WorkbookUnusableError, type WorkbookPlan, type WorkbookSnapshot } from '../../../src/core';
import { newXlsx } from '../../../src/hosts/file/write/new-xlsx';
import { STRINGS } from '../../../src/taskpane/i18n/strings';
import { errorMessage } from '../../../src/taskpane/tasks/error-message';
import { importSubmissions, ResponsesTableTaken, type ImportProgress } from '../../../src/taskpane/workbook/import-submissions';
import { sheet, workbook } from '../../support/snapshot';
import { FakeWorkbook } from '../support/fake-workbook';
import { notAWorkbook, responsesWorkbook, returnedSubmission } from '../support/submission-files';
import { RESPONSES } from '../support/workbooks';

async function imported(snapshot: WorkbookSnapshot, files: File[]) {
  const host = new FakeWorkbook(snapshot);
  const progress: ImportProgress[] = [];
  const report = await importSubmissions({
    workbook: host,
    write: (plan) => host.write(plan),
    files,
    language: 'en',
    workbookName: 'master.xlsx',
    describe: (error) => errorMessage(error, 'en', STRINGS.en),
    onProgress: (p) => progress.push(p),
  });
  return { report, host, progress, plan: host.plans[0] as WorkbookPlan | undefined };
}

function tableRows(plan: WorkbookPlan, sheetName: string) {
  return plan.sheets.find((s) => s.name === sheetName)!.tables[0].rows;
}

describe('importing submissions', () => {
  it('gathers the files’ submissions after the workbook’s own rows, beside the user’s Responses sheet', async () => {
    const files = [
      await returnedSubmission('malaysia.xlsx', 'MYS', 'en', { F1: 'Yes', T1: 'Taken' }),
      notAWorkbook('scan.xlsx'),
      await responsesWorkbook('two-more.xlsx', [
        ['Member', 'F1'],
        ['Tunisie', 'Oui'],
        ['Peru', 'Maybe'],
      ]),
    ];
    const { report, plan, progress } = await imported(workbook(RESPONSES), files);
    expect(plan!.sheets.map((s) => [s.name, s.role ?? 'output'])).toEqual([
      ['Responses (consolidated)', 'input'],
      ['Import Log', 'output'],
    ]);
    expect(report).toMatchObject({ files: 3, filesRead: 2, gathered: 3, carried: 4, sheet: 'Responses (consolidated)', besideSheet: 'Responses' });
    expect(tableRows(plan!, 'Responses (consolidated)').map((r) => [r[0], r[3]])).toEqual([
      ['France', 'master.xlsx › Responses!A2'],
      ['Germany', 'master.xlsx › Responses!A3'],
      ['Japan', 'master.xlsx › Responses!A4'],
      ['Kenya', 'master.xlsx › Responses!A5'],
      ['Malaysia', 'malaysia.xlsx › Malaysia!A1'],
      ['Tunisie', 'two-more.xlsx › Responses!A2'],
      ['Peru', 'two-more.xlsx › Responses!A3'],
    ]);
    expect(report.notUsed).toEqual([{ file: 'scan.xlsx', kind: 'unreadable', error: expect.any(WorkbookUnusableError) }]);
    const log = tableRows(plan!, 'Import Log');
    expect(log.map((r) => r.slice(0, 3))).toEqual([
      ['master.xlsx', 'read', 4],
      ['malaysia.xlsx', 'read', 1],
      ['scan.xlsx', 'unreadable', 0],
      ['two-more.xlsx', 'read', 2],
    ]);
    expect(log[2][3]).toMatch(/^scan\.xlsx is not an Excel workbook \(\.xlsx\)/);
    expect(progress).toEqual([
      { done: 0, total: 3, file: 'malaysia.xlsx' },
      { done: 1, total: 3, file: 'scan.xlsx' },
      { done: 2, total: 3, file: 'two-more.xlsx' },
      { done: 3, total: 3 },
    ]);
  });

  it('names the sheet Responses in a workbook that has none, and carries nothing from it', async () => {
    const { report, plan } = await imported(workbook(sheet('Sheet1', [])), [await returnedSubmission('kenya.xlsx', 'KEN', 'fr', { F1: 'Oui' })]);
    expect(plan!.sheets.map((s) => s.name)).toEqual(['Responses', 'Import Log']);
    expect(report).toEqual({ files: 1, filesRead: 1, gathered: 1, carried: 0, sheet: 'Responses', notUsed: [] });
    expect(tableRows(plan!, 'Import Log').map((r) => r[0])).toEqual(['kenya.xlsx']);
  });

  it('leaves the workbook’s own submission sheets where they are: check reads them there, once', async () => {
    const own = workbook(RESPONSES, sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japon'], ['F1', null, 'Non']]));
    const { report, plan } = await imported(own, [await returnedSubmission('kenya.xlsx', 'KEN', 'en', { F1: 'Yes' })]);
    expect(report.carried).toBe(4);
    expect(tableRows(plan!, 'Responses (consolidated)').map((r) => r[0])).toEqual(['France', 'Germany', 'Japan', 'Kenya', 'Kenya']);
  });

  it('writes nothing when the files hold no submission, and says why of each', async () => {
    const files = [notAWorkbook('scan.xlsx'), await responsesWorkbook('notes.xlsx', [['Thank you for your patience']], 'Notes')];
    const { report, host } = await imported(workbook(RESPONSES), files);
    expect(host.plans).toEqual([]);
    expect(report).toMatchObject({ files: 2, filesRead: 0, gathered: 0, carried: 4 });
    expect(report.sheet).toBeUndefined();
    expect(report.notUsed.map((n) => [n.file, n.kind])).toEqual([
      ['scan.xlsx', 'unreadable'],
      ['notes.xlsx', 'no-submissions'],
    ]);
  });

  it('skips, as consolidate does, a workbook consolidated earlier and an Excel lock file picked with the returned files, saying why of each', async () => {
    const earlier = consolidate(
      [
        {
          file: 'kenya.xlsx',
          workbook: workbook(
            sheet('Responses', [
              ['Member', 'F1'],
              ['Kenya', 'Yes'],
            ]),
          ),
        },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    const files = [
      new File([new Uint8Array(await newXlsx(earlier.plan))], 'master-march.xlsx'),
      new File(['\u0007Analyst'], '~$laysia.xlsx'),
      await returnedSubmission('malaysia.xlsx', 'MYS', 'en', { F1: 'Yes' }),
    ];
    const { report, plan } = await imported(workbook(), files);
    expect(report).toMatchObject({ files: 3, filesRead: 1, gathered: 1 });
    expect(report.notUsed).toEqual([
      { file: 'master-march.xlsx', kind: 'skipped', why: 'earlier-consolidation' },
      { file: '~$laysia.xlsx', kind: 'skipped', why: 'lock-file' },
    ]);
    expect(tableRows(plan!, 'Import Log').map((r) => r.slice(0, 3))).toEqual([
      ['master-march.xlsx', 'skipped', 0],
      ['~$laysia.xlsx', 'skipped', 0],
      ['malaysia.xlsx', 'read', 1],
    ]);
  });

  it('stops before reading any file when the workbook already has a table named Responses', async () => {
    const earlier = sheet(
      'Responses',
      [
        ['Member', 'F1'],
        ['France', 'Yes'],
      ],
      [{ name: 'Responses', range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeaderRow: true, hasTotalsRow: false }],
    );
    const host = new FakeWorkbook(workbook(earlier));
    const loadReader = jest.fn();
    const request = { workbook: host, write: jest.fn(), files: [notAWorkbook('scan.xlsx')], language: 'en' as const, workbookName: 'x' };
    await expect(importSubmissions({ ...request, describe: String, onProgress: jest.fn(), loadReader })).rejects.toEqual(new ResponsesTableTaken('Responses'));
    expect(loadReader).not.toHaveBeenCalled();
    expect(request.write).not.toHaveBeenCalled();
  });
});
