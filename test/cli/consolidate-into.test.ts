import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { run, scratch, writeWorkbook } from '../support/cli';

const dir = scratch();
afterAll(() => dir.cleanup());

const march = (d: number) => new Date(Date.UTC(1998, 2, d));

/** A returned template: the Member, the day received, F1 and F2. */
async function returned(name: string, member: string, day: number, f1: string, f2 = 'Yes'): Promise<string> {
  const path = dir.path(name);
  await writeWorkbook(path, {
    [member]: [['WCO integrity survey submission'], ['Member', null, member], ['Received', null, march(day)], ['F1', null, f1], ['F2', null, f2]],
  });
  return path;
}

/** The Responses table's rows (Member, Received, Contact, Source, F1, F2) and the Import Log's (File, Status, Submissions). */
async function contents(file: string) {
  const workbook = await readXlsx(readFileSync(file));
  const text = (c: unknown) =>
    c === undefined
      ? null
      : ((c as { text?: string; value?: unknown; serial?: number }).text ?? (c as { value?: unknown }).value ?? (c as { serial?: number }).serial);
  const responses = workbook.sheets.find((s) => s.name === 'Responses')!;
  const log = workbook.sheets.find((s) => s.name === 'Import Log')!;
  return {
    rows: responses.rows.slice(1).map((row) => [0, 3, 4, 5].map((i) => text(row[i]))),
    table: responses.tables.find((t) => t.name === 'Responses')!.range,
    log: log.rows.slice(3).map((row) => row.slice(0, 3).map(text)),
  };
}

describe('wco-survey consolidate --into', () => {
  let files: Record<string, string>;
  let master: string;

  beforeAll(async () => {
    files = {
      malta: await returned('malta.xlsx', 'Malta', 1, 'Yes'),
      japan: await returned('japan.xlsx', 'Japan', 2, 'No'),
      kenya: await returned('kenya.xlsx', 'Kenya', 3, 'Yes', 'No'),
      peru: await returned('peru.xlsx', 'Peru', 4, 'No'),
      chile: await returned('chile.xlsx', 'Chile', 5, 'Yes'),
      france: await returned('france.xlsx', 'France', 6, 'No', 'No'),
    };
    master = dir.path('master.xlsx');
    expect((await run(['consolidate', files.malta, files.japan, files.kenya, '--out', master, '--lang', 'en'])).code).toBe(0);
  });

  it('appends new files to a copy of the master, skips one imported before, and leaves the master as it was', async () => {
    const before = readFileSync(master);
    const second = dir.path('master-2.xlsx');
    const result = await run(['consolidate', files.peru, files.japan, files.chile, '--into', master, '--out', second, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'Added 2 submissions from 2 files to the rows of master.xlsx, in ' + second + ' (table Responses; details in Import Log).',
      '1 skipped:',
      '  japan.xlsx: Imported before: a file of this name with the same content is in this Import Log already. If it was corrected since, its content differs and it is imported.',
    ]);
    expect(readFileSync(master).equals(before)).toBe(true);
    const { rows, table, log } = await contents(second);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Malta', 'Yes', 'Yes'],
      ['Japan', 'No', 'Yes'],
      ['Kenya', 'Yes', 'No'],
      ['Peru', 'No', 'Yes'],
      ['Chile', 'Yes', 'Yes'],
    ]);
    expect([table.top, table.bottom]).toEqual([1, 6]);
    expect(log.map((r) => [r[0], r[1]])).toEqual([
      ['malta.xlsx', 'read'],
      ['japan.xlsx', 'read'],
      ['kenya.xlsx', 'read'],
      ['peru.xlsx', 'read'],
      ['japan.xlsx', 'skipped'],
      ['chile.xlsx', 'read'],
    ]);
  });

  it('keeps a cell corrected by hand through a later import, and checks and analyses as one consolidation of all the files', async () => {
    const second = dir.path('master-2b.xlsx');
    expect((await run(['consolidate', files.peru, files.chile, '--into', master, '--out', second])).code).toBe(0);
    // The analyst corrects Japan's F1 in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(second);
    workbook.getWorksheet('Responses')!.getCell('E3').value = 'Yes';
    const corrected = dir.path('master-corrected.xlsx');
    await workbook.xlsx.writeFile(corrected);
    const third = dir.path('master-3.xlsx');
    expect((await run(['consolidate', files.france, files.kenya, '--into', corrected, '--out', third, '--lang', 'en'])).code).toBe(0);
    const { rows, log } = await contents(third);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['Malta', 'Yes'],
      ['Japan', 'Yes'],
      ['Kenya', 'Yes'],
      ['Peru', 'No'],
      ['Chile', 'Yes'],
      ['France', 'No'],
    ]);
    expect(log.map((r) => r[0])).toEqual(['malta.xlsx', 'japan.xlsx', 'kenya.xlsx', 'peru.xlsx', 'chile.xlsx', 'france.xlsx', 'kenya.xlsx']);

    // Without the correction, the same as one consolidation of every file.
    const uncorrected = dir.path('master-3-uncorrected.xlsx');
    expect((await run(['consolidate', files.france, '--into', second, '--out', uncorrected])).code).toBe(0);
    const once = dir.path('once.xlsx');
    expect((await run(['consolidate', ...Object.values(files), '--out', once])).code).toBe(0);
    const checked = async (file: string) =>
      JSON.parse((await run(['check', file, '--json', '--lang', 'en'])).out).map((i: { code: string; cell: string }) => [i.code, i.cell]);
    expect(await checked(uncorrected)).toEqual(await checked(once));
    const analysed = async (file: string, out: string) => (await run(['analyze', file, '--out', dir.path(out), '--lang', 'en'])).out.split('\n').slice(1);
    expect(await analysed(uncorrected, 'a1.xlsx')).toEqual(await analysed(once, 'a2.xlsx'));
  });

  it('refuses a workbook it did not consolidate, and an output over its master or a file gathered', async () => {
    const own = dir.path('own.xlsx');
    await writeWorkbook(own, { Notes: [['hello']] });
    const none = await run(['consolidate', files.peru, '--into', own, '--out', dir.path('x.xlsx'), '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      'wco-survey: own.xlsx has no Responses table made by consolidate or an import: there is nothing to add to. Consolidate without --into to make one.',
    );
    const over = await run(['consolidate', files.peru, '--into', master, '--out', master, '--lang', 'en']);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/^wco-survey: The output file .*master\.xlsx is the input file\. Choose another name/);
    const overGathered = await run(['consolidate', files.peru, '--into', master, '--out', files.peru, '--lang', 'en']);
    expect([overGathered.code, overGathered.err]).toEqual([2, expect.stringMatching(/The output file .*peru\.xlsx is the input file/)]);
  });
});
