/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { CRM_INDICATORS, RESPONSES } from '../../support/workbooks';
import { sheet, workbook } from '../../../support/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../../support/xlsform';

const SUMMARY = '1 error and 18 warnings in 4 submissions.';

async function checked(fake = new FakeWorkbook(workbook(RESPONSES, CRM_INDICATORS)), inBrowser = false) {
  if (inBrowser) delete fake.goTo;
  renderInExcel(fake);
  await screen.findByText(SUMMARY);
  return fake;
}

/** Its 18 warnings fill the list's view: Japan's issue is under them. */
const foldLayout = () => fireEvent.click(screen.getByRole('button', { name: /^Workbook layout/ }));

describe('Check', () => {
  it('groups the issues by Member, the workbook’s layout first, each with its count by severity', async () => {
    await checked();
    foldLayout();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Workbook layout18 warnings', 'Japan1 error']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Error: Responses!D4 · Question T1“Maybe” is not an answer to this question. Accepted answers: Taken, Intended, Not planned.',
    ]);
  });

  it('takes the user to the cell of the issue chosen, in Excel', async () => {
    const fake = await checked();
    foldLayout();
    fireEvent.click(screen.getByRole('button', { name: /Responses!D4/ }));
    await waitFor(() => expect(fake.cellsShown).toEqual([{ sheet: 'Responses', cell: 'D4' }]));
    expect(screen.getByRole('button', { name: /Responses!D4/ }).getAttribute('aria-current')).toBe('true');
  });

  it('names the cell of the issue chosen, in a browser', async () => {
    await checked(undefined, true);
    expect(screen.getByText(/Fix the issues in your spreadsheet program/)).toBeTruthy();
    foldLayout();
    fireEvent.click(screen.getByRole('button', { name: /Responses!D4/ }));
    const note = screen.getByText('Cell Responses!D4: fix it in the workbook, then open it here again and check.');
    expect(note.getAttribute('role')).toBe('status');
  });

  it('checks again after a fix', async () => {
    const fake = await checked();
    fake.snapshot = workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['France', 'Yes'],
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/^\d+ warnings in 1 submission\.$/)).toBeTruthy();
    expect(fake.reads).toBe(2);
    expect(screen.queryByText('Japan1 error')).toBeNull();
  });

  it('writes the Validation sheet alone, on request', async () => {
    const fake = await checked();
    fireEvent.click(screen.getByRole('button', { name: 'Write Validation sheet' }));
    await screen.findByText('The Validation sheet lists every issue.');
    expect(fake.writtenSheets).toEqual([['Validation']]);
    const table = fake.plans[0].sheets[0].tables[0];
    expect(table.name).toBe('ValidationIssues');
    expect(table.rows.filter((r) => r[0] === 'error').map((r) => r.slice(1, 3))).toEqual([['Responses', 'D4']]);
  });

  it('says what to do when the workbook has no responses, and only that', async () => {
    renderInExcel(new FakeWorkbook(workbook(sheet('Notes', [['Nothing here yet']]))));
    expect(await screen.findByText(/No responses found\. The workbook needs a sheet or table named “Responses”/)).toBeTruthy();
    expect(screen.queryByText('Press Check to look for problems.')).toBeNull();
  });

  it('starts nothing while a check is running', async () => {
    const fake = await checked();
    const check = screen.getByRole('button', { name: 'Check' });
    fireEvent.click(check);
    fireEvent.click(check);
    await screen.findByText(SUMMARY);
    await waitFor(() => expect(check.getAttribute('aria-disabled')).toBeNull());
    expect(fake.reads).toBe(2);
  });
});

describe('Check, for a workbook holding an XLSForm whose Member question has another name', () => {
  const rename = <T,>(rows: T[][]) => rows.map((row) => row.map((cell) => (cell === 'country' ? 'administration' : cell)));
  const RESPONSES_TO_FORM = sheet('Responses', [
    ['administration', 'has_code'],
    ['MYS', 'yes'],
    ['KEN', 'no'],
  ]);
  const FORM = { survey: rename(INTEGRITY_FORM.survey), choices: INTEGRITY_FORM.choices! };
  const FORM_WORKBOOK = workbook(...formSheets(FORM), RESPONSES_TO_FORM);

  it('asks for the question naming the Member, checks with the one chosen, and saves it with the results', async () => {
    const fake = new FakeWorkbook(FORM_WORKBOOK);
    renderInExcel(fake);
    expect(await screen.findByText(/The form has no question named member or country/)).toBeTruthy();
    expect(screen.getByText(/^1 error and/)).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: 'Member question' }));
    fireEvent.click(screen.getByRole('option', { name: 'administration · Member' }));
    expect(await screen.findByText(/^\d+ warnings in 2 submissions\.$/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Member question' }).textContent).toBe('administration · Member');
    expect(fake.reads).toBe(2);

    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(screen.getByText(/^Computes the percentages of the form’s questions/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.plans).toHaveLength(1));
    const settings = fake.plans[0].sheets.find((s) => s.name === 'Settings')!;
    expect(settings.blocks[1].rows).toContainEqual(['Member question', 'administration']);
  });

  it('says the choice is not saved when the form’s settings sheet takes the name Settings', async () => {
    const fake = new FakeWorkbook(workbook(...formSheets({ ...FORM, settings: INTEGRITY_FORM.settings! }), RESPONSES_TO_FORM));
    renderInExcel(fake);
    fireEvent.click(await screen.findByRole('combobox', { name: 'Member question' }));
    fireEvent.click(screen.getByRole('option', { name: 'administration · Member' }));
    await screen.findByText(/^\d+ warnings in 2 submissions\.$/);
    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(screen.getByText(/The XLSForm’s settings sheet takes the name Settings/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.plans).toHaveLength(1));
    expect(fake.writtenSheets[0]).not.toContain('Settings');
  });

  it('shows no Member question for the built-in questionnaire', async () => {
    await checked();
    expect(screen.queryByRole('combobox', { name: 'Member question' })).toBeNull();
  });
});
