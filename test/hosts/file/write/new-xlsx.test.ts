import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../../../src/core/report/plan';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { newXlsx } from '../../../../src/hosts/file/write/new-xlsx';

const plan: WorkbookPlan = {
  sheets: [
    {
      name: 'Responses',
      role: 'input',
      blocks: [],
      tables: [{ name: 'Responses', top: 1, left: 1, columns: ['Member', 'F1'], rows: [['Malta', 'Yes']] }],
      charts: [],
    },
    { name: 'Import Log', blocks: [{ top: 1, left: 1, rows: [['Gathered']], style: 'title' }], tables: [], charts: [] },
  ],
};

describe('a new workbook', () => {
  it('holds the plan’s sheets only, input sheets unmarked and output sheets owned', async () => {
    const bytes = await newXlsx(plan);
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([
      ['Responses', false],
      ['Import Log', true],
    ]);
    expect(snapshot.sheets[0].tables.map((t) => t.name)).toEqual(['Responses']);
  });

  it('opens in ExcelJS', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await newXlsx(plan)) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Responses')!.getCell('A2').value).toBe('Malta');
  });

  it('needs at least one sheet', async () => {
    await expect(newXlsx({ sheets: [] })).rejects.toThrow('a workbook needs at least one sheet');
  });
});
