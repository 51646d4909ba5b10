import type { Issue } from '../check/issue';
import { foldTight } from '../text/fold';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { errorValue, issue } from './issues';
import type { CatalogueRow } from './model';

/** The issues of each catalogue row, in row order: what keeps a row from being applied. */
export function catalogueRowIssues(rows: readonly CatalogueRow[]): Issue[][] {
  const firstOfId = new Map<string, CellRef>();
  return rows.map((row) => [
    ...idIssues(row, firstOfId),
    ...[row.label, row.labelEn, row.labelFr, row.unit].flatMap((cell) => errorValue(cell)),
    ...directionIssues(row),
  ]);
}

function idIssues(row: CatalogueRow, firstOfId: Map<string, CellRef>): Issue[] {
  const { id } = row;
  if (!id) return [];
  if (id.kind === 'blank') return [issue({ code: 'blank-indicator-id' }, id.ref)];
  if (id.raw.kind === 'error') return errorValue(id);
  const key = foldTight(id.parsed);
  const first = firstOfId.get(key);
  if (!first) {
    firstOfId.set(key, id.ref);
    return [];
  }
  return [issue({ code: 'duplicate-indicator-id', id: id.parsed, first }, id.ref)];
}

/** A direction must be one; a new indicator must have one (where there is no column, the ID cell says so). */
function directionIssues(row: CatalogueRow): Issue[] {
  const { direction } = row;
  if (direction?.kind === 'named') {
    if (direction.raw.kind === 'error') return errorValue(direction);
    return direction.parsed ? [] : [issue({ code: 'invalid-direction', value: displayCell(direction.raw) }, direction.ref)];
  }
  if (row.overrides || row.id?.kind !== 'named' || row.id.raw.kind === 'error') return [];
  return [issue({ code: 'invalid-direction', value: '' }, direction?.ref ?? row.id.ref)];
}
