/**
 * Excel's rules for the names of sheets and tables, and how it tells two names apart: ignoring case and
 * nothing else. It keeps spaces, so "Settings " and "Settings" are two sheets; trimming what a user typed
 * is the caller's choice, made before comparing.
 */

/** The longest sheet name Excel accepts. */
export const SHEET_NAME_LIMIT = 31;

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

/** The name as Excel compares it: two names with the same key cannot name two sheets, nor two tables. */
export function excelNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameExcelName(a: string, b: string): boolean {
  return excelNameKey(a) === excelNameKey(b);
}

/** 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History" (Excel's own). */
export function isSheetName(name: string): boolean {
  const length = name.length >= 1 && name.length <= SHEET_NAME_LIMIT;
  return length && !FORBIDDEN_IN_SHEET_NAME.test(name) && !name.startsWith("'") && !name.endsWith("'") && !sameExcelName(name, 'History');
}

/** Starts with a letter, underscore or backslash, has no spaces, and cannot be read as a cell reference (A1 or R1C1). */
export function isTableName(name: string): boolean {
  const cellReference = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/.test(name);
  return /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) && !cellReference;
}

/** Text made a sheet name: its forbidden characters as spaces, no apostrophe at either end, cut to Excel's limit. */
export function asSheetName(text: string): string {
  return text
    .replace(new RegExp(FORBIDDEN_IN_SHEET_NAME.source, 'g'), ' ')
    .replace(/^'+|'+$/g, '')
    .slice(0, SHEET_NAME_LIMIT)
    .trim();
}

/**
 * `wanted`, or if a sheet of `taken` holds it, the first of "wanted (2)", "wanted (3)"... that none holds,
 * cut short before its number to stay within Excel's limit.
 */
export function freeSheetName(wanted: string, taken: readonly string[], numbered = (n: number) => ` (${n})`): string {
  const takenKeys = new Set(taken.map(excelNameKey));
  const base = wanted.slice(0, SHEET_NAME_LIMIT);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base.slice(0, SHEET_NAME_LIMIT - numbered(n).length)}${numbered(n)}`;
    if (!takenKeys.has(excelNameKey(name))) return name;
  }
}
