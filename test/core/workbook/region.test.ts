import { findRegion, sheetRegion } from '../../../src/core/workbook/region';
import type { TableSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook } from '../../support/snapshot';

const NAMES = { table: 'Responses', sheet: 'Responses' };

function table(range: TableSnapshot['range'], hasTotalsRow = false): TableSnapshot {
  return { name: 'Responses', range, hasHeaderRow: true, hasTotalsRow };
}

describe('findRegion', () => {
  const rows = [
    ['Member', 'F1'],
    ['Malta', 'Yes'],
    ['Japan', 'No'],
  ];

  it('a table ends at the sheet’s last row and column, however far its ref reaches', () => {
    const data = sheet('Data', rows, [table({ top: 1, left: 1, bottom: 1048577, right: 16385 })]);
    expect(findRegion(workbook(data), NAMES)).toMatchObject({ top: 1, left: 1, bottom: 3, right: 2 });
  });

  it('a table leaves out its totals row', () => {
    const data = sheet('Data', [...rows, ['Total', 2]], [table({ top: 1, left: 1, bottom: 4, right: 2 }, true)]);
    expect(findRegion(workbook(data), NAMES)).toMatchObject({ top: 1, bottom: 3 });
  });

  it('a sheet of that name is read from its first non-empty row, as wide as its widest row', () => {
    expect(findRegion(workbook(sheet('responses', [[], [null, 'Member', 'F1'], ['x']])), NAMES)).toMatchObject({ top: 2, left: 1, bottom: 3, right: 3 });
  });
});

describe('sheetRegion', () => {
  it('is undefined for a sheet with no cell', () => {
    expect(sheetRegion(sheet('S', [[], [null]]))).toBeUndefined();
  });
});
