import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import { readXlsxFile } from '../../src/hosts/file/xlsx-file';
import { run, scratch, type Run } from '../support/cli';
import { EXPECTED, type Outcome } from './bad-workbooks.expected';

/** The malformed-workbook corpus: every file, both commands, a clear outcome and nothing harmed. */

jest.setTimeout(30_000);

const FIXTURES = join(__dirname, '..', 'fixtures', 'bad');
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'make-bad-fixtures.js');
const files = readdirSync(FIXTURES).sort();
const dir = scratch();
afterAll(() => dir.cleanup());

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const lines = ({ out, err }: Run) => [...out.split('\n'), ...err.split('\n')];

/** Runs `analyze` into a folder of its own, so that anything it leaves there can be seen. */
async function analyze(file: string, folderName = file.replace(/\.xlsx$/, '')): Promise<{ result: Run; folder: string; out: string }> {
  const folder = dir.path(folderName);
  mkdirSync(folder);
  const out = join(folder, 'out.xlsx');
  return { result: await run(['analyze', join(FIXTURES, file), '--out', out, '--lang', 'en']), folder, out };
}

function expectOutcome(result: Run, expected: Outcome): void {
  const said = lines(result);
  expect({ code: result.code, err: result.err }).toEqual({
    code: expected.code,
    err: expected.code === 2 ? expect.stringMatching(/^wco-survey: [^\n]+$/) : '',
  });
  for (const says of expected.says) {
    expect(said.some((line) => (typeof says === 'string' ? line.includes(says) : says.test(line)))).toBe(true);
  }
  expect(said.filter((line) => /^\s+at |^\w*Error\b|unexpected failure/.test(line))).toEqual([]);
}

describe('the malformed-workbook corpus', () => {
  it('has an expected outcome for every file in test/fixtures/bad, and a file for every outcome', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('is small', () => {
    const bytes = files.reduce((total, file) => total + readFileSync(join(FIXTURES, file)).length, 0);
    expect(bytes).toBeLessThan(1024 * 1024);
  });

  it('is what scripts/make-bad-fixtures.js builds', () => {
    const rebuilt = dir.path('rebuilt');
    execFileSync(process.execPath, [SCRIPT, rebuilt], { stdio: 'pipe' });
    expect(readdirSync(rebuilt).sort()).toEqual(files);
    expect(files.filter((file) => sha256(join(rebuilt, file)) !== sha256(join(FIXTURES, file)))).toEqual([]);
  });
});

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  const input = join(FIXTURES, file);

  it(`check exits ${expected.check.code} and leaves the file as it was`, async () => {
    const before = sha256(input);
    expectOutcome(await run(['check', input, '--lang', 'en']), expected.check);
    expect(sha256(input)).toBe(before);
  });

  it(`analyze exits ${expected.analyze.code}, writing a whole workbook or nothing at all`, async () => {
    const before = sha256(input);
    const { result, folder, out } = await analyze(file);
    expectOutcome(result, expected.analyze);
    expect(sha256(input)).toBe(before);
    expect(readdirSync(folder)).toEqual(result.code === 0 ? ['out.xlsx'] : []);
    if (result.code === 0) expect((await readXlsx(readFileSync(out))).sheets.map((s) => s.name)).toContain('Validation');
  });

  if (expected.check.code === 2) {
    it('says why in one line of French with --lang fr', async () => {
      const { code, err } = await run(['check', input, '--lang', 'fr']);
      expect(code).toBe(2);
      expect(err).toMatch(
        /^wco-survey: [^\n]*(n’est pas|est vide|est protégé|ne peut pas être lu|Excel 97–2003|Aucune réponse|ne contient aucune soumission|semble être l’en-tête)[^\n]*$/,
      );
    });
  }
});

describe('what particular fixtures must keep', () => {
  it('text starting with =, +, - or @ stays text in the analysed workbook, never a formula', async () => {
    const { out } = await analyze('text-that-looks-like-formulas.xlsx', 'formula-like-text');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const input = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'text-that-looks-like-formulas.xlsx')));
    expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).toBe(await input.file('xl/worksheets/sheet1.xml')?.async('string'));
    for (const part of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
      const formulas = [...(await part.async('string')).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
      expect(formulas.filter((f) => /1\+1|HYPERLINK|SUM\(A1|cmd\|/.test(f))).toEqual([]);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Responses')?.getCell('C2').value).toBe('=HYPERLINK("http://example.invalid","click")');
    const messages: ExcelJS.CellValue[] = [];
    workbook.getWorksheet('Validation')?.eachRow((row) => row.eachCell((cell) => messages.push(cell.value)));
    expect(messages).toContainEqual(expect.stringContaining('“=1+1” is not an answer'));
    expect(messages).toContainEqual(expect.stringContaining('“@SUM(A1:A2)” is not an answer'));
  });

  it('a 32,767-character cell is quoted short: no line of check is longer than 300 characters', async () => {
    const { out } = await run(['check', join(FIXTURES, 'long-text-32767.xlsx')]);
    expect(out.split('\n').filter((line) => line.length > 300)).toEqual([]);
  });

  it('dates of the 1904 date system are read as the dates they show', async () => {
    const [responses] = (await readXlsxFile(join(FIXTURES, 'date-1904-system.xlsx'))).sheets;
    expect(responses.rows[1][1]).toEqual({ kind: 'date', serial: 35866 }); // 1998-03-12
  });

  it('leaves the fixtures folder as it was: no output, no temporary file', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(files);
  });
});
