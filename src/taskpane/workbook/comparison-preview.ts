import {
  isSuppressed,
  shownPercent,
  type Difference,
  type Item,
  type Language,
  type MemberComparison,
  type MemberStatus,
  type Questionnaire,
  type RegionCode,
} from '../../core';
import type { AnalysisView } from '../engine/survey-engine';
import type { ComparisonChoice } from './analysis-request';

/** One reported answer of the Member comparison: the Member's own answer beside all and its region. */
export interface MemberRow {
  readonly item: Item;
  readonly answer: string;
  /** The Member's answer in the pane's language; absent when it left the item blank. */
  readonly memberAnswer?: string;
  /** Whether that answer counts towards this reported answer. */
  readonly gives?: boolean;
  readonly all?: number;
  /** Absent when no one in the region answered, or the small-base rule leaves it blank. */
  readonly region?: number;
  /** The region's percent less all respondents', in points, where both are shown. */
  readonly points?: number;
}

/** One reported answer of a region or round comparison: two percents and the difference in points. */
export interface DifferenceRow {
  readonly item: Item;
  readonly answer: string;
  readonly subject?: number;
  readonly reference?: number;
  readonly points?: number;
}

interface Compared {
  /** The questionnaire the rows' items belong to. */
  readonly questionnaire: Questionnaire;
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
      ...(member ? { region: member.member.region } : {}),
      status: member?.status ?? { kind: 'not-respondent' },
      rows: answers.map((a) => memberRow(a, lang)),
      ...blanked(answers.some((a) => isSuppressed(a.region))),
    };
  }
  const differences = (choice.kind === 'region' ? outcome.comparison.region : outcome.comparison.round)?.differences ?? [];
  return {
    kind: choice.kind,
    questionnaire,
    rows: differences.map(differenceRow),
    ...blanked(differences.some((d) => isSuppressed(d.subject) || isSuppressed(d.reference))),
  };
}

function memberRow(a: MemberComparison['answers'][number], lang: Language): MemberRow {
  const { item, answer } = a.all;
  const all = a.all.percent;
  const region = shownPercent(a.region);
  return {
    item,
    answer,
    ...(a.choice !== undefined ? { memberAnswer: choiceLabel(item, a.choice, lang) } : {}),
    ...(a.gives !== undefined ? { gives: a.gives } : {}),
    ...(all !== undefined ? { all } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(all !== undefined && region !== undefined ? { points: (region - all) * 100 } : {}),
  };
}

function differenceRow(d: Difference): DifferenceRow {
  const subject = shownPercent(d.subject);
  const reference = d.reference && shownPercent(d.reference);
  return {
    item: d.subject.item,
    answer: d.subject.answer,
    ...(subject !== undefined ? { subject } : {}),
    ...(reference !== undefined ? { reference } : {}),
    ...(d.points !== undefined ? { points: d.points } : {}),
  };
}

/** The Member's choice in the pane's language: a `select_multiple`'s choices each labelled, separated by commas. */
function choiceLabel(item: Item, choice: string, lang: Language): string {
  const names = item.type === 'select_multiple' ? choice.split(' ') : [choice];
  return names.map((name) => item.scale.choices.find((c) => c.name === name)?.label[lang] ?? name).join(', ');
}
