import type { Estimate, Interval } from './intervals';
import type { AnswerResult } from './percentages';

/**
 * The one small-base rule: a subgroup's percentage (a region, a Member's region, a survey round)
 * on fewer respondents than the minimum is too fragile to read, so every sheet leaves it blank and
 * says why. The percentages of all counted respondents (the Summary) are the survey's own figures
 * and are never suppressed.
 */
export function isTooSmall(base: number, minimumBase: number): boolean {
  return base < minimumBase;
}

/** A subgroup's result, flagged when the rule leaves its percent blank. */
export type GuardedResult = AnswerResult & { readonly tooSmall: boolean };

export function guarded(result: AnswerResult, minimumBase: number): GuardedResult {
  return { ...result, tooSmall: isTooSmall(result.base, minimumBase) };
}

/** A result of all counted respondents: shown whatever its base. */
export function unguarded(result: AnswerResult): GuardedResult {
  return { ...result, tooSmall: false };
}

/** The percent a sheet shows: absent when there is none (base 0) or the rule suppresses it. */
export function shownPercent(result: GuardedResult): number | undefined {
  return result.tooSmall ? undefined : result.percent;
}

/**
 * The interval a sheet shows beside a percent: on a base of the minimum or more only. Under it the
 * interval spans most of 0–100 % and says nothing the base does not; for a subgroup the percent is blank anyway.
 */
export function shownInterval(result: AnswerResult, minimumBase: number): Interval | undefined {
  return isTooSmall(result.base, minimumBase) ? undefined : result.interval;
}

/** The percent and its interval, where a sheet shows both: what a difference's interval is made of. */
export function shownEstimate(result: GuardedResult, minimumBase: number): Estimate | undefined {
  const share = shownPercent(result);
  const interval = shownInterval(result, minimumBase);
  return share === undefined || interval === undefined ? undefined : { share, interval };
}

/** Whether the rule blanked a percent that exists: a blank that needs the rule's note to explain it. */
export function isSuppressed(result: GuardedResult | undefined): boolean {
  return result !== undefined && result.tooSmall && result.percent !== undefined;
}
