import { VALIDATION } from '../../../src/core';
import { REGISTRY_1998 } from '../../../src/core/members';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { REQUIRED_EXCEL_API } from '../../../src/hosts/excel/requirements';
import { localEngine } from '../../../src/taskpane/engine/local-engine';
import { excelWorkbook } from '../../../src/taskpane/workbook/excel-workbook';
import { returnedSubmission } from '../../taskpane/support/submission-files';
import { strictExcel, type StrictExcel } from './strict-excel';
import { modelOf } from './workbooks';

/**
 * The manifest declares REQUIRED_EXCEL_API (the manifest test ties the two): everything the pane asks of
 * Excel must run on exactly that, the double refusing any Office.js member of a newer set, and on the
 * newest set the host's extras use, where they all apply.
 */

const NEWEST_EXTRAS = '1.9';
const ASK = { paneLanguage: 'en', today: 45000 } as const;

/** Responses with issues to list (Japan's T1 off the scale), a second round and CRM indicators. */
const survey = (apiVersion: string): StrictExcel =>
  strictExcel(
    modelOf({
      sheets: [
        {
          name: 'Responses',
          rows: [
            ['Member', 'Received', 'F1', 'T1'],
            ['France', '1998-03-02', 'Yes', 'Taken'],
            ['Germany', '1998-03-05', 'No', 'Intended'],
            ['Japan', '1998-03-09', 'Yes', 'Maybe'],
            ['Kenya', '1998-03-12', 'Yes', 'Taken'],
          ],
        },
        {
          name: 'Round 1997',
          rows: [
            ['Member', 'F1', 'T1'],
            ['France', 'No', 'Taken'],
            ['Kenya', 'No', 'Not planned'],
          ],
        },
        {
          name: 'CRM Indicators',
          rows: [
            ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
            ['France', 'REV-YIELD', 'Implementation', '1996', 500, '1998', 560],
            ['Kenya', 'REV-YIELD', 'Diagnosis and Planning', '1996', 80, '1998', 80],
          ],
        },
      ],
    }),
    apiVersion,
  );

/** Three Members scoring the Arusha factors (S9), France in French: its profile draws them as a radar. */
const selfAssessed = (apiVersion: string): StrictExcel =>
  strictExcel(
    modelOf({
      sheets: [
        {
          name: 'Responses',
          rows: [
            ['Member', 'AR1', 'AR2', 'AR3', 'AR4'],
            ['France', 'En place', 'Partiel', 'Absent', 'En place'],
            ['Germany', 'In place', 'In place', 'Partly', 'Not in place'],
            ['Kenya', 'Partly', 'Not in place', 'In place', 'Partly'],
          ],
        },
      ],
    }),
    apiVersion,
  );

describe.each([REQUIRED_EXCEL_API, NEWEST_EXTRAS])('the Excel host on ExcelApi %s, as the pane drives it', (apiVersion) => {
  const extras = apiVersion === NEWEST_EXTRAS;

  it('reads and checks, writes the Validation sheet, then every analysis sheet with its charts, and goes to a cell', async () => {
    const excel = survey(apiVersion);
    const host = new ExcelHost(excel.office);
    const engine = localEngine(host);
    const checked = await engine.check({}, ASK.today);
    expect(checked.issues.length).toBeGreaterThan(0);
    await engine.writeAnalysis(ASK, { kind: 'one', sheet: VALIDATION });
    const written = await engine.writeAnalysis({ ...ASK, comparison: { kind: 'round', sheet: 'Round 1997' } }, { kind: 'results' });
    expect(written.sheets).toEqual(expect.arrayContaining([VALIDATION, 'CRM Summary', 'Comparison']));
    const sheets = written.sheets.map((name) => excel.model.sheet(name)!);
    expect(sheets.flatMap((sheet) => sheet.charts).length).toBeGreaterThan(0);
    expect(sheets.every((sheet) => (sheet.pageLayout.paperSize === 'A4') === extras)).toBe(true);
    await host.goTo(checked.issues[0].ref);
  });

  it('writes a Member’s profile, its self-assessment radar drawn and its printing set only where Excel has it, replaced when written again', async () => {
    const excel = selfAssessed(apiVersion);
    const engine = localEngine(new ExcelHost(excel.office));
    await engine.writeProfile(ASK, 'FRA');
    const written = await engine.writeProfile(ASK, 'FRA');
    expect(written).toMatchObject({ profile: { member: { code: 'FRA' } }, language: 'fr' });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Responses', 'Profile FRA']);
    const sheet = excel.model.sheet('Profile FRA')!;
    expect(sheet.charts.map((chart) => chart.type)).toEqual([expect.stringMatching(/^radar/i)]);
    expect(sheet.pageLayout.paperSize === 'A4').toBe(extras);
  });

  it('writes a Member’s submission template, its dropdowns only where Excel has them', async () => {
    const excel = survey(apiVersion);
    const template = await localEngine(new ExcelHost(excel.office)).createTemplate({ member: REGISTRY_1998.byCode('KEN')!, language: 'fr' });
    const sheet = excel.model.sheet(template.sheetName)!;
    expect(sheet.protected).toBe(true);
    expect(sheet.validations.length > 0).toBe(extras);
  });

  it('imports returned submissions into a consolidated sheet with its log', async () => {
    const excel = survey(apiVersion);
    const files = [await returnedSubmission('malaysia.xlsx', 'MYS', 'en', { F1: 'Yes', T1: 'Taken' })];
    const report = await localEngine(new ExcelHost(excel.office)).importSubmissions({ files, language: 'en', workbookName: 'master.xlsx' });
    expect(report.gathered).toBe(1);
    expect(excel.model.sheet(report.sheet!)!.values.length).toBeGreaterThan(1);
    expect(excel.model.sheet('Import Log')).toBeDefined();
  });
});

describe('what the pane says an older Excel cannot do', () => {
  it.each([
    [
      '1.7',
      [
        { extra: 'pageLayout', needs: '1.9' },
        { extra: 'dropdowns', needs: '1.8' },
      ],
    ],
    ['1.8', [{ extra: 'pageLayout', needs: '1.9' }]],
    ['1.9', []],
  ])('on ExcelApi %s: %j', (apiVersion, shortfalls) => {
    const host = new ExcelHost(survey(apiVersion).office);
    expect(host.shortfalls()).toEqual(shortfalls);
    expect(excelWorkbook(host).shortfalls).toEqual(shortfalls);
  });
});
