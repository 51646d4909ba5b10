import { builtPane } from './support/built-pane';
import { OFFICE_JS_CDN, runsBrowserTests } from './support/chromium';
import { surveyWorkbook, XLSX_TYPE } from './support/survey-workbook';

const NOT_LOADED =
  'Excel was not found: Office’s script (office.js) could not be loaded from appsforoffice.microsoft.com. You can still open a workbook file here.';

(runsBrowserTests() ? describe : describe.skip)('the built pane loading office.js from Microsoft’s CDN, in a plain browser', () => {
  const built = builtPane({ eachTest: true });

  it('loads office.js, which finds no Office, and asks for a workbook with no alarm', async () => {
    const { page } = built.pane;
    await page.goto(built.url);
    await page.getByRole('button', { name: 'Open workbook' }).waitFor();
    expect(await page.evaluate(() => typeof Office)).toBe('object');
    expect(await page.getByText('Excel was not found', { exact: false }).count()).toBe(0);
  });

  it('says why Excel was not found when the CDN cannot be reached, and still opens and checks a workbook file', async () => {
    const { page } = built.pane;
    await page.route(`${OFFICE_JS_CDN}**`, (route) => route.abort('internetdisconnected'));
    await page.goto(built.url);
    await page.getByText(NOT_LOADED).waitFor();
    expect(await page.evaluate(() => typeof Office)).toBe('undefined');

    await page.getByLabel('Open workbook').setInputFiles({ name: 'survey-1998.xlsx', mimeType: XLSX_TYPE, buffer: await surveyWorkbook() });
    await page.getByText(/^1 error and \d+ warnings in 5 submissions\.$/).waitFor();
  });
});
