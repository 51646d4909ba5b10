/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
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
