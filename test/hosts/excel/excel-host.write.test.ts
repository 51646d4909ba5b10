import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { OWNED_SHEET_NAME } from '../../../src/hosts/ownership';
import { strictExcel, type StrictExcel } from './strict-excel';
import type { WorkbookPlan } from '../../../src/core/report/plan';
import { SERIES_COLORS } from '../../../src/hosts/look';
import { PLAN, PROFILE } from './plans';
import { modelOf } from './workbooks';

const texts = (rows: readonly (readonly unknown[])[]) => rows.map((row) => row.map((cell) => (cell as { text?: string } | undefined)?.text));

async function written(plan: WorkbookPlan = PLAN): Promise<StrictExcel> {
  const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }));
  await new ExcelHost(excel.office).write(plan);
  return excel;
}

/** PLAN, its chart under a subtitle. */
const withSubtitle = (subtitle: string): WorkbookPlan => ({
  sheets: PLAN.sheets.map((sheet) => ({ ...sheet, charts: sheet.charts.map((chart) => ({ ...chart, subtitle })) })),
});

describe('writing a plan through Office.js', () => {
  it('adds the plan’s sheets after the user’s, visible, marked with the hidden owned name', async () => {
    const { model } = await written();
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Responses', 'Visible'],
      ['Summary', 'Visible'],
      ['Charts', 'Visible'],
    ]);
    for (const sheet of model.sheets.slice(1)) {
      expect(sheet.names).toEqual([
        { name: OWNED_SHEET_NAME, ref: expect.objectContaining({ sheet, row: 0, column: 0, rows: 1, columns: 1 }), visible: false },
      ]);
    }
  });

  it('writes text as text, whatever it begins with, and numbers with the plan’s formats', async () => {
    const excel = await written();
    const summary = (await new ExcelHost(excel.office).read()).sheets[1];
    expect(texts(summary.rows.slice(2, 5)).map((row) => row.slice(1, 3))).toEqual([
      ['=F2', 'TRUE'],
      ['-A1', '1998'],
      ['+A2', '@A3'],
    ]);
    expect(summary.rows[1][3]).toEqual({ kind: 'number', value: 2 / 3 });
    expect(summary.rows[2][3]).toBeUndefined();
    const sheet = excel.model.sheet('Summary')!;
    expect(sheet.formatAt(1, 3)).toBe('0%');
    expect(sheet.formatAt(1, 9)).toBe('0.0%');
    expect(sheet.formatAt(2, 1)).toBe('@');
  });

  it('styles the blocks from the workbook’s font, sizes columns, freezes panes', async () => {
    const { model } = await written();
    const summary = model.sheet('Summary')!;
    const charts = model.sheet('Charts')!;
    expect(summary.fonts.get('0,8')).toEqual({ bold: true });
    expect(summary.fonts.get('3,8')).toEqual({ bold: false, size: 9, color: '#595959' });
    expect(charts.fonts.get('0,0')).toEqual({ bold: true, size: 15 });
    expect([...summary.columnWidths]).toEqual([
      [0, 47.25],
      [2, 252],
    ]);
    expect(summary.freeze).toEqual({ rows: 1, columns: 0 });
    expect(charts.freeze).toEqual({ rows: 2, columns: 1 });
  });

  it('adds the table over its values, with the plan’s name and header', async () => {
    const excel = await written();
    const snapshot = await new ExcelHost(excel.office).read();
    expect(snapshot.sheets[1].tables).toEqual([
      { name: 'SurveySummary', range: { top: 1, left: 1, bottom: 5, right: 4 }, hasHeaderRow: true, hasTotalsRow: false },
    ]);
    expect(texts(snapshot.sheets[1].rows.slice(0, 1))[0].slice(0, 5)).toEqual(['Section', 'Question', 'Answer', 'Percent', undefined]);
  });

  it('draws a clustered bar chart over the plan’s ranges, first item on top, 0–100 %, with a legend on top for two series', async () => {
    const { model } = await written();
    const charts = model.sheet('Charts')!;
    expect(charts.charts).toHaveLength(1);
    const [chart] = charts.charts;
    expect(chart).toMatchObject({
      type: 'BarClustered',
      title: 'Chart 3: Trade policy',
      valueAxis: { minimum: 0, maximum: 1, majorUnit: 0.2, numberFormat: '0%' },
      categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
      legend: { visible: true, position: 'Top' },
      position: { start: 'F3', end: 'O20' },
    });
    const at = { sheet: charts, rows: 2, columns: 1, row: 3 };
    expect(chart.series).toEqual([
      { name: 'Taken', values: { ...at, column: 2 }, categories: { ...at, column: 1 }, fill: `#${SERIES_COLORS[0]}` },
      { name: 'Intended', values: { ...at, column: 3 }, categories: { ...at, column: 1 }, fill: `#${SERIES_COLORS[1]}` },
    ]);
  });

  it('fills each series with the report’s colour for its position, the same as the file host', async () => {
    const [chart] = (await written()).model.sheet('Charts')!.charts;
    expect(chart.series.map((s) => s.fill)).toEqual(['#1F4E79', '#E8A33D']);
  });

  it('labels each bar with its percent past its end, and draws no gridline through the labels', async () => {
    const [chart] = (await written()).model.sheet('Charts')!.charts;
    expect(chart.dataLabels).toEqual({ showValue: true, position: 'OutsideEnd', numberFormat: '0%' });
    expect(chart.valueAxis.majorGridlines).toEqual({ visible: false });
  });

  it('titles the chart in bold 12-point type, on one line when it has no subtitle', async () => {
    const [chart] = (await written()).model.sheet('Charts')!.charts;
    expect(chart.title).toBe('Chart 3: Trade policy');
    expect(chart.titleFont).toEqual({ size: 12, bold: true });
    expect(chart.titleRuns).toBeUndefined();
  });

  it('puts the subtitle on the title’s second line, in plain 9-point type', async () => {
    const subtitle = 'n = 30–36 Members; first 36 responses received';
    const [chart] = (await written(withSubtitle(subtitle))).model.sheet('Charts')!.charts;
    expect(chart.title).toBe(`Chart 3: Trade policy\n${subtitle}`);
    expect(chart.titleFont).toEqual({ size: 12, bold: true });
    expect(chart.titleRuns).toEqual([{ start: 'Chart 3: Trade policy\n'.length, length: subtitle.length, font: { size: 9, bold: false } }]);
  });

  it('says in the subtitle where the intervals are, as Office.js cannot draw custom error bars, and keeps the bars’ labels', async () => {
    const plan: WorkbookPlan = {
      sheets: PLAN.sheets.map((sheet) => ({
        ...sheet,
        charts: sheet.charts.map((chart) => ({
          ...chart,
          subtitle: 'n = 36 Members; lines: 95 % intervals (figures beside)',
          subtitleWithoutIntervals: 'n = 36 Members; 95 % intervals: Low and High beside the chart',
          series: chart.series.map((series) => ({ ...series, errorBars: { minus: series.values, plus: series.values } })),
        })),
      })),
    };
    const [chart] = (await written(plan)).model.sheet('Charts')!.charts;
    expect(chart.title).toBe('Chart 3: Trade policy\nn = 36 Members; 95 % intervals: Low and High beside the chart');
    expect(chart.dataLabels).toEqual({ showValue: true, position: 'OutsideEnd', numberFormat: '0%' });
  });

  it('holds calculation back while the values go in, and screen updating while the sheets are swapped', async () => {
    const { meter } = await written();
    const [, build, finish] = meter.requests;
    expect(meter.syncs).toBe(3);
    expect([build.calculationSuspended, build.screenUpdatingSuspended]).toEqual([true, false]);
    expect([finish.calculationSuspended, finish.screenUpdatingSuspended]).toEqual([false, true]);
  });

  it('leaves the axis’s and the labels’ formats (the cells’ percent) and the flicker to Excel on ExcelApi 1.7', async () => {
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member']] }] }), '1.7');
    await new ExcelHost(excel.office).write(PLAN);
    const [chart] = excel.model.sheet('Charts')!.charts;
    expect(chart.valueAxis.numberFormat).toBeUndefined();
    expect(chart.dataLabels).toEqual({ showValue: true, position: 'OutsideEnd' });
    expect(excel.meter.requests.some((r) => r.screenUpdatingSuspended)).toBe(false);
  });
});

describe('writing a radar chart through Office.js', () => {
  const profile = async (apiVersion?: string, sheet = PROFILE) => {
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member']] }] }), apiVersion);
    await new ExcelHost(excel.office).write({ sheets: [sheet] });
    return excel.model.sheet('Profile')!;
  };

  it('draws a radar with markers over the plan’s ranges, each series a line and circles in the report’s colour, unfilled', async () => {
    const sheet = await profile();
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: 'RadarMarkers', title: 'Self-assessment: Malta', position: { start: 'F2', end: 'M24' } });
    const at = { sheet, rows: 4, columns: 1, row: 2 };
    expect(chart.series).toEqual(
      ['Malta', 'Europe', 'All respondents'].map((name, i) => ({
        name,
        values: { ...at, column: i + 1 },
        categories: { ...at, column: 0 },
        line: { color: `#${SERIES_COLORS[i]}`, weight: 2.25 },
        marker: { style: 'Circle', size: 5, background: `#${SERIES_COLORS[i]}`, foreground: `#${SERIES_COLORS[i]}` },
      })),
    );
  });

  it('runs the value axis over the plan’s scale in General, with gridlines and spokes, the categories in order, no labels, a legend on top', async () => {
    const [chart] = (await profile()).charts;
    expect(chart.valueAxis).toEqual({ minimum: 0, maximum: 2, majorUnit: 0.5, numberFormat: 'General', majorGridlines: { visible: true } });
    expect(chart.categoryAxis).toEqual({ majorGridlines: { visible: true } });
    expect(chart.dataLabels).toBeUndefined();
    expect(chart.legend).toEqual({ visible: true, position: 'Top' });
  });

  it('has no legend for one series', async () => {
    const [chart] = PROFILE.charts;
    const [drawn] = (await profile(undefined, { ...PROFILE, charts: [{ ...chart, series: chart.series.slice(0, 1) }] })).charts;
    expect(drawn.legend).toEqual({ visible: false });
    expect(drawn.series).toHaveLength(1);
  });

  it('on ExcelApi 1.7, draws it all the same, its axis labels in the cells’ format', async () => {
    const [chart] = (await profile('1.7')).charts;
    expect(chart.type).toBe('RadarMarkers');
    expect(chart.valueAxis).toEqual({ minimum: 0, maximum: 2, majorUnit: 0.5, majorGridlines: { visible: true } });
    expect(chart.series.map((series) => series.marker?.style)).toEqual(['Circle', 'Circle', 'Circle']);
  });
});
