import type { SheetPlan, TableAppendPlan, WorkbookPlan } from '../../../../src/core';
import { newXlsx } from '../../../../src/hosts/file/write/new-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { partText } from './write-fixtures';

/** A consolidated Responses sheet: three rows, a date column, a long reason that wraps, a dropdown over the answers. */
const responses: SheetPlan = {
  name: 'Responses',
  role: 'input',
  blocks: [],
  tables: [
    {
      name: 'Responses',
      top: 1,
      left: 1,
      columns: ['Member', 'Received', 'F1'],
      rows: [
        ['Malta', 35856, 'Yes'],
        ['Japan', 35857, 'No'],
        ['Kenya', 35858, 'Yes'],
      ],
      formats: [undefined, 'date'],
    },
  ],
  charts: [],
  columnWidths: { 1: 12, 3: 10 },
  validations: [{ range: { top: 2, left: 3, bottom: 4, right: 3 }, list: ['Yes', 'No'] }],
};
const rows: TableAppendPlan['rows'] = [
  ['Peru', 35860, 'No'],
  ['Chile', 35861, 'A long answer that wraps in its column'],
];
const append = (overrides: Partial<TableAppendPlan> = {}): WorkbookPlan => ({
  sheets: [],
  appends: [{ sheet: 'Responses', table: 'Responses', columns: ['Member', 'Received', 'F1'], rows, ...overrides }],
});

let master: Uint8Array;
beforeAll(async () => {
  master = await newXlsx({ sheets: [responses] });
});

describe('writeXlsx: rows appended under a table', () => {
  it('adds the rows under the last, the rows above byte for byte, and the table and its filter over them', async () => {
    const written = await writeXlsx(master, append());
    const before = await partText(master, 'xl/worksheets/sheet1.xml');
    const after = await partText(written, 'xl/worksheets/sheet1.xml');
    const rowsOf = (xml: string) => [...xml.matchAll(/<row [^>]*>.*?<\/row>/g)].map(([row]) => row);
    expect(rowsOf(after).slice(0, 4)).toEqual(rowsOf(before));
    const table = await partText(written, 'xl/tables/table1.xml');
    expect(table).toMatch(/<table [^>]*ref="A1:C6"/);
    expect(table).toMatch(/<autoFilter ref="A1:C6"/);
    expect(after).toMatch(/<dimension ref="A1:C6"\/>/);
    const read = await readXlsx(written);
    expect(read.sheets[0].rows.slice(4).map((row) => row.map((c) => (c?.kind === 'text' ? c.text : c?.kind === 'date' ? c.serial : c)))).toEqual([
      ['Peru', 35860, 'No'],
      ['Chile', 35861, 'A long answer that wraps in its column'],
    ]);
  });

  it('gives each new cell the style of the cell above: a date stays a date; a dropdown that ran to the last row runs to the new one', async () => {
    const after = await partText(await writeXlsx(master, append()), 'xl/worksheets/sheet1.xml');
    const style = (cell: string) => new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(after)?.[1];
    expect(style('B5')).toBe(style('B4'));
    expect(style('B6')).toBe(style('B4'));
    expect(after).toMatch(/<dataValidation [^>]*sqref="C2:C6"/);
  });

  it('refuses, writing nothing, a table whose columns are no longer those read', async () => {
    await expect(writeXlsx(master, append({ columns: ['Member', 'Received', 'F2'] }))).rejects.toMatchObject({
      reason: 'table-changed',
      params: { table: 'Responses', sheet: 'Responses' },
    });
  });

  it('refuses rows that would cover cells of the sheet under the table', async () => {
    const withNote = await newXlsx({ sheets: [{ ...responses, blocks: [{ top: 6, left: 1, rows: [['A note of mine']] }] }] });
    await expect(writeXlsx(withNote, append())).rejects.toMatchObject({ reason: 'cells-below-table', params: { row: 6 } });
  });
});
