import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { cellAt, type Cell, type WorkbookSnapshot } from '../../src/core';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { runsBrowserTests, launchPane, type PaneBrowser } from './support/chromium';
import { serveFolder, type StaticServer } from './support/static-server';
import { surveyWorkbook, XLSX_TYPE } from './support/survey-workbook';

const DIST = resolve(__dirname, '..', '..', 'dist');

(runsBrowserTests() ? describe : describe.skip)('the built pane in a plain browser', () => {
  let server: StaticServer;
  let pane: PaneBrowser;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error(`${DIST}/taskpane.html is missing: run npm run build first.`);
    server = await serveFolder(DIST);
    pane = await launchPane();
  });

  afterAll(async () => {
    await pane?.close();
    await server?.close();
  });

  it('opens a workbook, checks it, analyses it, writes the results and downloads the workbook with them', async () => {
    const { page } = pane;
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByLabel('Open workbook').setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });

    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText('1 error and').waitFor();
    await page.getByText('“Maybe” is not an answer to this question.', { exact: false }).waitFor();

    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByLabel('First responses').fill('3');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByText('Analysis ready: 3 respondents counted.').waitFor();
    const counted = page.locator('dt', { hasText: 'Respondents counted' }).locator('xpath=following-sibling::dd');
    expect(await counted.textContent()).toBe('3');

    await page.getByRole('button', { name: 'Write results', exact: true }).click();
    await page.getByText(/^Written: Summary, Charts/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('survey-1998-results.xlsx');
    const written = await readXlsx(readFileSync((await download.path())!));
    expect(written.sheets.map((s) => [s.name, Boolean(s.owned)])).toEqual([
      ['Responses', false],
      ['Summary', true],
      ['Charts', true],
      ['Regions', true],
      ['Comparison', true],
      ['CRM Summary', true],
      ['Validation', true],
      ['Settings', true],
    ]);
    expect(tableRows(written, 'Summary', 'SurveySummary')[0]).toEqual([
      'Section',
      'Question',
      'Label',
      'Answer',
      'Count',
      'Base',
      'Percent',
    ]);
    const errors = tableRows(written, 'Validation', 'ValidationIssues').filter((r) => r[0] === 'error');
    expect(errors).toEqual([
      ['error', 'Responses', 'I5', 'Japan', 'T1', 'invalid-answer', expect.stringMatching(/^“Maybe” is not an answer/)],
    ]);
    expect(tableRows(written, 'Settings')[1]).toEqual(['First responses', 3]);
  });
});

/** The values of a table of the written workbook (its header row first), or of the whole sheet. */
function tableRows(workbook: WorkbookSnapshot, sheetName: string, tableName?: string): unknown[][] {
  const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
  const range = tableName
    ? sheet.tables.find((t) => t.name === tableName)!.range
    : { top: 1, left: 1, bottom: sheet.rows.length, right: 2 };
  const rows: unknown[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    rows.push(Array.from({ length: range.right - range.left + 1 }, (_, i) => plain(cellAt(sheet, row, range.left + i))));
  }
  return rows;
}

function plain(cell: Cell): unknown {
  if (cell === undefined) return null;
  return cell.kind === 'text' ? cell.text : cell.kind === 'error' ? cell.error : cell.kind === 'date' ? cell.serial : cell.value;
}
