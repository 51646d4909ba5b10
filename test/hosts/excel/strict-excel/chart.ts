import type { StrictContext } from './context';
import { richApiError } from './errors';
import type { AxisModel, ChartFontModel, ChartModel, SeriesModel, SheetModel } from './model';
import { rangeRefOf, refOf } from './range';
import { asExcel, StrictObject, type Source } from './strict-object';

/** Navigation properties of a chart: found through the chart when a command needs them. */
const through = <T>(find: () => T): Source<T> => ({ find, queued: false });

/** The chart types the double draws: the report's clustered bars, and a radar with markers. */
const DRAWN_TYPES: readonly string[] = ['BarClustered', 'RadarMarkers'];
/** Those whose series have markers. */
const TYPES_WITH_MARKERS: readonly string[] = ['RadarMarkers'];
const MARKER_STYLES: readonly string[] = ['Automatic', 'None', 'Square', 'Diamond', 'Triangle', 'X', 'Star', 'Dot', 'Dash', 'Circle', 'Plus', 'Picture'];

/** The chart each series is in, which says whether it has markers (the model's series do not point back). */
const chartOfSeries = new WeakMap<SeriesModel, ChartModel>();

/** Office.js takes "#RRGGBB" or a colour's name; the double takes the first only. */
function assertHexColor(color: string, what: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`The strict double takes "#RRGGBB" colours only for ${what}, not "${color}"`);
}

export class StrictChartCollection extends StrictObject<SheetModel> implements Pick<Excel.ChartCollection, 'add'> {
  constructor(context: StrictContext, sheet: () => SheetModel) {
    super(context, 'ChartCollection', through(sheet));
  }

  /** A chart with one series per column of the source (the only way the double splits it), of a type the double draws. */
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): Excel.Chart {
    const find = () => {
      const sheet = this.target();
      if (seriesBy !== 'Columns') throw new Error('The strict double draws series by columns only');
      if (!DRAWN_TYPES.includes(String(type))) throw new Error(`The strict double draws ${DRAWN_TYPES.join(' and ')} charts only, not ${String(type)}`);
      const source = refOf(sourceData, sheet);
      const series = Array.from({ length: source.columns }, (_, c): SeriesModel => ({ values: { ...source, column: source.column + c, columns: 1 } }));
      const chart: ChartModel = { type: String(type), series, valueAxis: {}, categoryAxis: {}, legend: { visible: true } };
      series.forEach((one) => chartOfSeries.set(one, chart));
      sheet.charts.push(chart);
      return chart;
    };
    return asExcel(new StrictChart(this.context, { find, queued: 'ChartCollection.add' }));
  }

  propertyOf(_: SheetModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictChart extends StrictObject<ChartModel> implements Pick<Excel.Chart, 'title' | 'axes' | 'legend' | 'series' | 'dataLabels' | 'setPosition'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'Chart', source);
  }

  get title(): Excel.ChartTitle {
    return asExcel(
      new StrictChartTitle(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get axes(): Excel.ChartAxes {
    return asExcel(
      new StrictChartAxes(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get legend(): Excel.ChartLegend {
    return asExcel(
      new StrictChartLegend(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get series(): Excel.ChartSeriesCollection {
    return asExcel(
      new StrictChartSeriesCollection(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get dataLabels(): Excel.ChartDataLabels {
    return asExcel(
      new StrictChartDataLabels(
        this.context,
        through(() => (this.target().dataLabels ??= {})),
      ),
    );
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string'))
      throw new Error('The strict double positions charts by address');
    this.command('setPosition', (chart) => (chart.position = { start: startCell, ...(endCell !== undefined ? { end: endCell } : {}) }), [startCell, endCell]);
  }

  propertyOf(_: ChartModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictChartAxes extends StrictObject<ChartModel> implements Pick<Excel.ChartAxes, 'valueAxis' | 'categoryAxis'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'ChartAxes', source);
  }

  get valueAxis(): Excel.ChartAxis {
    return asExcel(
      new StrictChartAxis(
        this.context,
        through(() => this.target().valueAxis),
      ),
    );
  }

  get categoryAxis(): Excel.ChartAxis {
    return asExcel(
      new StrictChartAxis(
        this.context,
        through(() => this.target().categoryAxis),
      ),
    );
  }

  propertyOf(_: ChartModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictChartTitle extends StrictObject<ChartModel> implements Pick<Excel.ChartTitle, 'text' | 'format' | 'getSubstring'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'ChartTitle', source);
  }

  get format(): Excel.ChartTitleFormat {
    return asExcel(
      new StrictChartTitleFormat(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  /** Some characters of the title's text as it is when the command runs ('\n' counts one); past its end, refused. */
  getSubstring(start: number, length: number): Excel.ChartFormatString {
    const find = () => {
      const chart = this.target();
      if (start < 0 || length < 1 || start + length > (chart.title ?? '').length) {
        throw richApiError('InvalidArgument', `No characters ${start}–${start + length} in the title "${chart.title ?? ''}".`);
      }
      const run = { start, length, font: {} };
      (chart.titleRuns ??= []).push(run);
      return run;
    };
    return asExcel(new StrictChartFormatString(this.context, { find, queued: 'ChartTitle.getSubstring' }));
  }

  get text(): string {
    return this.property('text');
  }
  set text(text: string) {
    this.assign('text', text, (chart) => (chart.title = text));
  }

  propertyOf(chart: ChartModel, property: string): unknown {
    return property === 'text' ? chart.title : this.unsupported(property);
  }
}

type AxisMembers = 'minimum' | 'maximum' | 'majorUnit' | 'numberFormat' | 'reversePlotOrder' | 'position' | 'majorGridlines';

class StrictChartAxis extends StrictObject<AxisModel> implements Pick<Excel.ChartAxis, AxisMembers> {
  constructor(context: StrictContext, source: Source<AxisModel>) {
    super(context, 'ChartAxis', source);
  }

  get majorGridlines(): Excel.ChartGridlines {
    return asExcel(
      new StrictChartGridlines(
        this.context,
        through(() => (this.target().majorGridlines ??= {})),
      ),
    );
  }

  get minimum(): number {
    return this.property('minimum');
  }
  set minimum(value: number) {
    this.assign('minimum', value, (axis) => (axis.minimum = value));
  }
  get maximum(): number {
    return this.property('maximum');
  }
  set maximum(value: number) {
    this.assign('maximum', value, (axis) => (axis.maximum = value));
  }
  get majorUnit(): number {
    return this.property('majorUnit');
  }
  set majorUnit(value: number) {
    this.assign('majorUnit', value, (axis) => (axis.majorUnit = value));
  }
  get numberFormat(): string {
    return this.property('numberFormat');
  }
  set numberFormat(value: string) {
    this.assign('numberFormat', value, (axis) => (axis.numberFormat = value));
  }
  get reversePlotOrder(): boolean {
    return this.property('reversePlotOrder');
  }
  set reversePlotOrder(value: boolean) {
    this.assign('reversePlotOrder', value, (axis) => (axis.reversePlotOrder = value));
  }
  get position(): Excel.ChartAxisPosition {
    return this.property('position');
  }
  set position(value: Excel.ChartAxisPosition | 'Automatic' | 'Maximum' | 'Minimum' | 'Custom') {
    this.assign('position', value, (axis) => (axis.position = value));
  }

  propertyOf(axis: AxisModel, property: string): unknown {
    return property in axis ? axis[property as keyof AxisModel] : this.unsupported(property);
  }
}

class StrictChartLegend extends StrictObject<ChartModel> implements Pick<Excel.ChartLegend, 'visible' | 'position'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'ChartLegend', source);
  }

  get visible(): boolean {
    return this.property('visible');
  }
  set visible(visible: boolean) {
    this.assign('visible', visible, (chart) => (chart.legend.visible = visible));
  }
  get position(): Excel.ChartLegendPosition {
    return this.property('position');
  }
  set position(position: Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom') {
    this.assign('position', position, (chart) => (chart.legend.position = position));
  }

  propertyOf(chart: ChartModel, property: string): unknown {
    return property === 'visible' ? chart.legend.visible : this.unsupported(property);
  }
}

class StrictChartSeriesCollection extends StrictObject<ChartModel> implements Pick<Excel.ChartSeriesCollection, 'add' | 'getItemAt'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'ChartSeriesCollection', source);
  }

  add(name?: string): Excel.ChartSeries {
    const find = () => {
      const series: SeriesModel = name !== undefined ? { name } : {};
      this.target().series.push(series);
      chartOfSeries.set(series, this.target());
      return series;
    };
    return asExcel(new StrictChartSeries(this.context, { find, queued: 'ChartSeriesCollection.add' }));
  }

  getItemAt(index: number): Excel.ChartSeries {
    const find = () => this.target().series[index] ?? notFound(index);
    return asExcel(new StrictChartSeries(this.context, { find, queued: true }));
  }

  propertyOf(_: ChartModel, property: string): unknown {
    return this.unsupported(property);
  }
}

type SeriesMembers = 'name' | 'format' | 'setValues' | 'setXAxisValues' | 'markerStyle' | 'markerSize' | 'markerBackgroundColor' | 'markerForegroundColor';
type MarkerModel = NonNullable<SeriesModel['marker']>;

class StrictChartSeries extends StrictObject<SeriesModel> implements Pick<Excel.ChartSeries, SeriesMembers> {
  constructor(context: StrictContext, source: Source<SeriesModel>) {
    super(context, 'ChartSeries', source);
  }

  get format(): Excel.ChartSeriesFormat {
    return asExcel(
      new StrictChartSeriesFormat(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.assign('name', name, (series) => (series.name = name));
  }

  get markerStyle(): Excel.ChartMarkerStyle {
    return this.property('markerStyle');
  }
  set markerStyle(
    style:
      | Excel.ChartMarkerStyle
      | 'Invalid'
      | 'Automatic'
      | 'None'
      | 'Square'
      | 'Diamond'
      | 'Triangle'
      | 'X'
      | 'Star'
      | 'Dot'
      | 'Dash'
      | 'Circle'
      | 'Plus'
      | 'Picture',
  ) {
    this.setMarker('markerStyle', 'style', style, () => MARKER_STYLES.includes(style));
  }
  get markerSize(): number {
    return this.property('markerSize');
  }
  /** Excel's markers are 2 to 72 points. */
  set markerSize(size: number) {
    this.setMarker('markerSize', 'size', size, () => Number.isInteger(size) && size >= 2 && size <= 72);
  }
  get markerBackgroundColor(): string {
    return this.property('markerBackgroundColor');
  }
  set markerBackgroundColor(color: string) {
    assertHexColor(color, 'a marker');
    this.setMarker('markerBackgroundColor', 'background', color);
  }
  get markerForegroundColor(): string {
    return this.property('markerForegroundColor');
  }
  set markerForegroundColor(color: string) {
    assertHexColor(color, 'a marker');
    this.setMarker('markerForegroundColor', 'foreground', color);
  }

  setValues(sourceData: Excel.Range): void {
    this.command('setValues', (series) => (series.values = rangeRefOf(sourceData)));
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this.command('setXAxisValues', (series) => (series.categories = rangeRefOf(sourceData)));
  }

  propertyOf(series: SeriesModel, property: string): unknown {
    return property === 'name' ? series.name : this.unsupported(property);
  }

  /** A marker of a series whose chart has markers (a bar has none: the double refuses it), of a value Excel takes. */
  private setMarker<K extends keyof MarkerModel>(member: string, key: K, value: MarkerModel[K], valid = () => true): void {
    this.assign(member, value, (series) => {
      const type = chartOfSeries.get(series)?.type ?? 'unknown';
      if (!TYPES_WITH_MARKERS.includes(type)) throw richApiError('InvalidOperation', `A series of a ${type} chart has no markers.`);
      if (!valid()) throw richApiError('InvalidArgument', `ChartSeries.${member} cannot be ${String(value)}.`);
      (series.marker ??= {})[key] = value;
    });
  }
}

class StrictChartSeriesFormat extends StrictObject<SeriesModel> implements Pick<Excel.ChartSeriesFormat, 'fill' | 'line'> {
  constructor(context: StrictContext, source: Source<SeriesModel>) {
    super(context, 'ChartSeriesFormat', source);
  }

  get fill(): Excel.ChartFill {
    return asExcel(
      new StrictChartFill(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  get line(): Excel.ChartLineFormat {
    return asExcel(
      new StrictChartLineFormat(
        this.context,
        through(() => this.target()),
      ),
    );
  }

  propertyOf(_: SeriesModel, property: string): unknown {
    return this.unsupported(property);
  }
}

/** A series' line: its colour, and its weight in points. */
class StrictChartLineFormat extends StrictObject<SeriesModel> implements Pick<Excel.ChartLineFormat, 'color' | 'weight'> {
  constructor(context: StrictContext, source: Source<SeriesModel>) {
    super(context, 'ChartLineFormat', source);
  }

  get color(): string {
    return this.property('color');
  }
  set color(color: string) {
    assertHexColor(color, 'a line');
    this.assign('color', color, (series) => ((series.line ??= {}).color = color));
  }
  get weight(): number {
    return this.property('weight');
  }
  set weight(weight: number) {
    this.assign('weight', weight, (series) => {
      if (!(weight > 0)) throw richApiError('InvalidArgument', `A line cannot be ${weight} points wide.`);
      (series.line ??= {}).weight = weight;
    });
  }

  propertyOf(_: SeriesModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictChartFill extends StrictObject<SeriesModel> implements Pick<Excel.ChartFill, 'setSolidColor'> {
  constructor(context: StrictContext, source: Source<SeriesModel>) {
    super(context, 'ChartFill', source);
  }

  setSolidColor(color: string): void {
    assertHexColor(color, 'a fill');
    this.command('setSolidColor', (series) => (series.fill = color), color);
  }

  propertyOf(_: SeriesModel, property: string): unknown {
    return this.unsupported(property);
  }
}

type DataLabelsModel = NonNullable<ChartModel['dataLabels']>;

class StrictChartDataLabels extends StrictObject<DataLabelsModel> implements Pick<Excel.ChartDataLabels, 'showValue' | 'position' | 'numberFormat'> {
  constructor(context: StrictContext, source: Source<DataLabelsModel>) {
    super(context, 'ChartDataLabels', source);
  }

  get showValue(): boolean {
    return this.property('showValue');
  }
  set showValue(value: boolean) {
    this.assign('showValue', value, (labels) => (labels.showValue = value));
  }
  get position(): Excel.ChartDataLabelPosition {
    return this.property('position');
  }
  set position(
    value:
      | Excel.ChartDataLabelPosition
      | 'Invalid'
      | 'None'
      | 'Center'
      | 'InsideEnd'
      | 'InsideBase'
      | 'OutsideEnd'
      | 'Left'
      | 'Right'
      | 'Top'
      | 'Bottom'
      | 'BestFit'
      | 'Callout',
  ) {
    this.assign('position', value, (labels) => (labels.position = value));
  }
  get numberFormat(): string {
    return this.property('numberFormat');
  }
  set numberFormat(value: string) {
    this.assign('numberFormat', value, (labels) => (labels.numberFormat = value));
  }

  propertyOf(labels: DataLabelsModel, property: string): unknown {
    return property in labels ? labels[property as keyof DataLabelsModel] : this.unsupported(property);
  }
}

type GridlinesModel = NonNullable<AxisModel['majorGridlines']>;

class StrictChartGridlines extends StrictObject<GridlinesModel> implements Pick<Excel.ChartGridlines, 'visible'> {
  constructor(context: StrictContext, source: Source<GridlinesModel>) {
    super(context, 'ChartGridlines', source);
  }

  get visible(): boolean {
    return this.property('visible');
  }
  set visible(visible: boolean) {
    this.assign('visible', visible, (gridlines) => (gridlines.visible = visible));
  }

  propertyOf(gridlines: GridlinesModel, property: string): unknown {
    return property === 'visible' ? gridlines.visible : this.unsupported(property);
  }
}

class StrictChartTitleFormat extends StrictObject<ChartModel> implements Pick<Excel.ChartTitleFormat, 'font'> {
  constructor(context: StrictContext, source: Source<ChartModel>) {
    super(context, 'ChartTitleFormat', source);
  }

  get font(): Excel.ChartFont {
    return asExcel(
      new StrictChartFont(
        this.context,
        through(() => (this.target().titleFont ??= {})),
      ),
    );
  }

  propertyOf(_: ChartModel, property: string): unknown {
    return this.unsupported(property);
  }
}

type TitleRun = NonNullable<ChartModel['titleRuns']>[number];

class StrictChartFormatString extends StrictObject<TitleRun> implements Pick<Excel.ChartFormatString, 'font'> {
  constructor(context: StrictContext, source: Source<TitleRun>) {
    super(context, 'ChartFormatString', source);
  }

  get font(): Excel.ChartFont {
    return asExcel(
      new StrictChartFont(
        this.context,
        through(() => this.target().font),
      ),
    );
  }

  propertyOf(_: TitleRun, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictChartFont extends StrictObject<ChartFontModel> implements Pick<Excel.ChartFont, 'size' | 'bold'> {
  constructor(context: StrictContext, source: Source<ChartFontModel>) {
    super(context, 'ChartFont', source);
  }

  get size(): number {
    return this.property('size');
  }
  set size(size: number) {
    this.assign('size', size, (font) => (font.size = size));
  }
  get bold(): boolean {
    return this.property('bold');
  }
  set bold(bold: boolean) {
    this.assign('bold', bold, (font) => (font.bold = bold));
  }

  propertyOf(font: ChartFontModel, property: string): unknown {
    return property in font ? font[property as keyof ChartFontModel] : this.unsupported(property);
  }
}

function notFound(index: number): never {
  throw richApiError('ItemNotFound', `No series at ${index}.`);
}
