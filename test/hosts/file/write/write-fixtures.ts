import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ChartPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../../../src/core/report/plan';
import { withPart, xlsxBytes } from '../xlsx-fixtures';

/** Plans written by hand, and users' workbooks as ExcelJS (or, for charts, Excel) would save them. */

export const SECTION_ITEMS = ['Greater public and media scrutiny', 'Expectation of quality services', 'Performance reviews', 'Trade liberalisation'];

/** A title, a bold label with a count, a table with a percent column, the header row frozen. */
export function summarySheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Summary',
    blocks: [
      { top: 1, left: 1, rows: [['Survey of Integrity Practices']], style: 'title' },
      { top: 2, left: 1, rows: [['Respondents counted', 36]], style: 'label' },
    ],
    tables: [surveySummaryTable()],
    charts: [],
    freeze: { rows: 4, columns: 0 },
    columnWidths: { 1: 12, 3: 40 },
    ...overrides,
  };
}

export function surveySummaryTable(overrides: Partial<TablePlan> = {}): TablePlan {
  return {
    name: 'SurveySummary',
    top: 4,
    left: 1,
    columns: ['Section', 'Question', 'Label', 'Percent'],
    rows: [
      ['S1', 'F1', 'Greater public and media scrutiny', 0.75],
      ['S1', 'F2', '=1+1', 0.68],
      ['S2', 'A1', 'Guidance to staff', null],
    ],
    formats: [undefined, undefined, undefined, 'percent'],
    ...overrides,
  };
}

/** Items in A3:A6, two series in B and C, and a clustered bar chart of them beside. */
export function chartsSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Charts',
    blocks: [
      { top: 2, left: 1, rows: [['Item', 'Taken', 'Intended']], style: 'label' },
      { top: 3, left: 1, rows: SECTION_ITEMS.map((item, i) => [item, 0.5 + i / 10, i / 10]), formats: [undefined, 'percent', 'percent'] },
    ],
    tables: [],
    charts: [twoSeriesChart()],
    columnWidths: { 1: 36 },
    ...overrides,
  };
}

export function twoSeriesChart(overrides: Partial<ChartPlan> = {}): ChartPlan {
  return {
    title: 'Chart 3: Trade & tariff measures',
    categories: { sheet: 'Charts', column: 1, top: 3, bottom: 6 },
    series: [
      { name: 'Taken', values: { sheet: 'Charts', column: 2, top: 3, bottom: 6 } },
      { name: 'Intended', values: { sheet: 'Charts', column: 3, top: 3, bottom: 6 } },
    ],
    anchor: { top: 2, left: 5, bottom: 20, right: 12 },
    ...overrides,
  };
}

/** A Member's self-assessment by factor (AR1…AR12, 0 to 2), its region's and all respondents', some cells blank. */
export const SELF_ASSESSMENT: readonly (readonly [string, number | null, number | null, number])[] = [
  ['AR1', 2, 1.5, 1.2],
  ['AR2', 1, 1.25, 1.1],
  ['AR3', 0, 0.75, 0.9],
  ['AR4', null, 1, 1.3],
  ['AR5', 2, 1.75, 1.6],
  ['AR6', 1, null, 0.8],
  ['AR7', 2, 1.5, 1.4],
  ['AR8', 1, 1, 1],
  ['AR9', 0, 0.5, 0.7],
  ['AR10', 2, 2, 1.8],
  ['AR11', null, 1.25, 1.2],
  ['AR12', 1, 0.75, 0.6],
];

/** The self-assessment in A3:D14 under its header, and a radar chart of it beside. */
export function profileSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Profile',
    blocks: [
      { top: 2, left: 1, rows: [['Factor', 'Malta', 'Europe', 'All respondents']], style: 'label' },
      { top: 3, left: 1, rows: SELF_ASSESSMENT.map((row) => [...row]) },
    ],
    tables: [],
    charts: [radarChart()],
    ...overrides,
  };
}

export function radarChart(overrides: Partial<ChartPlan> = {}): ChartPlan {
  const column = (n: number) => ({ sheet: 'Profile', column: n, top: 3, bottom: 14 });
  return {
    kind: 'radar',
    scale: { min: 0, max: 2, step: 0.5 },
    title: 'Self-assessment: Malta',
    categories: column(1),
    series: [
      { name: 'Malta', values: column(2) },
      { name: 'Europe', values: column(3) },
      { name: 'All respondents', values: column(4) },
    ],
    anchor: { top: 2, left: 6, bottom: 24, right: 13 },
    ...overrides,
  };
}

/**
 * A submission template: labels locked, answer cells (C2:C3 and C5:C8) editable, the answers a dropdown,
 * the Member a dropdown of the hidden column Z, which is sized, and AA hidden at the default width.
 */
export function templateSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Submission',
    role: 'input',
    blocks: [
      { top: 1, left: 1, rows: [['WCO integrity survey submission']], style: 'title' },
      { top: 2, left: 1, rows: [['Member'], ['Received']], style: 'label' },
      { top: 3, left: 3, rows: [[35_855]], formats: ['date'] },
      { top: 5, left: 1, rows: SECTION_ITEMS.map((item, i) => [`F${i + 1}`, item]) },
      { top: 1, left: 26, rows: [['Kenya'], ['France'], ['Hong Kong, China']] },
    ],
    tables: [],
    charts: [],
    columnWidths: { 2: 40, 26: 24 },
    hiddenColumns: [27, 26],
    validations: [
      { range: { top: 2, left: 3, bottom: 2, right: 3 }, list: { sheet: 'Submission', column: 26, top: 1, bottom: 3 } },
      { range: { top: 5, left: 3, bottom: 8, right: 3 }, list: ['Yes', 'No'], prompt: { title: 'Answer & <choice>', message: 'Choose "Yes" or "No".' } },
    ],
    protection: {
      editable: [
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 5, left: 3, bottom: 8, right: 3 },
      ],
    },
    ...overrides,
  };
}

export function plan(...sheets: SheetPlan[]): WorkbookPlan {
  return { sheets };
}

export const SUMMARY_AND_CHARTS = plan(summarySheet(), chartsSheet());

/** A user's workbook: a `Responses` sheet holding a table named `Responses`, and a `Notes` sheet. */
export function usersWorkbook(build: (workbook: ExcelJS.Workbook) => void = () => undefined): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    const responses = workbook.addWorksheet('Responses');
    responses.addTable({
      name: 'Responses',
      ref: 'A1',
      columns: [{ name: 'Member' }, { name: 'F1' }],
      rows: [
        ['Kenya', 'Yes'],
        ['France', 'No'],
      ],
    });
    workbook.addWorksheet('Notes').getCell('A1').value = 'Checked by the Secretariat';
    build(workbook);
  });
}

/** `bytes` with the sheet at `position` marked as the add-in's own, as the add-in marks its sheets. */
export async function markedOwned(bytes: Uint8Array, position: number, sheet: string): Promise<Uint8Array> {
  const mark = `<definedName name="_wcoSurveyOwned" localSheetId="${position}" hidden="1">'${sheet}'!$A$1</definedName>`;
  return withPart(bytes, 'xl/workbook.xml', (xml) =>
    xml.includes('</definedNames>')
      ? xml.replace('</definedNames>', `${mark}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${mark}</definedNames>`),
  );
}

/**
 * `bytes` with a native chart on its first sheet, as Excel saves one: a drawing part and a chart
 * part named drawing1 and chart1, which the writer's own parts must not collide with.
 */
export async function withUsersChart(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const rels = (await zip.file(sheetRels)?.async('string')) ?? EMPTY_RELS;
  zip.file(sheetRels, rels.replace('</Relationships>', `<Relationship Id="rId99" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`));
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/(<tableParts|<\/worksheet>)/, '<drawing r:id="rId99"/>$1');
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file('xl/drawings/drawing1.xml', USERS_DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    EMPTY_RELS.replace('</Relationships>', `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`),
  );
  zip.file('xl/charts/chart1.xml', USERS_CHART);
  const types = (await zip.file('[Content_Types].xml')!.async('string')).replace(
    '</Types>',
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array' });
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const USERS_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="My chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
  '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const USERS_CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<c:chart><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  '<c:val><c:numRef><c:f>Responses!$B$2:$B$3</c:f></c:numRef></c:val></c:ser></c:pieChart></c:plotArea></c:chart></c:chartSpace>';

/** Every part of a package, by name, as bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files).filter((entry) => !entry.dir)) parts.set(file.name, await file.async('uint8array'));
  return parts;
}

export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  const text = await (await JSZip.loadAsync(bytes)).file(part)?.async('string');
  if (text === undefined) throw new Error(`no part ${part}`);
  return text;
}

/** The parts whose names match, sorted. */
export async function partNames(bytes: Uint8Array, pattern: RegExp = /./): Promise<string[]> {
  return [...(await partsOf(bytes)).keys()].filter((name) => pattern.test(name)).sort();
}

export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Each `attribute="value"` of the elements named `element` (any prefix), in document order. */
export function attributeValues(xml: string, element: string, attribute: string): string[] {
  const tags = xml.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>`, 'g')) ?? [];
  return tags.map((tag) => new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1] ?? '');
}
