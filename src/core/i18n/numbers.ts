import type { Language } from './language';

/**
 * Numbers in text (a sheet's note, a message, the command line's report), as each language writes them:
 * `28.0%` in English; `28,0 %` in French, a decimal comma and a non-breaking space before the sign.
 * A number in a cell is the cell's: Excel shows it in the user's own locale.
 */

/** The non-breaking space French puts before « : », « ; », « ? », « ! » and « % », so that no line starts with the sign. */
export const NBSP = '\u00a0';

/** French prints the minus sign (−), not the hyphen; English text keeps the hyphen that every program reads back. */
const MINUS: Readonly<Record<Language, string>> = { en: '-', fr: '\u2212' };

export interface Digits {
  /** Exactly this many decimals, rounded. */
  readonly decimals?: number;
  /** At most this many decimals, rounded, without trailing zeros; with neither, every decimal the number has. */
  readonly maxDecimals?: number;
  /** Thousands grouped: `12,345` in English, `12 345` in French (a non-breaking space). */
  readonly grouped?: boolean;
}

/** A number as the language writes it in text, without binary noise (0.07 × 100 is 7, not 7.000000000000001). */
export function formatNumber(value: number, lang: Language, digits: Digits = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const clean = Number(value.toPrecision(12));
  const text =
    digits.decimals !== undefined
      ? rounded(clean, digits.decimals).toFixed(digits.decimals)
      : digits.maxDecimals !== undefined
        ? String(Number(rounded(clean, digits.maxDecimals).toFixed(digits.maxDecimals)))
        : plain(clean);
  const [whole, fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const integer = digits.grouped ? group(whole.slice(sign.length), lang === 'fr' ? NBSP : ',') : whole.slice(sign.length);
  const negative = sign !== '' && /[1-9]/.test(text) ? MINUS[lang] : '';
  return `${negative}${integer}${fraction === undefined ? '' : `${lang === 'fr' ? ',' : '.'}${fraction}`}`;
}

/** A fraction as a percentage (0.28 → `28.0%`, `28,0 %`); one decimal unless told otherwise. */
export function formatPercent(fraction: number, lang: Language, digits: Digits = { decimals: 1 }): string {
  const number = formatNumber(fraction * 100, lang, digits);
  return lang === 'fr' ? `${number}${NBSP}%` : `${number}%`;
}

/** Half away from zero, on the decimal the number shows (1.005 → 1.01), not on its binary neighbour (1.00499…). */
function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(12));
  const result = Math.round(shifted) / factor;
  return value < 0 ? -result : result;
}

/** Never in exponent notation: 1e21 and 1e-7 written out. */
function plain(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
