import { formSheetNames, SETTINGS, settingsSheet, type Settings, type WorkbookPlan, type WorkbookSnapshot } from '../../core';

/** The add-in's sheets that a screen writes on its own, named as the workbook contract fixes them. */
export const VALIDATION = 'Validation';
export const COMPARISON = 'Comparison';
export const CRM_SUMMARY = 'CRM Summary';

/**
 * Whose the Settings sheet is: nobody's yet, the add-in's (the pane saved it), the user's (never
 * changed), or the XLSForm's: Excel's sheet names ignore case, so a form's `settings` sheet leaves
 * the add-in no room for its own.
 */
export type SettingsOwner = 'none' | 'add-in' | 'user' | 'form';

export function settingsOwner(snapshot: WorkbookSnapshot): SettingsOwner {
  const sheet = snapshot.sheets.find((s) => sameName(s.name, SETTINGS));
  if (sheet === undefined) return 'none';
  if (sheet.owned) return 'add-in';
  return formSheetNames(snapshot).includes(sheet.name) ? 'form' : 'user';
}

/** Saved unless the sheet is the user's, or there is neither a sheet nor anything to save. */
export function savesSettings(owner: SettingsOwner, settings: Settings): boolean {
  return owner === 'add-in' || (owner === 'none' && Object.keys(settings).length > 0);
}

/** Only the plan's sheets of these names: what a screen writes when it writes one sheet. */
export function onlySheets(plan: WorkbookPlan, names: readonly string[]): WorkbookPlan {
  return { sheets: plan.sheets.filter((s) => names.some((name) => sameName(s.name, name))) };
}

/** The plan with the Settings sheet saved last. */
export function withSettingsSaved(plan: WorkbookPlan, settings: Settings): WorkbookPlan {
  return { sheets: [...plan.sheets, settingsSheet(settings)] };
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
