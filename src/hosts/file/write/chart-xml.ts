import type { ChartPlan } from '../../../core';
import { escapeText, xmlSafe, XML_DECLARATION } from '../package/xml';
import { radarSeriesXml, seriesXml, type ColumnValues } from './chart-series';
import { NAMESPACE } from './namespaces';

const CATEGORY_AXIS = 10;
const VALUE_AXIS = 20;

/**
 * A chart part: one clustered bar chart with horizontal bars, like the report's charts, or a radar chart.
 * Its elements follow the order of the DrawingML chart schema, which Excel holds to.
 * The legend sits on top, under the title, its entries in the series' order: Excel lists an unstacked
 * bar chart's series as they are drawn, and with the categories reversed the first series is drawn on
 * top of each category. (LibreOffice lists a horizontal bar chart's series in reverse, whatever its axis:
 * there the legend reads bottom to top.)
 */
export function chartXml(chart: ChartPlan, values: ColumnValues): string {
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NAMESPACE.chart}" xmlns:a="${NAMESPACE.drawing}" xmlns:r="${NAMESPACE.relationships}">` +
    // Absent, this means rounded corners to Excel.
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    titleXml(chart.title, chart.subtitle) +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    (chart.kind === 'radar' ? radarPlotXml(chart, values) : barPlotXml(chart, values)) +
    '</c:plotArea>' +
    (chart.series.length > 1 ? '<c:legend><c:legendPos val="t"/><c:overlay val="0"/></c:legend>' : '') +
    plotVisOnlyXml(chart) +
    '<c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}

/**
 * The title in bold, and under it the subtitle as a second paragraph, smaller and plain, as Excel draws it.
 * (LibreOffice draws a chart's title in one type, the first paragraph's: there the subtitle shows bold.)
 */
function titleXml(title: string, subtitle: string | undefined): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    paragraphXml(title, TITLE_FONT) +
    (subtitle === undefined ? '' : paragraphXml(subtitle, SUBTITLE_FONT)) +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

/** Sizes in hundredths of a point. */
const TITLE_FONT = 'sz="1200" b="1"';
const SUBTITLE_FONT = 'sz="900" b="0"';

function paragraphXml(text: string, font: string): string {
  return `<a:p><a:pPr><a:defRPr ${font}/></a:pPr><a:r><a:rPr ${font}/><a:t>${escapeText(xmlSafe(text))}</a:t></a:r></a:p>`;
}

/** A clustered bar chart with horizontal bars, and its axes. */
function barPlotXml(chart: ChartPlan, values: ColumnValues): string {
  return (
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    chart.series.map((series, i) => seriesXml(series, i, chart.categories, values)).join('') +
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>` +
    '</c:barChart>' +
    CATEGORY_AXIS_XML +
    VALUE_AXIS_XML
  );
}

/** Categories from top to bottom (`maxMin`), in the plan's order, as the report lists its items. */
const CATEGORY_AXIS_XML =
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>` +
  '<c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
  '<c:numFmt formatCode="General" sourceLinked="1"/>' +
  '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
  `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
  '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' +
  '</c:catAx>';

/**
 * Percent from 0 to 100 %. It crosses the reversed category axis at its last category (`max`),
 * which keeps it below the bars instead of above them. No gridlines: each bar's label past its end
 * gives its value, and a gridline would run through the labels.
 */
const VALUE_AXIS_XML =
  `<c:valAx><c:axId val="${VALUE_AXIS}"/>` +
  '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
  '<c:numFmt formatCode="0%" sourceLinked="0"/>' +
  '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
  `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/>` +
  '</c:valAx>';

/** A radar chart: one line with markers per series, around the categories, on the plan's scale. */
function radarPlotXml(chart: ChartPlan, values: ColumnValues): string {
  return (
    '<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>' +
    chart.series.map((series, i) => radarSeriesXml(series, i, chart.categories, values)).join('') +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>` +
    '</c:radarChart>' +
    RADAR_CATEGORY_AXIS_XML +
    radarValueAxisXml(chart.scale)
  );
}

/** Light grey: gridlines under the series' lines, which a reader without a colour would draw black. */
const GRIDLINES_XML = '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';

/** The categories clockwise from the top, in the plan's order, each on its spoke (the axis's gridlines). */
const RADAR_CATEGORY_AXIS_XML =
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>` +
  '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
  GRIDLINES_XML +
  '<c:numFmt formatCode="General" sourceLinked="1"/>' +
  '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
  `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
  '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' +
  '</c:catAx>';

/**
 * From the scale's `min` at the centre to its `max`, a ring and a label every `step`. Without a scale
 * (which the plan contract refuses), Excel's own.
 */
function radarValueAxisXml(scale: ChartPlan['scale']): string {
  const bounds = scale === undefined ? '' : `<c:max val="${scale.max}"/><c:min val="${scale.min}"/>`;
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>` +
    `<c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    GRIDLINES_XML +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="cross"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    (scale === undefined ? '' : `<c:majorUnit val="${scale.step}"/>`) +
    '</c:valAx>'
  );
}

/**
 * Excel plots only visible cells, and error bars whose lengths sit in hidden columns would vanish with
 * them: a chart with error bars plots hidden cells too (its values and categories are visible anyway).
 */
function plotVisOnlyXml(chart: ChartPlan): string {
  return `<c:plotVisOnly val="${chart.series.some((series) => series.errorBars !== undefined) ? 0 : 1}"/>`;
}
