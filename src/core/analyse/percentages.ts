import type { Item, Questionnaire } from '../questionnaire/types';
import { wilsonInterval, type Interval } from './intervals';
import type { BaseOption } from './options';
import { chosenBy, type Respondent } from './respondents';

/** One reported answer of one item: how many gave it, out of how many, and the fraction. */
export interface AnswerResult {
  readonly item: Item;
  /** The reported answer's English name: Yes, Taken, Intended, Customs-specific… */
  readonly answer: string;
  readonly count: number;
  readonly base: number;
  /** count / base, in 0..1; absent when the base is 0. */
  readonly percent?: number;
  /** Its 95 % interval, corrected for the population the respondents are of; absent when the base is 0. */
  readonly interval?: Interval;
}

/**
 * Every reported answer of every counted item (free-text, numeric and date items report none), in
 * questionnaire order. For a `select_multiple`, each choice's percent is of respondents, never of
 * the choices ticked.
 */
export function tally(questionnaire: Questionnaire, respondents: readonly Respondent[], base: BaseOption, population?: number): AnswerResult[] {
  return questionnaire.sections.flatMap((section) => section.items.flatMap((item) => tallyItem(item, respondents, base, population)));
}

/** `population`: how many the respondents are of (the registry's Members, a region's), for the intervals; none, no correction. */
export function tallyItem(item: Item, respondents: readonly Respondent[], base: BaseOption, population?: number): AnswerResult[] {
  const chosen = respondents.map((r) => chosenBy(r, item));
  const denominator = baseOf(item, respondents, chosen, base);
  return item.scale.reported.map(({ answer, counts }) => {
    const count = chosen.filter((c) => c !== undefined && counts.some((name) => c.includes(name))).length;
    const interval = wilsonInterval(count, denominator, population);
    return { item, answer, count, base: denominator, ...(interval ? { percent: count / denominator, interval } : {}) };
  });
}

function baseOf(item: Item, respondents: readonly Respondent[], chosen: readonly (readonly string[] | undefined)[], base: BaseOption): number {
  switch (base) {
    case 'answered':
      return chosen.filter((c) => c !== undefined).length;
    case 'respondents':
      return respondents.length;
    case 'applicable':
      return respondents.filter((r) => !r.submission.notRelevant.has(item)).length;
  }
}
