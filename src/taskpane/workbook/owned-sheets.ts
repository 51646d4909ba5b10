import { formSheetNames, sameExcelName, SETTINGS, settingsSheet, type Settings, type WorkbookPlan, type WorkbookSnapshot } from '../../core';

/**
 * Whose the Settings sheet is: nobody's yet, the add-in's (the pane saved it), the user's (never
 * changed), or the XLSForm's: Excel's sheet names ignore case, so a form's `settings` sheet leaves
 * the add-in no room for its own.
 */
export type SettingsOwner = 'none' | 'add-in' | 'user' | 'form';

export function settingsOwner(snapshot: WorkbookSnapshot): SettingsOwner {
  const sheet = snapshot.sheets.find((s) => sameExcelName(s.name.trim(), SETTINGS));
  if (sheet === undefined) return 'none';
  if (sheet.owned) return 'add-in';
  return formSheetNames(snapshot).includes(sheet.name) ? 'form' : 'user';
}

/** Saved unless the sheet is the user's, or there is neither a sheet nor anything to save. */
export function savesSettings(owner: SettingsOwner, settings: Settings): boolean {
  return owner === 'add-in' || (owner === 'none' && Object.keys(settings).length > 0);
}

/** The plan with the Settings sheet saved last. */
export function withSettingsSaved(plan: WorkbookPlan, settings: Settings): WorkbookPlan {
  return { sheets: [...plan.sheets, settingsSheet(settings)] };
}
