import type { WorkbookPlan } from '../../../src/core/report/plan';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { cellKey } from './strict-excel/model';
import { strictExcel } from './strict-excel';
import { PLAN } from './plans';
import { modelOf } from './workbooks';

/** The plan's wrapped cells through Office.js: wrapped from the top, their rows fitted to the text by Excel. */

const WRAPPED: WorkbookPlan = {
  sheets: [{ ...PLAN.sheets[0], charts: [], wrapped: [{ top: 2, bottom: 3, left: 3, right: 3 }] }],
};

describe('writing a plan’s wrapped text through Office.js', () => {
  it('wraps exactly the plan’s cells, from their top, and fits their rows, in the requests the write already makes', async () => {
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }));
    const unwrapped = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }));
    await new ExcelHost(excel.office).write(WRAPPED);
    await new ExcelHost(unwrapped.office).write({ sheets: [{ ...WRAPPED.sheets[0], wrapped: [] }] });
    const sheet = excel.model.sheet(WRAPPED.sheets[0].name)!;
    expect([...sheet.wrapped].sort()).toEqual([cellKey(1, 2), cellKey(2, 2)].sort());
    expect(sheet.verticalAlignments.get(cellKey(1, 2))).toBe('Top');
    expect([...sheet.autofittedRows].sort()).toEqual([1, 2]);
    expect(excel.meter.syncs).toBe(unwrapped.meter.syncs);
    expect(excel.meter.syncs).toBeGreaterThan(0);
  });
});

describe('writing a right-aligned table header through Office.js', () => {
  const table = {
    name: 'Figures',
    top: 10,
    left: 1,
    columns: ['Label', 'Percent'],
    rows: [['a', 0.5]],
    formats: [undefined, 'percent' as const],
    alignments: [undefined, 'right' as const],
  };
  const plan: WorkbookPlan = { sheets: [{ ...PLAN.sheets[0], charts: [], tables: [...PLAN.sheets[0].tables, table] }] };

  it('indents the header clear of its filter button where Excel can (ExcelApi 1.9), and writes it unindented before', async () => {
    for (const [version, indent] of [
      ['1.9', 2],
      ['1.8', undefined],
    ] as const) {
      const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }), version);
      await new ExcelHost(excel.office).write(plan);
      const sheet = excel.model.sheet(plan.sheets[0].name)!;
      expect([version, sheet.indents.get(cellKey(9, 1))]).toEqual([version, indent]);
      expect(sheet.alignments.get(cellKey(10, 1))).toBe('Right');
    }
  });
});

describe('writing a block’s own alignments through Office.js', () => {
  it('puts the columns the block aligns right at the right, and leaves the others', async () => {
    const block = { top: 20, left: 1, rows: [['Question', 'Taken']], style: 'label' as const, alignments: [undefined, 'right' as const] };
    const plan: WorkbookPlan = { sheets: [{ ...PLAN.sheets[0], charts: [], blocks: [...PLAN.sheets[0].blocks, block] }] };
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }));
    await new ExcelHost(excel.office).write(plan);
    const sheet = excel.model.sheet(plan.sheets[0].name)!;
    expect([sheet.alignments.get(cellKey(19, 0)), sheet.alignments.get(cellKey(19, 1))]).toEqual([undefined, 'Right']);
  });
});
