/**
 * The 95 % intervals of issue #19: how far the share of respondents who gave an answer may be from
 * the share among all the Members it stands for, and whether two groups' shares really differ.
 * The respondents are a sample without replacement of a small, known population (the Members, a
 * region's Members), so each interval is corrected for the finite population: a census knows its
 * share exactly.
 */

/** The standard normal quantile of 0.975: a two-sided 95 % interval. */
export const Z95 = 1.959964;

/** A range of shares, as fractions in [0, 1]. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** A difference of two shares, as fractions in [−1, 1]: `significant` when the interval excludes 0. */
export interface DifferenceInterval extends Interval {
  readonly significant: boolean;
}

/** `count` of `base` respondents gave an answer, out of `population` Members (absent: not limited). */
export interface Group {
  readonly count: number;
  readonly base: number;
  readonly population?: number;
}

/**
 * The Wilson score interval of the share count/base, at the effective size n (N − 1)/(N − n) of
 * base n out of population N (Wilson's formula is a function of the share and the size, so the
 * effective count is the share of the effective size). Undefined when the base is 0.
 * A base of the whole population is a census, the point [p, p]; so is a base larger than the
 * population, which only a wrong population upstream gives.
 */
export function wilsonInterval(count: number, base: number, population?: number): Interval | undefined {
  if (base === 0) return undefined;
  const p = count / base;
  if (population !== undefined && base >= population) return { low: p, high: p };
  const n = population === undefined ? base : (base * (population - 1)) / (population - base);
  const z2n = (Z95 * Z95) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  // The interval holds p and lies in [0, 1]; at count 0 or count = base rounding may step an ulp past.
  return { low: Math.min(p, Math.max(0, centre - half)), high: Math.max(p, Math.min(1, centre + half)) };
}

/**
 * The interval of the difference p_a − p_b of two independent groups: Newcombe's hybrid score
 * interval (1998, method 10), which combines each group's Wilson interval above, each with its own
 * population. Undefined when either base is 0.
 */
export function newcombeInterval(a: Group, b: Group): DifferenceInterval | undefined {
  const ia = wilsonInterval(a.count, a.base, a.population);
  const ib = wilsonInterval(b.count, b.base, b.population);
  if (ia === undefined || ib === undefined) return undefined;
  return differenceInterval({ share: a.count / a.base, interval: ia }, { share: b.count / b.base, interval: ib });
}

/** A share and its Wilson interval, as a tally gives them. */
export interface Estimate {
  readonly share: number;
  readonly interval: Interval;
}

/** Newcombe's method 10 from the two groups' shares and Wilson intervals, however each was corrected. */
export function differenceInterval(a: Estimate, b: Estimate): DifferenceInterval {
  const delta = a.share - b.share;
  const low = Math.max(-1, delta - Math.hypot(a.share - a.interval.low, b.interval.high - b.share));
  const high = Math.min(1, delta + Math.hypot(a.interval.high - a.share, b.share - b.interval.low));
  return { low, high, significant: low > 0 || high < 0 };
}

/**
 * A share against a fixed figure (a published one, known without sampling error): the share's interval
 * moved by the figure. Significant when the figure lies outside the share's interval (the Wilson score test).
 */
export function againstFigureInterval(a: Estimate, figure: number): DifferenceInterval {
  const low = a.interval.low - figure;
  const high = a.interval.high - figure;
  return { low, high, significant: low > 0 || high < 0 };
}
