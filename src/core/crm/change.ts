import type { Localized } from '../i18n/language';
import type { Direction } from './types';

/** How an indicator moved from baseline to follow-up, judged by its desired direction. */
export type IndicatorStatus = 'improved' | 'declined' | 'unchanged' | 'not-measured';

/** A status as a written sheet says it, in a table cell: of an indicator, hence masculine in French. */
export const STATUS_LABELS: Readonly<Record<IndicatorStatus, Localized>> = {
  improved: { en: 'improved', fr: 'en progrès' },
  declined: { en: 'declined', fr: 'en recul' },
  unchanged: { en: 'unchanged', fr: 'inchangé' },
  'not-measured': { en: 'not measured', fr: 'non mesuré' },
};

/** A relative change within ±1 % counts as unchanged. */
export const DEFAULT_TOLERANCE = 0.01;

/** 100 → 101 is exactly 1 %, but 0.1 → 0.101 computes as 1.0000000000000009 %: the edge must not depend on rounding. */
const ROUNDING = 1e-12;

export interface Change {
  /** Follow-up − baseline, in the indicator's unit. */
  readonly change?: number;
  /** Change ÷ |baseline|; none when the baseline is 0. */
  readonly relativeChange?: number;
  readonly status: IndicatorStatus;
}

/**
 * Baseline to follow-up. Not measured unless both are. Unchanged when the relative change is within
 * ±tolerance, or, from a baseline of 0, when nothing changed at all; otherwise improved or declined
 * as the change goes with or against the indicator's direction.
 */
export function changeOf(baseline: number | undefined, followUp: number | undefined, direction: Direction, tolerance: number = DEFAULT_TOLERANCE): Change {
  if (baseline === undefined || followUp === undefined) return { status: 'not-measured' };
  const change = followUp - baseline;
  const relativeChange = baseline === 0 ? undefined : change / Math.abs(baseline);
  const unchanged = relativeChange === undefined ? change === 0 : Math.abs(relativeChange) <= tolerance + ROUNDING;
  const status = unchanged ? 'unchanged' : change > 0 === (direction === 'higher') ? 'improved' : 'declined';
  return relativeChange === undefined ? { change, status } : { change, relativeChange, status };
}
