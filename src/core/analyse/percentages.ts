import type { Item, Questionnaire } from '../questionnaire/types';
import type { BaseOption } from './options';
import type { Respondent } from './respondents';

/** One reported answer of one item: how many gave it, out of how many, and the fraction. */
export interface AnswerResult {
  readonly item: Item;
  /** The reported answer's English name: Yes, Taken, Intended, Customs-specific… */
  readonly answer: string;
  readonly count: number;
  readonly base: number;
  /** count / base, in 0..1; absent when the base is 0. */
  readonly percent?: number;
}

/** Every reported answer of every counted item (free-text items report none), in questionnaire order. */
export function tally(questionnaire: Questionnaire, respondents: readonly Respondent[], base: BaseOption): AnswerResult[] {
  return questionnaire.sections.flatMap((section) => section.items.flatMap((item) => tallyItem(item, respondents, base)));
}

export function tallyItem(item: Item, respondents: readonly Respondent[], base: BaseOption): AnswerResult[] {
  const choices = respondents.map((r) => r.choices.get(item));
  const answered = choices.filter((c) => c !== undefined).length;
  const denominator = base === 'answered' ? answered : respondents.length;
  return item.scale.reported.map(({ answer, counts }) => {
    const count = choices.filter((c) => c !== undefined && counts.includes(c)).length;
    return { item, answer, count, base: denominator, ...(denominator > 0 ? { percent: count / denominator } : {}) };
  });
}
