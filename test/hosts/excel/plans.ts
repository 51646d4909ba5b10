import type { SheetPlan, WorkbookPlan } from '../../../src/core/report/plan';
import type { SheetModel, WorkbookModel } from './strict-excel';

/** A small plan with one of everything a plan holds: styled blocks, a table, a two-series chart. */
export const PLAN: WorkbookPlan = {
  sheets: [
    {
      name: 'Summary',
      blocks: [
        {
          top: 1,
          left: 9,
          rows: [
            ['Respondents counted', 3],
            ['Response rate', 0.02],
          ],
          formats: [undefined, 'percent1'],
          style: 'label',
        },
        { top: 4, left: 9, rows: [['Counted from the Responses sheet']], style: 'note' },
      ],
      tables: [
        {
          name: 'SurveySummary',
          top: 1,
          left: 1,
          columns: ['Section', 'Question', 'Answer', 'Percent'],
          rows: [
            ['S1', 'F1', 'Yes', 2 / 3],
            ['S1', '=F2', 'TRUE', null],
            ['S2', '-A1', '1998', 0.5],
            ['S2', '+A2', '@A3', 1],
          ],
          formats: [undefined, undefined, undefined, 'percent'],
        },
      ],
      charts: [],
      freeze: { rows: 1, columns: 0 },
      columnWidths: { 1: 9, 3: 48 },
    },
    {
      name: 'Charts',
      blocks: [
        { top: 1, left: 1, rows: [['Chart 3: Trade policy']], style: 'title' },
        { top: 3, left: 1, rows: [['Question', 'Label', 'Taken', 'Intended']], style: 'label' },
        {
          top: 4,
          left: 1,
          rows: [
            ['T1', 'Elimination of non-tariff restrictions', 0.5, 0.17],
            ['T2', 'Effective penalty system', 0.47, 0],
          ],
          formats: [undefined, undefined, 'percent', 'percent'],
        },
      ],
      tables: [],
      charts: [
        {
          title: 'Chart 3: Trade policy',
          categories: { sheet: 'Charts', column: 2, top: 4, bottom: 5 },
          series: [
            { name: 'Taken', values: { sheet: 'Charts', column: 3, top: 4, bottom: 5 } },
            { name: 'Intended', values: { sheet: 'Charts', column: 4, top: 4, bottom: 5 } },
          ],
          anchor: { top: 3, left: 6, bottom: 20, right: 15 },
        },
      ],
      freeze: { rows: 2, columns: 1 },
    },
  ],
};

/** A Member's self-assessment by factor (0 to 2, AR3 left blank), its region's and all respondents', and a radar chart of them. */
export const PROFILE: SheetPlan = {
  name: 'Profile',
  blocks: [
    { top: 2, left: 1, rows: [['Factor', 'Malta', 'Europe', 'All respondents']], style: 'label' },
    {
      top: 3,
      left: 1,
      rows: [
        ['AR1', 2, 1.5, 1.2],
        ['AR2', 1, 1.25, 1.1],
        ['AR3', null, 0.75, 0.9],
        ['AR4', 0, 1, 1.3],
      ],
    },
  ],
  tables: [],
  charts: [
    {
      kind: 'radar',
      scale: { min: 0, max: 2, step: 0.5 },
      title: 'Self-assessment: Malta',
      categories: { sheet: 'Profile', column: 1, top: 3, bottom: 6 },
      series: [
        { name: 'Malta', values: { sheet: 'Profile', column: 2, top: 3, bottom: 6 } },
        { name: 'Europe', values: { sheet: 'Profile', column: 3, top: 3, bottom: 6 } },
        { name: 'All respondents', values: { sheet: 'Profile', column: 4, top: 3, bottom: 6 } },
      ],
      anchor: { top: 2, left: 6, bottom: 24, right: 13 },
    },
  ],
};

/**
 * A submission template, the user's to keep: labels locked, answer cells (C2:C3, C5:C8) editable, the
 * answers a dropdown with a prompt, the Member a dropdown of the hidden column Z; AA hidden too.
 */
export const TEMPLATE: SheetPlan = {
  name: 'Submission',
  role: 'input',
  blocks: [
    { top: 1, left: 1, rows: [['WCO integrity survey submission']], style: 'title' },
    { top: 2, left: 1, rows: [['Member'], ['Received']], style: 'label' },
    {
      top: 5,
      left: 1,
      rows: [
        ['F1', 'Greater public and media scrutiny'],
        ['F2', 'Expectation of quality services'],
        ['F3', 'Performance reviews'],
        ['F4', 'Trade liberalisation'],
      ],
    },
    { top: 1, left: 26, rows: [['Kenya'], ['France'], ['Hong Kong, China']] },
  ],
  tables: [],
  charts: [],
  columnWidths: { 26: 24 },
  hiddenColumns: [26, 27],
  validations: [
    { range: { top: 2, left: 3, bottom: 2, right: 3 }, list: { sheet: 'Submission', column: 26, top: 1, bottom: 3 } },
    { range: { top: 5, left: 3, bottom: 8, right: 3 }, list: ['Yes', 'No'], prompt: { title: 'Answer', message: 'Choose Yes or No.' } },
  ],
  protection: {
    editable: [
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 5, left: 3, bottom: 8, right: 3 },
    ],
  },
};

/** Everything a sheet holds, in plain values: equal fingerprints, equal sheets. */
export function fingerprint(sheet: SheetModel): string {
  const at = (ref: { row: number; column: number; rows: number; columns: number }) => [ref.row, ref.column, ref.rows, ref.columns].join(',');
  return JSON.stringify({
    name: sheet.name,
    visibility: sheet.visibility,
    values: sheet.values,
    formats: sheet.formats,
    fonts: [...sheet.fonts],
    fills: [...sheet.fills],
    borders: [...sheet.borders],
    widths: [...sheet.columnWidths],
    freeze: sheet.freeze,
    hidden: [...sheet.hiddenColumns],
    validations: sheet.validations.map((v) => ({ ...v, ref: at(v.ref) })),
    protection: [sheet.protected, sheet.protectionPassword, [...sheet.unlocked]],
    names: sheet.names.map((n) => [n.name, at(n.ref), n.visible]),
    tables: sheet.tables.map((t) => [t.name, at(t.ref), t.style]),
    charts: sheet.charts.map((c) => ({ ...c, series: c.series.map((s) => [s.name, s.values && at(s.values), s.categories && at(s.categories)]) })),
    page: [sheet.pageLayout, sheet.horizontalPageBreaks, sheet.verticalPageBreaks],
  });
}

export function workbookFingerprint(model: WorkbookModel): string[] {
  return model.sheets.map(fingerprint);
}
