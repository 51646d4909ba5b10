/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WorkbookUnusableError } from '../../../../src/core';
import { sheet, workbook } from '../../../support/snapshot';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { LAST_ROUND, RESPONSES, SURVEY } from '../../support/workbooks';

async function onCompare(fake = new FakeWorkbook(SURVEY), submissions = 4) {
  renderInExcel(fake);
  await screen.findByText(new RegExp(`in ${submissions} submissions\\.$`));
  fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
  return fake;
}

/** The same in the French pane. */
async function onCompareInFrench(fake: FakeWorkbook, submissions: number) {
  renderInExcel(fake, 'fr');
  await screen.findByText(new RegExp(`dans ${submissions} soumissions\\.$`));
  fireEvent.click(screen.getByRole('tab', { name: 'Comparer' }));
  return fake;
}

function choose(kind: string, option?: string) {
  fireEvent.click(screen.getByLabelText(kind));
  if (!option) return;
  fireEvent.click(screen.getByRole('combobox'));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

async function previewed(subject: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  await screen.findByRole('heading', { level: 3, name: subject });
}

const rowOf = (label: string) => screen.getByText(label).closest('tr')!.textContent;
const SMALL_BASE = 'A percentage on fewer than 5 respondents shows as — (too few respondents to read).';

/** Six Members, five of them in Europe, in this round and the last: enough respondents for every percent to show. */
const europeans = ['France', 'Germany', 'Italy', 'Spain', 'Malta'];
const LARGER = workbook(
  sheet('Responses', [['Member', 'F1'], ...[...europeans, 'Kenya'].map((m, i) => [m, i < 3 ? 'Yes' : 'No'])]),
  sheet('Round 1997', [['Member', 'F1'], ...europeans.map((m) => [m, 'No'])]),
);

/** Five Europeans all Yes, five others all No: a region and its rest each large enough to read. */
const TEN = workbook(
  sheet('Responses', [
    ['Member', 'F1'],
    ...['France', 'Germany', 'Italy', 'Spain', 'Malta'].map((m) => [m, 'Yes']),
    ...['Japan', 'Kenya', 'Peru', 'Brazil', 'Canada'].map((m) => [m, 'No']),
  ]),
);

describe('Compare', () => {
  it('offers the Members that responded', async () => {
    await onCompare();
    fireEvent.click(screen.getByRole('combobox'));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['France', 'Germany', 'Japan', 'Kenya']);
  });

  it('previews a Member’s answers beside all respondents and its region', async () => {
    await onCompare();
    choose('A Member', 'Germany');
    await previewed('Germany');
    // Germany's region, Europe, has 2 respondents: too few for its percent to show.
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYesNo67%——');
    expect(
      screen
        .getAllByRole('columnheader')
        .slice(-4)
        .map((h) => h.textContent),
    ).toEqual(['Member', 'All', 'Region', 'Gap']);
    expect(screen.getByText('Region: Europe. Gap: the region’s percent less all respondents’, in points.')).toBeTruthy();
    expect(screen.getByText(SMALL_BASE)).toBeTruthy();
    expect(screen.getByText('Comparison ready: Germany.').getAttribute('role')).toBe('status');
    expect(screen.queryByText(/not counted/)).toBeNull();
  });

  it('says when the Member’s own submission is not counted, and why', async () => {
    await onCompare();
    choose('A Member', 'Japan');
    await previewed('Japan');
    expect(screen.getByText('This Member’s submission is not counted in the percentages: it has errors. Check lists them.')).toBeTruthy();
  });

  it('shows a Member’s region percent and its interval once the region has enough respondents, without the note', async () => {
    await onCompare(new FakeWorkbook(LARGER), 6);
    choose('A Member', 'Malta');
    await previewed('Malta');
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYesNo50% (19–81)60% (24–88)+10');
    expect(screen.queryByText(SMALL_BASE)).toBeNull();
  });

  it('previews a region against the other respondents, each side under the small-base rule', async () => {
    await onCompare();
    choose('A region', 'Europe');
    await previewed('Europe');
    // Two Europeans, and Kenya alone besides them (Japan is not counted): both too few to read.
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYes———');
    expect(
      screen
        .getAllByRole('columnheader')
        .slice(-3)
        .map((h) => h.textContent),
    ).toEqual(['Region', 'Others', 'Difference']);
    expect(screen.getByText(SMALL_BASE)).toBeTruthy();
  });

  it('previews a region of enough respondents against enough others, with intervals, the significant difference marked', async () => {
    await onCompare(new FakeWorkbook(TEN), 10);
    choose('A region', 'Europe');
    await previewed('Europe');
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYes100% (59–100)0% (0–42)+100 pp (+41 to +100) (significant)');
    expect(screen.getByText(/^In brackets: the 95 % interval of each percent and difference/)).toBeTruthy();
    expect(screen.queryByText(SMALL_BASE)).toBeNull();
  });

  it('previews a second round kept on another sheet', async () => {
    await onCompare();
    choose('A second round', 'Round 1997');
    await previewed('Round 1997');
    // Three respondents here, two there: each round too small to read.
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYes———');
    expect(screen.getByText(SMALL_BASE)).toBeTruthy();
  });

  it('previews two rounds of enough respondents in percentage points, with intervals, the change not significant', async () => {
    await onCompare(new FakeWorkbook(LARGER), 6);
    choose('A second round', 'Round 1997');
    await previewed('Round 1997');
    expect(rowOf('Greater public and media scrutiny')).toBe('F1Greater public and media scrutinyYes50% (19–81)0% (0–43)+50 pp (-3 to +81)');
  });

  it('says how to add a second round when the workbook has none', async () => {
    await onCompare(new FakeWorkbook(workbook(RESPONSES)));
    choose('A second round');
    expect(screen.getByText(/No other sheet of this workbook holds responses/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('writes the Comparison sheet alone, and keeps that comparison when the results are written again', async () => {
    const fake = await onCompare(new FakeWorkbook(workbook(RESPONSES, LAST_ROUND)));
    choose('A Member', 'Kenya');
    fireEvent.click(screen.getByRole('button', { name: 'Write Comparison sheet' }));
    await screen.findByText(/The Comparison sheet holds this comparison/);
    expect(fake.writtenSheets).toEqual([['Comparison']]);
    const tables = (i: number) => fake.plans[i].sheets.find((s) => s.name === 'Comparison')!.tables.map((t) => t.name);
    expect(tables(0)).toEqual(['MemberComparison', 'PublishedComparison']);

    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.plans).toHaveLength(2));
    expect(tables(1)).toEqual(['MemberComparison', 'PublishedComparison']);
  });
});

/** France answering in French, the others in English: each profile is written in its Member's language. */
const ANSWERED_IN_FRENCH = workbook(
  sheet('Responses', [
    ['Member', 'Received', 'F1', 'T1'],
    ['France', '1998-03-02', 'Oui', 'Prise'],
    ['Germany', '1998-03-05', 'No', 'Intended'],
    ['Kenya', '1998-03-12', 'Yes', 'Taken'],
  ]),
);

describe('Compare: a Member’s profile', () => {
  const profileButton = (name = 'Write Member profile') => screen.getByRole('button', { name });
  const description = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-describedby')!)!.textContent;

  it('waits for a Member, saying why to screen readers, then says which sheet it writes; a region or a round has none', async () => {
    await onCompare();
    const button = profileButton();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(description(button)).toMatch(/^Choose a Member to write its profile: /);
    choose('A Member', 'France');
    expect(profileButton().getAttribute('aria-disabled')).toBeNull();
    expect(description(profileButton())).toMatch(/^Writes the sheet Profile FRA: /);
    choose('A region');
    expect(screen.queryByRole('button', { name: 'Write Member profile' })).toBeNull();
    expect(screen.queryByText(/profile/)).toBeNull();
  });

  it('writes the chosen Member’s profile sheet alone, busy meanwhile, with the Analyse screen’s settings, and says what it wrote', async () => {
    const fake = await onCompare(new FakeWorkbook(ANSWERED_IN_FRENCH), 3);
    const writes = jest.spyOn(fake.engine, 'writeProfile');
    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    fireEvent.change(screen.getByLabelText('First responses'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    choose('A Member', 'France');
    let open!: () => void;
    fake.writeGate = new Promise((resolve) => (open = resolve));
    fireEvent.click(profileButton());
    expect(await within(screen.getByRole('tabpanel')).findByText('Writing the sheets…')).toBeTruthy();
    for (const name of ['Preview', 'Write Comparison sheet', 'Write Member profile'])
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(profileButton());
    open();
    expect(await screen.findByText('Wrote the sheet Profile FRA (France, in French).')).toBeTruthy();
    expect(fake.writtenSheets).toEqual([['Profile FRA']]);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledWith(
      expect.objectContaining({ paneLanguage: 'en', settings: expect.objectContaining({ firstResponses: 2 }) }),
      'FRA',
      expect.any(Function),
    );

    // Another Member: the message was of the one before.
    choose('A Member', 'Kenya');
    expect(screen.queryByText(/^Wrote the sheet/)).toBeNull();
    fireEvent.click(profileButton());
    expect(await screen.findByText('Wrote the sheet Profile KEN (Kenya, in English).')).toBeTruthy();
  });

  it('says what it wrote in French, the Member named in French', async () => {
    const fake = await onCompareInFrench(new FakeWorkbook(ANSWERED_IN_FRENCH), 3);
    fireEvent.click(screen.getByLabelText('Un Membre'));
    fireEvent.click(screen.getByRole('combobox'));
    fireEvent.click(screen.getByRole('option', { name: 'Allemagne' }));
    fireEvent.click(profileButton('Écrire le profil du Membre'));
    expect(await screen.findByText('Feuille Profile DEU écrite (Allemagne, en anglais).')).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox'));
    fireEvent.click(screen.getByRole('option', { name: 'France' }));
    fireEvent.click(profileButton('Écrire le profil du Membre'));
    expect(await screen.findByText('Feuille Profile FRA écrite (France, en français).')).toBeTruthy();
    expect(fake.writtenSheets).toEqual([['Profile DEU'], ['Profile FRA']]);
  });

  it('says, in an Excel that cannot set how a sheet prints, how to fit the profile to its page', async () => {
    const fake = new FakeWorkbook(ANSWERED_IN_FRENCH);
    fake.shortfalls = [{ extra: 'pageLayout', needs: '1.9' }];
    await onCompare(fake, 3);
    choose('A Member', 'France');
    fireEvent.click(profileButton());
    expect(
      await screen.findByText(
        'Wrote the sheet Profile FRA (France, in French). This version of Excel cannot set how it prints (that needs ExcelApi 1.9): set Fit to one page in Page Layout before printing it.',
      ),
    ).toBeTruthy();
  });

  it('says why when a sheet of the user’s takes the profile’s name, and writes nothing', async () => {
    const fake = await onCompare();
    choose('A Member', 'France');
    fake.writeFailure = new WorkbookUnusableError('sheet-name-taken', { sheet: 'Profile FRA' });
    fireEvent.click(profileButton());
    expect(await screen.findByText(/^The workbook already has a sheet named “Profile FRA” that is not the add-in’s/)).toBeTruthy();
    expect(screen.queryByText(/^Wrote the sheet/)).toBeNull();
    expect(fake.plans).toEqual([]);
  });

  it('says so when the Member’s submission has gone since the workbook was checked', async () => {
    const fake = await onCompare();
    choose('A Member', 'Kenya');
    // Kenya's row deleted in Excel, the pane not checked since: the dropdown still offers Kenya.
    fake.snapshot = workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['France', 'Yes'],
        ['Germany', 'No'],
      ]),
    );
    fireEvent.click(profileButton());
    expect(await screen.findByText('Kenya has no submission in this workbook: choose a Member that sent one.')).toBeTruthy();
    expect(screen.queryByText(/^Wrote the sheet/)).toBeNull();
    expect(fake.plans).toEqual([]);
  });
});
