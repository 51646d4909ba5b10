import type { SheetSnapshot } from '../workbook/snapshot';
import { formTable, textOf } from './form-table';

/** What the XLSForm's settings sheet says: one header row, one row of values. */
export interface FormSettings {
  readonly title?: string;
  readonly id?: string;
  readonly version?: string;
  readonly defaultLanguage?: string;
}

const KEYS: Readonly<Record<keyof FormSettings, string>> = {
  title: 'form_title',
  id: 'form_id',
  version: 'version',
  defaultLanguage: 'default_language',
};

export function readFormSettings(sheet: SheetSnapshot | undefined): FormSettings {
  const table = sheet && formTable(sheet);
  const row = table?.rows[0];
  if (!table || row === undefined) return {};
  return Object.fromEntries(
    Object.entries(KEYS)
      .map(([setting, key]) => [setting, textOf(table, row, key)])
      .filter(([, value]) => value !== ''),
  );
}
