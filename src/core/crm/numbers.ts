import { visibleText } from '../text/fold';
import type { CellValue } from '../workbook/snapshot';
import type { Unit } from './types';

/**
 * A baseline or follow-up cell, read. `written` says how: a number cell, numeric text, or text with
 * a % sign (then already divided by 100). `ambiguous` is "1,234" or "1.234": a thousand and more, or
 * one and a bit, depending on who wrote it.
 */
export type ParsedMeasure =
  | { readonly kind: 'number'; readonly value: number; readonly written: 'number' | 'text' | 'percent' }
  | { readonly kind: 'ambiguous'; readonly whole: number; readonly decimal: number }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'error'; readonly error: string };

type ParsedText = Exclude<ParsedMeasure, { kind: 'error' }>;

/**
 * A % sign is only for a percentage indicator (or one not yet known): "12 %" of a count means nothing.
 * Dates and booleans are never measures.
 */
export function parseMeasure(cell: CellValue, unit: Unit | undefined): ParsedMeasure {
  switch (cell.kind) {
    case 'number':
      return { kind: 'number', value: cell.value, written: 'number' };
    case 'text': {
      const parsed = parseNumberText(cell.text);
      const misplacedPercent = parsed.kind === 'number' && parsed.written === 'percent' && unit && unit.key !== '%';
      return misplacedPercent ? { kind: 'invalid' } : parsed;
    }
    case 'error':
      return { kind: 'error', error: cell.error };
    default:
      return { kind: 'invalid' };
  }
}

/**
 * Numbers as English and French writers type them: "1,234.5", "1 234,5" (any space, the no-break
 * ones too), "1.234,5", "-3", "−3", "12%", "12,5 %". With both a comma and a dot, the last one is the
 * decimal mark; thousands groups are of three digits. A single comma or dot after one to three
 * digits (not a lone 0) and before exactly three is ambiguous.
 */
export function parseNumberText(text: string): ParsedText {
  let body = visibleText(text)
    .trim()
    .replace(/\u2212/g, '-');
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  const signed = /^([+-]?)\s*([\d\s.,]+)$/.exec(body);
  if (!signed) return { kind: 'invalid' };
  const sign = signed[1] === '-' ? -1 : 1;
  const digits = signed[2].trim().replace(/\s+/g, ' ');
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(digits)) {
    return {
      kind: 'ambiguous',
      whole: sign * Number(digits.replace(/[.,]/, '')),
      decimal: sign * Number(digits.replace(',', '.')),
    };
  }
  const parts = splitDecimal(digits);
  if (!parts) return { kind: 'invalid' };
  // Shifting the decimal text rather than dividing keeps "12,3 %" exactly 0.123.
  const value = sign * Number(`${parts.whole || '0'}.${parts.fraction || '0'}e${percent ? -2 : 0}`);
  return { kind: 'number', value, written: percent ? 'percent' : 'text' };
}

/** The whole digits (thousands marks removed) and the decimal digits, or nothing if it is not a number. */
function splitDecimal(digits: string): { whole: string; fraction: string } | undefined {
  const mark = decimalMark(digits);
  const [whole, fraction = '', ...more] = mark ? digits.split(mark) : [digits];
  if (more.length > 0 || !/^\d*$/.test(fraction)) return undefined;
  const groups = whole.split(/[ .,]/);
  const grouped = groups.length === 1 || (new Set(whole.replace(/\d/g, '')).size === 1 && isThousands(groups));
  if (!grouped || whole.replace(/\D/g, '') + fraction === '') return undefined;
  return { whole: groups.join(''), fraction };
}

/** With both marks, the last one; a mark written once is decimal; one written twice or more groups thousands. */
function decimalMark(digits: string): ',' | '.' | undefined {
  const comma = digits.lastIndexOf(',');
  const dot = digits.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  const mark = comma >= 0 ? ',' : dot >= 0 ? '.' : undefined;
  return mark && digits.indexOf(mark) === digits.lastIndexOf(mark) ? mark : undefined;
}

function isThousands(groups: readonly string[]): boolean {
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}
