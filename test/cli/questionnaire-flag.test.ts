import ExcelJS from 'exceljs';
import { run, scratch, writeWorkbook } from '../support/cli';
import { INTEGRITY_FORM } from '../support/xlsform';

const dir = scratch();
afterAll(() => dir.cleanup());

const form = dir.path('form.xlsx');
const broken = dir.path('broken-form.xlsx');
const responses = dir.path('responses.xlsx');
const combined = dir.path('combined.xlsx');
const RESPONSES = [
  ['country', 'has_code', 'measures', 'staff', 'adopted'],
  ['MYS', 'yes', 'code training', 120, '2020-01-01'],
  ['KEN', 'yes', 'training', 40, null],
  ['JPN', 'yes', null, 300, null],
  ['MLT', 'no', null, 12, null],
];
const FORM = { survey: INTEGRITY_FORM.survey, choices: INTEGRITY_FORM.choices!, settings: INTEGRITY_FORM.settings! };

beforeAll(async () => {
  await writeWorkbook(form, FORM);
  await writeWorkbook(broken, { ...FORM, survey: [...FORM.survey, ['interger', 'n', 'N']] });
  await writeWorkbook(responses, { Responses: RESPONSES });
  await writeWorkbook(combined, { ...FORM, Responses: RESPONSES });
});

async function summaryRows(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Summary')!;
  return sheet
    .getSheetValues()
    .slice(2, 7)
    .map((row) => (Array.isArray(row) ? row.slice(1, 8) : []));
}

describe('checking against an XLSForm questionnaire', () => {
  it.each([
    ['held in the workbook', [combined]],
    ['given by --questionnaire', [responses, '--questionnaire', form]],
  ])('reads the responses against the form %s', async (_, files) => {
    const result = await run(['check', ...files, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n').pop()).toBe('Checked 4 submissions: no problems found.');
  });

  it('names the form’s problems first, at their cells, and exits 1', async () => {
    const result = await run(['check', responses, '--questionnaire', broken, '--lang', 'en']);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Workbook layout — 1 error');
    expect(lines[1]).toBe(
      '  error  survey!A10 n: “interger” is not an XLSForm question type. Did you mean “integer”? The row is left out. [form-unknown-type]',
    );
  });

  it('prints the form’s problems as JSON too', async () => {
    const result = await run(['check', responses, '--questionnaire', broken, '--json']);
    expect(JSON.parse(result.out)[0]).toMatchObject({ severity: 'error', sheet: 'survey', cell: 'A10', question: 'n', code: 'form-unknown-type' });
  });

  it('exits 2 when the questionnaire file cannot be found', async () => {
    const result = await run(['check', responses, '--questionnaire', dir.path('nowhere.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Cannot find the file .*nowhere\.xlsx/);
  });
});

describe('analysing against an XLSForm questionnaire', () => {
  it('writes a SurveySummary row for every choice of every select, against the form in the workbook', async () => {
    const out = dir.path('combined-out.xlsx');
    const result = await run(['analyze', combined, '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(await summaryRows(out)).toEqual([
      ['code', 'has_code', 'Is there a code of conduct?', 'yes', 3, 4, 0.75],
      ['code', 'has_code', 'Is there a code of conduct?', 'no', 1, 4, 0.25],
      ['code', 'measures', 'Measures in place', 'code', 1, 2, 0.5],
      ['code', 'measures', 'Measures in place', 'training', 2, 2, 1],
      ['code', 'measures', 'Measures in place', 'rotation', 0, 2, 0],
    ]);
  });

  it('takes the form from --questionnaire and the base from --base applicable', async () => {
    const out = dir.path('applicable-out.xlsx');
    const result = await run(['analyze', responses, '--out', out, '--questionnaire', form, '--base', 'applicable', '--lang', 'fr']);
    expect(result).toMatchObject({ code: 0, err: '' });
    const rows = await summaryRows(out);
    expect(rows[2]).toEqual(['code', 'measures', 'Mesures en place', 'code', 1, 3, 1 / 3]);
  });

  it('stops with exit 2 rather than analyse against a form in error', async () => {
    const out = dir.path('never.xlsx');
    const result = await run(['analyze', responses, '--out', out, '--questionnaire', broken, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'wco-survey: The questionnaire (XLSForm) has 1 error, at survey!A10: nothing is analysed against a broken form. Check the workbook to see it, correct the form, then analyse again.',
    );
  });
});

describe('--member-question, for a form whose Member question has another name', () => {
  const renamed = dir.path('renamed.xlsx');
  const rename = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell === 'country' ? 'administration' : cell)));

  beforeAll(async () => {
    await writeWorkbook(renamed, { ...FORM, survey: rename(FORM.survey), Responses: rename(RESPONSES) });
  });

  it('without it, check says there is no Member column and which questions could name the Member', async () => {
    const result = await run(['check', renamed, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('--member-question): administration, has_code. [missing-member-column]');
  });

  it('check reads each submission’s Member from that question', async () => {
    const result = await run(['check', renamed, '--member-question', 'administration', '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n').pop()).toBe('Checked 4 submissions: no problems found.');
  });

  it('analyze counts every Member', async () => {
    const out = dir.path('renamed-out.xlsx');
    const result = await run(['analyze', renamed, '--out', out, '--member-question', 'administration', '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect((await summaryRows(out))[0]).toEqual(['code', 'has_code', 'Is there a code of conduct?', 'yes', 3, 4, 0.75]);
  });

  it('exits 2 with the questions it could be when it names no such question', async () => {
    const result = await run(['analyze', renamed, '--out', dir.path('never2.xlsx'), '--member-question', 'staff', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'wco-survey: “staff” is not a select_one or text question of the form. Questions that can name the Member: administration, has_code.',
    );
  });
});
