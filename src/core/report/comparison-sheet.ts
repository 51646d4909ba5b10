import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Difference, MemberComparison, MemberStatus, RegionDifference } from '../analyse/compare';
import { isSuppressed, shownPercent, unguarded, type GuardedResult } from '../analyse/small-base';
import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import type { Item } from '../questionnaire/types';
import type { RegionCode } from '../members/types';
import { ANSWER_COLUMNS, answerLabel, labelledAnswerCells, orNull } from './answer-columns';
import type { BlockPlan, NumberFormat, PlanValue, SheetPlan, TablePlan } from './plan';
import {
  SIGNIFICANT,
  DIFFERENCE_INTERVAL_COLUMNS,
  DIFFERENCE_INTERVAL_FORMATS,
  differenceIntervalCells,
  INTERVAL_FORMATS,
  intervalCells,
} from './interval-columns';
import { noteLines, wrappedHeaderWidth } from './table-layout';
import { WORDS } from './words';
import { notCountedText } from './member-status';

export const COMPARISON = 'Comparison';

/** The heading of each part of the Comparison sheet: the command line names the parts so too. */
export const COMPARISON_HEADINGS = {
  region: (region: RegionCode, lang: Language) => WORDS[lang].regionHeading(REGIONS[region][lang]),
  round: (other: string, lang: Language) => WORDS[lang].roundHeading(other),
  published: (lang: Language) => WORDS[lang].publishedHeading,
} as const;

/** What else to compare with, besides the 1998 report's published figures. */
export interface ComparisonRequest {
  readonly member?: MemberComparison;
  readonly region?: { readonly region: RegionCode; readonly differences: readonly RegionDifference[] };
  readonly round?: { readonly name: string; readonly differences: readonly Difference[] };
}

interface Part {
  readonly heading: string;
  readonly table: Omit<TablePlan, 'top' | 'left'>;
  /** Lines under the heading: why the Member is not counted, why a percent is blank. */
  readonly notes: readonly string[];
}

const UNFORMATTED = ANSWER_COLUMNS.map(() => undefined);
/** A note's lines fit the width of the sheet's tables' first page, so that it prints whole with them. */
const NOTE_WIDTH = 120;
const LABEL_WIDTH = 32;
/** The figures each part had before issue #19, and its difference's interval: the first printed page. */
const FIRST_PAGE_FIGURES = 8;

/** Each figure's column as narrow as its headers wrapped at their spaces: the tables print two pages wide, each legible. */
function figureWidths(tables: readonly TablePlan[]): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const table of tables) {
    table.columns.forEach((name, i) => {
      const column = table.left + i;
      if (i >= ANSWER_COLUMNS.length) widths[column] = Math.max(widths[column] ?? 0, wrappedHeaderWidth(name));
    });
  }
  return widths;
}

/**
 * The parts one under the other, each a heading, perhaps notes, and a table. Without a Member, a
 * region or a round to compare, a line under the title says how to ask for one.
 */
export function comparisonSheet(analysis: SurveyAnalysis, request: ComparisonRequest, lang: Language): SheetPlan {
  const words = WORDS[lang];
  const minimumBase = analysis.options.minimumBase;
  const published = hasPublishedFigures(analysis) ? publishedPart(analysis, lang) : undefined;
  const parts = [
    request.member && memberPart(request.member, minimumBase, lang),
    request.region && regionPart(request.region.region, request.region.differences, minimumBase, lang),
    request.round && roundPart(request.round.name, request.round.differences, minimumBase, lang),
    published,
  ].filter((p): p is Part => p !== undefined);
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[words.comparisonTitle]], style: 'title' }];
  const tables: TablePlan[] = [];
  const rowBreaks: number[] = [];
  let top = 3;
  if (!request.member && !request.region && !request.round) {
    const lines = noteLines(published ? words.comparisonMore : words.comparisonHowTo, NOTE_WIDTH);
    blocks.push({ top, left: 1, rows: lines.map((line) => [line]), style: 'note' });
    top += lines.length + 1;
  }
  for (const part of parts) {
    // Each part starts a printed page, its heading over its table's header.
    if (tables.length > 0) rowBreaks.push(top - 1);
    blocks.push({ top, left: 1, rows: [[part.heading]], style: 'heading' });
    const notes = part.notes.flatMap((note) => noteLines(note, NOTE_WIDTH));
    if (notes.length) blocks.push({ top: top + 1, left: 1, rows: notes.map((n) => [n]), style: 'note' });
    const tableTop = top + 1 + notes.length;
    // Yes and No at the right, as the figures are: they read as the last figure of the difference's interval.
    const alignments = part.table.columns.map((name) => (name === SIGNIFICANT ? ('right' as const) : undefined));
    tables.push({ ...part.table, top: tableTop, left: 1, alignments });
    top = tableTop + Math.max(part.table.rows.length, 1) + 3;
  }
  return {
    name: COMPARISON,
    blocks,
    tables,
    charts: [],
    // The answer's columns stay in view, and are printed on every page.
    freeze: { rows: 0, columns: ANSWER_COLUMNS.length },
    columnWidths: { [ANSWER_COLUMNS.indexOf('Label') + 1]: LABEL_WIDTH, ...figureWidths(tables) },
    // Printed, a page of each part's percents, difference and its interval, then a page of the percents' intervals.
    columnBreaks: [ANSWER_COLUMNS.length + FIRST_PAGE_FIGURES],
    ...(rowBreaks.length ? { rowBreaks } : {}),
  };
}

function publishedPart(analysis: SurveyAnalysis, lang: Language): Part {
  const rows = analysis.published
    .filter((p) => p.result.item.scale.reported.length > 0 && sectionCharted(analysis, p.result.item.sectionId))
    .map((p) => [
      ...labelledAnswerCells(p.result, lang),
      orNull(p.result.percent),
      orNull(p.published),
      orNull(p.points),
      ...differenceIntervalCells(p.interval, lang),
      ...intervalCells(p.result, analysis.options.minimumBase),
    ]);
  const approximate = analysis.published.filter((p) => p.approximate).map((p) => p.result.item.id);
  const words = WORDS[lang];
  return {
    heading: COMPARISON_HEADINGS.published(lang),
    notes: [
      ...(approximate.length ? [words.approximate(approximate.join(', '))] : []),
      words.publishedIntervalNote,
      words.differenceIntervalNote(analysis.options.minimumBase),
    ],
    table: {
      name: 'PublishedComparison',
      columns: [...ANSWER_COLUMNS, 'Percent', 'Published', 'Difference (pp)', ...DIFFERENCE_INTERVAL_COLUMNS, 'Low', 'High'],
      rows,
      formats: [...UNFORMATTED, 'percent', 'percent', 'points', ...DIFFERENCE_INTERVAL_FORMATS, ...INTERVAL_FORMATS],
    },
  };
}

/** The 1998 questionnaire has the report's figures; a questionnaire defined by XLSForm has none. */
function hasPublishedFigures(analysis: SurveyAnalysis): boolean {
  return analysis.questionnaire.sections.some((s) => s.items.some((i) => i.published));
}

function sectionCharted(analysis: SurveyAnalysis, sectionId: string): boolean {
  return analysis.questionnaire.sections.some((s) => s.id === sectionId && s.chart !== undefined);
}

/**
 * The Member's row in one language: the reported answer's label, the Member's own answer, and
 * whether it gives that answer (Yes/No, blank where it left the item blank).
 */
function memberPart(comparison: MemberComparison, minimumBase: number, lang: Language): Part {
  const words = WORDS[lang];
  const rows = comparison.answers.map((a): PlanValue[] => [
    ...labelledAnswerCells(a.all, lang),
    a.choice === undefined ? null : memberChoice(a.all.item, a.choice, lang),
    a.gives === undefined ? null : a.gives ? words.yes : words.no,
    orNull(a.all.percent),
    orNull(shownPercent(a.region)),
    a.all.base,
    a.region.base,
    ...intervalCells(a.all, minimumBase),
    ...intervalCells(a.region, minimumBase),
  ]);
  const status = statusNote(comparison.status, lang);
  return {
    heading: words.memberHeading(comparison.member.name[lang]),
    notes: [
      ...(status ? [status] : []),
      ...smallBaseNote(
        comparison.answers.map((a) => a.region),
        minimumBase,
        lang,
      ),
    ],
    table: {
      name: 'MemberComparison',
      columns: [
        ...ANSWER_COLUMNS,
        'Member answer',
        'Gives this answer',
        'All percent',
        'Region percent',
        'All base',
        'Region base',
        'All low',
        'All high',
        'Region low',
        'Region high',
      ],
      rows,
      formats: [...UNFORMATTED, undefined, undefined, 'percent', 'percent', 'integer', 'integer', ...INTERVAL_FORMATS, ...INTERVAL_FORMATS],
    },
  };
}

/** Why the Member's own submission is not in the percentages, its errors named in words; nothing when it is. */
export function statusNote(status: MemberStatus, lang: Language): string | undefined {
  return status.kind === 'counted' ? undefined : notCountedText(status, WORDS[lang], lang);
}

/** The small-base rule's note, when it blanked a percent of this part. */
function smallBaseNote(results: readonly (GuardedResult | undefined)[], minimumBase: number, lang: Language): string[] {
  return results.some(isSuppressed) ? [WORDS[lang].smallBaseNote(minimumBase)] : [];
}

/** The Member's answer in the language: a `select_multiple`'s choices each labelled, separated by commas. */
function memberChoice(item: Item, choice: string, lang: Language): string {
  const names = item.type === 'select_multiple' ? choice.split(' ') : [choice];
  return names.map((answer) => answerLabel({ item, answer }, lang)).join(', ');
}

/** The columns every difference table has, its two sides' names aside: the first five are the contract's before issue #19. */
function differenceColumns(subject: string, reference: string, change: string, subjectBase: string, referenceBase: string): string[] {
  return [...ANSWER_COLUMNS, subject, reference, change, subjectBase, referenceBase, ...DIFFERENCE_INTERVAL_COLUMNS];
}

const DIFFERENCE_FORMATS: (NumberFormat | undefined)[] = [...UNFORMATTED, 'percent', 'percent', 'points', 'integer', 'integer', ...DIFFERENCE_INTERVAL_FORMATS];

/** A row's subject, change and interval, beside the percent and base of `beside` as the small-base rule shows them. */
function differenceRow(d: Difference, beside: GuardedResult | undefined, lang: Language): PlanValue[] {
  return [
    ...labelledAnswerCells(d.subject, lang),
    orNull(shownPercent(d.subject)),
    orNull(beside && shownPercent(beside)),
    orNull(d.points),
    d.subject.base,
    beside?.base ?? null,
    ...differenceIntervalCells(d.interval, lang),
  ];
}

function differenceNotes(differences: readonly Difference[], minimumBase: number, lang: Language): string[] {
  return [
    WORDS[lang].differenceIntervalNote(minimumBase),
    ...smallBaseNote(
      differences.flatMap((d) => [d.subject, d.reference]),
      minimumBase,
      lang,
    ),
  ];
}

/**
 * The region against the other respondents. `All percent` keeps its place and `Difference (pp)` is now
 * from the rest: the rest's columns and every interval are appended, as a contracted table's may only be.
 */
function regionPart(region: RegionCode, differences: readonly RegionDifference[], minimumBase: number, lang: Language): Part {
  const rows = differences.map((d) => [
    ...differenceRow(d, unguarded(d.all), lang),
    orNull(d.reference && shownPercent(d.reference)),
    d.reference?.base ?? null,
    ...intervalCells(d.subject, minimumBase),
    ...intervalCells(d.reference, minimumBase),
    ...intervalCells(d.all, minimumBase),
  ]);
  return {
    heading: COMPARISON_HEADINGS.region(region, lang),
    notes: [WORDS[lang].regionAgainstRest, ...differenceNotes(differences, minimumBase, lang)],
    table: {
      name: 'RegionComparison',
      columns: [
        ...differenceColumns('Region percent', 'All percent', 'Difference (pp)', 'Region base', 'All base'),
        'Rest percent',
        'Rest base',
        'Region low',
        'Region high',
        'Rest low',
        'Rest high',
        'All low',
        'All high',
      ],
      rows,
      formats: [...DIFFERENCE_FORMATS, 'percent', 'integer', ...INTERVAL_FORMATS, ...INTERVAL_FORMATS, ...INTERVAL_FORMATS],
    },
  };
}

function roundPart(name: string, differences: readonly Difference[], minimumBase: number, lang: Language): Part {
  return {
    heading: COMPARISON_HEADINGS.round(name, lang),
    notes: differenceNotes(differences, minimumBase, lang),
    table: {
      name: 'RoundComparison',
      columns: [
        ...differenceColumns('This round', 'Other round', 'Change (pp)', 'This base', 'Other base'),
        'This low',
        'This high',
        'Other low',
        'Other high',
      ],
      rows: differences.map((d) => [
        ...differenceRow(d, d.reference, lang),
        ...intervalCells(d.subject, minimumBase),
        ...intervalCells(d.reference, minimumBase),
      ]),
      formats: [...DIFFERENCE_FORMATS, ...INTERVAL_FORMATS, ...INTERVAL_FORMATS],
    },
  };
}
