import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { STRINGS, type Strings } from '../../src/taskpane/i18n/strings';
import { CRM_ROWS } from '../taskpane/support/workbooks';
import { axeFailuresIn } from './support/axe';
import { builtPane } from './support/built-pane';
import { runsBrowserTests } from './support/chromium';
import { surveyWorkbook, XLSX_TYPE } from './support/survey-workbook';

const LOOKS = [
  { language: 'en', colorScheme: 'light' },
  { language: 'en', colorScheme: 'dark' },
  { language: 'fr', colorScheme: 'light' },
  { language: 'fr', colorScheme: 'dark' },
] as const;

type Look = (typeof LOOKS)[number];

const COMPARE_KINDS = ['member', 'region', 'round'] as const;

/** The survey workbook with a second round and CRM indicators, so that every screen has something to show. */
async function workbookForEveryScreen(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await surveyWorkbook()) as unknown as ExcelJS.Buffer);
  workbook.addWorksheet('Round 1997').addRows([
    ['Member', 'F1', 'T1'],
    ['France', 'No', 'Taken'],
    ['Kenya', 'No', 'Not planned'],
  ]);
  workbook.addWorksheet('CRM Indicators').addRows(CRM_ROWS);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The start screen in the look's language and theme; the pane follows the browser's colour scheme. */
async function startScreen(page: Page, url: string, look: Look) {
  await page.emulateMedia({ colorScheme: look.colorScheme });
  await page.goto(url);
  if (look.language !== 'en') await page.getByRole('button', { name: STRINGS.en.otherLanguage.name }).click();
}

async function compareEachSubject(page: Page, s: Strings, audit: (screen: string) => Promise<void>) {
  await page.getByRole('tab', { name: s.tabs.compare }).click();
  for (const kind of COMPARE_KINDS) {
    await page.getByRole('radio', { name: s.compare.kinds[kind] }).check();
    await page.getByRole('combobox', { name: s.compare[kind] }).click();
    const option = page.getByRole('option').first();
    const subject = (await option.textContent())!;
    await option.click();
    await page.getByRole('button', { name: s.compare.preview, exact: true }).click();
    await page.getByRole('heading', { level: 3, name: subject, exact: true }).waitFor();
    await audit(`Compare, ${kind} ${subject}`);
    if (kind !== 'member') continue;
    await page.getByRole('button', { name: s.compare.writeProfile, exact: true }).click();
    // "Wrote the sheet Profile BRA (Brazil, in English).": the success bar names the Member.
    await page.getByText(`(${subject}, `, { exact: false }).waitFor();
    await audit(`Compare, ${subject}’s profile written`);
  }
}

/** Every screen with its results shown, `audit` called on each: before a workbook is open, then tab by tab. */
async function everyScreen(page: Page, s: Strings, audit: (screen: string) => Promise<void>) {
  await audit('start screen');
  await page.getByLabel(s.file.open).setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await workbookForEveryScreen() });
  await page
    .getByRole('status')
    .filter({ hasText: s.check.severity.error(1) })
    .first()
    .waitFor();
  await audit('Check');

  await page.getByRole('tab', { name: s.tabs.analyse }).click();
  await page.getByRole('button', { name: s.analyse.run, exact: true }).click();
  await page.getByRole('heading', { name: s.analyse.headline.heading }).waitFor();
  await audit('Analyse');

  await compareEachSubject(page, s, audit);

  await page.getByRole('tab', { name: s.tabs.crm }).click();
  await page.getByRole('button', { name: s.crm.readAgain, exact: true }).click();
  await page.getByText(s.crm.ready(2), { exact: false }).waitFor();
  await audit('CRM');

  await page.getByRole('tab', { name: s.tabs.template }).click();
  await page.getByRole('combobox', { name: s.template.member }).waitFor();
  await audit('Template');
}

(runsBrowserTests() ? describe : describe.skip)('the built pane, to axe-core', () => {
  const built = builtPane();

  it.each(LOOKS)('has no serious or critical violation, nor a skipped heading level, on any screen in $language, $colorScheme', async (look) => {
    const { page } = built.pane;
    const failures: string[] = [];
    await startScreen(page, built.url, look);
    await everyScreen(page, STRINGS[look.language], async (screen) => void failures.push(...(await axeFailuresIn(page, screen))));
    expect(failures).toEqual([]);
  });

  it('announces Open workbook and Import submissions once each: the file inputs behind them are out of the accessibility tree', async () => {
    const { page } = built.pane;
    const s = STRINGS.en;
    await startScreen(page, built.url, LOOKS[0]);
    expect(await page.getByRole('button', { name: s.file.open, exact: true }).count()).toBe(1);
    await page.getByLabel(s.file.open).setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });
    await page.getByRole('tab', { name: s.tabs.check }).waitFor();
    expect(await page.getByRole('button', { name: s.imports.button, exact: true }).count()).toBe(1);
  });
});
