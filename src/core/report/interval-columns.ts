import type { DifferenceInterval } from '../analyse/intervals';
import type { AnswerResult } from '../analyse/percentages';
import { shownInterval } from '../analyse/small-base';
import type { Language } from '../i18n/language';
import { orNull } from './answer-columns';
import type { NumberFormat, PlanValue } from './plan';
import { WORDS } from './words';

/**
 * How every sheet shows the intervals of issue #19: a percent's as two fractions beside it (blank on a
 * base under the minimum, as small-base.ts rules), a difference's in percentage points and whether it
 * excludes 0, in the sheet's language.
 */

/** A percent's 95 % interval: its low and its high, blank where the sheet shows none. */
export function intervalCells(result: AnswerResult | undefined, minimumBase: number): [PlanValue, PlanValue] {
  const interval = result && shownInterval(result, minimumBase);
  return [orNull(interval?.low), orNull(interval?.high)];
}

export const INTERVAL_FORMATS = ['percent', 'percent'] as const satisfies readonly NumberFormat[];

/** Appended after a difference column (or after the columns that followed it): its interval and whether it is significant. */
export const SIGNIFICANT = 'Significant';
export const DIFFERENCE_INTERVAL_COLUMNS = ['Low (pp)', 'High (pp)', SIGNIFICANT] as const;
export const DIFFERENCE_INTERVAL_FORMATS = ['points', 'points', undefined] as const satisfies readonly (NumberFormat | undefined)[];

/** The interval in points, and Yes or No; blank where the difference has none. */
export function differenceIntervalCells(interval: DifferenceInterval | undefined, lang: Language): PlanValue[] {
  if (interval === undefined) return [null, null, null];
  return [interval.low * 100, interval.high * 100, interval.significant ? WORDS[lang].yes : WORDS[lang].no];
}
