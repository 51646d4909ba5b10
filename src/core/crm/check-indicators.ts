import type { Issue, IssueMember } from '../check/issue';
import type { ReadCell } from '../read/model';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { catalogueRowIssues } from './check-catalogue';
import { columnIssue, errorValue, issue, issueMember } from './issues';
import type { CrmIndicators, IndicatorRow, ParsedStage } from './model';
import type { ParsedMeasure } from './numbers';
import { indicatorOf, memberOf } from './row-parts';

/** Every problem of the CRM sheets, each at its cell: the catalogue first, then the indicators, in row order. */
export function checkIndicators(crm: CrmIndicators): Issue[] {
  const { catalogueSheet, indicatorsSheet } = crm;
  return [
    ...(catalogueSheet ? [...catalogueSheet.source.notes.map(columnIssue), ...catalogueRowIssues(catalogueSheet.rows).flat()] : []),
    ...(indicatorsSheet ? [...indicatorsSheet.source.notes.map(columnIssue), ...indicatorRowIssues(indicatorsSheet.rows).flat()] : []),
  ];
}

/** The issues of each row of `CRM Indicators`, in row order. */
export function indicatorRowIssues(rows: readonly IndicatorRow[]): Issue[][] {
  const firstOfPair = new Map<string, CellRef>();
  return rows.map((row) => {
    const member = issueMember(row.member);
    const indicator = indicatorOf(row.indicator);
    const issues = [
      ...memberIssues(row),
      ...indicatorIssues(row, member),
      ...stageIssues(row.stage, member),
      ...errorValue(row.baselinePeriod, member),
      ...measureIssues(row, row.baseline, member),
      ...errorValue(row.followUpPeriod, member),
      ...measureIssues(row, row.followUp, member),
      ...duplicateIssue(row, firstOfPair, member),
    ];
    return indicator ? issues.map((i) => ({ ...i, indicator })) : issues;
  });
}

function memberIssues({ member: cell }: IndicatorRow): Issue[] {
  if (!cell) return [];
  if (cell.kind === 'blank') return [issue({ code: 'blank-member' }, cell.ref)];
  if (cell.raw.kind === 'error') return errorValue(cell);
  if (cell.parsed.kind === 'found') return [];
  const name = displayCell(cell.raw);
  const { suggestion, foreign } = cell.parsed;
  return [issue({ code: 'unknown-member', name, ...(suggestion ? { suggestion } : {}), ...(foreign ? { foreign } : {}) }, cell.ref, { text: name })];
}

function indicatorIssues({ indicator: cell }: IndicatorRow, member: IssueMember | undefined): Issue[] {
  if (!cell) return [];
  if (cell.kind === 'blank') return [issue({ code: 'blank-indicator' }, cell.ref, member)];
  if (cell.raw.kind === 'error') return errorValue(cell, member);
  if (cell.parsed.kind === 'found') return [];
  const { suggestion } = cell.parsed;
  return [issue({ code: 'unknown-indicator', name: displayCell(cell.raw), ...(suggestion ? { suggestion } : {}) }, cell.ref, member)];
}

function stageIssues(cell: ReadCell<ParsedStage> | undefined, member: IssueMember | undefined): Issue[] {
  if (cell?.parsed.kind === 'error') return errorValue(cell, member);
  if (cell?.parsed.kind === 'unknown') return [issue({ code: 'unknown-stage', value: displayCell(cell.raw) }, cell.ref, member)];
  return [];
}

function measureIssues(row: IndicatorRow, cell: ReadCell<ParsedMeasure> | undefined, member: IssueMember | undefined): Issue[] {
  if (!cell) return [];
  const value = displayCell(cell.raw);
  const unit = indicatorOf(row.indicator)?.unit;
  const { parsed } = cell;
  switch (parsed.kind) {
    case 'error':
      return errorValue(cell, member);
    case 'invalid':
      return [issue({ code: 'invalid-number', value, ...(unit ? { unit } : {}) }, cell.ref, member)];
    case 'ambiguous':
      return [issue({ code: 'ambiguous-number', value, whole: parsed.whole, decimal: parsed.decimal }, cell.ref, member)];
    case 'number':
      // A percentage is a fraction: 85 without a % sign is most likely 85 %, not 8500 %.
      return unit?.key === '%' && parsed.written !== 'percent' && Math.abs(parsed.value) > 1
        ? [issue({ code: 'percent-over-100', value: parsed.value }, cell.ref, member)]
        : [];
  }
}

/** The second row for a Member and indicator; the first is the one evaluated. */
function duplicateIssue(row: IndicatorRow, firstOfPair: Map<string, CellRef>, member: IssueMember | undefined): Issue[] {
  const found = memberOf(row.member);
  const indicator = indicatorOf(row.indicator);
  if (!found || !indicator || !row.indicator) return [];
  const key = `${found.code} ${indicator.id}`;
  const first = firstOfPair.get(key);
  if (!first) {
    firstOfPair.set(key, row.indicator.ref);
    return [];
  }
  return [issue({ code: 'duplicate-member-indicator', indicator, first }, row.indicator.ref, member)];
}
