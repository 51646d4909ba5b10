import { SERIES_COLORS } from '../../../../src/hosts/look';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import {
  attributeValues,
  chartsSheet,
  partNames,
  partText,
  plan,
  profileSheet,
  radarChart,
  SECTION_ITEMS,
  SELF_ASSESSMENT,
  SUMMARY_AND_CHARTS,
  summarySheet,
  twoSeriesChart,
  usersWorkbook,
  withUsersChart,
} from './write-fixtures';

/** The text of each element named `element`, in document order. */
const texts = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, 'g'))].map(([, text]) => text);

/** The XML of the first element named `element`. */
const first = (xml: string, element: string) => new RegExp(`<${element}>.*?</${element}>`).exec(xml)?.[0] ?? '';

/** The XML of each `c:ser`. */
const seriesOf = (xml: string) => [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)].map(([series]) => series);

/** The names of the children of the first element named `c:<parent>` in `xml`, in order. */
const childrenOf = (xml: string, parent: string) => {
  const inner = new RegExp(`<c:${parent}>(.*?)</c:${parent}>`).exec(xml)?.[1] ?? '';
  return [...inner.replace(/<c:(\w+)>.*?<\/c:\1>/g, (_, name: string) => `<c:${name}/>`).matchAll(/<c:(\w+)[\s/>]/g)].map(([, name]) => name);
};

async function chartsWritten(sheetPlan = chartsSheet()): Promise<{ bytes: Uint8Array; charts: string[]; drawing: string }> {
  const bytes = await writeXlsx(await usersWorkbook(), plan(sheetPlan));
  const charts = await Promise.all((await partNames(bytes, /^xl\/charts\/chart\d+\.xml$/)).map((part) => partText(bytes, part)));
  return { bytes, charts, drawing: await partText(bytes, 'xl/drawings/drawing1.xml') };
}

describe('writeXlsx: native bar charts', () => {
  it('a clustered bar chart with horizontal bars, one series per plan series, named as the plan names them', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(attributeValues(chart, 'c:barDir', 'val')).toEqual(['bar']);
    expect(attributeValues(chart, 'c:grouping', 'val')).toEqual(['clustered']);
    expect(seriesOf(chart).map((series) => texts(first(series, 'c:tx'), 'c:v'))).toEqual([['Taken'], ['Intended']]);
  });

  it('its categories and values are formulas on the plan’s ranges, quoted sheet names and all', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(seriesOf(chart).map((series) => texts(series, 'c:f'))).toEqual([
      ["'Charts'!$A$3:$A$6", "'Charts'!$B$3:$B$6"],
      ["'Charts'!$A$3:$A$6", "'Charts'!$C$3:$C$6"],
    ]);
  });

  it('caches the plan’s own values, so that the chart is drawn before any recalculation', async () => {
    const [chart] = (await chartsWritten()).charts;
    const [taken, intended] = seriesOf(chart);
    expect(texts(first(taken, 'c:strCache'), 'c:v')).toEqual(SECTION_ITEMS);
    expect(attributeValues(first(taken, 'c:strCache'), 'c:ptCount', 'val')).toEqual(['4']);
    expect(texts(first(taken, 'c:numCache'), 'c:v').map(Number)).toEqual([0.5, 0.6, 0.7, 0.8]);
    expect(texts(first(intended, 'c:numCache'), 'c:v').map(Number)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('caches values from another sheet of the plan, leaving out the points that have no value', async () => {
    const fromSummary = twoSeriesChart({
      categories: { sheet: 'Summary', column: 2, top: 5, bottom: 7 },
      series: [{ name: 'Yes', values: { sheet: 'Summary', column: 4, top: 5, bottom: 7 } }],
    });
    const bytes = await writeXlsx(await usersWorkbook(), plan(summarySheet(), chartsSheet({ charts: [fromSummary] })));
    const chart = await partText(bytes, 'xl/charts/chart1.xml');
    expect(texts(chart, 'c:f')).toEqual(["'Summary'!$B$5:$B$7", "'Summary'!$D$5:$D$7"]);
    expect(texts(first(chart, 'c:strCache'), 'c:v')).toEqual(['F1', 'F2', 'A1']);
    expect(texts(first(chart, 'c:numCache'), 'c:v')).toEqual(['0.75', '0.68']);
    expect(attributeValues(first(chart, 'c:numCache'), 'c:pt', 'idx')).toEqual(['0', '1']);
    expect(attributeValues(first(chart, 'c:numCache'), 'c:ptCount', 'val')).toEqual(['3']);
  });

  it('is titled with the plan’s title, escaped', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(texts(chart, 'a:t')).toEqual(['Chart 3: Trade &amp; tariff measures']);
    expect(attributeValues(chart, 'c:autoTitleDeleted', 'val')).toEqual(['0']);
  });

  it('lists the first item on top, values as percents from 0 to 100 %, bars labelled in percent', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(attributeValues(first(chart, 'c:catAx'), 'c:orientation', 'val')).toEqual(['maxMin']);
    expect(attributeValues(first(chart, 'c:valAx'), 'c:min', 'val')).toEqual(['0']);
    expect(attributeValues(first(chart, 'c:valAx'), 'c:max', 'val')).toEqual(['1']);
    expect(attributeValues(first(chart, 'c:valAx'), 'c:numFmt', 'formatCode')).toEqual(['0%']);
    for (const series of seriesOf(chart)) {
      expect(attributeValues(series, 'c:showVal', 'val')).toEqual(['1']);
      expect(attributeValues(series, 'c:numFmt', 'formatCode')).toEqual(['0%']);
    }
  });

  it('puts the subtitle under the title, a second paragraph in smaller, plain type', async () => {
    const [chart] = (await chartsWritten(chartsSheet({ charts: [twoSeriesChart({ subtitle: 'n = 30–36 Members; first 36 responses received' })] }))).charts;
    const paragraphs = [...first(chart, 'c:title').matchAll(/<a:p>.*?<\/a:p>/g)].map(([p]) => p);
    expect(paragraphs.map((p) => texts(p, 'a:t'))).toEqual([['Chart 3: Trade &amp; tariff measures'], ['n = 30–36 Members; first 36 responses received']]);
    expect(paragraphs.map((p) => [attributeValues(p, 'a:rPr', 'sz'), attributeValues(p, 'a:rPr', 'b')])).toEqual([
      [['1200'], ['1']],
      [['900'], ['0']],
    ]);
  });

  it('fills each series with the report’s colour for its position, dark blue first', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(seriesOf(chart).map((series) => attributeValues(first(series, 'c:spPr'), 'a:srgbClr', 'val'))).toEqual([[SERIES_COLORS[0]], [SERIES_COLORS[1]]]);
    expect(SERIES_COLORS.slice(0, 2)).toEqual(['1F4E79', 'E8A33D']);
  });

  it('draws no gridlines for the labels to sit on: each bar’s label gives its value', async () => {
    const [chart] = (await chartsWritten()).charts;
    expect(chart).not.toContain('Gridlines');
    for (const series of seriesOf(chart)) expect(attributeValues(series, 'c:dLblPos', 'val')).toEqual(['outEnd']);
  });

  it('draws a series’ interval as custom error bars on the cells of its lengths below and above, cached, without labels to cross', async () => {
    const lengths = { top: 2, left: 4, rows: [['Below', 'Above'], ...SECTION_ITEMS.map((_, i) => [i === 3 ? null : 0.1, 0.05 * i])] };
    const withBars = twoSeriesChart({
      series: [
        {
          ...twoSeriesChart().series[0],
          errorBars: { minus: { sheet: 'Charts', column: 4, top: 3, bottom: 6 }, plus: { sheet: 'Charts', column: 5, top: 3, bottom: 6 } },
        },
        twoSeriesChart().series[1],
      ],
    });
    const sheet = chartsSheet({ charts: [withBars] });
    const [chart] = (await chartsWritten({ ...sheet, blocks: [...sheet.blocks, lengths] })).charts;
    const [taken, intended] = seriesOf(chart);
    const bars = first(taken, 'c:errBars');
    expect(attributeValues(bars, 'c:errValType', 'val')).toEqual(['cust']);
    expect(attributeValues(bars, 'c:errBarType', 'val')).toEqual(['both']);
    expect([texts(first(bars, 'c:plus'), 'c:f'), texts(first(bars, 'c:minus'), 'c:f')]).toEqual([["'Charts'!$E$3:$E$6"], ["'Charts'!$D$3:$D$6"]]);
    expect(texts(first(bars, 'c:minus'), 'c:v').map(Number)).toEqual([0.1, 0.1, 0.1]); // a blank cell: no bar
    expect(texts(first(bars, 'c:plus'), 'c:v').map(Number)).toEqual([0, 0.05, 0.1, 0.15000000000000002]);
    // The lengths' columns are hidden: plotted all the same. A chart without error bars plots visible cells only.
    expect(attributeValues(chart, 'c:plotVisOnly', 'val')).toEqual(['0']);
    expect(attributeValues((await chartsWritten()).charts[0], 'c:plotVisOnly', 'val')).toEqual(['1']);
    expect(taken).not.toContain('<c:dLbls>');
    expect(intended).not.toContain('<c:errBars>');
    expect(intended).toContain('<c:dLbls>');
    // CT_BarSer: the error bars after the labels' place, before the categories.
    expect(taken.indexOf('<c:errBars>')).toBeLessThan(taken.indexOf('<c:cat>'));
    expect(taken.indexOf('<c:invertIfNegative')).toBeLessThan(taken.indexOf('<c:errBars>'));
  });

  it.each([
    ['two series have a legend, on top', twoSeriesChart(), 1],
    ['one series has none', twoSeriesChart({ series: twoSeriesChart().series.slice(0, 1) }), 0],
  ])('%s', async (_, chart, legends) => {
    const [written] = (await chartsWritten(chartsSheet({ charts: [chart] }))).charts;
    expect(written.match(/<c:legend>/g) ?? []).toHaveLength(legends);
    expect(attributeValues(written, 'c:legendPos', 'val')).toEqual(legends > 0 ? ['t'] : []);
  });

  it('writes the chart’s elements in the order of the DrawingML schema', async () => {
    const [chart] = (await chartsWritten()).charts;
    const children = (parent: string) => {
      const inner = new RegExp(`<c:${parent}>(.*)</c:${parent}>`).exec(chart)?.[1] ?? '';
      return [...inner.replace(/<c:(\w+)>.*?<\/c:\1>/g, (_, name: string) => `<c:${name}/>`).matchAll(/<c:(\w+)[\s/>]/g)].map(([, name]) => name);
    };
    expect(children('chart')).toEqual(['title', 'autoTitleDeleted', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs']);
    expect(children('plotArea')).toEqual(['layout', 'barChart', 'catAx', 'valAx']);
    expect(children('barChart')).toEqual(['barDir', 'grouping', 'varyColors', 'ser', 'ser', 'gapWidth', 'axId', 'axId']);
    expect(children('ser').slice(0, 8)).toEqual(['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'dLbls', 'cat', 'val']);
  });

  it('anchors each chart over the plan’s cells, from the top-left of the first to the bottom-right of the last', async () => {
    const { drawing } = await chartsWritten();
    expect(texts(drawing, 'xdr:col')).toEqual(['4', '12']);
    expect(texts(drawing, 'xdr:row')).toEqual(['1', '20']);
  });

  it('puts a sheet’s charts in one drawing, each in its own chart part', async () => {
    const second = twoSeriesChart({ title: 'Chart 4', anchor: { top: 22, left: 5, bottom: 40, right: 12 } });
    const { bytes, charts, drawing } = await chartsWritten(chartsSheet({ charts: [twoSeriesChart(), second] }));
    expect(charts).toHaveLength(2);
    expect(attributeValues(drawing, 'c:chart', 'r:id')).toEqual(['rId1', 'rId2']);
    expect(attributeValues(drawing, 'xdr:cNvPr', 'id')).toEqual(['2', '3']);
    expect(attributeValues(await partText(bytes, 'xl/drawings/_rels/drawing1.xml.rels'), 'Relationship', 'Target')).toEqual([
      '../charts/chart1.xml',
      '../charts/chart2.xml',
    ]);
  });

  it('links sheet → drawing → chart, each part with its content type', async () => {
    const { bytes } = await chartsWritten();
    const sheet = await partText(bytes, 'xl/worksheets/sheet3.xml');
    const sheetRels = await partText(bytes, 'xl/worksheets/_rels/sheet3.xml.rels');
    expect(attributeValues(sheet, 'drawing', 'r:id')).toEqual(['rId1']);
    expect(attributeValues(sheetRels, 'Relationship', 'Target')).toEqual(['../drawings/drawing1.xml']);
    const types = await partText(bytes, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('names its parts around a user’s drawing and chart, which it leaves as they were', async () => {
    const input = await withUsersChart(await usersWorkbook());
    const written = await writeXlsx(input, SUMMARY_AND_CHARTS);
    expect(await partNames(written, /^xl\/(drawings|charts)\//)).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    expect(await partText(written, 'xl/charts/chart1.xml')).toBe(await partText(input, 'xl/charts/chart1.xml'));
    expect(texts(await partText(written, 'xl/charts/chart2.xml'), 'a:t')).toEqual(['Chart 3: Trade &amp; tariff measures']);
  });
});

describe('writeXlsx: a native radar chart', () => {
  const radarWritten = async (chart = radarChart()) => (await chartsWritten(profileSheet({ charts: [chart] }))).charts[0];
  const column = (i: number) => SELF_ASSESSMENT.map((row) => row[i]);

  it('draws a line with markers per plan series around the categories, named as the plan names them, and no bars', async () => {
    const chart = await radarWritten();
    expect(attributeValues(chart, 'c:radarStyle', 'val')).toEqual(['marker']);
    expect(attributeValues(first(chart, 'c:radarChart'), 'c:varyColors', 'val')).toEqual(['0']);
    expect(seriesOf(chart).map((series) => texts(first(series, 'c:tx'), 'c:v'))).toEqual([['Malta'], ['Europe'], ['All respondents']]);
    expect(chart).not.toContain('<c:barChart>');
  });

  it('its categories and values are formulas on the plan’s cells, cached, a blank cell left out: a gap in the line', async () => {
    const chart = await radarWritten();
    const [member, region, all] = seriesOf(chart);
    expect(seriesOf(chart).map((series) => texts(series, 'c:f'))).toEqual([
      ["'Profile'!$A$3:$A$14", "'Profile'!$B$3:$B$14"],
      ["'Profile'!$A$3:$A$14", "'Profile'!$C$3:$C$14"],
      ["'Profile'!$A$3:$A$14", "'Profile'!$D$3:$D$14"],
    ]);
    expect(texts(first(member, 'c:strCache'), 'c:v')).toEqual(column(0));
    expect(attributeValues(first(member, 'c:numCache'), 'c:ptCount', 'val')).toEqual(['12']);
    expect(attributeValues(first(member, 'c:numCache'), 'c:pt', 'idx')).toEqual(['0', '1', '2', '4', '5', '6', '7', '8', '9', '11']);
    expect(texts(first(member, 'c:numCache'), 'c:v').map(Number)).toEqual(column(1).filter((value) => value !== null));
    expect(texts(first(region, 'c:numCache'), 'c:v')).toHaveLength(11);
    expect(texts(first(all, 'c:numCache'), 'c:v').map(Number)).toEqual(column(3));
    expect(attributeValues(chart, 'c:dispBlanksAs', 'val')).toEqual(['gap']);
  });

  it('runs its value axis over the plan’s scale, in General, a gridline and a label every step', async () => {
    const chart = await radarWritten(radarChart({ scale: { min: 0, max: 2, step: 0.5 } }));
    const valueAxis = first(chart, 'c:valAx');
    expect(attributeValues(valueAxis, 'c:orientation', 'val')).toEqual(['minMax']);
    expect([attributeValues(valueAxis, 'c:min', 'val'), attributeValues(valueAxis, 'c:max', 'val')]).toEqual([['0'], ['2']]);
    expect(attributeValues(valueAxis, 'c:majorUnit', 'val')).toEqual(['0.5']);
    expect(attributeValues(valueAxis, 'c:numFmt', 'formatCode')).toEqual(['General']);
    expect(valueAxis).toContain('<c:majorGridlines>');
    expect(attributeValues(valueAxis, 'c:delete', 'val')).toEqual(['0']);
  });

  it('goes round the categories in the plan’s order, each labelled, none reversed as a bar chart’s are', async () => {
    const categoryAxis = first(await radarWritten(), 'c:catAx');
    expect(attributeValues(categoryAxis, 'c:orientation', 'val')).toEqual(['minMax']);
    expect(attributeValues(categoryAxis, 'c:delete', 'val')).toEqual(['0']);
    expect(attributeValues(categoryAxis, 'c:tickLblPos', 'val')).toEqual(['nextTo']);
  });

  it('draws each series’ line and filled circles in the report’s colour for its position, unfilled, without labels or bars’ elements', async () => {
    const chart = await radarWritten();
    for (const [i, series] of seriesOf(chart).entries()) {
      const line = /<c:spPr><a:ln w="(\d+)"><a:solidFill><a:srgbClr val="(\w+)"\/><\/a:solidFill><\/a:ln><\/c:spPr><c:marker>/.exec(series);
      expect(line?.slice(1)).toEqual(['28575', SERIES_COLORS[i]]);
      const marker = first(series, 'c:marker');
      expect([attributeValues(marker, 'c:symbol', 'val'), attributeValues(marker, 'c:size', 'val')]).toEqual([['circle'], ['5']]);
      expect(attributeValues(marker, 'a:srgbClr', 'val')).toEqual([SERIES_COLORS[i], SERIES_COLORS[i]]);
      for (const absent of ['<c:invertIfNegative', '<c:dLbls>', '<c:errBars>']) expect(series).not.toContain(absent);
    }
    expect(attributeValues(chart, 'c:plotVisOnly', 'val')).toEqual(['1']);
  });

  it.each([
    ['three series have a legend, on top', radarChart(), ['t']],
    ['one series has none', radarChart({ series: radarChart().series.slice(0, 1) }), []],
  ])('%s', async (_, chart, positions) => {
    expect(attributeValues(await radarWritten(chart), 'c:legendPos', 'val')).toEqual(positions);
  });

  it('writes the chart’s elements in the order of the DrawingML schema (CT_RadarChart, CT_RadarSer, CT_Marker, the axes)', async () => {
    const chart = await radarWritten();
    expect(childrenOf(chart, 'chart')).toEqual(['title', 'autoTitleDeleted', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs']);
    expect(childrenOf(chart, 'plotArea')).toEqual(['layout', 'radarChart', 'catAx', 'valAx']);
    expect(childrenOf(chart, 'radarChart')).toEqual(['radarStyle', 'varyColors', 'ser', 'ser', 'ser', 'axId', 'axId']);
    for (const series of seriesOf(chart)) expect(childrenOf(series, 'ser')).toEqual(['idx', 'order', 'tx', 'spPr', 'marker', 'cat', 'val']);
    expect(childrenOf(chart, 'marker')).toEqual(['symbol', 'size', 'spPr']);
    expect(childrenOf(chart, 'scaling')).toEqual(['orientation']);
    expect(childrenOf(first(chart, 'c:valAx'), 'scaling')).toEqual(['orientation', 'max', 'min']);
    // CT_CatAx and CT_ValAx share the axis's elements, each then its own.
    const shared = ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'crossAx', 'crosses'];
    expect(childrenOf(chart, 'catAx')).toEqual([...shared, 'auto', 'lblAlgn', 'lblOffset', 'noMultiLvlLbl']);
    expect(childrenOf(chart, 'valAx')).toEqual([...shared, 'crossBetween', 'majorUnit']);
  });
});
