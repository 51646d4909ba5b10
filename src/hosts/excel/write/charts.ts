import type { ChartPlan, ColumnRef } from '../../../core/report/plan';
import { a1 } from '../../../core/workbook/address';
import type { ExcelExtras } from '../requirements';
import type { StagedSheet } from './staging';

/** The range of a plan's column reference, on the sheet being written under that name. */
export type RangeOfRef = (ref: ColumnRef) => Excel.Range;

/**
 * Native clustered bar charts, drawn as the file host draws them: the plan's categories and series,
 * the first category on top, values from 0 to 100 %, a legend only when there are two series.
 */
export function addCharts({ plan, sheet }: StagedSheet, rangeOf: RangeOfRef, extras: ExcelExtras): void {
  plan.charts.forEach((chart) => addChart(sheet, chart, rangeOf, extras));
}

function addChart(sheet: Excel.Worksheet, chart: ChartPlan, rangeOf: RangeOfRef, extras: ExcelExtras): void {
  const [first] = chart.series;
  if (first === undefined) return;
  const added = sheet.charts.add('BarClustered', rangeOf(first.values), 'Columns');
  added.title.text = chart.title;
  const categories = rangeOf(chart.categories);
  chart.series.forEach((planned, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(planned.name);
    series.name = planned.name;
    series.setValues(rangeOf(planned.values));
    series.setXAxisValues(categories);
  });
  layOutAxes(added.axes, extras);
  added.legend.visible = chart.series.length > 1;
  if (chart.series.length > 1) added.legend.position = 'Bottom';
  const { top, left, bottom, right } = chart.anchor;
  added.setPosition(a1(top, left), a1(bottom, right));
}

function layOutAxes({ valueAxis, categoryAxis }: Excel.ChartAxes, extras: ExcelExtras): void {
  valueAxis.minimum = 0;
  valueAxis.maximum = 1;
  valueAxis.majorUnit = 0.2;
  categoryAxis.reversePlotOrder = true;
  if (!extras.axisLayout) return;
  valueAxis.numberFormat = '0%';
  // Reversed, the categories would push the value axis to the top; it crosses at the last one, below.
  categoryAxis.position = 'Maximum';
}
