import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { run, scratch, writeWorkbook } from '../support/cli';

/**
 * What `consolidate` leaves out of a folder of returned files, and says so: the master it wrote there
 * before, Excel's lock files, folders inside it, files that are no workbook. Each is listed, with why,
 * in the Import Log and on the console; none of them is an error (exit 0 when every returned file was read).
 */

const dir = scratch();
afterAll(() => dir.cleanup());

const returned = dir.path('returned');
const master = join(returned, 'master.xlsx');

/** A line of the Import Log: file, status, submissions, reason. */
async function importLog(file: string): Promise<unknown[][]> {
  const log = (await readXlsx(readFileSync(file))).sheets.find((s) => s.name === 'Import Log')!;
  const text = (cell: (typeof log.rows)[number][number]) => (cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? cell.value : null);
  return log.rows.slice(3).map((row) => [0, 1, 2, 3].map((c) => text(row[c])));
}

const SKIPPED = {
  master:
    'A workbook consolidated earlier (it has an Import Log), not a returned submission: not gathered again, so that no submission counts twice. To gather its rows all the same, delete its Import Log sheet.',
  lock: 'Excel’s lock file (~$), left beside a workbook while it is open: not a workbook. If a returned file is open in Excel, save and close it, then gather again.',
  folder: 'A folder inside the folder given: its files are not gathered. To gather them too, give this folder as well.',
  other: 'Not an Excel workbook (.xlsx or .xlsm). If it is a returned submission, open it in Excel and save it as “Excel Workbook (.xlsx)”.',
};

beforeAll(async () => {
  mkdirSync(returned);
  await writeWorkbook(join(returned, 'kenya.xlsx'), {
    Responses: [
      ['Member', 'F1'],
      ['Kenya', 'Yes'],
    ],
  });
  await writeWorkbook(join(returned, 'malaysia.xlsx'), {
    Responses: [
      ['Member', 'F1'],
      ['Malaysia', 'No'],
    ],
  });
  // What Excel leaves beside malaysia.xlsx while it is open: the user's name, padded.
  writeFileSync(join(returned, '~$malaysia.xlsx'), Buffer.concat([Buffer.from([7]), Buffer.from('Analyst'), Buffer.alloc(157, 0x20)]));
  mkdirSync(join(returned, 'late'));
  await writeWorkbook(join(returned, 'late', 'peru.xlsx'), {
    Responses: [
      ['Member', 'F1'],
      ['Peru', 'Yes'],
    ],
  });
  writeFileSync(join(returned, 'letter.pdf'), '%PDF-1.4 cover letter');
  writeFileSync(join(returned, '.DS_Store'), 'Finder');
});

describe('consolidate, given a folder', () => {
  it('lists a lock file, a folder inside it and a file that is no workbook as skipped, with why, and gathers the rest', async () => {
    const result = await run(['consolidate', returned, '--out', master, '--lang', 'en']);
    expect(result).toEqual({
      code: 0,
      err: '',
      out: [
        `Gathered 2 submissions from 2 files into ${master} (sheet Responses; details in Import Log).`,
        '3 skipped:',
        `  late: ${SKIPPED.folder}`,
        `  letter.pdf: ${SKIPPED.other}`,
        `  ~$malaysia.xlsx: ${SKIPPED.lock}`,
      ].join('\n'),
    });
    // Every entry of the folder in name order, but the hidden ones (.DS_Store, a temporary file).
    expect(await importLog(master)).toEqual([
      ['kenya.xlsx', 'read', 1, null],
      ['late', 'skipped', 0, SKIPPED.folder],
      ['letter.pdf', 'skipped', 0, SKIPPED.other],
      ['malaysia.xlsx', 'read', 1, null],
      ['~$malaysia.xlsx', 'skipped', 0, SKIPPED.lock],
    ]);
  });

  it('run again into the same folder, does not gather the master it wrote there: it replaces it, each submission once', async () => {
    const result = await run(['consolidate', returned, '--out', master, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').slice(0, 3)).toEqual([
      `Gathered 2 submissions from 2 files into ${master} (sheet Responses; details in Import Log).`,
      '4 skipped:',
      `  late: ${SKIPPED.folder}`,
    ]);
    expect(result.out).toContain(`\n  master.xlsx: ${SKIPPED.master}`);
    expect(await importLog(master)).toContainEqual(['master.xlsx', 'skipped', 0, SKIPPED.master]);
    const responses = (await readXlsx(readFileSync(master))).sheets.find((s) => s.name === 'Responses')!;
    expect(responses.rows.slice(1).map((row) => row[3])).toEqual([
      { kind: 'text', text: 'kenya.xlsx › Responses!A2' },
      { kind: 'text', text: 'malaysia.xlsx › Responses!A2' },
    ]);
  });

  it('does not gather the master once analysed either (its Import Log stays with it)', async () => {
    expect((await run(['analyze', master, '--out', join(returned, 'master-analysis.xlsx'), '--lang', 'en'])).code).toBe(0);
    const elsewhere = dir.path('elsewhere.xlsx');
    const result = await run(['consolidate', returned, '--out', elsewhere, '--lang', 'en']);
    expect(result.out.split('\n')[0]).toBe(`Gathered 2 submissions from 2 files into ${elsewhere} (sheet Responses; details in Import Log).`);
    expect(await importLog(elsewhere)).toContainEqual(['master-analysis.xlsx', 'skipped', 0, SKIPPED.master]);
  });

  it('says so in French', async () => {
    const result = await run(['consolidate', join(returned, 'late'), join(returned, '~$malaysia.xlsx'), '--out', dir.path('fr.xlsx'), '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').slice(1)).toEqual([
      '1 ignoré\u00a0:',
      '  ~$malaysia.xlsx\u00a0: Fichier de verrouillage d’Excel (~$), laissé à côté d’un classeur ouvert\u00a0: ce n’est pas un classeur. Si un fichier renvoyé est ouvert dans Excel, enregistrez-le et fermez-le, puis rassemblez de nouveau.',
    ]);
  });
});

describe('consolidate, given files by name (as a shell’s *.xlsx gives them)', () => {
  it('skips a lock file and an earlier master named among them, as in a folder', async () => {
    const names = ['kenya.xlsx', 'master.xlsx', 'malaysia.xlsx', '~$malaysia.xlsx'].map((name) => join(returned, name));
    const out = dir.path('named.xlsx');
    const result = await run(['consolidate', ...names, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(await importLog(out)).toEqual([
      ['kenya.xlsx', 'read', 1, null],
      ['master.xlsx', 'skipped', 0, SKIPPED.master],
      ['malaysia.xlsx', 'read', 1, null],
      ['~$malaysia.xlsx', 'skipped', 0, SKIPPED.lock],
    ]);
  });

  it('still refuses to write over a returned file it read', async () => {
    const result = await run(['consolidate', join(returned, 'kenya.xlsx'), '--out', join(returned, 'kenya.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is the input file/);
  });
});
