import { readdirSync, readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { run, scratch, writeWorkbook } from '../support/cli';
import { INTEGRITY_FORM } from '../support/xlsform';

const dir = scratch();
afterAll(() => dir.cleanup());

/** Opens a template as a coordinator would, fills column C by question ID, and saves it under `name` in `folder`. */
async function fill(template: string, name: string, answers: Record<string, unknown>, folder = 'returned'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0];
  sheet.eachRow((row) => {
    const id = String(row.getCell(1).value ?? '');
    if (id in answers) row.getCell(3).value = answers[id] as ExcelJS.CellValue;
  });
  const path = dir.path(`${folder}/${name}`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('wco-survey template', () => {
  it('writes a Member’s submission sheet, which check reads as one submission with its blanks named', async () => {
    const out = dir.path('malaysia.xlsx');
    expect(await run(['template', '--member', 'Malaisie', '--lang', 'fr', '--out', out])).toMatchObject({ code: 0 });
    const snapshot = await readXlsx(readFileSync(out));
    expect(snapshot.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([['Malaisie', false]]);
    const check = await run(['check', out, '--json']);
    const codes = new Set(JSON.parse(check.out).map((i: { code: string }) => i.code));
    expect(codes).toEqual(new Set(['empty-submission']));
  });

  it('writes one file per Member with --all', async () => {
    const folder = dir.path('all');
    const result = await run(['template', '--all', '--lang', 'en', '--out', folder]);
    expect(result).toMatchObject({ code: 0, out: `Wrote 150 templates into ${folder}.` });
    expect(readdirSync(folder)).toHaveLength(150);
    expect(readdirSync(folder)).toContain('submission-MYS-en.xlsx');
  }, 60_000);

  it('gives templates that, returned blank and gathered, count no respondent, and analyze says so', async () => {
    const master = dir.path('blank-master.xlsx');
    expect((await run(['consolidate', dir.path('all'), '--out', master])).code).toBe(0);
    const { code, out } = await run(['analyze', master, '--out', dir.path('blank-analysis.xlsx'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual(
      expect.arrayContaining([
        '0 respondents counted; 0 of 150 Members responded (0.0%).',
        '150 submissions returned without any answer, not counted (named in the Validation sheet).',
      ]),
    );
  }, 60_000);

  it('refuses a Member it does not know, suggesting one', async () => {
    const result = await run(['template', '--member', 'Malasia', '--out', dir.path('x.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Did you mean Malaysia\?/);
  });
});

describe('from templates to the analysis: the round trip', () => {
  let master: string;
  let files: string[];

  beforeAll(async () => {
    const { mkdirSync } = await import('fs');
    mkdirSync(dir.path('returned'));
    for (const [member, lang] of [
      ['MYS', 'en'],
      ['TUN', 'fr'],
      ['PER', 'en'],
      ['SEN', 'fr'],
    ]) {
      await run(['template', '--member', member, '--lang', lang, '--out', dir.path(`${member}.xlsx`)]);
    }
    files = [
      await fill(dir.path('MYS.xlsx'), 'malaysia.xlsx', { Received: new Date(Date.UTC(1998, 2, 2)), F1: 'Yes', F2: 'No', T1: 'Taken' }),
      await fill(dir.path('TUN.xlsx'), 'tunisie.xlsx', { Received: '05/03/1998', F1: 'Oui', F2: 'Oui', T1: 'Prévu' }),
      await fill(dir.path('PER.xlsx'), 'peru.xlsx', { F1: 'Maybe', F2: 'Yes' }),
      await fill(dir.path('SEN.xlsx'), 'senegal-again.xlsx', { Member: 'Tunisie', F1: 'Non' }),
    ];
    writeFileSync(dir.path('returned/scan.xlsx'), 'not a workbook');
    await writeWorkbook(dir.path('returned/notes.xlsx'), { Notes: [['Thank you for your patience']] });
    master = dir.path('master.xlsx');
  });

  it('gathers every submission once, with its source, and lists the files it could not use', async () => {
    const result = await run(['consolidate', dir.path('returned'), '--out', master, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      `Gathered 4 submissions from 4 files into ${master} (sheet Responses; details in Import Log).`,
      '2 files not used:',
      '  notes.xlsx: No Responses sheet or table, and no sheet with “WCO integrity survey submission” in A1.',
      '  scan.xlsx: scan.xlsx is not an Excel workbook (.xlsx). Save it as “Excel Workbook (.xlsx)” and try again.',
    ]);
    const snapshot = await readXlsx(readFileSync(master));
    const responses = snapshot.sheets.find((s) => s.name === 'Responses')!;
    const sources = responses.rows.slice(1).map((r) => (r[3]?.kind === 'text' ? r[3].text : ''));
    // In order received (Malaysia 2 March, Tunisie 5 March), the undated after them by file name:
    // Tunisie's own dated submission comes before the second one sent as senegal-again.xlsx.
    expect(sources).toEqual(['malaysia.xlsx › Malaysia!A1', 'tunisie.xlsx › Tunisie!A1', 'peru.xlsx › Peru!A1', 'senegal-again.xlsx › Sénégal!A1']);
    expect(files).toHaveLength(4);
  });

  it('reports in French with French spacing, and writes the Import Log’s statuses in French', async () => {
    const french = dir.path('master-fr.xlsx');
    const result = await run(['consolidate', dir.path('returned'), '--out', french, '--lang', 'fr']);
    expect(result.out.split('\n').slice(0, 2)).toEqual([
      `4 soumissions de 4 fichiers rassemblées dans ${french} (feuille Responses\u00a0; détail dans Import Log).`,
      '2 fichiers non utilisés\u00a0:',
    ]);
    expect(result.out).toContain('  notes.xlsx\u00a0: Aucune feuille ou tableau Responses');
    const log = (await readXlsx(readFileSync(french))).sheets.find((s) => s.name === 'Import Log')!;
    const statuses = log.rows.slice(3).map((r) => (r[1]?.kind === 'text' ? r[1].text : ''));
    // The files in name order: malaysia, notes, peru, scan, senegal-again, tunisie.
    expect(statuses).toEqual(['lu', 'aucune soumission', 'lu', 'illisible', 'lu', 'lu']);
  });

  it('then check flags the coordinators’ mistakes in the consolidated sheet', async () => {
    const result = await run(['check', master, '--json', '--lang', 'en']);
    const errors = JSON.parse(result.out).filter((i: { severity: string }) => i.severity === 'error');
    expect(errors.map((i: { code: string; member: string }) => [i.code, i.member])).toEqual([
      ['invalid-answer', 'Peru'],
      ['duplicate-member', 'Tunisia'],
    ]);
  });

  it('and analyze counts the rest', async () => {
    const result = await run(['analyze', master, '--out', dir.path('master-analysis.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('2 respondents counted');
    expect(result.out).toContain('2 left out for errors');
  });
});

describe('the same round trip for an XLSForm questionnaire (--questionnaire)', () => {
  const form = dir.path('form.xlsx');

  beforeAll(async () => {
    const { mkdirSync } = await import('fs');
    mkdirSync(dir.path('returned-form'));
    await writeWorkbook(form, { survey: INTEGRITY_FORM.survey, choices: INTEGRITY_FORM.choices!, settings: INTEGRITY_FORM.settings! });
  });

  it('writes the form’s template, gathers the returned ones and analyses them against the form', async () => {
    for (const member of ['KEN', 'MYS']) {
      const out = dir.path(`form-${member}.xlsx`);
      expect(await run(['template', '--member', member, '--lang', 'en', '--questionnaire', form, '--out', out])).toMatchObject({ code: 0 });
    }
    const returned = [
      await fill(dir.path('form-KEN.xlsx'), 'kenya.xlsx', { has_code: 'Yes', measures: 'code training', staff: 40 }, 'returned-form'),
      await fill(dir.path('form-MYS.xlsx'), 'malaysia.xlsx', { has_code: 'No', staff: 12 }, 'returned-form'),
    ];
    const master = dir.path('form-master.xlsx');
    const gathered = await run(['consolidate', ...returned, '--out', master, '--lang', 'en', '--questionnaire', form]);
    expect(gathered).toMatchObject({ code: 0 });
    const checked = await run(['check', master, '--lang', 'en', '--questionnaire', form]);
    expect(checked.out.split('\n').pop()).toBe('Checked 2 submissions: no problems found.');
    const analysed = await run(['analyze', master, '--out', dir.path('form-analysis.xlsx'), '--lang', 'en', '--questionnaire', form]);
    expect(analysed).toMatchObject({ code: 0 });
    expect(analysed.out).toContain('2 respondents counted');
  });

  it('refuses a form in error rather than write a template from part of it', async () => {
    const broken = dir.path('broken-form.xlsx');
    await writeWorkbook(broken, { survey: [...INTEGRITY_FORM.survey, ['interger', 'n', 'N']], choices: INTEGRITY_FORM.choices! });
    const result = await run(['template', '--member', 'KEN', '--questionnaire', broken, '--out', dir.path('never.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^wco-survey: The questionnaire \(XLSForm\) has 1 error, at survey!A10/);
  });
});
