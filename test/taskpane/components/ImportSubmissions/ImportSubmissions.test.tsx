/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Language, WorkbookPlan } from '../../../../src/core';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { openInWorker } from '../../../../src/taskpane/engine/worker/worker-engine';
import type { FileWorkbook } from '../../../../src/taskpane/workbook/pane-workbook';
import { sheet, workbook } from '../../../support/snapshot';
import { FakeWorkbook } from '../../support/fake-workbook';
import { InProcessWorker } from '../../support/in-process-worker';
import { renderInBrowser, renderInExcel } from '../../support/render';
import { notAWorkbook, responsesWorkbook, returnedSubmission, sheetOf, xlsxBytes } from '../../support/submission-files';
import { RESPONSES, SURVEY } from '../../support/workbooks';
import { afterWriting } from '../../../support/plan';

/** A workbook in memory that takes each write as a host would leave it: a later import reads what an earlier one wrote. */
class WrittenWorkbook extends FakeWorkbook {
  override async write(plan: WorkbookPlan): Promise<void> {
    await super.write(plan);
    this.snapshot = afterWriting(this.snapshot, plan);
  }
}

async function onCheck(fake = new FakeWorkbook(SURVEY), language: Language = 'en') {
  renderInExcel(fake, language);
  await waitFor(() => expect(fake.reads).toBe(1));
  await waitFor(() => expect(panel().getAllByRole('button')[0].getAttribute('aria-disabled')).toBeNull());
  return fake;
}

function pick(files: File[], label = 'Import submissions') {
  fireEvent.change(screen.getByLabelText(label), { target: { files } });
}

const panel = () => within(screen.getByRole('tabpanel'));

function figures() {
  return panel()
    .getAllByRole('term')
    .map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
}

const malaysia = () => returnedSubmission('malaysia.xlsx', 'MYS', 'en', { Received: '1998-03-20', F1: 'Yes', T1: 'Taken' });

describe('Import submissions, on the Check screen', () => {
  it('starts a round in a blank workbook: nothing to check yet, then the files imported make the Responses table', async () => {
    const fake = new FakeWorkbook(workbook());
    renderInExcel(fake);
    expect(await screen.findByText(/^Nothing to check yet: this workbook holds no data\./)).toBeTruthy();
    pick([await malaysia(), await returnedSubmission('tunisie.xlsx', 'TUN', 'fr', { F1: 'Oui' })]);
    expect(await screen.findByText(/^Submissions gathered into the sheet “Responses”\./)).toBeTruthy();
    expect(fake.writtenSheets).toEqual([['Responses', 'Import Log']]);
    expect(fake.plans[0].sheets[0].tables.map((t) => t.name)).toEqual(['Responses']);
  });

  it('offers returned workbooks with macros (.xlsm) as well as without (.xlsx)', async () => {
    await onCheck();
    const accepted = (screen.getByLabelText('Import submissions') as HTMLInputElement).accept.split(',');
    expect(accepted).toEqual(expect.arrayContaining(['.xlsx', '.xlsm']));
  });

  it('gathers the files picked beside the user’s Responses sheet, lists each file not used, and checks again', async () => {
    const fake = await onCheck();
    pick([await malaysia(), notAWorkbook('scan.xlsx')]);
    expect(await screen.findByText(/^Submissions gathered into the sheet “Responses \(consolidated\)”\./)).toBeTruthy();
    expect(
      screen.getByText('Your sheet “Responses” is unchanged: its rows are copied into “Responses (consolidated)”, which Check and Analyse now read.'),
    ).toBeTruthy();
    expect(figures()).toEqual([
      ['Files read', '1 of 2'],
      ['Submissions gathered', '1'],
      ['Already in this workbook', '4'],
    ]);
    const notUsed = panel().getByRole('list', { name: '1 file not used' });
    expect(
      within(notUsed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['scan.xlsxThe file is not an Excel workbook (.xlsx). Save it as “Excel Workbook (.xlsx)” and try again.']);
    expect(fake.writtenSheets).toEqual([['Responses (consolidated)', 'Import Log']]);
    // Read to import, then checked again.
    await waitFor(() => expect(fake.reads).toBe(3));
  });

  it('says when the files hold no submission, writes nothing, and says why of each file', async () => {
    const fake = await onCheck();
    pick([notAWorkbook('scan.xlsx'), await responsesWorkbook('notes.xlsx', [['Thank you for your patience']], 'Notes')]);
    expect(await screen.findByText('No submissions in the files chosen: nothing was written.')).toBeTruthy();
    expect(panel().getByRole('list', { name: '2 files not used' }).textContent).toContain(
      'notes.xlsxNo Responses sheet or table, and no sheet with “WCO integrity survey submission” in A1.',
    );
    expect(fake.writtenSheets).toEqual([]);
    expect(fake.reads).toBe(2);
  });

  it('says what to do when the workbook has a Responses table of the user’s own, before reading any file', async () => {
    const table = { name: 'Responses', range: { top: 1, left: 1, bottom: 5, right: 4 }, hasHeaderRow: true, hasTotalsRow: false };
    const fake = await onCheck(new FakeWorkbook(workbook({ ...RESPONSES, tables: [table] })));
    pick([await malaysia()]);
    expect(
      await screen.findByText(
        'The Responses table on the sheet Responses was not made by an import: no submission is added to it. Import into a new workbook, or rename that table to import beside it.',
      ),
    ).toBeTruthy();
    expect(fake.writtenSheets).toEqual([]);
  });

  it('adds the files of a later import under the rows of the table the first made, and lists those imported before', async () => {
    const fake = new WrittenWorkbook(workbook());
    renderInExcel(fake);
    await screen.findByText(/^Nothing to check yet/);
    const kenya = await returnedSubmission('kenya.xlsx', 'KEN', 'en', { Received: '1998-03-04', F1: 'No' });
    pick([await malaysia(), kenya]);
    await screen.findByText(/^Submissions gathered into the sheet “Responses”\./);
    await waitFor(() => expect(panel().getAllByRole('button')[0].getAttribute('aria-disabled')).toBeNull());

    pick([await returnedSubmission('peru.xlsx', 'PER', 'en', { Received: '1998-03-21', F1: 'Yes' }), kenya, notAWorkbook('scan.xlsx')]);
    expect(
      await screen.findByText(
        'Submissions added under the rows of the Responses table on the sheet “Responses”, which are as they were. The Import Log sheet lists every file; the check below covers them all.',
      ),
    ).toBeTruthy();
    expect(figures()).toEqual([
      ['Files read', '1 of 3'],
      ['Submissions added', '1'],
      ['Already in this workbook', '2'],
      ['Imported before', '1'],
    ]);
    const notUsed = panel().getByRole('list', { name: '2 files not used' });
    expect(within(notUsed).getAllByRole('listitem')[0].textContent).toMatch(/^kenya\.xlsxImported before: a file of this name with the same content/);
    expect(fake.plans.map((plan) => (plan.appends ?? []).map((a) => [a.table, a.rows.length]))).toEqual([
      [],
      [
        ['Responses', 1],
        ['ImportLog', 3],
      ],
    ]);
    // Checked again, over the three rows.
    expect(await screen.findByText(/in 3 submissions\.$/)).toBeTruthy();

    pick([kenya]);
    expect(await screen.findByText('No new submissions in the files chosen: nothing was written, and the Import Log is as it was.')).toBeTruthy();
    expect(fake.plans).toHaveLength(2);
  });

  it('speaks French, and says each reason again in English once the user switches', async () => {
    await onCheck(new FakeWorkbook(SURVEY), 'fr');
    pick([await malaysia(), notAWorkbook('scan.xlsx')], 'Importer des soumissions');
    await screen.findByText(/^Soumissions rassemblées dans la feuille « Responses \(consolidées\) »\./);
    expect(figures()).toEqual([
      ['Fichiers lus', '1 sur 2'],
      ['Soumissions rassemblées', '1'],
      ['Déjà dans ce classeur', '4'],
    ]);
    expect(screen.getByText(/^Le fichier n’est pas un classeur Excel/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText(/^The file is not an Excel workbook/)).toBeTruthy();
  });

  it('shows its progress, and starts nothing else until it is done', async () => {
    const fake = await onCheck();
    let open!: () => void;
    fake.writeGate = new Promise((resolve) => (open = resolve));
    const files = [await malaysia()];
    pick(files);
    expect(await panel().findByText('Writing the submissions into the workbook…')).toBeTruthy();
    expect(
      panel()
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain('Importing submissions…');
    expect(panel().getByRole('progressbar', { name: 'Importing submissions…' }).getAttribute('aria-valuenow')).toBe('1');
    for (const name of ['Check', 'Import submissions']) {
      expect(panel().getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    pick(files);
    fireEvent.click(panel().getByRole('button', { name: 'Check' }));
    open();
    await screen.findByText(/^Submissions gathered into the sheet/);
    await waitFor(() => expect(fake.reads).toBe(3));
    expect(fake.plans).toHaveLength(1);
    expect(panel().queryByRole('progressbar', { name: 'Importing submissions…' })).toBeNull();
  });

  it('opens the file chooser from its button, which says what it does', async () => {
    await onCheck();
    const input = screen.getByLabelText('Import submissions') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    const click = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    const button = panel().getByRole('button', { name: 'Import submissions' });
    fireEvent.click(button);
    expect(click).toHaveBeenCalled();
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^For the Secretariat: gathers the submission files/);
  });
});

describe('Import submissions into a workbook opened in the browser', () => {
  it('writes the consolidated sheet into the file, checks it, and the download holds it', async () => {
    const bytes = await xlsxBytes([
      sheetOf('Responses', [
        ['Member', 'F1', 'T1'],
        ['France', 'Yes', 'Taken'],
        ['Germany', 'No', 'Intended'],
      ]),
    ]);
    let opened: FileWorkbook | undefined;
    renderInBrowser(async (file) => (opened = await openInWorker(() => new InProcessWorker(), file.name, bytes)));
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [new File(['x'], 'master.xlsx')] } });
    await screen.findByText(/in 2 submissions\.$/);

    pick([await malaysia(), await returnedSubmission('tunisie.xlsx', 'TUN', 'fr', { F1: 'Oui' })]);
    expect(await screen.findByText(/in 4 submissions\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download workbook' }).getAttribute('aria-disabled')).toBeNull();

    const written = await readXlsx(opened!.bytes());
    expect(written.sheets.map((s) => [s.name, Boolean(s.owned)])).toEqual([
      ['Responses', false],
      ['Responses (consolidated)', false],
      ['Import Log', true],
    ]);
    const consolidated = written.sheets[1];
    expect(consolidated.tables.map((t) => t.name)).toEqual(['Responses']);
    const sources = consolidated.rows.slice(1).map((r) => (r[3]?.kind === 'text' ? r[3].text : ''));
    // In order received: Malaysia's dated submission first; the undated after it, the workbook's own rows before the files'.
    expect(sources).toEqual(['malaysia.xlsx › Malaysia!A1', 'master.xlsx › Responses!A2', 'master.xlsx › Responses!A3', 'tunisie.xlsx › Tunisie!A1']);
    expect(written.sheets[0]).toEqual(
      sheet('Responses', [
        ['Member', 'F1', 'T1'],
        ['France', 'Yes', 'Taken'],
        ['Germany', 'No', 'Intended'],
      ]),
    );
  });
});

describe('Import submissions into a workbook opened in the browser, imported into before', () => {
  it('adds the new files’ rows under the table in the file, keeps the rows there, and the download holds them', async () => {
    const bytes = await xlsxBytes([sheetOf('Notes', [['Round 1998']])]);
    let opened: FileWorkbook | undefined;
    renderInBrowser(async (file) => (opened = await openInWorker(() => new InProcessWorker(), file.name, bytes)));
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [new File(['x'], 'master.xlsx')] } });
    await screen.findByText(/^No responses found\./);

    const tunisia = await returnedSubmission('tunisie.xlsx', 'TUN', 'fr', { Received: '1998-03-03', F1: 'Oui' });
    pick([await malaysia(), tunisia]);
    await screen.findByText(/in 2 submissions\.$/);
    pick([await returnedSubmission('peru.xlsx', 'PER', 'en', { Received: '1998-03-21', F1: 'Yes' }), tunisia]);
    await screen.findByText(/^Submissions added under the rows of the Responses table on the sheet “Responses”/);
    expect(await screen.findByText(/in 3 submissions\.$/)).toBeTruthy();

    const written = await readXlsx(opened!.bytes());
    expect(written.sheets.map((s) => s.name)).toEqual(['Notes', 'Responses', 'Import Log']);
    const responses = written.sheets[1];
    expect(responses.tables.map((t) => [t.name, t.range.bottom])).toEqual([['Responses', 4]]);
    expect(responses.rows.slice(1).map((r) => (r[3]?.kind === 'text' ? r[3].text : ''))).toEqual([
      'tunisie.xlsx › Tunisie!A1',
      'malaysia.xlsx › Malaysia!A1',
      'peru.xlsx › Peru!A1',
    ]);
    const log = written.sheets[2].rows.slice(3).map((r) => [r[0]?.kind === 'text' ? r[0].text : '', r[1]?.kind === 'text' ? r[1].text : '']);
    expect(log).toEqual([
      ['malaysia.xlsx', 'read'],
      ['tunisie.xlsx', 'read'],
      ['peru.xlsx', 'read'],
      ['tunisie.xlsx', 'skipped'],
    ]);
  });
});
