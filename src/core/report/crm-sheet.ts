import { STATUS_LABELS } from '../crm/change';
import type { CrmEvaluation, Measurement } from '../crm/evaluate';
import { STAGE_LABELS, type Stage } from '../crm/stages';
import { DIRECTION_LABELS } from '../crm/directions';
import type { Indicator } from '../crm/types';
import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import { orNull } from './answer-columns';
import type { Alignment, BlockPlan, NumberFormat, SheetPlan, TablePlan } from './plan';
import { columnNeeds, noteLines, stackedLefts, widthsOf, wrappedCells, type ColumnFit, type TableBody } from './table-layout';
import { WORDS } from './words';

export const CRM_SUMMARY = 'CRM Summary';

/**
 * The widest a column of text grows, in characters: a longer label wraps in it, on two or three lines
 * (a WCO region's full name, four), so that the sheet prints one A4 landscape page wide at a readable
 * size. Number columns are never capped; every header may wrap onto two lines at a space (`Baseline`
 * over `period`): a header as wide as `Follow-up period` over numbers of five digits would push the
 * sheet past one page.
 */
const CAPS: Readonly<Record<string, number>> = {
  Member: 22,
  Region: 22,
  Stage: 16,
  Label: 28,
  Unit: 14,
  'Baseline period': 14,
  'Follow-up period': 14,
};
const FIT = (column: string): ColumnFit => ({ cap: CAPS[column], twoLineHeader: true });

/** Columns of CRMResults that hold an indicator's values. */
const BASELINE = 8;
const FOLLOW_UP = 10;
const CHANGE = 11;
const RELATIVE_CHANGE = 12;

/**
 * Per Member × indicator from baseline to follow-up, then per Member and per indicator, as a
 * published report's tables: each value in its indicator's unit (a percentage as a percent, its change
 * in percentage points and no relative change: a relative change of a percentage misleads), the status
 * in the sheet's language, each column as wide as its text over the tables stacked in it.
 */
export function crmSheet(evaluation: CrmEvaluation, lang: Language): SheetPlan {
  const words = WORDS[lang];
  const bodies = [resultsTable(evaluation, lang), membersTable(evaluation, lang), indicatorsTable(evaluation, lang)];
  const needs = bodies.map((body) => columnNeeds(body, FIT));
  const lefts = stackedLefts(needs);
  const widths = widthsOf(lefts.map((left, t) => ({ left, needs: needs[t] })));
  const sheetWidth = Object.values(widths).reduce((sum, w) => sum + w, 0);

  const notes = [
    ...(evaluation.measurements.length === 0 ? [words.crmNone] : [words.crmTolerance(evaluation.tolerance)]),
    ...(evaluation.measurements.some((m) => isPercent(m.indicator)) ? [words.crmPoints] : []),
    ...(evaluation.leftOut ? [words.crmLeftOut(evaluation.leftOut)] : []),
  ].flatMap((note) => noteLines(note, sheetWidth));
  const blocks: BlockPlan[] = [
    { top: 1, left: 1, rows: [[words.crmTitle]], style: 'title' },
    { top: 2, left: 1, rows: notes.map((n) => [n]), style: 'note' },
  ];
  const tables: TablePlan[] = [];
  let top = 2 + notes.length + 1;
  const headings = [words.crmResults, words.crmMembers, words.crmIndicators];
  // The two short summaries start a printed page together, their headings never alone at a page's foot.
  const rowBreaks = evaluation.measurements.length > 0 ? [top + Math.max(bodies[0].rows.length, 1) + 3] : [];
  bodies.forEach((body, t) => {
    blocks.push({ top, left: lefts[t], rows: [[headings[t]]], style: 'heading' });
    tables.push({ ...body, top: top + 1, left: lefts[t], alignments: body.columns.map(alignmentOf) });
    top += Math.max(body.rows.length, 1) + 4;
  });
  const wrapped = tables.flatMap((table) => wrappedCells(table, widths));
  return { name: CRM_SUMMARY, blocks, tables, charts: [], columnWidths: widths, rowBreaks, ...(wrapped.length > 0 ? { wrapped } : {}) };
}

function resultsTable(evaluation: CrmEvaluation, lang: Language): TableBody {
  const looks = indicatorLooks(evaluation.measurements);
  const ms = evaluation.measurements;
  return {
    name: 'CRMResults',
    columns: [
      'Member',
      'Region',
      'Stage',
      'Indicator',
      'Label',
      'Unit',
      'Better when',
      'Baseline period',
      'Baseline',
      'Follow-up period',
      'Follow-up',
      'Change',
      'Relative change',
      'Status',
    ],
    rows: ms.map((m) => {
      const percent = isPercent(m.indicator);
      return [
        m.member.name[lang],
        REGIONS[m.member.region][lang],
        stageLabel(m.stage, lang),
        m.indicator.id,
        m.indicator.label[lang],
        m.indicator.unit.label[lang],
        DIRECTION_LABELS[m.indicator.direction][lang],
        m.baselinePeriod ?? null,
        orNull(m.baseline),
        m.followUpPeriod ?? null,
        orNull(m.followUp),
        m.change === undefined ? null : percent ? points(m.change) : m.change,
        // 35 % to 82 % is +47 points: a relative change of a percentage (+134 %) is misread as points.
        percent ? null : orNull(m.relativeChange),
        STATUS_LABELS[m.status][lang],
      ];
    }),
    formats: [...Array<undefined>(RELATIVE_CHANGE), 'percent1'],
    cellFormats: ms.map((m) => {
      const look = looks.get(m.indicator)!;
      const formats: (NumberFormat | undefined)[] = [];
      formats[BASELINE] = look.value;
      formats[FOLLOW_UP] = look.value;
      formats[CHANGE] = look.change;
      return formats;
    }),
  };
}

function membersTable(evaluation: CrmEvaluation, lang: Language): TableBody {
  return {
    name: 'CRMMembers',
    columns: ['Member', 'Stage', 'Measured', 'Improved', 'Declined', 'Unchanged', 'Share improved'],
    rows: evaluation.members.map((m) => [
      m.member.name[lang],
      stageLabel(m.stage, lang),
      m.measured,
      m.improved,
      m.declined,
      m.unchanged,
      orNull(m.shareImproved),
    ]),
    formats: [undefined, undefined, 'integer', 'integer', 'integer', 'integer', 'percent'],
  };
}

function indicatorsTable(evaluation: CrmEvaluation, lang: Language): TableBody {
  return {
    name: 'CRMIndicatorProgress',
    columns: ['Indicator', 'Label', 'Better when', 'Members measured', 'Improved', 'Declined', 'Unchanged'],
    rows: evaluation.indicators.map((i) => [
      i.indicator.id,
      i.indicator.label[lang],
      DIRECTION_LABELS[i.indicator.direction][lang],
      i.measured,
      i.improved,
      i.declined,
      i.unchanged,
    ]),
    formats: [undefined, undefined, undefined, 'integer', 'integer', 'integer', 'integer'],
  };
}

/**
 * Numbers at the right, their headers over them; the periods too (years, mostly), so that a period
 * never reads on from the number at the right edge of the column before it (`520 1999`).
 */
const RIGHT = new Set([
  'Baseline period',
  'Baseline',
  'Follow-up period',
  'Follow-up',
  'Change',
  'Relative change',
  'Measured',
  'Improved',
  'Declined',
  'Unchanged',
  'Share improved',
  'Members measured',
]);
const alignmentOf = (column: string): Alignment | undefined => (RIGHT.has(column) ? 'right' : undefined);

const stageLabel = (stage: Stage | undefined, lang: Language) => (stage ? STAGE_LABELS[stage][lang] : null);

const isPercent = (indicator: Indicator): boolean => indicator.unit.key === '%';

/** A change of fractions (0.35 to 0.82) in percentage points (47), without the float's tail (46.99999999999999). */
function points(change: number): number {
  return Number((change * 100).toPrecision(12));
}

/** How an indicator's baseline and follow-up, and its change, are shown. */
export interface IndicatorLook {
  readonly value: NumberFormat;
  readonly change: NumberFormat;
}

/**
 * One look per indicator over all its rows, so that its values read alike from Member to Member. A
 * percentage: as a percent (with a decimal only if one of its values needs it), its change in points.
 * Any other unit: whole numbers with thousands separators when all its values are whole (counts, days),
 * else two decimals: a format shows no precision the values do not have.
 */
export function indicatorLooks(measurements: readonly Measurement[]): Map<Indicator, IndicatorLook> {
  const values = new Map<Indicator, number[]>();
  for (const m of measurements) {
    const numbers = values.get(m.indicator) ?? [];
    numbers.push(...[m.baseline, m.followUp, m.change].filter((v): v is number => v !== undefined));
    values.set(m.indicator, numbers);
  }
  return new Map(
    [...values].map(([indicator, numbers]): [Indicator, IndicatorLook] => {
      if (isPercent(indicator)) return [indicator, { value: numbers.every((v) => isWhole(v * 100)) ? 'percent' : 'percent1', change: 'points' }];
      const format = numbers.every(isWhole) ? 'whole' : 'decimal';
      return [indicator, { value: format, change: format }];
    }),
  );
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-9;
}
