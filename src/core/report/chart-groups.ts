import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Interval } from '../analyse/intervals';
import type { AnswerResult } from '../analyse/percentages';
import { shownInterval } from '../analyse/small-base';
import type { Language } from '../i18n/language';
import type { Choice, Item, Questionnaire, Scale, Section } from '../questionnaire/types';
import { answerLabel, orNull } from './answer-columns';
import { WORDS } from './words';

/** A category of a chart: a row of its data block, with its value in each series. */
export interface ChartRow {
  /** The question's ID; for a `select_multiple`'s chart, the choice's name. */
  readonly key: string;
  readonly label: string;
  readonly percents: readonly (number | null)[];
  /** Each percent's 95 % interval, by series, where a sheet shows one (small-base.ts); null elsewhere. */
  readonly intervals: readonly (Interval | null)[];
  /** The respondents the row's percents are of (its question's base); 0 when none answered. */
  readonly base: number;
}

/** What one chart draws: its categories (rows) by its series. */
export interface ChartGroup {
  readonly title: string;
  /** The heading of the rows' keys: Question, or Answer where the categories are one question's choices. */
  readonly keyHeading: string;
  readonly series: readonly string[];
  readonly rows: readonly ChartRow[];
}

interface Lookup {
  readonly percentOf: (item: Item, answer: string) => number | null;
  readonly intervalOf: (item: Item, answer: string) => Interval | null;
  readonly baseOf: (item: Item) => number;
}

/**
 * The charts of the Charts sheet, in order: the 1998 report's Charts 1–7, or an XLSForm's groups,
 * numbered the same way ("Chart 1 — Code of conduct").
 */
export function chartGroups(analysis: SurveyAnalysis, lang: Language): ChartGroup[] {
  const lookup = resultLookup(analysis.results, analysis.options.minimumBase);
  const { questionnaire } = analysis;
  if (!questionnaire.form) return reportGroups(questionnaire.sections, lookup, lang).filter(isDrawn);
  return formGroups(questionnaire, lookup, lang)
    .filter(isDrawn)
    .map((group, i) => ({ ...group, title: WORDS[lang].chart(i + 1, group.title) }));
}

const isDrawn = (group: ChartGroup) => group.series.length > 0 && group.rows.length > 0;

/** A charted 1998 section's items share one scale. */
function reportGroups(sections: readonly Section[], lookup: Lookup, lang: Language): ChartGroup[] {
  return sections.flatMap((s) => (s.chart === undefined ? [] : [sameScaleGroup(WORDS[lang].chart(s.chart, s.label[lang]), s.items, lookup, lang)]));
}

/** Each top-level group's charts, then those of the items outside any group, all together. */
function formGroups(questionnaire: Questionnaire, lookup: Lookup, lang: Language): ChartGroup[] {
  const grouped = questionnaire.sections.filter((s) => s.id !== '');
  const ungrouped = questionnaire.sections.filter((s) => s.id === '').flatMap((s) => s.items);
  const otherTitle = grouped.length > 0 ? WORDS[lang].otherQuestions : questionnaire.title[lang];
  return [...grouped.flatMap((s) => sectionGroups(s.label[lang] || s.id, s.items, lookup, lang)), ...sectionGroups(otherTitle, ungrouped, lookup, lang)];
}

/** One chart per choice list the `select_one` questions use (numbered when more than one), one per `select_multiple`. */
function sectionGroups(title: string, items: readonly Item[], lookup: Lookup, lang: Language): ChartGroup[] {
  const parts = chartedParts(items);
  const lists = parts.filter((part) => part[0].type === 'select_one');
  const titleOf = (part: Item[]) => (lists.length > 1 ? WORDS[lang].chartPart(title, lists.indexOf(part) + 1) : title);
  return parts.map((part) => (part[0].type === 'select_multiple' ? choicesGroup(part[0], lookup, lang) : sameScaleGroup(titleOf(part), part, lookup, lang)));
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
function sameScaleGroup(title: string, items: readonly Item[], { percentOf, intervalOf, baseOf }: Lookup, lang: Language): ChartGroup {
  const answers = reportedAnswers(items[0].scale);
  return {
    title,
    keyHeading: WORDS[lang].question,
    series: answers.map((answer) => answerLabel({ item: items[0], answer }, lang)),
    rows: items.map((item) => ({
      key: item.id,
      label: item.label[lang],
      percents: answers.map((a) => percentOf(item, a)),
      intervals: answers.map((a) => intervalOf(item, a)),
      base: baseOf(item),
    })),
  };
}

/** A `select_multiple`'s choices as categories, one series: the percent of respondents choosing each. */
function choicesGroup(item: Item, { percentOf, intervalOf, baseOf }: Lookup, lang: Language): ChartGroup {
  return {
    title: item.label[lang],
    keyHeading: WORDS[lang].answer,
    series: [WORDS[lang].percentOfRespondents],
    rows: chartedAnswers(item.scale).map((answer) => ({
      key: answer,
      label: answerLabel({ item, answer }, lang),
      percents: [percentOf(item, answer)],
      intervals: [intervalOf(item, answer)],
      base: baseOf(item),
    })),
  };
}

function chartedAnswers(scale: Scale): string[] {
  return scale.reported.length > 0 ? scale.reported.map((r) => r.answer) : scale.choices.map((c) => c.name);
}

/**
 * The answers a chart of `select_one` questions draws, as the report draws them: a yes/no list (with or
 * without a "don't know") its Yes alone, as the 1998 YN scale reports Yes; any other list every answer.
 */
function reportedAnswers(scale: Scale): string[] {
  const answers = chartedAnswers(scale);
  const yes = yesOfYesNo(scale.choices);
  return yes !== undefined && answers.includes(yes) ? [yes] : answers;
}

/** The names a yes/no list's choices go by, in the languages forms are written in, folded. */
const KINDS = [
  ['yes', new Set(['yes', 'y', 'oui', 'o', 'si', 'ja', 'sim', 'da', 'true', 'vrai'])],
  ['no', new Set(['no', 'n', 'non', 'nein', 'nao', 'nee', 'ne', 'false', 'faux'])],
  [
    'dontKnow',
    new Set(['dont know', 'do not know', 'dk', 'unknown', 'not sure', 'unsure', 'ne sait pas', 'ne sais pas', 'je ne sais pas', 'nsp', 'no sabe', 'no se']),
  ],
] as const;

/** The name of the Yes choice of a list of Yes, No and at most one "don't know"; undefined for any other list. */
function yesOfYesNo(choices: readonly Choice[]): string | undefined {
  const kinds = choices.map((choice) => {
    const names = [choice.name, choice.label.en, choice.label.fr, ...(choice.aliases ?? [])].map(folded);
    return KINDS.find(([, words]) => names.some((name) => words.has(name)))?.[0];
  });
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  if (kinds.includes(undefined) || count('yes') !== 1 || count('no') !== 1 || count('dontKnow') > 1) return undefined;
  return choices[kinds.indexOf('yes')].name;
}

/** "Don’t know", "dont_know" and "DON'T KNOW" alike: lower case, no accents, no apostrophes, words by single spaces. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

function resultLookup(results: readonly AnswerResult[], minimumBase: number): Lookup {
  const key = (itemId: string, answer: string) => `${itemId}\n${answer}`;
  const byKey = new Map(results.map((r) => [key(r.item.id, r.answer), r]));
  const bases = new Map(results.map((r) => [r.item.id, r.base]));
  const resultOf = (item: Item, answer: string) => byKey.get(key(item.id, answer));
  return {
    percentOf: (item, answer) => orNull(resultOf(item, answer)?.percent),
    intervalOf: (item, answer) => {
      const result = resultOf(item, answer);
      return (result && shownInterval(result, minimumBase)) ?? null;
    },
    baseOf: (item) => bases.get(item.id) ?? 0,
  };
}
