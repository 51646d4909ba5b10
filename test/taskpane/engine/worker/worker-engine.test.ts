import { readFileSync } from 'fs';
import { join } from 'path';
import { RequestError, WorkbookUnusableError } from '../../../../src/core';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import type { WorkProgress } from '../../../../src/taskpane/engine/work-progress';
import { WorkCancelled } from '../../../../src/taskpane/engine/work-cancelled';
import { openInWorker } from '../../../../src/taskpane/engine/worker/worker-engine';
import { notAWorkbook, sheetOf, xlsxBytes } from '../../support/submission-files';
import { InProcessWorker } from '../../support/in-process-worker';

const ROWS = [
  ['Member', 'Received', 'F1', 'T1'],
  ['France', '1998-03-02', 'Yes', 'Taken'],
  ['Japan', '1998-03-09', 'Yes', 'Maybe'],
];
const TODAY = 45000;
const ASK = { paneLanguage: 'en', today: TODAY } as const;

async function opened(rows = ROWS) {
  const workers: InProcessWorker[] = [];
  const spawn = () => {
    workers.push(new InProcessWorker());
    return workers[workers.length - 1];
  };
  const file = await openInWorker(spawn, 'round.xlsx', await xlsxBytes([sheetOf('Responses', rows)]));
  return { file, workers };
}

describe('a workbook file in a worker', () => {
  it('is read once on opening: a file that is no workbook is refused there, named, and its worker ended', async () => {
    const workers: InProcessWorker[] = [];
    const bytes = new Uint8Array(await notAWorkbook('letter.pdf').arrayBuffer());
    const opening = openInWorker(() => workers[workers.push(new InProcessWorker()) - 1], 'letter.pdf', bytes);
    await expect(opening).rejects.toEqual(new WorkbookUnusableError('not-xlsx', { file: 'letter.pdf' }));
    await opening.catch((error) => expect(error).toBeInstanceOf(WorkbookUnusableError));
    expect(workers[0].terminated).toBe(true);
  });

  it('checks in the worker, telling each stage, and gives the issues as the pane shows them', async () => {
    const { file } = await opened();
    const told: WorkProgress[] = [];
    const checked = await file.engine.check({}, TODAY, (p) => told.push(p));
    expect(told.map((p) => p.stage)).toEqual(['reading', 'checking', 'checking']);
    expect(told[2]).toEqual({ stage: 'checking', done: 2, total: 2 });
    expect(checked).toMatchObject({ submissions: 2, errors: 1, form: false, settingsOwner: 'none', hasIndicators: false });
    expect(checked.respondingMembers.map((m) => m.code)).toEqual(['FRA', 'JPN']);
  });

  it('knows a workbook with macros by what it holds, not by its name', async () => {
    const macros = new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/xlsm/responses-with-macros.xlsm')));
    const renamed = await openInWorker(() => new InProcessWorker(), 'renamed.xlsx', macros);
    expect([renamed.kind, (await opened()).file.kind]).toEqual(['xlsm', 'xlsx']);
  });

  it('keeps what it writes: the download holds the sheet written', async () => {
    const { file } = await opened();
    const before = file.bytes();
    const written = await file.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'Validation' });
    expect(written.sheets).toEqual(['Validation']);
    expect(file.bytes()).not.toBe(before);
    expect((await readXlsx(file.bytes())).sheets.map((s) => s.name)).toEqual(['Responses', 'Validation']);
  });

  it('writes a Member’s profile, giving back whose it is and its language: the download holds its sheet', async () => {
    const { file } = await opened();
    const written = await file.engine.writeProfile(ASK, 'FRA');
    expect(written).toMatchObject({ profile: { member: { code: 'FRA' } }, language: 'en', checked: { submissions: 2 } });
    expect((await readXlsx(file.bytes())).sheets.map((s) => s.name)).toEqual(['Responses', 'Profile FRA']);
  });

  it('gives back the engine’s errors as the pane knows them, so that their messages are the same', async () => {
    const { file } = await opened();
    const comparing = file.engine.analyse({ ...ASK, comparison: { kind: 'member', member: 'KEN' } });
    await expect(comparing).rejects.toBeInstanceOf(RequestError);
    await expect(file.engine.writeProfile(ASK, 'KEN')).rejects.toBeInstanceOf(RequestError);
  });

  it('stops when cancelled: the call ends as cancelled, and a new worker takes the file as last written', async () => {
    const { file, workers } = await opened();
    await file.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'Validation' });
    const checking = file.engine.check({}, TODAY);
    file.engine.cancel!();
    await expect(checking).rejects.toBeInstanceOf(WorkCancelled);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(workers[1].received[0]).toMatchObject({ kind: 'open', name: 'round.xlsx', bytes: file.bytes() });
    expect((await file.engine.check({}, TODAY)).submissions).toBe(2);
  });

  it('ends its worker when another workbook is opened', async () => {
    const { file, workers } = await opened();
    file.close();
    expect(workers[0].terminated).toBe(true);
  });
});
