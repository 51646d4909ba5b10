/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ExcelNotFound } from '../../../../src/taskpane/workbook/pane-workbook';
import { FakeFileWorkbook, FakeWorkbook } from '../../support/fake-workbook';
import { renderInBrowser, renderInExcel } from '../../support/render';
import { SURVEY } from '../../support/workbooks';

describe('the pane inside Excel', () => {
  it('checks the workbook as soon as it opens', async () => {
    const { workbook } = renderInExcel();
    expect(await screen.findByText('1 error and 18 warnings in 4 submissions.')).toBeTruthy();
    expect(workbook.reads).toBe(1);
    expect(screen.queryByLabelText('Open workbook')).toBeNull();
  });

  it('speaks French when Office does, and switches language on request', async () => {
    renderInExcel(new FakeWorkbook(SURVEY), 'fr');
    expect(await screen.findByText('1 erreur et 18 avertissements dans 4 soumissions.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Vérifier' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('1 error and 18 warnings in 4 submissions.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'CRM' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows one screen at a time, as tabs', async () => {
    renderInExcel();
    await screen.findByText('1 error and 18 warnings in 4 submissions.');
    expect(screen.getByRole('tabpanel', { name: 'Check' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(screen.getByRole('tabpanel', { name: 'Analyse' })).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Check' })).toBeNull();
  });
});

/** jsdom's Blob has no text(). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('the pane in a plain browser', () => {
  afterEach(() => jest.restoreAllMocks());
  const file = () => new File(['not read by the fake'], 'round-1998.xlsx');

  it('asks for a workbook, opens it and checks it', async () => {
    const open = jest.fn(async (f: File) => new FakeFileWorkbook(f.name, SURVEY));
    renderInBrowser(open);
    expect(screen.queryByRole('tab')).toBeNull();
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    expect(await screen.findByText('1 error and 18 warnings in 4 submissions.')).toBeTruthy();
    expect(open).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Workbook: round-1998.xlsx')).toBeTruthy();
  });

  it('downloads the workbook once something is written, under a name of its own', async () => {
    const opened = new FakeFileWorkbook('round-1998.xlsx', SURVEY);
    renderInBrowser(async () => opened);
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    await screen.findByText('1 error and 18 warnings in 4 submissions.');
    const download = screen.getByRole('button', { name: 'Download workbook' });
    expect(download.getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Write Validation sheet' }));
    await screen.findByText('The Validation sheet lists every issue.');
    expect(download.getAttribute('aria-disabled')).toBeNull();

    const saved: { name: string; blob: Blob }[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => `blob:${saved.push({ name: '', blob })}`);
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    fireEvent.click(download);
    expect(saved.map((s) => s.name)).toEqual(['round-1998-results.xlsx']);
    expect(await textOf(saved[0].blob)).toBe('round-1998.xlsx after 1 writes');
  });

  it('says so when the file cannot be opened, and lets the user choose another', async () => {
    renderInBrowser(async () => {
      throw new Error('disk on fire');
    });
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    expect(await screen.findByText(/Something went wrong \(disk on fire\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open workbook' })).toBeTruthy();
  });

  it('starts afresh on another workbook', async () => {
    const second = new FakeFileWorkbook('round-1999.xlsx', SURVEY);
    const open = jest.fn().mockResolvedValueOnce(new FakeFileWorkbook('round-1998.xlsx', SURVEY)).mockResolvedValueOnce(second);
    renderInBrowser(open);
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    await screen.findByText('Workbook: round-1998.xlsx');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open another workbook' }).getAttribute('aria-disabled')).toBeNull());
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    await screen.findByText('Workbook: round-1999.xlsx');
    await waitFor(() => expect(second.reads).toBe(1));
  });
});

describe('the pane when office.js could not be loaded', () => {
  const notLoaded: ExcelNotFound = { reason: 'office-js-not-loaded', officeJsHost: 'appsforoffice.microsoft.com' };
  const file = () => new File(['not read by the fake'], 'round-1998.xlsx');
  const open = async (f: File) => new FakeFileWorkbook(f.name, SURVEY);

  it('says in one calm line why Excel was not found, and still opens and checks a workbook file', async () => {
    renderInBrowser(open, 'en', notLoaded);
    const line = screen.getByText(
      'Excel was not found: Office’s script (office.js) could not be loaded from appsforoffice.microsoft.com. You can still open a workbook file here.',
    );
    expect(line.closest('[role="alert"]')).toBeNull();
    fireEvent.change(screen.getByLabelText('Open workbook'), { target: { files: [file()] } });
    expect(await screen.findByText('1 error and 18 warnings in 4 submissions.')).toBeTruthy();
    expect(screen.queryByText(/Excel was not found/)).toBeNull();
  });

  it('says it in French', () => {
    renderInBrowser(open, 'fr', notLoaded);
    expect(screen.getByText(/^Excel est introuvable/).textContent).toBe(
      'Excel est introuvable\u00a0: le script d’Office (office.js) n’a pas pu être chargé depuis appsforoffice.microsoft.com. Vous pouvez tout de même ouvrir un classeur ici.',
    );
  });

  it('names the add-in’s own server when office.js is served with it', () => {
    renderInBrowser(open, 'en', { reason: 'office-js-not-loaded', officeJsHost: 'survey.example.org' });
    expect(screen.getByText(/could not be loaded from survey\.example\.org\./)).toBeTruthy();
  });

  it('raises no alarm in a plain browser, where office.js loaded and found no Office', () => {
    renderInBrowser(open);
    expect(screen.getByText(/Open a survey workbook/)).toBeTruthy();
    expect(screen.queryByText(/Excel was not found/)).toBeNull();
  });
});
