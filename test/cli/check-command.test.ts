import { readFileSync, writeFileSync } from 'fs';
import { run, scratch, writeWorkbook } from '../support/cli';

const dir = scratch();
afterAll(() => dir.cleanup());

const S1 = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
const valid = dir.path('valid.xlsx');
const faulty = dir.path('faulty.xlsx');

beforeAll(async () => {
  await writeWorkbook(valid, {
    Responses: [
      ['Member', 'Received', ...S1],
      ['Malaysia', new Date(Date.UTC(1998, 2, 15)), 'Yes', 'No', 'Yes', 'Yes', 'No', 'Yes'],
      ['Maroc', '16/03/1998', 'Oui', 'Non', 'Oui', 'Oui', 'Non', 'Oui'],
    ],
  });
  await writeWorkbook(faulty, {
    Responses: [
      ['Member', 'Received', ...S1],
      ['Malasia', null, 'Yes', 'No', 'Yes', 'Yes', 'No', 'Yes'],
      ['Japan', '2030-01-01', 'Maybe', 'No', 'Yes', 'Yes', 'No', 'Yes'],
      ['Japon', null, 'Yes', 'No', 'Yes', 'Yes', 'No', 'Yes'],
    ],
  });
});

describe('wco-survey check', () => {
  it('exits 0 on a workbook without errors, warnings allowed, with a one-line total', async () => {
    const result = await run(['check', valid]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^Workbook layout — 8 warnings$/m);
    expect(result.out.split('\n').pop()).toBe('Checked 2 submissions: 8 warnings.');
  });

  it('exits 1 on errors and groups them by Member, each with its cell and question', async () => {
    const result = await run(['check', faulty, '--lang', 'en']);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines).toContain('Malasia — 1 error');
    expect(lines).toContain('  error  Responses!A2: “Malasia” is not a WCO Member name. Did you mean Malaysia? [unknown-member]');
    expect(lines).toContain('Japan — 3 errors');
    expect(result.out).toMatch(/^ {2}error {2}Responses!C3 F1: “Maybe” is not an answer/m);
    expect(result.out).toMatch(/^ {2}error {2}Responses!B3: The date received, 2030-01-01, is in the future/m);
    expect(result.out).toMatch(/^ {2}error {2}Responses!A4: This Member also has a submission at Responses!A3/m);
    expect(lines.pop()).toBe('Checked 3 submissions: 4 errors, 8 warnings.');
  });

  it('speaks French with --lang fr', async () => {
    const result = await run(['check', faulty, '--lang', 'fr']);
    expect(result.out).toContain('Malasia — 1 erreur');
    expect(result.out).toContain('Vouliez-vous dire Malaisie ?');
    expect(result.out.split('\n').pop()).toBe('3 soumissions vérifiées\u00a0: 4 erreurs, 8 avertissements.');
  });

  it('speaks the language of the terminal when no --lang is given', async () => {
    const result = await run(['check', faulty], { LANG: 'fr_FR.UTF-8' });
    expect(result.out.split('\n').pop()).toBe('3 soumissions vérifiées\u00a0: 4 erreurs, 8 avertissements.');
  });

  it('prints the issues as JSON with --json', async () => {
    const result = await run(['check', faulty, '--json']);
    const issues = JSON.parse(result.out);
    expect(result.code).toBe(1);
    expect(issues[issues.length - 1]).toEqual({
      severity: 'error',
      sheet: 'Responses',
      cell: 'A4',
      member: 'Japan',
      question: '',
      code: 'duplicate-member',
      message: 'This Member also has a submission at Responses!A3. Keep one submission per Member: delete or merge the other.',
    });
    expect(Object.keys(issues[0])).toEqual(['severity', 'sheet', 'cell', 'member', 'question', 'code', 'message']);
  });

  it('leaves the checked file byte for byte as it was', async () => {
    const before = readFileSync(faulty);
    await run(['check', faulty]);
    expect(readFileSync(faulty).equals(before)).toBe(true);
  });
});

describe('wco-survey check on a file it cannot use', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a missing file', async () => dir.path('nowhere.xlsx'), /^wco-survey: Cannot find the file .*nowhere\.xlsx\.$/],
    ['a folder', async () => dir.path(''), /is a folder, not a workbook file\.$/],
    [
      'a text file',
      async () => {
        writeFileSync(dir.path('notes.xlsx'), 'Member,F1\nMalta,Yes\n');
        return dir.path('notes.xlsx');
      },
      /notes\.xlsx is not an Excel workbook \(\.xlsx\)/,
    ],
    [
      'an old .xls workbook',
      async () => {
        writeFileSync(dir.path('old.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]));
        return dir.path('old.xls');
      },
      /old\.xls is an Excel 97–2003 workbook/,
    ],
    [
      'a password-protected workbook',
      async () => {
        const name = Buffer.from('EncryptionInfo', 'utf16le');
        writeFileSync(dir.path('locked.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512), name, Buffer.alloc(512)]));
        return dir.path('locked.xlsx');
      },
      /locked\.xlsx is protected by a password/,
    ],
    [
      'a damaged workbook',
      async () => {
        writeFileSync(dir.path('cut.xlsx'), readFileSync(valid).subarray(0, 600));
        return dir.path('cut.xlsx');
      },
      /cut\.xlsx cannot be read: it is damaged or incomplete/,
    ],
    [
      'an empty workbook',
      async () => {
        await writeWorkbook(dir.path('empty.xlsx'), { Sheet1: [] });
        return dir.path('empty.xlsx');
      },
      /empty\.xlsx is empty: no sheet holds any data\.$/,
    ],
    [
      'a workbook without responses',
      async () => {
        await writeWorkbook(dir.path('other.xlsx'), {
          Budget: [
            ['Item', 'Cost'],
            ['Fuel', 12],
          ],
        });
        return dir.path('other.xlsx');
      },
      /^wco-survey: No responses found\. The workbook needs a sheet or table named “Responses”/,
    ],
    [
      'a Responses sheet with its header only',
      async () => {
        await writeWorkbook(dir.path('header.xlsx'), { Responses: [['Member', 'F1']] });
        return dir.path('header.xlsx');
      },
      /The sheet “Responses” has no submissions/,
    ],
  ];

  it.each(cases)('says so in one line and exits 2: %s', async (_, make, message) => {
    const result = await run(['check', await make(), '--lang', 'en']);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(message);
  });

  it('says in French too', async () => {
    const result = await run(['check', dir.path('nowhere.xlsx'), '--lang', 'fr']);
    expect(result.err).toMatch(/^wco-survey: Fichier introuvable : /);
  });
});

describe('wco-survey usage', () => {
  it.each([
    [['check'], /usage: wco-survey check <file\.xlsx>/],
    [['check', 'a.xlsx', 'b.xlsx'], /usage: wco-survey check/],
    [['check', 'a.xlsx', '--lang', 'de'], /--lang takes en or fr/],
    [['check', 'a.xlsx', '--verbose'], /unknown option --verbose/],
    [['check', 'a.xlsx', '--lang'], /--lang needs a value/],
    [['inspect', 'a.xlsx'], /unknown command “inspect”/],
    [[], /no command given/],
  ])('refuses %j with exit 2 and the usage', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('usage:');
  });

  it('prints the usage on --help', async () => {
    const result = await run(['--help']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('wco-survey check <file.xlsx> [--json] [--lang en|fr]');
  });
});
