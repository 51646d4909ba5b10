import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { AnswerResult } from '../analyse/percentages';
import type { Language } from '../i18n/language';
import type { Item, Questionnaire, Scale, Section } from '../questionnaire/types';
import { answerLabel, orNull } from './answer-columns';
import { WORDS } from './words';

/** A category of a chart: a row of its data block, with its value in each series. */
export interface ChartRow {
  /** The question's ID; for a `select_multiple`'s chart, the choice's name. */
  readonly key: string;
  readonly label: string;
  readonly percents: readonly (number | null)[];
}

/** What one chart draws: its categories (rows) by its series. */
export interface ChartGroup {
  readonly title: string;
  /** The heading of the rows' keys: Question, or Answer where the categories are one question's choices. */
  readonly keyHeading: string;
  readonly series: readonly string[];
  readonly rows: readonly ChartRow[];
}

type PercentOf = (item: Item, answer: string) => number | null;

/** The charts of the Charts sheet, in order: the 1998 report's Charts 1–7, or an XLSForm's groups. */
export function chartGroups(analysis: SurveyAnalysis, lang: Language): ChartGroup[] {
  const percentOf = percentLookup(analysis.results);
  const { questionnaire } = analysis;
  const groups = questionnaire.form ? formGroups(questionnaire, percentOf, lang) : reportGroups(questionnaire.sections, percentOf, lang);
  return groups.filter((g) => g.series.length > 0 && g.rows.length > 0);
}

/** A charted 1998 section's items share one scale. */
function reportGroups(sections: readonly Section[], percentOf: PercentOf, lang: Language): ChartGroup[] {
  return sections.flatMap((s) => (s.chart === undefined ? [] : [sameScaleGroup(WORDS[lang].chart(s.chart, s.label[lang]), s.items, percentOf, lang)]));
}

/** Each top-level group's charts, then those of the items outside any group, all together. */
function formGroups(questionnaire: Questionnaire, percentOf: PercentOf, lang: Language): ChartGroup[] {
  const grouped = questionnaire.sections.filter((s) => s.id !== '');
  const ungrouped = questionnaire.sections.filter((s) => s.id === '').flatMap((s) => s.items);
  const otherTitle = grouped.length > 0 ? WORDS[lang].otherQuestions : questionnaire.title[lang];
  return [
    ...grouped.flatMap((s) => sectionGroups(s.label[lang] || s.id, s.items, percentOf, lang)),
    ...sectionGroups(otherTitle, ungrouped, percentOf, lang),
  ];
}

/** One chart per choice list the `select_one` questions use (numbered when more than one), one per `select_multiple`. */
function sectionGroups(title: string, items: readonly Item[], percentOf: PercentOf, lang: Language): ChartGroup[] {
  const parts = chartedParts(items);
  const lists = parts.filter((part) => part[0].type === 'select_one');
  const titleOf = (part: Item[]) => (lists.length > 1 ? WORDS[lang].chartPart(title, lists.indexOf(part) + 1) : title);
  return parts.map((part) =>
    part[0].type === 'select_multiple' ? choicesGroup(part[0], percentOf, lang) : sameScaleGroup(titleOf(part), part, percentOf, lang),
  );
}

/** The charted items, in the order each part first appears: `select_one` items together by choice list, each `select_multiple` alone. */
function chartedParts(items: readonly Item[]): Item[][] {
  const parts = new Map<string, Item[]>();
  for (const item of items.filter((i) => chartedAnswers(i.scale).length > 0)) {
    if (item.type === 'select_multiple') parts.set(`multiple ${item.id}`, [item]);
    else if (item.type === 'select_one') parts.set(`one ${item.scale.id}`, [...(parts.get(`one ${item.scale.id}`) ?? []), item]);
  }
  return [...parts.values()];
}

/** Items as categories, a series per answer of their shared scale. */
function sameScaleGroup(title: string, items: readonly Item[], percentOf: PercentOf, lang: Language): ChartGroup {
  const answers = chartedAnswers(items[0].scale);
  return {
    title,
    keyHeading: WORDS[lang].question,
    series: answers.map((answer) => answerLabel({ item: items[0], answer }, lang)),
    rows: items.map((item) => ({ key: item.id, label: item.label[lang], percents: answers.map((a) => percentOf(item, a)) })),
  };
}

/** A `select_multiple`'s choices as categories, one series: the percent of respondents choosing each. */
function choicesGroup(item: Item, percentOf: PercentOf, lang: Language): ChartGroup {
  return {
    title: item.label[lang],
    keyHeading: WORDS[lang].answer,
    series: [WORDS[lang].percentOfRespondents],
    rows: chartedAnswers(item.scale).map((answer) => ({ key: answer, label: answerLabel({ item, answer }, lang), percents: [percentOf(item, answer)] })),
  };
}

function chartedAnswers(scale: Scale): string[] {
  return scale.reported.length > 0 ? scale.reported.map((r) => r.answer) : scale.choices.map((c) => c.name);
}

function percentLookup(results: readonly AnswerResult[]): PercentOf {
  const key = (itemId: string, answer: string) => `${itemId}\n${answer}`;
  const percents = new Map(results.map((r) => [key(r.item.id, r.answer), r.percent]));
  return (item, answer) => orNull(percents.get(key(item.id, answer)));
}
