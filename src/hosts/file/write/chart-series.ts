import type { ColumnRef, PlanValue, SeriesPlan } from '../../../core';
import { seriesColor } from '../../look';
import { escapeText, xmlSafe } from '../package/xml';
import { absoluteReference } from './sheet-reference';

/** The plan's values in a column range, top to bottom (null where there is no cell). */
export type ColumnValues = (ref: ColumnRef) => readonly PlanValue[];

const ERROR_BAR_COLOR = '404040';

/** Each bar labelled with its value as a whole percent, past its end. */
const DATA_LABELS =
  '<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:dLblPos val="outEnd"/>' +
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
  '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
  '</c:dLbls>';

/**
 * One series of a bar chart, in the report's colour for its position, each bar labelled with its value or,
 * where the plan gives them, with its interval as error bars instead. Its categories and values are
 * formulas on the plan's cells, with caches of the plan's own values, so that a reader draws the chart
 * before any recalculation.
 */
export function seriesXml(series: SeriesPlan, index: number, categories: ColumnRef, values: ColumnValues): string {
  return (
    seriesHeadXml(series, index) +
    `<c:spPr><a:solidFill><a:srgbClr val="${seriesColor(index)}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    (series.errorBars === undefined ? DATA_LABELS : '') +
    errorBarsXml(series, values) +
    seriesDataXml(series, categories, values) +
    '</c:ser>'
  );
}

/**
 * One series of a radar chart: a line in the report's colour for its position, a filled circle on each
 * value, no labels (the values are in the cells beside); its categories and values cached as a bar's.
 */
export function radarSeriesXml(series: SeriesPlan, index: number, categories: ColumnRef, values: ColumnValues): string {
  const color = `<a:solidFill><a:srgbClr val="${seriesColor(index)}"/></a:solidFill>`;
  return (
    seriesHeadXml(series, index) +
    `<c:spPr><a:ln w="${RADAR_LINE_WIDTH}">${color}</a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="${RADAR_MARKER_SIZE}"/><c:spPr>${color}<a:ln w="9525">${color}</a:ln></c:spPr></c:marker>` +
    seriesDataXml(series, categories, values) +
    '</c:ser>'
  );
}

/** 2.25 points, in EMUs: Excel's own radar line. */
const RADAR_LINE_WIDTH = 28_575;
/** In points. */
const RADAR_MARKER_SIZE = 5;

/** A series' opening: its index, its place in the legend and its name, as every kind of series starts. */
function seriesHeadXml(series: SeriesPlan, index: number): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeText(xmlSafe(series.name))}</c:v></c:tx>`;
}

/** A series' categories and values, as every kind of series ends. */
function seriesDataXml(series: SeriesPlan, categories: ColumnRef, values: ColumnValues): string {
  return `<c:cat>${textReferenceXml(categories, values(categories))}</c:cat><c:val>${numberReferenceXml(series.values, values(series.values))}</c:val>`;
}

/** The series' intervals as custom error bars: the lengths below and above each value, from the plan's cells. */
function errorBarsXml({ errorBars }: SeriesPlan, values: ColumnValues): string {
  if (errorBars === undefined) return '';
  return (
    '<c:errBars><c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>' +
    `<c:plus>${numberReferenceXml(errorBars.plus, values(errorBars.plus))}</c:plus>` +
    `<c:minus>${numberReferenceXml(errorBars.minus, values(errorBars.minus))}</c:minus>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${ERROR_BAR_COLOR}"/></a:solidFill></a:ln></c:spPr>` +
    '</c:errBars>'
  );
}

function textReferenceXml(ref: ColumnRef, values: readonly PlanValue[]): string {
  const points = values.map((value, i) => (value === null ? '' : pointXml(i, escapeText(xmlSafe(String(value))))));
  return `<c:strRef><c:f>${formula(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache></c:strRef>`;
}

function numberReferenceXml(ref: ColumnRef, values: readonly PlanValue[]): string {
  const points = values.map((value, i) => (typeof value === 'number' ? pointXml(i, String(value)) : ''));
  return (
    `<c:numRef><c:f>${formula(ref)}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>` +
    '</c:numRef>'
  );
}

function pointXml(index: number, value: string): string {
  return `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`;
}

function formula({ sheet, column, top, bottom }: ColumnRef): string {
  return escapeText(absoluteReference(sheet, { top, left: column, bottom, right: column }));
}
