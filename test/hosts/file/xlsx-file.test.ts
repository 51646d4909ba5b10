import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { cellAt } from '../../../src/core/workbook/snapshot';
import { openXlsxFile, readXlsxFile } from '../../../src/hosts/file/xlsx-file';
import { unusable, xlsxBytes } from './xlsx-fixtures';

describe('reading an .xlsx from disk', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'wco-xlsx-file-'));
    await writeFile(join(folder, 'survey.xlsx'), await xlsxBytes((workbook) => (workbook.addWorksheet('Survey').getCell('A1').value = 'Q1')));
    await writeFile(join(folder, 'notes.xlsx'), 'Country,Score\n');
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads the workbook at the path', async () => {
    const { sheets } = await readXlsxFile(join(folder, 'survey.xlsx'));
    expect(cellAt(sheets[0], 1, 1)).toEqual({ kind: 'text', text: 'Q1' });
  });

  it('a host opened on the file names the file in the errors of its writes too', async () => {
    const bytes = await xlsxBytes((workbook) => (workbook.addWorksheet('Summary').getCell('A1').value = 'my notes'));
    await writeFile(join(folder, 'mine.xlsx'), bytes);
    const host = await openXlsxFile(join(folder, 'mine.xlsx'));
    const plan = { sheets: [{ name: 'Summary', blocks: [], tables: [], charts: [] }] };
    const error = await unusable(host.write(plan));
    expect([error.reason, error.params]).toEqual(['sheet-name-taken', { sheet: 'Summary', file: 'mine.xlsx' }]);
  });

  it('a host opened on the file reads the same workbook, and names the file in its errors', async () => {
    const host = await openXlsxFile(join(folder, 'survey.xlsx'));
    expect(await host.read()).toEqual(await readXlsxFile(join(folder, 'survey.xlsx')));
    const notes = await openXlsxFile(join(folder, 'notes.xlsx'));
    expect((await unusable(notes.read())).params).toEqual({ file: 'notes.xlsx' });
  });

  it.each([
    ['a path that does not exist', 'missing.xlsx'],
    ['a path through a file', join('survey.xlsx', 'inside.xlsx')],
  ])('%s is file-not-found, with the path', async (_, relative) => {
    const path = join(folder, relative);
    const error = await unusable(readXlsxFile(path));
    expect([error.reason, error.params]).toEqual(['file-not-found', { path }]);
  });

  it('a folder is not-a-file, with the path', async () => {
    const error = await unusable(readXlsxFile(folder));
    expect([error.reason, error.params]).toEqual(['not-a-file', { path: folder }]);
  });

  it("a file that is not a workbook says so, with the file's name", async () => {
    const error = await unusable(readXlsxFile(join(folder, 'notes.xlsx')));
    expect([error.reason, error.params]).toEqual(['not-xlsx', { file: 'notes.xlsx' }]);
  });
});
