/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import * as analysing from '../../../../src/core/workflows/analyse-workbook';
import { workbook } from '../../../support/snapshot';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { CRM_INDICATORS, RESPONSES, settingsSheet } from '../../support/workbooks';

async function onAnalyse(...sheets: Parameters<typeof workbook>) {
  const fake = new FakeWorkbook(workbook(...sheets));
  renderInExcel(fake);
  await screen.findByText(/in 4 submissions\.$/);
  fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
  return fake;
}

function figure(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!;
}

async function analysed() {
  fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
  await screen.findByText(/^Analysis ready/);
}

const firstResponses = () => screen.getByLabelText('First responses') as HTMLInputElement;
const population = () => screen.getByLabelText('Population') as HTMLInputElement;

describe('Analyse', () => {
  it('loads its settings from the Settings sheet', async () => {
    await onAnalyse(
      RESPONSES,
      settingsSheet(
        [
          ['First responses', 2],
          ['Base', 'respondents'],
          ['Language', 'fr'],
        ],
        true,
      ),
    );
    expect(firstResponses().value).toBe('2');
    expect((screen.getByLabelText('All counted respondents') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'French' }) as HTMLInputElement).checked).toBe(true);
  });

  it('previews the headline figures and each section’s percentages', async () => {
    await onAnalyse(RESPONSES);
    await analysed();
    expect(screen.getByText('Analysis ready: 3 respondents counted.').closest('[role="status"]')).toBeTruthy();
    expect(figure('Respondents counted')).toBe('3');
    expect(figure('Members responding')).toBe('4of 150 Members');
    expect(figure('Left out for errors')).toBe('1');
    const f1 = screen.getByText('Greater public and media scrutiny').closest('tr')!;
    expect(f1.textContent).toBe('F1Greater public and media scrutinyYes67%2 of 3');
  });

  it('counts only the first responses received when asked', async () => {
    await onAnalyse(RESPONSES);
    fireEvent.change(firstResponses(), { target: { value: '2' } });
    await analysed();
    expect(figure('Respondents counted')).toBe('2');
    expect(figure('Left out by First responses')).toBe('1');
  });

  it('counts every response when First responses is emptied, whatever the Settings sheet says', async () => {
    await onAnalyse(RESPONSES, settingsSheet([['First responses', 2]], true));
    fireEvent.change(firstResponses(), { target: { value: '' } });
    await analysed();
    expect(figure('Respondents counted')).toBe('3');
  });

  it('says what First responses takes, and analyses nothing until it is right', async () => {
    const fake = await onAnalyse(RESPONSES);
    fireEvent.change(firstResponses(), { target: { value: '2.5' } });
    expect(screen.getByText(/Enter a whole number, 1 or more/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(fake.reads).toBe(1);
  });

  describe('Population', () => {
    afterEach(() => jest.restoreAllMocks());
    /** The population each analysis was made with, and whether the pane asked for the registry's Members. */
    const asked = (analyses: jest.SpyInstance<analysing.AnalyseOutcome, Parameters<typeof analysing.analyseWorkbook>>) =>
      analyses.mock.calls.map(([, request], i) => [
        request.settings.population,
        request.registryPopulation,
        analyses.mock.results[i].value.analysis.options.population,
      ]);

    it('loads from the Settings sheet, and is empty without it: the Members of the registry', async () => {
      await onAnalyse(RESPONSES, settingsSheet([['Population', 4000]], true));
      expect(population().value).toBe('4000');
    });

    it('is passed in the request, and an emptied field means the Members of the registry, whatever the Settings sheet says', async () => {
      const analyses = jest.spyOn(analysing, 'analyseWorkbook');
      await onAnalyse(RESPONSES, settingsSheet([['Population', 4000]], true));
      fireEvent.change(population(), { target: { value: '250' } });
      await analysed();
      fireEvent.change(population(), { target: { value: '' } });
      await analysed();
      expect(asked(analyses)).toEqual([
        [250, undefined, 250],
        [undefined, true, 150],
      ]);
    });

    it('says what it takes, and analyses nothing until it is right', async () => {
      const fake = await onAnalyse(RESPONSES);
      fireEvent.change(population(), { target: { value: '0' } });
      expect(screen.getByText('Enter a whole number, 1 or more, or leave the field empty for the Members of the registry.')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
      fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
      expect(fake.reads).toBe(1);
    });

    it('is saved in the Settings sheet with the others when set', async () => {
      const fake = await onAnalyse(RESPONSES);
      fireEvent.change(population(), { target: { value: '4000' } });
      fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
      await waitFor(() => expect(fake.plans).toHaveLength(1));
      expect(fake.plans[0].sheets.at(-1)!.blocks[1].rows).toEqual([
        ['First responses', null],
        ['Base', null],
        ['Language', null],
        ['Population', 4000],
      ]);
    });
  });

  it('says, once written in an Excel that cannot set how sheets print, that they print as Excel sets them', async () => {
    const fake = new FakeWorkbook(workbook(RESPONSES));
    fake.shortfalls = [{ extra: 'pageLayout', needs: '1.9' }];
    renderInExcel(fake);
    await waitFor(() => expect(fake.reads).toBe(1));
    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    const said = await screen.findByText(/^Written: Summary, /);
    expect(said.textContent).toMatch(
      /This version of Excel cannot set how the sheets print \(that needs ExcelApi 1\.9, as in Microsoft 365 and Excel on the web\): they print with Excel’s own page setup\.$/,
    );
  });

  it('writes the summary sheets and charts, and saves the settings with them', async () => {
    const fake = await onAnalyse(RESPONSES, CRM_INDICATORS);
    fireEvent.change(firstResponses(), { target: { value: '3' } });
    fireEvent.click(screen.getByLabelText('All counted respondents'));
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.plans).toHaveLength(1));
    const said = 'Written: Summary, Charts, Regions, Comparison, CRM Summary, Validation. These settings are saved in the Settings sheet.';
    expect(await screen.findByText(said)).toBeTruthy();
    expect(fake.writtenSheets).toEqual([['Summary', 'Charts', 'Regions', 'Comparison', 'CRM Summary', 'Validation', 'Settings']]);
    const settings = fake.plans[0].sheets[6].blocks[1].rows;
    expect(settings).toEqual([
      ['First responses', 3],
      ['Base', 'respondents'],
      ['Language', null],
    ]);
    expect(figure('Respondents counted')).toBe('3');
  });

  it('never changes a Settings sheet of the user’s, and says so', async () => {
    const fake = await onAnalyse(RESPONSES, settingsSheet([['First responses', 2]]));
    expect(screen.getByText(/The Settings sheet is yours/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.writtenSheets).toEqual([['Summary', 'Charts', 'Regions', 'Comparison', 'CRM Summary', 'Validation']]));
  });

  it('writes the sheets’ labels in the language chosen', async () => {
    const fake = await onAnalyse(RESPONSES);
    fireEvent.click(screen.getByRole('radio', { name: 'French' }));
    fireEvent.click(screen.getByRole('button', { name: 'Write results' }));
    await waitFor(() => expect(fake.plans).toHaveLength(1));
    expect(fake.plans[0].sheets[0].blocks[0].rows[0][0]).toMatch(/^Enquête de l’OMD/);
  });
});
