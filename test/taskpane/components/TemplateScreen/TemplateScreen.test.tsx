/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WorkbookUnusableError, type Language, type SheetPlan } from '../../../../src/core';
import { sheet, workbook } from '../../../support/snapshot';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { RESPONSES, SURVEY } from '../../support/workbooks';

async function onTemplate(fake = new FakeWorkbook(SURVEY), language: Language = 'en') {
  renderInExcel(fake, language);
  await waitFor(() => expect(fake.reads).toBe(1));
  fireEvent.click(screen.getByRole('tab', { name: language === 'en' ? 'Template' : 'Modèle' }));
  return fake;
}

const field = () => screen.getByRole('combobox', { name: /^Member|^Membre/ });

/** Types into the Member field, its list open as typing opens it. */
function type(text: string) {
  if (field().getAttribute('aria-expanded') !== 'true') fireEvent.click(field());
  fireEvent.change(field(), { target: { value: text } });
}

const panel = () => within(screen.getByRole('tabpanel'));

function choose(typed: string, option: string) {
  type(typed);
  fireEvent.click(screen.getByRole('option', { name: option }));
}

const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create submission sheet' }));

/** The value the template puts in column C beside a label in column A ("Member", a question ID). */
function valueOf(plan: SheetPlan, key: string) {
  const cellAt = (row: number, column: number) => plan.blocks.map((b) => b.rows[row - b.top]?.[column - b.left]).find((v) => v !== undefined);
  const labelled = plan.blocks.find((b) => b.left === 1 && b.rows.some((r) => r[0] === key));
  return labelled && cellAt(labelled.top + labelled.rows.findIndex((r) => r[0] === key), 3);
}

describe('Template', () => {
  it('creates a Member’s submission sheet in the language chosen, as a new sheet, and shows its Member cell', async () => {
    const fake = await onTemplate();
    choose('germ', 'Germany');
    fireEvent.click(screen.getByRole('radio', { name: 'French' }));
    create();
    expect(await screen.findByText('Sheet “Allemagne” created. Its Member cell is selected.')).toBeTruthy();
    const [template] = fake.plans[0].sheets;
    expect([fake.plans[0].sheets.length, template.name, template.role]).toEqual([1, 'Allemagne', 'input']);
    expect(valueOf(template, 'Member')).toBe('Allemagne');
    expect(template.protection?.editable.length).toBeGreaterThan(1);
    expect(template.validations?.find((v) => v.range.top === 3)?.list).toMatchObject({ sheet: 'Allemagne' });
    expect(fake.cellsShown).toEqual([{ sheet: 'Allemagne', cell: 'C3' }]);
  });

  it('says, in an Excel without in-cell dropdowns, how the coordinator answers instead (in French too)', async () => {
    const fake = new FakeWorkbook(SURVEY);
    fake.shortfalls = [{ extra: 'dropdowns', needs: '1.8' }];
    await onTemplate(fake, 'fr');
    choose('ken', 'Kenya');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la feuille de soumission' }));
    const said = await screen.findByText(/^Feuille « Kenya » créée\./);
    expect(said.textContent).toMatch(
      /Cette version d’Excel ne peut pas placer de listes déroulantes dans les cellules de réponse \(il faut ExcelApi 1\.8\)\u202f?\u00a0?: le coordonnateur saisit chaque réponse/,
    );
  });

  it('never takes the name of a sheet the workbook has', async () => {
    const fake = await onTemplate(new FakeWorkbook(workbook(RESPONSES, sheet('kenya', [['notes']]))));
    choose('Ken', 'Kenya');
    create();
    await screen.findByText(/^Sheet “Kenya \(2\)” created\./);
    expect(fake.writtenSheets).toEqual([['Kenya (2)']]);
  });

  it('works on a workbook with no responses yet, and leaves the Member to the coordinator when none is chosen', async () => {
    const fake = await onTemplate(new FakeWorkbook(workbook(sheet('Sheet1', []))));
    create();
    await screen.findByText('Sheet “Submission” created. Its Member cell is selected.');
    expect(valueOf(fake.plans[0].sheets[0], 'Member')).toBeNull();
  });

  it('filters the Members as the user types: either language, without accents, or the code', async () => {
    await onTemplate();
    type('allemagne');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Germany']);
    type('cote');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Côte d’Ivoire']);
    type('MYS');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Malaysia']);
    type('Atlantis');
    expect(screen.getByRole('option').textContent).toBe('No Member matches “Atlantis”.');
  });

  it('takes a Member’s name typed in full, and refuses text that names no Member', async () => {
    const fake = await onTemplate();
    type('tunisie');
    fireEvent.blur(field());
    expect((field() as HTMLInputElement).value).toBe('Tunisia');

    type('Atlantis');
    fireEvent.blur(field());
    expect(screen.getByText('Choose a Member from the list, or leave the field empty.')).toBeTruthy();
    create();
    await waitFor(() => expect(fake.reads).toBe(1));
    expect(fake.plans).toEqual([]);
  });

  it('speaks the pane’s language, and makes the sheet in it until another is chosen', async () => {
    const fake = await onTemplate(new FakeWorkbook(SURVEY), 'fr');
    expect((screen.getByRole('radio', { name: 'Français' }) as HTMLInputElement).checked).toBe(true);
    choose('Pérou', 'Pérou');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la feuille de soumission' }));
    await screen.findByText('Feuille « Pérou » créée. Sa cellule Membre est sélectionnée.');
    expect(valueOf(fake.plans[0].sheets[0], 'Member')).toBe('Pérou');
  });

  it('in a browser, says to download the workbook', async () => {
    const fake = new FakeWorkbook(SURVEY, { insideExcel: false });
    await onTemplate(fake);
    create();
    expect(await screen.findByText('Sheet “Submission” created. Download the workbook to keep it.')).toBeTruthy();
  });

  it('says what to do when the sheet cannot be written', async () => {
    const fake = await onTemplate();
    fake.writeFailure = new WorkbookUnusableError('sheet-name-taken', { sheet: 'Submission' });
    create();
    expect(await screen.findByText(/^The workbook already has a sheet named “Submission” that is not the add-in’s/)).toBeTruthy();
    expect(screen.queryByText(/created\./)).toBeNull();
  });

  it('creates one sheet however often the button is pressed meanwhile, and says what it is doing', async () => {
    const fake = await onTemplate();
    let open!: () => void;
    fake.writeGate = new Promise((resolve) => (open = resolve));
    create();
    expect(await panel().findByText('Creating the submission sheet…')).toBeTruthy();
    create();
    expect(screen.getByRole('button', { name: 'Create submission sheet' }).getAttribute('aria-disabled')).toBe('true');
    open();
    await screen.findByText(/^Sheet “Submission” created\./);
    expect(fake.plans).toHaveLength(1);
  });
});
