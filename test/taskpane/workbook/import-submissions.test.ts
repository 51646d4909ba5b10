import {
  checkWorkbook,
  consolidate,
  REGISTRY_1998,
  RequestError,
  SURVEY_1998,
  WorkbookUnusableError,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from '../../../src/core';
import { newXlsx } from '../../../src/hosts/file/write/new-xlsx';
import { STRINGS } from '../../../src/taskpane/i18n/strings';
import { errorMessage } from '../../../src/taskpane/tasks/error-message';
import { importSubmissions, type ImportProgress } from '../../../src/taskpane/workbook/import-submissions';
import { afterWriting } from '../../support/plan';
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

  it('stops before reading any file when the workbook has a Responses table of the user’s own, saying what to do', async () => {
    const own = sheet(
      'Responses',
      [
        ['Member', 'F1'],
        ['France', 'Yes'],
      ],
      [{ name: 'Responses', range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeaderRow: true, hasTotalsRow: false }],
    );
    const host = new FakeWorkbook(workbook(own));
    const loadReader = jest.fn();
    const request = { workbook: host, write: jest.fn(), files: [notAWorkbook('scan.xlsx')], language: 'en' as const, workbookName: 'x' };
    const refusal = await importSubmissions({ ...request, describe: String, onProgress: jest.fn(), loadReader }).catch((error: unknown) => error);
    expect(refusal).toEqual(new RequestError({ reason: 'responses-not-consolidated', sheet: 'Responses' }));
    expect(errorMessage(refusal, 'en', STRINGS.en)).toBe(
      'The Responses table on the sheet Responses was not made by an import: no submission is added to it. Import into a new workbook, or rename that table to import beside it.',
    );
    expect(loadReader).not.toHaveBeenCalled();
    expect(request.write).not.toHaveBeenCalled();
  });
});

/** A workbook in memory that takes each write as a host would leave it: later imports read what earlier ones wrote. */
class WrittenWorkbook extends FakeWorkbook {
  override async write(plan: WorkbookPlan): Promise<void> {
    await super.write(plan);
    this.snapshot = afterWriting(this.snapshot, plan);
  }
}

async function importInto(host: WrittenWorkbook, files: File[], language: 'en' | 'fr' = 'en') {
  return importSubmissions({
    workbook: host,
    write: (plan) => host.write(plan),
    files,
    language,
    workbookName: 'master.xlsx',
    describe: (error) => errorMessage(error, language, STRINGS[language]),
    onProgress: () => undefined,
  });
}

const responsesOf = (snapshot: WorkbookSnapshot) => snapshot.sheets.find((s) => s.name === 'Responses')!;
/** The texts of a column of the Responses sheet (1-based), below its header. */
const texts = (snapshot: WorkbookSnapshot, c: number) =>
  responsesOf(snapshot)
    .rows.slice(1)
    .map((row) => {
      const cell = row[c - 1];
      return cell?.kind === 'text' ? cell.text : null;
    });
/** The analyst's correction: Malaysia's F1 (E2), by hand. */
function corrected(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const responses = responsesOf(snapshot);
  const rows = responses.rows.map((row, r) => (r === 1 ? row.map((c, i) => (i === 4 ? { kind: 'text' as const, text: 'No' } : c)) : row));
  return { sheets: snapshot.sheets.map((s) => (s === responses ? { ...s, rows } : s)) };
}
/** The Import Log's lines: file, status, submissions. */
const logOf = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets
    .find((s) => s.name === 'Import Log')!
    .rows.slice(3)
    .map((row) => row.slice(0, 3).map((c) => (c?.kind === 'text' ? c.text : c?.kind === 'number' ? c.value : null)));

/** The day the checks run: after every submission was received. */
const TODAY = 46360;

describe('importing into a workbook imported into before', () => {
  const files = {
    malaysia: () => returnedSubmission('malaysia.xlsx', 'MYS', 'en', { Received: '1998-03-02', F1: 'Yes' }),
    tunisia: () => returnedSubmission('tunisie.xlsx', 'TUN', 'fr', { Received: '1998-03-03', F1: 'Oui' }),
    kenya: () => returnedSubmission('kenya.xlsx', 'KEN', 'en', { Received: '1998-03-04', F1: 'No' }),
    peru: () => returnedSubmission('peru.xlsx', 'PER', 'en', { Received: '1998-03-10', F1: 'Yes' }),
    japan: () => returnedSubmission('japan.xlsx', 'JPN', 'en', { Received: '1998-03-11', F1: 'No' }),
    chile: () => returnedSubmission('chile.xlsx', 'CHL', 'en', { Received: '1998-03-20', F1: 'Yes' }),
  };

  it('adds the new files’ submissions under the rows there, skips a file imported before, and keeps a correction, import after import', async () => {
    const host = new WrittenWorkbook(workbook(sheet('Notes', [['Round 1998']])));
    const first = await importInto(host, [await files.malaysia(), await files.tunisia(), await files.kenya()]);
    expect(first).toMatchObject({ gathered: 3, sheet: 'Responses' });
    expect(first.into).toBeUndefined();

    const second = await importInto(host, [await files.peru(), await files.japan(), await files.kenya()]);
    expect(second).toEqual({
      files: 3,
      filesRead: 2,
      gathered: 2,
      carried: 3,
      sheet: 'Responses',
      into: 'Responses',
      notUsed: [{ file: 'kenya.xlsx', kind: 'skipped', why: 'already-imported' }],
    });
    expect(host.plans[1].sheets).toEqual([]);
    expect(host.plans[1].appends!.map((a) => [a.table, a.rows.length])).toEqual([
      ['Responses', 2],
      ['ImportLog', 3],
    ]);

    host.snapshot = corrected(host.snapshot);

    const third = await importInto(host, [await files.chile(), await files.malaysia(), await files.peru()]);
    expect(third).toMatchObject({ files: 3, filesRead: 1, gathered: 1, carried: 5, sheet: 'Responses' });
    expect(third.notUsed.map((n) => [n.file, n.kind === 'skipped' && n.why])).toEqual([
      ['malaysia.xlsx', 'already-imported'],
      ['peru.xlsx', 'already-imported'],
    ]);

    expect(texts(host.snapshot, 1)).toEqual(['Malaysia', 'Tunisie', 'Kenya', 'Peru', 'Japan', 'Chile']);
    expect(texts(host.snapshot, 5)).toEqual(['No', 'Oui', 'No', 'Yes', 'No', 'Yes']);
    expect(logOf(host.snapshot)).toEqual([
      ['malaysia.xlsx', 'read', 1],
      ['tunisie.xlsx', 'read', 1],
      ['kenya.xlsx', 'read', 1],
      ['peru.xlsx', 'read', 1],
      ['japan.xlsx', 'read', 1],
      ['kenya.xlsx', 'skipped', 0],
      ['chile.xlsx', 'read', 1],
      ['malaysia.xlsx', 'skipped', 0],
      ['peru.xlsx', 'skipped', 0],
    ]);
    // Checked as a master consolidated in one go from all six files, and corrected the same.
    const once = new WrittenWorkbook(workbook(sheet('Notes', [['Round 1998']])));
    await importInto(once, await Promise.all(Object.values(files).map((file) => file())));
    once.snapshot = corrected(once.snapshot);
    for (const c of [1, 4, 5]) expect([c, texts(host.snapshot, c)]).toEqual([c, texts(once.snapshot, c)]);
    const issues = (snapshot: WorkbookSnapshot) => checkWorkbook(snapshot, TODAY).issues.map((i) => [i.code, i.ref.cell]);
    expect(issues(host.snapshot)).toEqual(issues(once.snapshot));
  });

  it('writes nothing when no file holds a new submission, and says why of each', async () => {
    const host = new WrittenWorkbook(workbook());
    const kenya = await files.kenya();
    await importInto(host, [kenya]);
    const report = await importInto(host, [kenya, notAWorkbook('scan.xlsx')]);
    expect(host.plans).toHaveLength(1);
    expect(report).toEqual({
      files: 2,
      filesRead: 0,
      gathered: 0,
      carried: 1,
      into: 'Responses',
      notUsed: [
        { file: 'kenya.xlsx', kind: 'skipped', why: 'already-imported' },
        { file: 'scan.xlsx', kind: 'unreadable', error: expect.any(WorkbookUnusableError) },
      ],
    });
  });

  it('adds a new file from a Member already there all the same: check names both rows for the analyst to decide', async () => {
    const host = new WrittenWorkbook(workbook());
    await importInto(host, [await files.kenya()]);
    const again = await returnedSubmission('kenya-corrected.xlsx', 'KEN', 'en', { Received: '1998-03-15', F1: 'Yes' });
    const report = await importInto(host, [again]);
    expect(report).toMatchObject({ gathered: 1, notUsed: [] });
    expect(texts(host.snapshot, 1)).toEqual(['Kenya', 'Kenya']);
    expect(checkWorkbook(host.snapshot, TODAY).issues.filter((i) => i.code === 'duplicate-member')).toHaveLength(1);
  });
});
