import { readFileSync } from 'fs';
import { cellAt, type Cell, type WorkbookSnapshot } from '../../src/core';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { builtPane } from './support/built-pane';
import { runsBrowserTests } from './support/chromium';
import { responsesFile, returnedSubmission } from './support/returned-files';
import { surveyWorkbook, XLSX_TYPE } from './support/survey-workbook';

(runsBrowserTests() ? describe : describe.skip)('the built pane in a plain browser', () => {
  const built = builtPane();

  it('opens a workbook, checks it, analyses it, writes the results and downloads the workbook with them', async () => {
    const { page } = built.pane;
    await page.goto(built.url);
    await page.getByLabel('Open workbook').setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });

    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText('1 error and').waitFor();
    // The workbook layout's warnings fill the list's view: its errors alone show Japan's.
    await page.getByRole('combobox', { name: 'Severity' }).click();
    await page.getByRole('option', { name: 'Errors only' }).click();
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
    expect(tableRows(written, 'Summary', 'SurveySummary')[0]).toEqual(['Section', 'Question', 'Label', 'Answer', 'Count', 'Base', 'Percent', 'Low', 'High']);
    const errors = tableRows(written, 'Validation', 'ValidationIssues').filter((r) => r[0] === 'error');
    expect(errors).toEqual([['error', 'Responses', 'I5', 'Japan', 'T1', 'invalid-answer', expect.stringMatching(/^“Maybe” is not an answer/)]]);
    expect(tableRows(written, 'Settings')[1]).toEqual(['First responses', 3]);
  });

  it('creates a submission sheet, imports two returned files, and downloads the workbook with them', async () => {
    const { page } = built.pane;
    await page.goto(built.url);
    await page.getByLabel('Open workbook').setInputFiles({ name: 'master.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });
    await page.getByText('1 error and').waitFor();

    await page.getByRole('tab', { name: 'Template' }).click();
    const member = page.getByRole('combobox', { name: 'Member' });
    await member.click();
    await member.pressSequentially('malai');
    await page.getByRole('option', { name: 'Malaysia' }).click();
    await page.getByRole('radio', { name: 'French' }).check();
    await page.getByRole('button', { name: 'Create submission sheet' }).click();
    await page.getByText('Sheet “Malaisie” created. Download the workbook to keep it.').waitFor();

    await page.getByRole('tab', { name: 'Check' }).click();
    const tunisia = await returnedSubmission('TUN', 'fr', { Received: '1998-03-21', F1: 'Oui', F2: 'Non', T1: 'Prévu' });
    const others = await responsesFile([
      ['Member', 'F1', 'T1'],
      ['Peru', 'Yes', 'Taken'],
      ['Senegal', 'No', 'Intended'],
    ]);
    await page.getByLabel('Import submissions').setInputFiles([
      { name: 'tunisie.xlsx', mimeType: XLSX_TYPE, buffer: tunisia },
      { name: 'second-analyst.xlsx', mimeType: XLSX_TYPE, buffer: others },
    ]);
    await page.getByText('Submissions gathered into the sheet “Responses (consolidated)”.', { exact: false }).waitFor();
    const figures = page.locator('dt', { hasText: 'Submissions gathered' }).locator('xpath=following-sibling::dd');
    expect(await figures.textContent()).toBe('3');
    // Checked again: the 5 rows carried and the 3 gathered, and the Malaisie sheet still waiting to be filled.
    await page.getByText(/in 9 submissions\.$/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    const written = await readXlsx(readFileSync((await download.path())!));
    expect(written.sheets.map((s) => [s.name, Boolean(s.owned)])).toEqual([
      ['Responses', false],
      ['Malaisie', false],
      ['Responses (consolidated)', false],
      ['Import Log', true],
    ]);
    expect(written.sheets[0].rows).toHaveLength(6);
    const template = written.sheets[1];
    expect([plain(cellAt(template, 1, 1)), plain(cellAt(template, 3, 3))]).toEqual(['WCO integrity survey submission', 'Malaisie']);
    const consolidated = tableRows(written, 'Responses (consolidated)', 'Responses');
    expect(consolidated.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ['France', 'master.xlsx › Responses!A2'],
      ['Germany', 'master.xlsx › Responses!A3'],
      ['Kenya', 'master.xlsx › Responses!A4'],
      ['Japan', 'master.xlsx › Responses!A5'],
      ['Brazil', 'master.xlsx › Responses!A6'],
      ['Tunisie', 'tunisie.xlsx › Tunisie!A1'],
      ['Peru', 'second-analyst.xlsx › Responses!A2'],
      ['Senegal', 'second-analyst.xlsx › Responses!A3'],
    ]);
    expect(
      tableRows(written, 'Import Log', 'ImportLog')
        .slice(1)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['master.xlsx', 'read', 5],
      ['tunisie.xlsx', 'read', 1],
      ['second-analyst.xlsx', 'read', 2],
    ]);
  });
});

/** The values of a table of the written workbook (its header row first), or of the whole sheet. */
function tableRows(workbook: WorkbookSnapshot, sheetName: string, tableName?: string): unknown[][] {
  const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
  const range = tableName ? sheet.tables.find((t) => t.name === tableName)!.range : { top: 1, left: 1, bottom: sheet.rows.length, right: 2 };
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
