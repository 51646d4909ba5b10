import { mkdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { REGISTRY_1998 } from '../../src/core';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import { launchPane, runsBrowserTests } from './support/chromium';
import { serveFolder, type StaticServer } from './support/static-server';
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

async function shoot(page: Page, look: Look, screen: string) {
  await page.waitForTimeout(400); // Accordions and tabs animate.
  await page.screenshot({ path: join(OUT, `${look.language}-${look.colorScheme}-${screen}.png`), fullPage: true });
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
  await page.getByLabel(s.compare.kinds.region).check();
  await page.getByRole('combobox').click();
  await shoot(page, look, '3-compare-regions');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: s.tabs.crm }).click();
  await shoot(page, look, '4-crm');
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
    } finally {
      await pane.close();
    }
    console.log(`Screenshots in ${OUT}`);
  });
});
