import {
  isSuppressed,
  shownInterval,
  shownPercent,
  type AnswerResult,
  type Difference,
  type DifferenceInterval,
  type Interval,
  type Item,
  type Language,
  type MemberComparison,
  type MemberStatus,
  type Questionnaire,
  type RegionCode,
} from '../../core';
import type { AnalysisView } from '../engine/survey-engine';
import type { ComparisonChoice } from './analysis-request';

/** A percent as the sheets show it, and its 95 % interval where they show one (on a base of the small-base minimum or more). */
export interface ShownFigure {
  readonly percent: number;
  readonly interval?: Interval;
}

/** One reported answer of the Member comparison: the Member's own answer beside all and its region. */
export interface MemberRow {
  readonly item: Item;
  readonly answer: string;
  /** The Member's answer in the pane's language; absent when it left the item blank. */
  readonly memberAnswer?: string;
  /** Whether that answer counts towards this reported answer. */
  readonly gives?: boolean;
  readonly all?: ShownFigure;
  /** Absent when no one in the region answered, or the small-base rule leaves it blank. */
  readonly region?: ShownFigure;
  /** The region's percent less all respondents', in points, where both are shown. */
  readonly points?: number;
}

/**
 * One reported answer of a region or round comparison, as the core compares them: the region against the
 * other respondents (not all of them), or this round against the other; the difference in points and its
 * 95 % interval, each where the core gives it.
 */
export interface DifferenceRow {
  readonly item: Item;
  readonly answer: string;
  /** The region, or this round. */
  readonly subject?: ShownFigure;
  /** The other respondents, or the other round. */
  readonly reference?: ShownFigure;
  /** The core's subject − reference, in points. */
  readonly points?: number;
  /** The core's interval of that difference (fractions), and whether it is significant. */
  readonly interval?: DifferenceInterval;
}

interface Compared {
  /** The questionnaire the rows' items belong to. */
  readonly questionnaire: Questionnaire;
  /** The small-base rule's minimum: under it no percent is shown, nor any interval. */
  readonly minimumBase: number;
  /** The small-base rule's minimum, when it left a percent of these rows blank: the pane says why. */
  readonly smallBase?: number;
}

export type ComparisonPreview =
  | (Compared & { readonly kind: 'member'; readonly region?: RegionCode; readonly status: MemberStatus; readonly rows: readonly MemberRow[] })
  | (Compared & { readonly kind: 'region' | 'round'; readonly rows: readonly DifferenceRow[] });

/**
 * What the Comparison sheet will show for the choice, from the typed comparison the analysis returns
 * beside the plan (the same figures, the small-base rule applied alike).
 */
export function comparisonPreview(outcome: AnalysisView, choice: ComparisonChoice, lang: Language): ComparisonPreview {
  const { questionnaire, options } = outcome.analysis;
  const blanked = (any: boolean) => (any ? { smallBase: options.minimumBase } : {});
  if (choice.kind === 'member') {
    const member = outcome.comparison.member;
    const answers = member?.answers ?? [];
    return {
      kind: 'member',
      questionnaire,
      minimumBase: options.minimumBase,
      ...(member ? { region: member.member.region } : {}),
      status: member?.status ?? { kind: 'not-respondent' },
      rows: answers.map((a) => memberRow(a, options.minimumBase, lang)),
      ...blanked(answers.some((a) => isSuppressed(a.region))),
    };
  }
  const differences = (choice.kind === 'region' ? outcome.comparison.region : outcome.comparison.round)?.differences ?? [];
  return {
    kind: choice.kind,
    questionnaire,
    minimumBase: options.minimumBase,
    rows: differences.map((d) => differenceRow(d, options.minimumBase)),
    ...blanked(differences.some((d) => isSuppressed(d.subject) || isSuppressed(d.reference))),
  };
}

/** The percent shown (absent: none, or blanked by the small-base rule) with the interval the core says to show beside it. */
function shown(percent: number | undefined, result: AnswerResult, minimumBase: number): ShownFigure | undefined {
  if (percent === undefined) return undefined;
  const interval = shownInterval(result, minimumBase);
  return { percent, ...(interval ? { interval } : {}) };
}

function memberRow(a: MemberComparison['answers'][number], minimumBase: number, lang: Language): MemberRow {
  const { item, answer } = a.all;
  // All respondents' percent is the survey's own: shown whatever its base.
  const all = shown(a.all.percent, a.all, minimumBase);
  const region = shown(shownPercent(a.region), a.region, minimumBase);
  return {
    item,
    answer,
    ...(a.choice !== undefined ? { memberAnswer: choiceLabel(item, a.choice, lang) } : {}),
    ...(a.gives !== undefined ? { gives: a.gives } : {}),
    ...(all ? { all } : {}),
    ...(region ? { region } : {}),
    ...(a.points !== undefined ? { points: a.points } : {}),
  };
}

function differenceRow(d: Difference, minimumBase: number): DifferenceRow {
  const subject = shown(shownPercent(d.subject), d.subject, minimumBase);
  const reference = d.reference && shown(shownPercent(d.reference), d.reference, minimumBase);
  return {
    item: d.subject.item,
    answer: d.subject.answer,
    ...(subject ? { subject } : {}),
    ...(reference ? { reference } : {}),
    ...(d.points !== undefined ? { points: d.points } : {}),
    ...(d.interval ? { interval: d.interval } : {}),
  };
}

/** The Member's choice in the pane's language: a `select_multiple`'s choices each labelled, separated by commas. */
function choiceLabel(item: Item, choice: string, lang: Language): string {
  const names = item.type === 'select_multiple' ? choice.split(' ') : [choice];
  return names.map((name) => item.scale.choices.find((c) => c.name === name)?.label[lang] ?? name).join(', ');
}
