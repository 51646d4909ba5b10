import type { WorkbookPlan } from '../../../src/core';
import { settingsOwner, withSettingsSaved } from '../../../src/taskpane/workbook/owned-sheets';
import { sheet, workbook } from '../../support/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../support/xlsform';

const plan = (...names: string[]): WorkbookPlan => ({ sheets: names.map((name) => ({ name, blocks: [], tables: [], charts: [] })) });

describe('the add-in’s own sheets', () => {
  it('tells whose the Settings sheet is', () => {
    expect(settingsOwner(workbook(sheet('Responses', [])))).toBe('none');
    expect(settingsOwner(workbook({ ...sheet(' settings ', []), owned: true }))).toBe('add-in');
    expect(settingsOwner(workbook(sheet('Settings', [])))).toBe('user');
  });

  it('tells when the Settings sheet is an XLSForm’s settings, which Excel cannot tell from the add-in’s', () => {
    expect(settingsOwner(workbook(...formSheets(INTEGRITY_FORM)))).toBe('form');
  });

  it('saves the settings last, in the sheet the Settings reader reads', () => {
    const saved = withSettingsSaved(plan('Summary'), { firstResponses: 36 });
    expect(saved.sheets.map((s) => s.name)).toEqual(['Summary', 'Settings']);
    expect(saved.sheets[1].blocks[1].rows[0]).toEqual(['First responses', 36]);
  });
});
