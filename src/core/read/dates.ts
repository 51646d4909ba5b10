import { fold, visibleText } from '../text/fold';
import { LAST_SERIAL, serialOfUtc } from '../workbook/serial';
import type { CellValue } from '../workbook/snapshot';

/** Why a cell is not a date, where there is more to say than that. */
export type DateProblem =
  /**
   * A whole number from 1900 to 2100, a year typed alone: as a serial it would be a day of 1905 (1998 is
   * 1905-06-20, as Excel shows it in a date cell).
   */
  | { readonly kind: 'year'; readonly year: number }
  /** Serial 60: the 29 February 1900 that Excel shows (it counts 1900 as a leap year), a day that never was. */
  | { readonly kind: 'no-such-day' }
  /** A date received before any survey of the WCO could be: before its first session (see FIRST_SESSION). */
  | { readonly kind: 'too-early'; readonly serial: number };

/** A date cell, read: a date serial, or why it is not one. */
export type ParsedDate =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'invalid'; readonly problem?: DateProblem }
  | { readonly kind: 'error'; readonly error: string };

/**
 * 26 January 1953, when the Customs Co-operation Council (the WCO's name until 1994) first met: no
 * submission to a WCO survey can have been received before it.
 */
export const FIRST_SESSION = serialOfUtc(1953, 1, 26);

/** Years typed alone that a date cell may receive: every round of the survey falls within them. */
const YEARS = { first: 1900, last: 2100 };
/** Excel's 29 February 1900. */
const NO_SUCH_DAY = 60;

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'janvier', 'jan', 'janv'],
    ['february', 'fevrier', 'feb', 'fev', 'fevr'],
    ['march', 'mars', 'mar'],
    ['april', 'avril', 'apr', 'avr'],
    ['may', 'mai'],
    ['june', 'juin', 'jun'],
    ['july', 'juillet', 'jul', 'juil'],
    ['august', 'aout', 'aug'],
    ['september', 'septembre', 'sep', 'sept'],
    ['october', 'octobre', 'oct'],
    ['november', 'novembre', 'nov'],
    ['december', 'decembre', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** A `Received` cell: a date, on or after the WCO's first session. */
export function parseReceived(cell: CellValue): ParsedDate {
  const parsed = parseDate(cell);
  return parsed.kind === 'date' && parsed.serial < FIRST_SESSION ? { kind: 'invalid', problem: { kind: 'too-early', serial: parsed.serial } } : parsed;
}

/**
 * A date cell, a serial number or a date written as text (an XLSForm's date question, a Received cell).
 * A serial is a day Excel shows, from 1 (1900-01-01) to 9999-12-31, but neither a year typed alone nor
 * Excel's 29 February 1900.
 */
export function parseDate(cell: CellValue): ParsedDate {
  switch (cell.kind) {
    case 'date':
      return serialDate(cell.serial);
    case 'number':
      return serialDate(cell.value);
    case 'text': {
      const year = /^\s*(\d{4})\s*$/.exec(visibleText(cell.text))?.[1];
      if (year !== undefined && isYear(+year)) return { kind: 'invalid', problem: { kind: 'year', year: +year } };
      const serial = parseDateText(cell.text);
      return serial === undefined ? { kind: 'invalid' } : { kind: 'date', serial };
    }
    case 'error':
      return { kind: 'error', error: cell.error };
    case 'boolean':
      return { kind: 'invalid' };
  }
}

function serialDate(serial: number): ParsedDate {
  if (!(serial >= 1 && serial <= LAST_SERIAL)) return { kind: 'invalid' };
  if (isYear(serial)) return { kind: 'invalid', problem: { kind: 'year', year: serial } };
  if (Math.floor(serial) === NO_SUCH_DAY) return { kind: 'invalid', problem: { kind: 'no-such-day' } };
  return { kind: 'date', serial };
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEARS.first && n <= YEARS.last;
}

/**
 * ISO dates ("1998-03-15", with or without a time, as exports write it: "2027-03-01T10:22:33.123Z"), day-first numeric dates as written in
 * Europe and Africa ("15/03/1998", "15.03.1998", "15-03-1998"), and written-out dates in
 * English or French ("15 March 1998", "15 mars 1998", "March 15, 1998").
 */
export function parseDateText(written: string): number | undefined {
  const value = visibleText(written).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (m) return dayTime(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (m) return dayTime(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return dayTime(+m[3], +m[2], +m[1]);
  const words = fold(value)
    .replace(/\b(\d{1,2})(st|nd|rd|th|er)\b/g, '$1')
    .split(' ');
  if (words.length === 3) {
    const [a, b, c] = words;
    const [dayFirst, monthFirst] = [MONTHS.get(b), MONTHS.get(a)];
    if (dayFirst && /^\d{1,2}$/.test(a) && /^\d{4}$/.test(c)) return dayTime(+c, dayFirst, +a);
    if (monthFirst && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)) return dayTime(+c, monthFirst, +b);
  }
  return undefined;
}

function dayTime(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return serialOfUtc(year, month, day) + (hours * 3600 + minutes * 60 + seconds) / 86400;
}
