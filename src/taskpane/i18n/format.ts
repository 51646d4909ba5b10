import type { Language, Unit } from '../../core';

const LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR' };
const NONE = '—';

/** 0.725 → "73%" (en) or "73 %" (fr); no value → a dash. */
export function formatPercent(fraction: number | undefined, lang: Language): string {
  if (fraction === undefined) return NONE;
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Percentage points with their sign: "+12.5", "−3", "0". */
export function formatPoints(points: number | undefined, lang: Language): string {
  if (points === undefined) return NONE;
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
}

export function formatNumber(value: number | undefined, lang: Language): string {
  if (value === undefined) return NONE;
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A CRM measure in its unit: a fraction as a percent, a count as a number, else the number and the unit's name. */
export function formatMeasure(value: number | undefined, unit: Unit, lang: Language): string {
  if (value === undefined) return NONE;
  if (unit.key === '%') return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (unit.key === 'count') return formatNumber(value, lang);
  return `${formatNumber(value, lang)} ${unit.label[lang]}`;
}
