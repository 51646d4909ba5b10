import { isLanguage, type Language } from '../i18n/language';
import type { BaseOption } from '../analyse/options';
import { fold, visibleText } from '../text/fold';
import { a1, type CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { sameExcelName } from '../workbook/excel-names';
import { cellAt, type Cell, type WorkbookSnapshot } from '../workbook/snapshot';
import type { Questionnaire } from '../questionnaire/types';
import { memberQuestionNamed } from '../xlsform/member-question';

export const SETTINGS = 'Settings';

/** What the `Settings` sheet says; a setting it leaves out keeps its default. */
export interface Settings {
  readonly firstResponses?: number;
  /**
   * How many the survey was sent to, when not the Members of the registry (a survey of staff, say):
   * the N of each percent's interval (issue #19). Absent: the Members of the registry.
   */
  readonly population?: number;
  readonly base?: BaseOption;
  readonly language?: Language;
  /** The XLSForm question whose answer names the Member, where the form has none called `member` or `country`. */
  readonly memberQuestion?: string;
}

/** A setting whose value cannot be used (kept as default), or a row that names no setting. */
export interface SettingProblem {
  readonly ref: CellRef;
  readonly setting: string;
  readonly value: string;
  readonly kind: 'invalid-value' | 'unknown-setting';
}

type Key = keyof Settings;

// Maps, not objects: a setting or value such as "constructor" must not find Object.prototype's members.
const NAMES: ReadonlyMap<string, Key> = new Map<string, Key>([
  ['first responses', 'firstResponses'],
  ['premieres reponses', 'firstResponses'],
  ['population', 'population'],
  ['base', 'base'],
  ['language', 'language'],
  ['langue', 'language'],
  ['member question', 'memberQuestion'],
  ['question membre', 'memberQuestion'],
]);

const BASES: ReadonlyMap<string, BaseOption> = new Map<string, BaseOption>([
  ['answered', 'answered'],
  ['ayant repondu', 'answered'],
  ['respondents', 'respondents'],
  ['repondants', 'respondents'],
  ['applicable', 'applicable'],
  ['concernes', 'applicable'],
]);

/** A whole number, 1 or more, as a number or as text. */
function wholeNumber(cell: Cell): number | undefined {
  const n = cell?.kind === 'number' ? cell.value : Number(visibleText(displayCell(cell)));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const PARSE: { readonly [K in Key]: (cell: Cell, questionnaire: Questionnaire) => Settings[K] | undefined } = {
  firstResponses: wholeNumber,
  population: wholeNumber,
  base: (cell) => BASES.get(fold(displayCell(cell))),
  language: (cell) => {
    const value = fold(displayCell(cell));
    const code = value === 'english' || value === 'anglais' ? 'en' : value === 'french' || value === 'francais' ? 'fr' : value;
    return isLanguage(code) ? code : undefined;
  },
  memberQuestion: (cell, questionnaire) => memberQuestionNamed(questionnaire, visibleText(displayCell(cell)))?.id,
};

/** The Settings sheet as read: its settings, the cell each came from, and what could not be used. */
export interface SettingsReading {
  readonly settings: Settings;
  /** Where each setting read was given: a setting found wanting later (a Population under the respondents) is named at its cell. */
  readonly cells: Readonly<Partial<Record<Key, CellRef>>>;
  readonly problems: readonly SettingProblem[];
}

/**
 * Reads the two-column `Settings` sheet (Setting | Value), if the workbook has one. A Member question
 * must be one of `questionnaire`'s.
 */
export function readSettings(workbook: WorkbookSnapshot, questionnaire: Questionnaire): SettingsReading {
  const sheet = workbook.sheets.find((s) => sameExcelName(s.name.trim(), SETTINGS));
  const settings: Record<string, unknown> = {};
  const cells: Partial<Record<Key, CellRef>> = {};
  const problems: SettingProblem[] = [];
  if (!sheet) return { settings, cells, problems };
  for (let row = 1; row <= sheet.rows.length; row++) {
    const name = displayCell(cellAt(sheet, row, 1));
    if (!name || fold(name) === 'setting' || fold(name) === 'parametre') continue;
    const key = NAMES.get(fold(name));
    const value = cellAt(sheet, row, 2);
    const problem = (kind: SettingProblem['kind'], column: number) =>
      problems.push({ ref: { sheet: sheet.name, cell: a1(row, column) }, setting: name, value: displayCell(value), kind });
    if (!key) problem('unknown-setting', 1);
    else if (value !== undefined) {
      const parsed = PARSE[key](value, questionnaire);
      if (parsed === undefined) problem('invalid-value', 2);
      else {
        settings[key] = parsed;
        cells[key] = { sheet: sheet.name, cell: a1(row, 2) };
      }
    }
  }
  return { settings: settings as Settings, cells, problems };
}
