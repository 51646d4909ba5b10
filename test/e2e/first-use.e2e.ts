import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { builtPane } from './support/built-pane';
import { runsBrowserTests } from './support/chromium';
import { manySubmissions } from './support/many-submissions';
import { responsesFile, returnedSubmission } from './support/returned-files';
import { surveyWorkbook, XLSX_TYPE } from './support/survey-workbook';

/** Every long task of the page (work holding its main thread over 50 ms), and every busy line shown, from the start. */
const WATCH = `
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.busyLines = new Set();
  new MutationObserver(() => {
    for (const element of document.querySelectorAll('[role="status"], [role="progressbar"]')) {
      const text = element.getAttribute('aria-label') || element.textContent;
      if (text) window.busyLines.add(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;

(runsBrowserTests() ? describe : describe.skip)('the pane in a plain browser, at first use and under long work', () => {
  const built = builtPane({ eachTest: true });

  beforeEach(async () => {
    await built.pane.page.addInitScript(WATCH);
    await built.pane.page.goto(built.url);
  });

  it('in a blank workbook, says there is nothing to check yet, makes a submission sheet and imports returned files', async () => {
    const { page } = built.pane;
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    await page.getByLabel('Open workbook').setInputFiles({ name: 'round-2027.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await blank.xlsx.writeBuffer()) });
    await page.getByText('Nothing to check yet', { exact: false }).waitFor();

    await page.getByRole('tab', { name: 'Template' }).click();
    await page.getByRole('button', { name: 'Create submission sheet' }).click();
    await page.getByText('Sheet “Submission” created.', { exact: false }).waitFor();

    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByLabel('Import submissions').setInputFiles([
      { name: 'tunisie.xlsx', mimeType: XLSX_TYPE, buffer: await returnedSubmission('TUN', 'fr', { Received: '1998-03-21', F1: 'Oui' }) },
      {
        name: 'peru.xlsx',
        mimeType: XLSX_TYPE,
        buffer: await responsesFile([
          ['Member', 'F1'],
          ['Peru', 'Yes'],
        ]),
      },
    ]);
    await page.getByText('Submissions gathered into the sheet “Responses”.', { exact: false }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    const written = await readXlsx(readFileSync((await download.path())!));
    expect(written.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Submission', 'Responses', 'Import Log']);
    expect(written.sheets[2].tables.map((t) => t.name)).toEqual(['Responses']);
  });

  it('checks 5,000 submissions off the page’s thread: progress in counts, no freeze over 500 ms, and a cancel that stops', async () => {
    const { page } = built.pane;
    const file = await manySubmissions(5000);
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    await page.getByLabel('Open workbook').setInputFiles({ name: 'round-5000.xlsx', mimeType: XLSX_TYPE, buffer: file });
    await page.getByText(/in 5,000 submissions\.$/).waitFor({ timeout: 120_000 });

    const seen = await page.evaluate(() => [...(window as unknown as { busyLines: Set<string> }).busyLines]);
    expect(seen).toEqual(expect.arrayContaining([expect.stringMatching(/^Checked [\d,]+ of 5,000 submissions$/)]));
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks.filter((ms) => ms >= 500)).toEqual([]);

    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Cancel' }).waitFor({ state: 'detached' });
    expect(await page.getByText(/^Analysis ready/).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // A new worker took the file: the next piece of work runs as before.
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByText('Analysis ready: 150 respondents counted.').waitFor({ timeout: 60_000 });
  });

  it('asks before another workbook takes the place of sheets written and not downloaded', async () => {
    const { page } = built.pane;
    await writeValidation();
    // The question as the page asks it, answered No: headless Chromium does not always report a confirm() to the test.
    await page.evaluate(() => {
      const asked: string[] = [];
      Object.assign(window, { asked, confirm: (message: string) => asked.push(message) < 0 });
    });
    let chooserOpened = false;
    page.on('filechooser', () => (chooserOpened = true));
    await page.getByRole('button', { name: 'Open another workbook' }).click();
    expect(await page.evaluate(() => (window as unknown as { asked: string[] }).asked)).toEqual([
      'Sheets were written to this workbook and not downloaded since. Open another workbook without them?',
    ]);
    expect(chooserOpened).toBe(false);
  });

  it('asks before the page is left with sheets written and not downloaded', async () => {
    await writeValidation();
    const asked = dialogsDismissed();
    await built.pane.page.close({ runBeforeUnload: true });
    await until(() => asked.length > 0);
    expect(asked).toEqual([expect.stringMatching(/^beforeunload/)]);
  });

  async function writeValidation() {
    const { page } = built.pane;
    await page.getByLabel('Open workbook').setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });
    await page.getByRole('button', { name: 'Write Validation sheet' }).click();
    await page.getByText('The Validation sheet lists every issue.').waitFor();
  }

  function dialogsDismissed(): string[] {
    const asked: string[] = [];
    built.pane.page.on('dialog', (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return asked;
  }
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`Not so after ${timeoutMs} ms`);
  }
}
