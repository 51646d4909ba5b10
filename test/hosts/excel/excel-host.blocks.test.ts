import type { WorkbookPlan } from '../../../src/core/report/plan';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { BYTES_PER_REQUEST, cellWrites, writeRequests } from '../../../src/hosts/excel/write/cell-writes';
import { strictExcel } from './strict-excel';
import { workbookFingerprint } from './plans';
import { modelOf } from './workbooks';

const ROWS = 30_000;
const message = (r: number) => `Row ${r}: the answer is not on the scale; choose Yes or No (see the questionnaire).`;

/** A Validation-like table far heavier than one request may carry. */
const HEAVY: WorkbookPlan = {
  sheets: [
    {
      name: 'Validation',
      blocks: [],
      tables: [
        {
          name: 'ValidationIssues',
          top: 1,
          left: 1,
          columns: ['Severity', 'Sheet', 'Cell', 'Member', 'Question', 'Code', 'Message'],
          rows: Array.from({ length: ROWS }, (_, r) => ['error', 'Responses', `C${r + 2}`, 'France', 'F1', 'invalid-answer', message(r)]),
        },
      ],
      charts: [],
    },
  ],
};

const workbook = () =>
  strictExcel(
    modelOf({
      sheets: [
        { name: 'Responses', rows: [['Member'], ['France']] },
        { name: 'Validation', rows: [['Old issues']], owned: true },
      ],
    }),
  );

describe('a plan heavier than one request', () => {
  const requests = writeRequests(HEAVY.sheets.flatMap(cellWrites));

  it('is cut into whole rows, each request within BYTES_PER_REQUEST', () => {
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) expect(request.reduce((sum, write) => sum + write.bytes, 0)).toBeLessThanOrEqual(BYTES_PER_REQUEST);
    expect(requests.flat().reduce((rows, write) => rows + write.values.length, 0)).toBe(ROWS + 1);
  });

  it('is written with one more sync per request, none over 4 MB, every row in its place', async () => {
    const excel = workbook();
    await new ExcelHost(excel.office).write(HEAVY);
    expect(excel.meter.syncs).toBe(4 + requests.length - 1);
    expect(excel.meter.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
    const sheet = excel.model.sheet('Validation')!;
    expect(sheet.valueAt(ROWS, 6)).toBe(message(ROWS - 1));
    expect(sheet.tables.map((t) => [t.name, t.ref.rows])).toEqual([['ValidationIssues', ROWS + 1]]);
  });

  it('that fails between its requests leaves the previous sheet and nothing half-written', async () => {
    const excel = workbook();
    const before = workbookFingerprint(excel.model);
    excel.meter.failNext('Range.values=', { pass: requests[0].length });
    await expect(new ExcelHost(excel.office).write(HEAVY)).rejects.toMatchObject({ problem: 'excel-failed' });
    expect(workbookFingerprint(excel.model)).toEqual(before);
  });
});

describe('a table’s number formats and alignments', () => {
  const CRM: WorkbookPlan = {
    sheets: [
      {
        name: 'CRM Summary',
        blocks: [],
        charts: [],
        tables: [
          {
            name: 'CRMResults',
            top: 2,
            left: 1,
            columns: ['Indicator', 'Baseline', 'Change'],
            rows: [
              ['E-DECLARATIONS', 0.35, 47],
              ['DETECTIONS', 1250, 1120],
              ['CLEARANCE-TIME', 72.5, -42.5],
            ],
            formats: [undefined, 'decimal', 'decimal'],
            cellFormats: [
              [undefined, 'percent', 'points'],
              [undefined, 'whole', 'whole'],
            ],
            alignments: [undefined, 'right', 'right'],
          },
        ],
      },
    ],
  };

  it('right-aligns a column’s header and values where the plan says, nothing else', async () => {
    const excel = workbook();
    await new ExcelHost(excel.office).write(CRM);
    const { alignments } = excel.model.sheet('CRM Summary')!;
    expect([...alignments].sort()).toEqual(
      [1, 2, 3, 4]
        .flatMap((row) => [`${row},1`, `${row},2`])
        .map((cell) => [cell, 'Right'])
        .sort(),
    );
  });

  it('give each cell its own format over its column’s, and the header Text', () => {
    const [write] = cellWrites(CRM.sheets[0]);
    expect(write.formats).toEqual([
      ['@', '@', '@'],
      ['@', '0%', '+0.0;-0.0;0.0'],
      ['@', '#,##0', '#,##0'],
      ['@', '#,##0.00', '#,##0.00'],
    ]);
  });
});
