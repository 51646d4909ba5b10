import { mkdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { REGIONS, REGISTRY_1998 } from '../../src/core';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { launchPane, runsBrowserTests } from './support/chromium';
import { serveFolder, type StaticServer } from './support/static-server';
import { responsesFile, returnedSubmission, workbookFile } from './support/returned-files';
import { INTEGRITY_FORM } from '../support/xlsform';
import { XLSX_TYPE } from './support/survey-workbook';

/**
 * Not a test: pictures of every screen of the built pane, in both languages and both themes, at a task
 * pane's width, to look at. `npm run screenshots` (after `npm run build`); SCREENSHOTS=dir says where.
 */
const OUT = process.env.SCREENSHOTS ?? join(tmpdir(), 'wco-pane-screenshots');
const ROOT = resolve(__dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'samples', 'integrity-survey-sample.xlsx'));

const LOOKS = [
  { language: 'en', locale: 'en-GB', colorScheme: 'light' },
  { language: 'en', locale: 'en-GB', colorScheme: 'dark' },
  { language: 'fr', locale: 'fr-FR', colorScheme: 'light' },
  { language: 'fr', locale: 'fr-FR', colorScheme: 'dark' },
] as const;

type Look = (typeof LOOKS)[number];

/** The whole page, or only what the pane shows at first (a long list of issues below it says nothing new). */
async function shoot(page: Page, look: Look, screen: string, fullPage = true, settle = 400) {
  await page.waitForTimeout(settle); // Accordions and tabs animate.
  await page.screenshot({ path: join(OUT, `${look.language}-${look.colorScheme}-${screen}.png`), fullPage });
}

async function everyScreen(page: Page, url: string, look: Look) {
  const s = STRINGS[look.language];
  await page.goto(url);
  await shoot(page, look, '0-start');
  await page.getByLabel(s.file.open).setInputFiles({ name: 'integrity-survey-sample.xlsx', mimeType: XLSX_TYPE, buffer: SAMPLE });
  await page.getByRole('tab', { name: s.tabs.check }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: s.check.summary(8, 0, 44).split(' ')[1] })
    .first()
    .waitFor();
  await shoot(page, look, '1-check');
  await page.getByRole('button', { name: /Responses!E8/ }).click();
  await shoot(page, look, '1-check-chosen');

  await page.getByRole('tab', { name: s.tabs.analyse }).click();
  await page.getByRole('button', { name: s.analyse.run, exact: true }).click();
  await page.getByText(s.analyse.headline.heading).waitFor();
  await shoot(page, look, '2-analyse');
  await page.getByRole('button', { name: s.analyse.write, exact: true }).click();
  await page.getByRole('button', { name: s.file.download }).and(page.locator(':not([aria-disabled])')).waitFor();
  await shoot(page, look, '2-analyse-written');

  await page.getByRole('tab', { name: s.tabs.compare }).click();
  await page.getByRole('combobox').click();
  const malaysia = REGISTRY_1998.byCode('MYS')!.name[look.language];
  await page.getByRole('option', { name: malaysia }).click();
  await page.getByRole('button', { name: s.compare.preview, exact: true }).click();
  await page.getByRole('heading', { level: 3, name: malaysia }).waitFor();
  await shoot(page, look, '3-compare-member');
  await page.getByRole('button', { name: s.compare.writeProfile, exact: true }).click();
  await page.getByText(s.compare.profileWritten('Profile MYS', malaysia, 'en'), { exact: true }).waitFor();
  await shoot(page, look, '3-compare-member-profile');
  await page.getByLabel(s.compare.kinds.region).check();
  await page.getByRole('combobox').click();
  await shoot(page, look, '3-compare-regions');
  const europe = REGIONS.EUR[look.language];
  await page.getByRole('option', { name: europe }).click();
  await page.getByRole('button', { name: s.compare.preview, exact: true }).click();
  await page.getByRole('heading', { level: 3, name: europe }).waitFor();
  await shoot(page, look, '3-compare-region');
  // Chart 2 holds a significant difference for Europe, in bold.
  const chart2 = s.analyse.chart(2, '').replace(/[\s:]+$/u, '');
  await page.getByRole('button', { name: new RegExp(`^${chart2}`) }).click();
  await shoot(page, look, '3-compare-region-chart-2');

  await page.getByRole('tab', { name: s.tabs.crm }).click();
  await shoot(page, look, '4-crm');

  await page.getByRole('tab', { name: s.tabs.template }).click();
  await shoot(page, look, '5-template');
  const member = page.getByRole('combobox', { name: s.template.member });
  await member.click();
  await member.pressSequentially('ma');
  await shoot(page, look, '5-template-members');
  const malta = REGISTRY_1998.byCode('MLT')!.name[look.language];
  await page.getByRole('option', { name: malta }).click();
  await page.getByRole('button', { name: s.template.create }).click();
  await page.getByText(s.template.created(malta), { exact: false }).waitFor();
  await shoot(page, look, '5-template-created');
  await member.fill('Atlantis');
  await member.blur();
  await shoot(page, look, '5-template-unmatched');

  await page.getByRole('tab', { name: s.tabs.check }).click();
  // Enough returned files for the progress to stay in view a moment.
  const tunisia = await returnedSubmission('TUN', 'fr', { F1: 'Oui', F2: 'Non', T1: 'Prévu' });
  const returned = Array.from({ length: 80 }, (_, i) => ({ name: `returned-${i + 1}.xlsx`, mimeType: XLSX_TYPE, buffer: tunisia }));
  await page.getByLabel(s.imports.button).setInputFiles([
    ...returned,
    { name: 'scan-of-the-letter.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('not a workbook') },
    { name: 'notes.xlsx', mimeType: XLSX_TYPE, buffer: await responsesFile([['Thank you for your patience']], 'Notes') },
    {
      name: 'second-analyst.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await responsesFile([
        ['Member', 'F1'],
        ['Peru', 'Yes'],
      ]),
    },
  ]);
  await page.getByRole('progressbar', { name: s.busy.importing }).waitFor();
  await shoot(page, look, '6-import-progress', false, 0);
  await page.getByRole('list', { name: s.imports.notUsed(2) }).waitFor();
  await page.getByRole('button', { name: s.check.run, exact: true }).and(page.locator(':not([aria-disabled])')).waitFor();
  await shoot(page, look, '6-import', false);
  // A second import adds a late file under the first one's Responses table, and skips a file it imported.
  const peru = await returnedSubmission('PER', look.language, {
    F1: look.language === 'fr' ? 'Oui' : 'Yes',
    T1: look.language === 'fr' ? 'Prévu' : 'Intended',
  });
  await page.getByLabel(s.imports.button).setInputFiles([{ name: 'late.xlsx', mimeType: XLSX_TYPE, buffer: peru }, returned[0]]);
  await page.getByRole('list', { name: s.imports.notUsed(1) }).waitFor();
  await page.getByText(s.imports.importedBefore, { exact: true }).waitFor();
  await page.getByRole('button', { name: s.check.run, exact: true }).and(page.locator(':not([aria-disabled])')).waitFor();
  await shoot(page, look, '6-import-again', false);

  await formScreens(page, look);
}

/** A workbook holding an XLSForm whose Member question is called `administration`, with a dozen responses. */
async function formWorkbook(): Promise<Buffer> {
  const rename = (rows: readonly (readonly unknown[])[]) => rows.map((row) => row.map((cell) => (cell === 'country' ? 'administration' : cell)));
  const members = ['KEN', 'MYS', 'JPN', 'MLT', 'PER', 'SEN', 'TUN', 'FRA', 'CAN', 'IND', 'BRA', 'EGY'];
  const responses = members.map((code, i) => [code, i % 3 ? 'yes' : 'no', ['code', 'code training', 'training rotation'][i % 3], 10 * (i + 1)]);
  return workbookFile({
    survey: rename(INTEGRITY_FORM.survey),
    choices: INTEGRITY_FORM.choices!,
    Responses: [['administration', 'has_code', 'measures', 'staff'], ...responses],
  });
}

async function formScreens(page: Page, look: Look) {
  const s = STRINGS[look.language];
  // The sheets written before were not downloaded: the pane asks before opening another workbook.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel(s.file.open).setInputFiles({ name: 'integrity-2027.xlsx', mimeType: XLSX_TYPE, buffer: await formWorkbook() });
  const question = page.getByRole('combobox', { name: s.check.memberQuestion });
  await question.waitFor();
  await shoot(page, look, '7-form-member-question', false);
  await question.click();
  await page.getByRole('option', { name: /^administration/ }).click();
  await page.getByRole('status').filter({ hasText: '12' }).first().waitFor();
  await shoot(page, look, '7-form-member-chosen', false);
  await page.getByRole('tab', { name: s.tabs.analyse }).click();
  await page.getByRole('button', { name: s.analyse.run, exact: true }).click();
  await page.getByText(s.analyse.headline.heading).waitFor();
  await shoot(page, look, '7-form-analyse');
}

(runsBrowserTests() ? describe : describe.skip)('screenshots of the built pane', () => {
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await serveFolder(join(ROOT, 'dist'));
  });
  afterAll(() => server?.close());

  it.each(LOOKS)('every screen in $language, $colorScheme', async (look) => {
    const pane = await launchPane({ locale: look.locale, colorScheme: look.colorScheme });
    try {
      await everyScreen(pane.page, `${server.url}/taskpane.html`, look);
      expect(pane.refused).toEqual([]);
    } finally {
      await pane.close();
    }
    console.log(`Screenshots in ${OUT}`);
  });
});
