import type { SheetPlan } from '../../../../src/core/report/plan';
import { fitColumns } from '../../../../src/core/report/print/column-widths';
import { alignNumberHeaders } from '../../../../src/core/report/print/number-headers';

const sheet = (parts: Partial<SheetPlan>): SheetPlan => ({ name: 'S', blocks: [], tables: [], charts: [], ...parts });

describe('fitColumns: no text cut off by its neighbour', () => {
  it('sizes a column the plan does not size to its longest text, the header with room for its filter button', () => {
    const fitted = fitColumns(
      sheet({ tables: [{ name: 'T', top: 1, left: 1, columns: ['AM Percent', 'AM Base'], rows: [[0.5, 12]], formats: ['percent', 'integer'] }] }),
    );
    expect(fitted.columnWidths).toEqual({ 1: 'AM Percent'.length + 5, 2: 'AM Base'.length + 5 });
    expect(fitted.wrapped).toBeUndefined();
  });

  it('keeps the widths the plan gives, and wraps the text longer than them, with the rest of its rows (all at their top)', () => {
    const label = 'Relationship between opportunities for fraud and the rise of criminal tendencies';
    const fitted = fitColumns(
      sheet({
        columnWidths: { 2: 40 },
        blocks: [
          {
            top: 3,
            left: 1,
            rows: [
              ['F5', label],
              ['F6', 'Short'],
            ],
          },
        ],
      }),
    );
    expect(fitted.columnWidths?.[2]).toBe(40);
    expect(fitted.wrapped).toEqual([{ top: 3, bottom: 4, left: 1, right: 2 }]);
  });

  it('grows a column to at most 50 characters, and wraps past that', () => {
    const fitted = fitColumns(sheet({ blocks: [{ top: 1, left: 1, rows: [['x'.repeat(80)]] }] }));
    expect(fitted.columnWidths?.[1]).toBe(50);
    expect(fitted.wrapped).toEqual([{ top: 1, bottom: 1, left: 1, right: 1 }]);
  });

  it('leaves titles, headings and notes out: each runs on into the empty cells to its right', () => {
    const fitted = fitColumns(
      sheet({
        blocks: [
          { top: 1, left: 1, rows: [['A long title of the whole sheet, longer than any column']], style: 'title' },
          { top: 2, left: 1, rows: [['A note that explains how the figures were made']], style: 'note' },
          { top: 3, left: 1, rows: [['F1']], style: 'label' },
        ],
      }),
    );
    expect(fitted.columnWidths).toEqual({ 1: 6 });
    expect(fitted.wrapped).toBeUndefined();
  });

  it('wraps a table’s rows once, however many of its columns overflow', () => {
    const long = 'x'.repeat(60);
    const fitted = fitColumns(sheet({ tables: [{ name: 'T', top: 2, left: 2, columns: ['A', 'B', 'C'], rows: [[long, 1, long]] }] }));
    expect(fitted.wrapped).toEqual([{ top: 2, bottom: 3, left: 2, right: 4 }]);
  });

  it('leaves out a block whose text runs on into the empty cells to its right', () => {
    const fitted = fitColumns(sheet({ blocks: [{ top: 1, left: 1, rows: [['A line of a note, longer than its column']], runsOn: true }] }));
    expect(fitted.columnWidths).toEqual({});
  });

  it('does not size a hidden column', () => {
    const fitted = fitColumns(sheet({ hiddenColumns: [26], blocks: [{ top: 1, left: 26, rows: [['Bosnia and Herzegovina']] }] }));
    expect(fitted.columnWidths).toEqual({});
  });
});

describe('alignNumberHeaders: a header over its figures', () => {
  it('puts a column of numbers (blanks allowed) at the right, leaves text and the plan’s own alignments', () => {
    const aligned = alignNumberHeaders(
      sheet({
        tables: [
          {
            name: 'T',
            top: 1,
            left: 1,
            columns: ['Label', 'Percent', 'Year', 'Empty'],
            rows: [
              ['a', 0.5, '1998', null],
              ['b', null, '1999', null],
            ],
            alignments: [undefined, undefined, 'right'],
          },
        ],
      }),
    );
    expect(aligned.tables[0].alignments).toEqual([undefined, 'right', 'right', undefined]);
    const blank = alignNumberHeaders(sheet({ tables: [{ name: 'T', top: 1, left: 1, columns: ['WCA Percent'], rows: [[null]], formats: ['percent'] }] }));
    expect(blank.tables[0].alignments).toEqual(['right']);
  });
});
