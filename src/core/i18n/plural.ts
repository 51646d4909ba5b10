import type { Language } from './language';
import { formatNumber, type Digits } from './numbers';

/** A counted word in its two forms, singular then plural: ['respondent', 'respondents'], ['répondant compté', 'répondants comptés']. */
export type Forms = readonly [one: string, many: string];

/**
 * Whether a count takes the singular. English: 1 alone ("1 respondent", "0 respondents"). French: 0 and 1,
 * and what lies between ("0 répondant", "1 répondant", "1,5 jour"), as French grammar has it (and CLDR's
 * plural rules: `one` for a whole part of 0 or 1).
 */
export function isSingular(n: number, lang: Language): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
}

/** The form that agrees with a count: `agreeing(1, 'en', ['Member', 'Members'])` is "Member". */
export function agreeing(n: number, lang: Language, [one, many]: Forms): string {
  return isSingular(n, lang) ? one : many;
}

/**
 * A count and its word, agreeing, the number as the language writes it in text (thousands grouped):
 * "1 respondent", "2 respondents", "5,000 submissions"; "0 répondant", "1 500 répondants". Every text that
 * counts something, in the engine, the command line and the pane, says it through here.
 */
export function counted(n: number, lang: Language, forms: Forms, digits: Digits = { grouped: true }): string {
  return `${formatNumber(n, lang, digits)} ${agreeing(n, lang, forms)}`;
}
