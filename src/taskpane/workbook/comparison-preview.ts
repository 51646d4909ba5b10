import type { AnalyseOutcome, Item, Language, Questionnaire } from '../../core';
import type { ComparisonChoice } from './analysis-request';
import { COMPARISON } from './owned-sheets';
import { numberIn, planTable, textIn, type PlanRecord } from './plan-table';

/** One reported answer of the Member comparison: the Member's own answer beside all and its region. */
export interface MemberRow {
  readonly item: Item;
  readonly answer: string;
  /** The Member's answer in the pane's language; absent when it left the item blank. */
  readonly memberAnswer?: string;
  /** Whether that answer counts towards this reported answer. */
  readonly gives?: boolean;
  readonly all?: number;
  readonly region?: number;
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
}

export type ComparisonPreview =
  | (Compared & { readonly kind: 'member'; readonly counted: boolean; readonly rows: readonly MemberRow[] })
  | (Compared & { readonly kind: 'region' | 'round'; readonly rows: readonly DifferenceRow[] });

const TABLES = { member: 'MemberComparison', region: 'RegionComparison', round: 'RoundComparison' } as const;
/** The subject's percent, the reference's, and the difference in points, by the contract's column names. */
const DIFFERENCE_COLUMNS = {
  region: ['Region percent', 'All percent', 'Difference (pp)'],
  round: ['This round', 'Other round', 'Change (pp)'],
} as const;
type Items = ReadonlyMap<string, Item>;

/** What the Comparison sheet will show for the choice, read from the plan that writes it. */
export function comparisonPreview(outcome: AnalyseOutcome, choice: ComparisonChoice, lang: Language): ComparisonPreview {
  const { questionnaire } = outcome.analysis;
  const items: Items = new Map(questionnaire.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const records = planTable(outcome.plan, COMPARISON, TABLES[choice.kind]).filter((r) => items.has(textIn(r, 'Question')));
  if (choice.kind !== 'member') {
    const kind = choice.kind;
    return { kind, questionnaire, rows: records.map((r) => differenceRow(r, items, DIFFERENCE_COLUMNS[kind])) };
  }
  const counted = outcome.analysis.selection.counted.some((r) => r.member.code === choice.member);
  return { kind: 'member', questionnaire, counted, rows: records.map((r) => memberRow(r, items, outcome.language, lang)) };
}

function base(record: PlanRecord, items: Items) {
  return { item: items.get(textIn(record, 'Question'))!, answer: textIn(record, 'Answer') };
}

function differenceRow(record: PlanRecord, items: Items, columns: readonly string[]): DifferenceRow {
  const [subject, reference, points] = columns.map((column) => numberIn(record, column));
  return { ...base(record, items), subject, reference, points };
}

function memberRow(record: PlanRecord, items: Items, written: Language, lang: Language): MemberRow {
  const { item, answer } = base(record, items);
  const given = textIn(record, 'Member answer');
  const gives = numberIn(record, 'Member gives');
  return {
    item,
    answer,
    ...(given ? { memberAnswer: translated(item, given, written, lang) } : {}),
    ...(gives !== undefined ? { gives: gives === 1 } : {}),
    all: numberIn(record, 'All percent'),
    region: numberIn(record, 'Region percent'),
  };
}

/** The plan writes the Member's answer in the sheets' language; the pane speaks its own. */
function translated(item: Item, label: string, from: Language, to: Language): string {
  return item.scale.choices.find((c) => c.label[from] === label)?.label[to] ?? label;
}
