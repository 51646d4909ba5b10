import { a1, type ChartPlan, type ColumnRef } from '../../../core';
import { seriesColor } from '../../look';
import type { ExcelExtras } from '../requirements';
import type { StagedSheet } from './staging';

/** The range of a plan's column reference, on the sheet being written under that name. */
export type RangeOfRef = (ref: ColumnRef) => Excel.Range;

/** The title's and the subtitle's type, in points, as the file host writes them. */
const TITLE_FONT = { size: 12, bold: true };
const SUBTITLE_FONT = { size: 9, bold: false };

/**
 * Native charts, drawn as the file host draws them: the plan's categories and series in the report's
 * colours, a legend on top only when there are two series or more. A clustered bar chart has the first
 * category on top, values from 0 to 100 % without gridlines, each bar labelled with its percent; a radar
 * chart a line with markers per series, on the plan's scale, with gridlines and without labels.
 */
export function addCharts({ plan, sheet }: StagedSheet, rangeOf: RangeOfRef, extras: ExcelExtras): void {
  plan.charts.forEach((chart) => addChart(sheet, chart, rangeOf, extras));
}

function addChart(sheet: Excel.Worksheet, chart: ChartPlan, rangeOf: RangeOfRef, extras: ExcelExtras): void {
  const [first] = chart.series;
  if (first === undefined) return;
  const radar = chart.kind === 'radar';
  const added = sheet.charts.add(radar ? 'RadarMarkers' : 'BarClustered', rangeOf(first.values), 'Columns');
  setTitle(added.title, chart);
  const categories = rangeOf(chart.categories);
  chart.series.forEach((planned, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(planned.name);
    series.name = planned.name;
    series.setValues(rangeOf(planned.values));
    series.setXAxisValues(categories);
    if (radar) drawLine(series, `#${seriesColor(i)}`);
    else series.format.fill.setSolidColor(`#${seriesColor(i)}`);
  });
  if (radar) layOutRadarAxes(added.axes, chart.scale, extras);
  else {
    layOutAxes(added.axes, extras);
    labelBars(added.dataLabels, extras);
  }
  // Excel lists an unstacked bar chart's series as it draws them: the first on top, as the categories are reversed.
  added.legend.visible = chart.series.length > 1;
  if (chart.series.length > 1) added.legend.position = 'Top';
  const { top, left, bottom, right } = chart.anchor;
  added.setPosition(a1(top, left), a1(bottom, right));
}

/**
 * Office.js draws no subtitle: the title takes it on a second line (a line break counts one character
 * of the title's text), its characters in the subtitle's smaller, plain type. Nor can it set a custom
 * error bar's lengths: the bars are drawn without their intervals, and the subtitle says where they are.
 */
function setTitle(title: Excel.ChartTitle, chart: ChartPlan): void {
  const { title: text } = chart;
  const subtitle = chart.subtitleWithoutIntervals ?? chart.subtitle;
  title.text = subtitle === undefined ? text : `${text}\n${subtitle}`;
  setFont(title.format.font, TITLE_FONT);
  if (subtitle !== undefined) setFont(title.getSubstring(text.length + 1, subtitle.length).font, SUBTITLE_FONT);
}

function setFont(font: Excel.ChartFont, { size, bold }: { readonly size: number; readonly bold: boolean }): void {
  font.size = size;
  font.bold = bold;
}

function layOutAxes({ valueAxis, categoryAxis }: Excel.ChartAxes, extras: ExcelExtras): void {
  valueAxis.minimum = 0;
  valueAxis.maximum = 1;
  valueAxis.majorUnit = 0.2;
  // Each bar's label gives its value; a gridline would run through the labels.
  valueAxis.majorGridlines.visible = false;
  categoryAxis.reversePlotOrder = true;
  if (!extras.axisLayout) return;
  valueAxis.numberFormat = '0%';
  // Reversed, the categories would push the value axis to the top; it crosses at the last one, below.
  categoryAxis.position = 'Maximum';
}

/** A radar series' line, 2.25 points wide, and a filled circle on each value, in its colour. */
function drawLine(series: Excel.ChartSeries, color: string): void {
  series.format.line.color = color;
  series.format.line.weight = 2.25;
  series.markerStyle = 'Circle';
  series.markerSize = 5;
  series.markerBackgroundColor = color;
  series.markerForegroundColor = color;
}

/**
 * From the scale's `min` at the centre to its `max`, a ring and a label every `step` (without a scale,
 * which the plan contract refuses, Excel's own), and a spoke to each category, in the plan's order.
 * A new chart leaves a blank cell out (a gap in the line), as the file host writes it.
 */
function layOutRadarAxes({ valueAxis, categoryAxis }: Excel.ChartAxes, scale: ChartPlan['scale'], extras: ExcelExtras): void {
  if (scale !== undefined) {
    valueAxis.minimum = scale.min;
    valueAxis.maximum = scale.max;
    valueAxis.majorUnit = scale.step;
  }
  valueAxis.majorGridlines.visible = true;
  categoryAxis.majorGridlines.visible = true;
  if (extras.axisLayout) valueAxis.numberFormat = 'General';
}

/** Each bar's percent past its end; before ExcelApi 1.8, in the format of its cell (the plan's percent). */
function labelBars(labels: Excel.ChartDataLabels, extras: ExcelExtras): void {
  labels.showValue = true;
  labels.position = 'OutsideEnd';
  if (extras.labelFormat) labels.numberFormat = '0%';
}
