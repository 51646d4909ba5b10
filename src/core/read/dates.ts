import { fold } from '../text/fold';
import { LAST_SERIAL, serialOfUtc } from '../workbook/serial';
import type { CellValue } from '../workbook/snapshot';

/** A `Received` cell, read: a date serial, or why it is not one. */
export type ParsedDate =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'error'; readonly error: string };

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

export function parseReceived(cell: CellValue): ParsedDate {
  switch (cell.kind) {
    case 'date':
      return { kind: 'date', serial: cell.serial };
    case 'number':
      return cell.value >= 1 && cell.value <= LAST_SERIAL ? { kind: 'date', serial: cell.value } : { kind: 'invalid' };
    case 'text': {
      const serial = parseDateText(cell.text.trim());
      return serial === undefined ? { kind: 'invalid' } : { kind: 'date', serial };
    }
    case 'error':
      return { kind: 'error', error: cell.error };
    case 'boolean':
      return { kind: 'invalid' };
  }
}

/**
 * ISO dates ("1998-03-15", with or without a time, as exports write it: "2027-03-01T10:22:33.123Z"), day-first numeric dates as written in
 * Europe and Africa ("15/03/1998", "15.03.1998", "15-03-1998"), and written-out dates in
 * English or French ("15 March 1998", "15 mars 1998", "March 15, 1998").
 */
export function parseDateText(value: string): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (m) return dayTime(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (m) return dayTime(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return dayTime(+m[3], +m[2], +m[1]);
  const words = fold(value).replace(/\b(\d{1,2})(st|nd|rd|th|er)\b/g, '$1').split(' ');
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
