import type { Member } from '../members/types';
import type { ReadCell } from '../read/model';
import { fold } from '../text/fold';
import type { CellRef } from '../workbook/address';
import { changeOf, DEFAULT_TOLERANCE, type IndicatorStatus } from './change';
import { indicatorRowIssues } from './check-indicators';
import { hasError } from './issues';
import type { CrmIndicators, IndicatorRow } from './model';
import type { ParsedMeasure } from './numbers';
import { indicatorOf, memberOf } from './row-parts';
import { CRM_STAGES, type Stage } from './stages';
import type { Indicator } from './types';

export interface EvaluateOptions {
  /** The relative change (a fraction, ≥ 0) within which an indicator counts as unchanged. Default 0.01. */
  readonly tolerance?: number;
}

/** One Member's indicator from baseline to follow-up: a row of the `CRM Summary`. */
export interface Measurement {
  readonly member: Member;
  readonly indicator: Indicator;
  /** The row's first cell on the input sheet. */
  readonly ref: CellRef;
  readonly stage?: Stage | undefined;
  readonly baselinePeriod?: string | undefined;
  /** Absent when not measured (a blank cell), never 0. */
  readonly baseline?: number | undefined;
  readonly followUpPeriod?: string | undefined;
  readonly followUp?: number | undefined;
  readonly change?: number;
  readonly relativeChange?: number;
  readonly status: IndicatorStatus;
}

/** How many indicators (or Members) moved which way. `measured` has both a baseline and a follow-up. */
export interface Tally {
  readonly measured: number;
  readonly improved: number;
  readonly declined: number;
  readonly unchanged: number;
  readonly notMeasured: number;
}

export interface MemberProgress extends Tally {
  readonly member: Member;
  /** Improved ÷ measured; none when nothing was measured. */
  readonly shareImproved?: number;
  /** The furthest stage its rows give, in programme order. */
  readonly stage?: Stage;
  /** Every stage its rows give, in programme order: more than one when they disagree. */
  readonly stages: readonly Stage[];
}

export interface IndicatorProgress extends Tally {
  readonly indicator: Indicator;
}

export interface CrmEvaluation {
  readonly tolerance: number;
  /** By Member (English name), then in catalogue order. */
  readonly measurements: readonly Measurement[];
  /** Members with at least one row evaluated, by English name. */
  readonly members: readonly MemberProgress[];
  /** Indicators with at least one row evaluated, in catalogue order. */
  readonly indicators: readonly IndicatorProgress[];
  /** Rows left out because of an error (or because the sheet lacks the Member or Indicator column). */
  readonly leftOut: number;
}

/** Every Member × indicator of the `CRM Indicators` sheet, per Member and per indicator. Rows with an error are left out. */
export function evaluateIndicators(crm: CrmIndicators, options: EvaluateOptions = {}): CrmEvaluation {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new RangeError(`tolerance must be a number ≥ 0, not ${tolerance}`);
  const rows = crm.indicatorsSheet?.rows ?? [];
  const issues = indicatorRowIssues(rows);
  const order = new Map(crm.catalogue.indicators.map((indicator, i) => [indicator, i]));
  const measurements = rows
    .filter((_, i) => !hasError(issues[i]))
    .flatMap((row) => measurementOf(row, tolerance) ?? [])
    .sort((a, b) => compareMembers(a.member, b.member) || order.get(a.indicator)! - order.get(b.indicator)!);
  return {
    tolerance,
    measurements,
    members: [...groupBy(measurements, (m) => m.member)].map(([member, ms]) => memberProgress(member, ms)),
    indicators: crm.catalogue.indicators
      .map((indicator) => ({ indicator, ms: measurements.filter((m) => m.indicator === indicator) }))
      .filter(({ ms }) => ms.length > 0)
      .map(({ indicator, ms }) => ({ indicator, ...tallyOf(ms) })),
    leftOut: rows.length - measurements.length,
  };
}

function measurementOf(row: IndicatorRow, tolerance: number): Measurement | undefined {
  const member = memberOf(row.member);
  const indicator = indicatorOf(row.indicator);
  if (!member || !indicator) return undefined;
  const baseline = valueOf(row.baseline);
  const followUp = valueOf(row.followUp);
  return {
    member,
    indicator,
    ref: row.ref,
    stage: row.stage?.parsed.kind === 'stage' ? row.stage.parsed.stage : undefined,
    baselinePeriod: row.baselinePeriod?.parsed,
    baseline,
    followUpPeriod: row.followUpPeriod?.parsed,
    followUp,
    ...changeOf(baseline, followUp, indicator.direction, tolerance),
  };
}

function valueOf(cell: ReadCell<ParsedMeasure> | undefined): number | undefined {
  return cell?.parsed.kind === 'number' ? cell.parsed.value : undefined;
}

function memberProgress(member: Member, measurements: readonly Measurement[]): MemberProgress {
  const tally = tallyOf(measurements);
  const stages = CRM_STAGES.filter((stage) => measurements.some((m) => m.stage === stage));
  return {
    member,
    ...tally,
    ...(tally.measured > 0 ? { shareImproved: tally.improved / tally.measured } : {}),
    stage: stages[stages.length - 1],
    stages,
  };
}

function tallyOf(measurements: readonly Measurement[]): Tally {
  const count = (status: IndicatorStatus) => measurements.filter((m) => m.status === status).length;
  const notMeasured = count('not-measured');
  return {
    measured: measurements.length - notMeasured,
    improved: count('improved'),
    declined: count('declined'),
    unchanged: count('unchanged'),
    notMeasured,
  };
}

/** By English name as folded (case and accents aside), then by code: the same order on every machine. */
function compareMembers(a: Member, b: Member): number {
  const [x, y] = [fold(a.name.en), fold(b.name.en)];
  return x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
