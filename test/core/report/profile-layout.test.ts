import { laidOutProfile, type Panel, type ProfileLayout } from '../../../src/core/report/profile-layout';
import type { BlockPlan } from '../../../src/core/report/plan';

/** A panel of `rows` one-line rows, its first cell naming it. */
const panel = (name: string, rows: number, chart = false): Panel => ({
  rows,
  blocks: [{ top: 0, left: 0, rows: Array.from({ length: rows }, (_, i) => [i === 0 ? name : `${name}.${i}`]), runsOn: true }],
  ...(chart
    ? {
        chart: (top: number, left: number) => ({
          title: name,
          categories: { sheet: 'P', column: left, top, bottom: top + rows - 1 },
          series: [],
          anchor: { top, left, bottom: top + rows - 1, right: left + 1 },
        }),
      }
    : {}),
});
const header: BlockPlan = { top: 0, left: 2, rows: [['Answer', 'Region', 'All']], style: 'label', runsOn: true };
const layout = (panels: Panel[], widths = [5, 40, 10, 7, 7]): ProfileLayout => ({
  name: 'P',
  heading: [{ text: 'Profile', style: 'title' }],
  widths,
  columnHeader: header,
  panels,
});

/** Where each panel's first cell is: its row and column on the sheet. */
function placed(sheet: ReturnType<typeof laidOutProfile>): Record<string, [number, number]> {
  return Object.fromEntries(
    sheet.blocks.filter((b) => typeof b.rows[0][0] === 'string' && /^[A-Z]$/.test(b.rows[0][0])).map((b) => [b.rows[0][0], [b.top, b.left]]),
  );
}

describe('a profile laid out as a page', () => {
  it('prints a short one down one column of a portrait page, at full size', () => {
    const sheet = laidOutProfile([layout([panel('A', 5), panel('B', 5)])]);
    expect(sheet.printedAs).toEqual({ orientation: 'portrait', pagesTall: 1 });
    expect(placed(sheet)).toEqual({ A: [4, 1], B: [10, 1] });
  });

  it('puts a long one’s parts side by side, each whole, in order, the columns as even as the parts allow', () => {
    const sheet = laidOutProfile([layout([panel('A', 30), panel('B', 30), panel('C', 30), panel('D', 30)])]);
    const at = placed(sheet);
    expect(sheet.printedAs).toMatchObject({ pagesTall: 1 });
    // Two columns of the page, A and B down the first, C and D down the second, one sheet column apart.
    expect(at).toEqual({ A: [4, 1], B: [35, 1], C: [4, 7], D: [35, 7] });
    expect(sheet.columnWidths).toEqual({ 1: 5, 2: 40, 3: 10, 4: 7, 5: 7, 6: 2, 7: 5, 8: 40, 9: 10, 10: 7, 11: 7 });
  });

  it('heads every column of the page with what its figures are', () => {
    const sheet = laidOutProfile([layout([panel('A', 40), panel('B', 40)])]);
    const headers = sheet.blocks.filter((b) => b.rows[0][0] === 'Answer');
    expect(headers.map((b) => [b.top, b.left])).toEqual([
      [3, 3],
      [3, 9],
    ]);
  });

  it('draws a panel’s chart where the panel is placed', () => {
    const sheet = laidOutProfile([layout([panel('A', 40), panel('B', 40, true)])]);
    expect(sheet.charts.map((c) => c.anchor)).toEqual([{ top: 4, left: 7, bottom: 43, right: 8 }]);
  });

  it('takes, of the widths offered, the one that prints largest', () => {
    const panels = [panel('A', 30), panel('B', 30)];
    const wide = layout(panels, [5, 120, 10, 7, 7]);
    const narrow = layout(panels, [5, 30, 10, 7, 7]);
    expect(laidOutProfile([wide, narrow]).columnWidths?.[2]).toBe(30);
    expect(laidOutProfile([narrow, wide]).columnWidths?.[2]).toBe(30);
  });

  it('prints on two pages what one page would shrink past reading, each page in columns, the second after a page break', () => {
    const panels = Array.from({ length: 12 }, (_, i) => panel(String.fromCharCode(65 + i), 40));
    const sheet = laidOutProfile([layout(panels)]);
    const at = placed(sheet);
    expect(sheet.rowBreaks).toHaveLength(1);
    const [pageBreak] = sheet.rowBreaks!;
    const page = (name: string) => (at[name][0] <= pageBreak ? 1 : 2);
    expect(panels.map((p) => page(p.blocks[0].rows[0][0] as string))).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(new Set(Object.values(at).map(([, left]) => left)).size).toBeGreaterThan(1);
    // At a scale reckoned for the taller page, a whole percent, and the column headers again atop the second.
    expect(sheet.printedAs).toEqual({ orientation: expect.any(String), scale: expect.any(Number) });
    expect(Number.isInteger((sheet.printedAs as { scale: number }).scale)).toBe(true);
    expect(sheet.blocks.filter((b) => b.rows[0][0] === 'Answer' && b.top > pageBreak).length).toBeGreaterThan(0);
  });

  it('prints on one page what fits at a readable size, however many pages would print it larger', () => {
    const panels = Array.from({ length: 6 }, (_, i) => panel(String.fromCharCode(65 + i), 20));
    const sheet = laidOutProfile([layout(panels)]);
    expect(sheet.printedAs).toMatchObject({ pagesTall: 1 });
    expect(sheet.rowBreaks).toBeUndefined();
  });
});
