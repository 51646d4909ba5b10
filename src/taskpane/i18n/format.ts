import { formatNumber as numberInText, formatPercent as percentInText, type Interval, type Language, type Unit } from '../../core';

const NONE = '—';

/** 0.725 → "73%" (en) or "73 %" (fr); no value → a dash. */
export function formatPercent(fraction: number | undefined, lang: Language): string {
  return fraction === undefined ? NONE : percentInText(fraction, lang, { maxDecimals: 0 });
}

/** A percent's 95 % interval in whole percents, bracketed: "(76–96)"; none, nothing to show. */
export function formatInterval(interval: Interval | undefined, lang: Language): string | undefined {
  if (interval === undefined) return undefined;
  const whole = (fraction: number) => numberInText(fraction * 100, lang, { maxDecimals: 0 });
  return `(${whole(interval.low)}–${whole(interval.high)})`;
}

/** Percentage points with their sign: "+12.5", "-3" (en), "−3" (fr), "0". */
export function formatPoints(points: number | undefined, lang: Language): string {
  if (points === undefined) return NONE;
  const text = numberInText(points, lang, { maxDecimals: 1 });
  return points > 0 && text !== '0' ? `+${text}` : text;
}

/** 5000 → "5,000" (en), "5 000" (fr); at most two decimals. */
export function formatNumber(value: number | undefined, lang: Language): string {
  return value === undefined ? NONE : numberInText(value, lang, { maxDecimals: 2, grouped: true });
}

/** A CRM measure in its unit: a fraction as a percent, a count as a number, else the number and the unit's name. */
export function formatMeasure(value: number | undefined, unit: Unit, lang: Language): string {
  if (value === undefined) return NONE;
  if (unit.key === '%') return percentInText(value, lang, { maxDecimals: 1 });
  if (unit.key === 'count') return formatNumber(value, lang);
  return `${formatNumber(value, lang)} ${unit.label[lang]}`;
}
