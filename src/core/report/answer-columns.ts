import type { AnswerResult } from '../analyse/percentages';
import type { Language } from '../i18n/language';
import type { PlanValue } from './plan';

/** The columns every table of reported answers starts with. `Answer` stays English in every language. */
export const ANSWER_COLUMNS = ['Section', 'Question', 'Label', 'Answer'] as const;

export function answerCells(result: AnswerResult, lang: Language): PlanValue[] {
  return [result.item.sectionId, result.item.id, result.item.label[lang], result.answer];
}

/**
 * The same cells with the answer in the sheet's language ("Oui"), for the tables no contract holds to
 * English: a Comparison sheet reads in one language.
 */
export function labelledAnswerCells(result: AnswerResult, lang: Language): PlanValue[] {
  return [result.item.sectionId, result.item.id, result.item.label[lang], answerLabel(result, lang)];
}

/** The label of a reported answer in a language ("Oui" for Yes), for series names. */
export function answerLabel(result: Pick<AnswerResult, 'item' | 'answer'>, lang: Language): string {
  const choice = result.item.scale.choices.find((c) => c.name === result.answer);
  return choice ? choice.label[lang] : result.answer;
}

export function orNull(value: number | undefined): number | null {
  return value === undefined ? null : value;
}
