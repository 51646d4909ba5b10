import type { CrmEvaluation } from '../crm/evaluate';
import { STAGE_LABELS, type Stage } from '../crm/stages';
import { DIRECTION_LABELS } from '../crm/directions';
import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import { orNull } from './answer-columns';
import type { BlockPlan, SheetPlan, TablePlan } from './plan';
import { WORDS } from './words';

export const CRM_SUMMARY = 'CRM Summary';

/**
 * Per Member × indicator from baseline to follow-up, then per Member and per indicator.
 * `Status` is the stable English word (improved, declined, unchanged, not-measured), like `Answer`,
 * so that formulas counting it work in every language.
 */
export function crmSheet(evaluation: CrmEvaluation, lang: Language): SheetPlan {
  const words = WORDS[lang];
  const stage = (s: Stage | undefined) => (s ? STAGE_LABELS[s][lang] : null);
  const results: Omit<TablePlan, 'top' | 'left'> = {
    name: 'CRMResults',
    columns: ['Member', 'Region', 'Stage', 'Indicator', 'Label', 'Unit', 'Better when', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up', 'Change', 'Relative change', 'Status'],
    rows: evaluation.measurements.map((m) => [
      m.member.name[lang],
      REGIONS[m.member.region][lang],
      stage(m.stage),
      m.indicator.id,
      m.indicator.label[lang],
      m.indicator.unit.label[lang],
      DIRECTION_LABELS[m.indicator.direction][lang],
      m.baselinePeriod ?? null,
      orNull(m.baseline),
      m.followUpPeriod ?? null,
      orNull(m.followUp),
      orNull(m.change),
      orNull(m.relativeChange),
      m.status,
    ]),
    formats: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'decimal', undefined, 'decimal', 'decimal', 'percent1'],
  };
  const members: Omit<TablePlan, 'top' | 'left'> = {
    name: 'CRMMembers',
    columns: ['Member', 'Stage', 'Measured', 'Improved', 'Declined', 'Unchanged', 'Share improved'],
    rows: evaluation.members.map((m) => [m.member.name[lang], stage(m.stage), m.measured, m.improved, m.declined, m.unchanged, orNull(m.shareImproved)]),
    formats: [undefined, undefined, 'integer', 'integer', 'integer', 'integer', 'percent'],
  };
  const indicators: Omit<TablePlan, 'top' | 'left'> = {
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
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[words.crmTitle]], style: 'title' }];
  const notes = [
    evaluation.measurements.length === 0 ? words.crmNone : words.crmTolerance(evaluation.tolerance),
    ...(evaluation.leftOut ? [words.crmLeftOut(evaluation.leftOut)] : []),
  ];
  blocks.push({ top: 2, left: 1, rows: notes.map((n) => [n]), style: 'note' });
  const tables: TablePlan[] = [];
  let top = 2 + notes.length + 1;
  for (const [heading, table] of [
    [words.crmResults, results],
    [words.crmMembers, members],
    [words.crmIndicators, indicators],
  ] as const) {
    blocks.push({ top, left: 1, rows: [[heading]], style: 'heading' });
    tables.push({ ...table, top: top + 1, left: 1 });
    top += Math.max(table.rows.length, 1) + 4;
  }
  return {
    name: CRM_SUMMARY,
    blocks,
    tables,
    charts: [],
    columnWidths: { 1: 24, 2: 26, 3: 22, 4: 16, 5: 44, 6: 14, 7: 12, 8: 14, 9: 12, 10: 14, 11: 12, 12: 12, 13: 14, 14: 13 },
  };
}
