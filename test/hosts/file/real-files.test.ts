import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyseWorkbook } from '../../../src/core/workflows/analyse-workbook';
import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import type { Submission } from '../../../src/core/read/model';
import { isoDate, serialOfUtc } from '../../../src/core/workbook/serial';
import { readXlsxFile } from '../../../src/hosts/file/xlsx-file';
import { run } from '../../support/cli';

/**
 * test/fixtures/real: one small round (six Members, twelve items, Sénégal answering in French) as
 * openpyxl, pandas and LibreOffice write it, built by scripts/real-files/make-real-files.py (its
 * README says what each file is). Each is read to the same counts as openpyxl-plain.xlsx, the same
 * answers written plainly.
 */

const REAL = join(__dirname, '..', '..', 'fixtures', 'real');
const TODAY = serialOfUtc(2026, 11, 26);
const PLAIN = 'openpyxl-plain.xlsx';
const BEST_PRACTICE = 'Rotation of border staff\r\nand of examiners';

/** What the engine makes of a file: everything a count or a date shown rests on. */
interface Reading {
  readonly submissions: number;
  /** Each submission's Member (its code) and Received date (ISO), in the order read. */
  readonly received: readonly (readonly [string, string])[];
  /** Every issue as [severity, code, cell]: the sheet may differ (the table's is not Responses). */
  readonly issues: readonly (readonly [string, string, string])[];
  readonly counted: number;
  readonly membersResponding: number;
  /** Every reported answer as [item, answer, count, base]. */
  readonly results: readonly (readonly [string, string, number, number])[];
  /** Australia's best practice (V9), as read. */
  readonly bestPractice: string | undefined;
}

const readings = new Map<string, Promise<Reading>>();

/** Each file read once, however many tests look at it. */
function reading(file: string): Promise<Reading> {
  if (!readings.has(file)) readings.set(file, read(file));
  return readings.get(file)!;
}

async function read(file: string): Promise<Reading> {
  const workbook = await readXlsxFile(join(REAL, file));
  const { survey, issues } = checkWorkbook(workbook, TODAY);
  const { analysis } = analyseWorkbook(workbook, { settings: {}, defaultLanguage: 'en', today: TODAY });
  const v9 = survey.submissions[0]?.answers.find((answer) => answer.item.id === 'V9')?.raw;
  return {
    submissions: survey.submissions.length,
    received: survey.submissions.map((s) => [memberCode(s), receivedDate(s)] as const),
    issues: issues.map((i) => [i.severity, i.code, i.ref.cell] as const),
    counted: analysis.headline.respondentsCounted,
    membersResponding: analysis.headline.membersResponding,
    results: analysis.results.map((r) => [r.item.id, r.answer, r.count, r.base] as const),
    bestPractice: v9?.kind === 'text' ? v9.text : undefined,
  };
}

function memberCode(submission: Submission): string {
  const member = submission.member;
  if (member?.kind !== 'named') return '(blank)';
  return member.parsed.kind === 'found' ? member.parsed.member.code : `(unknown: ${member.raw.kind === 'text' ? member.raw.text : member.raw.kind})`;
}

function receivedDate(submission: Submission): string {
  const parsed = submission.received?.parsed;
  return parsed?.kind === 'date' ? isoDate(parsed.serial) : (parsed?.kind ?? '(none)');
}

function result(r: Reading, item: string, answer: string): readonly [number, number] {
  const found = r.results.find(([id, name]) => id === item && name === answer);
  return found ? [found[2], found[3]] : [NaN, NaN];
}

describe(`the same answers written plainly (${PLAIN}, openpyxl)`, () => {
  it('reads six submissions, all counted, with no error', async () => {
    const plain = await reading(PLAIN);
    expect([plain.submissions, plain.counted, plain.membersResponding]).toEqual([6, 6, 6]);
    expect(plain.issues.filter(([severity]) => severity === 'error')).toEqual([]);
  });

  it('gives each Member its Received date', async () => {
    expect((await reading(PLAIN)).received).toEqual([
      ['AUS', '1998-03-02'],
      ['JPN', '1998-03-04'],
      ['KEN', '1998-03-09'],
      ['MYS', '1998-03-11'],
      ['BRA', '1998-03-16'],
      ['SEN', '1998-03-20'],
    ]);
  });

  it('counts the answers, French ones too, a blank leaving the respondent out of the base', async () => {
    const plain = await reading(PLAIN);
    expect(result(plain, 'F1', 'Yes')).toEqual([5, 6]);
    expect(result(plain, 'F3', 'Yes')).toEqual([2, 5]);
    expect(result(plain, 'T1', 'Taken')).toEqual([3, 6]);
    expect(result(plain, 'T1', 'Intended')).toEqual([2, 6]);
    expect(result(plain, 'G1', 'Customs-specific')).toEqual([4, 6]);
  });

  it('reads a text answer’s line break as written (CR LF)', async () => {
    expect((await reading(PLAIN)).bestPractice).toBe(BEST_PRACTICE);
  });
});

/** Every file that must read as the plain one does, and what sets it apart. */
const SAME_AS_PLAIN: readonly (readonly [string, string])[] = [
  ['openpyxl-comment.xlsx', 'cell comments, at absolute part targets'],
  ['openpyxl-table.xlsx', 'an Excel table named Responses on the sheet “Survey 1998”, at an absolute part target'],
  ['openpyxl-chart.xlsx', 'a bar chart, its drawing and chart at absolute part targets'],
  ['openpyxl-hyperlink.xlsx', 'hyperlinks: mailto: Contacts and a linked Member'],
  ['openpyxl-data-validation.xlsx', 'drop-down lists on the answers'],
  ['pandas-to-excel.xlsx', 'DataFrame.to_excel: styled headers, dates as datetimes'],
  ['libreoffice-resave.xlsx', 'the plain file re-saved by LibreOffice: shared strings, its own styles'],
  ['libreoffice-resave-1904.xlsx', 're-saved by LibreOffice in the 1904 date system (date1904="true")'],
  ['libreoffice-formulas-cached-values.xlsx', 'formulas for a date and two answers, with the values LibreOffice calculated'],
  ['shared-strings-rich-text-phonetic.xlsx', 'shared strings in rich-text runs with phonetic readings (<rPh>), _x000D_ escapes'],
  ['inline-strings-rich-text.xlsx', 'inline strings in rich-text runs, _x000D_ escapes'],
];

const NO_CACHED_VALUES = 'openpyxl-formulas-no-cached-values.xlsx';

describe('the corpus', () => {
  const files = readdirSync(REAL).sort();

  it('is every file of test/fixtures/real, each with its test', () => {
    expect(files).toEqual([PLAIN, NO_CACHED_VALUES, ...SAME_AS_PLAIN.map(([file]) => file)].sort());
  });

  it('is small', () => {
    expect(files.reduce((total, file) => total + readFileSync(join(REAL, file)).length, 0)).toBeLessThan(256 * 1024);
  });
});

describe.each(SAME_AS_PLAIN)('%s (%s)', (file) => {
  it('reads the same Members with the same Received dates', async () => {
    expect((await reading(file)).received).toEqual((await reading(PLAIN)).received);
  });

  it('gives the same counts and the same issues', async () => {
    const [real, plain] = [await reading(file), await reading(PLAIN)];
    expect([real.submissions, real.counted, real.membersResponding]).toEqual([plain.submissions, plain.counted, plain.membersResponding]);
    expect(real.results).toEqual(plain.results);
    expect(real.issues).toEqual(plain.issues);
  });
});

describe('a text answer’s carriage return', () => {
  it.each(['shared-strings-rich-text-phonetic.xlsx', 'inline-strings-rich-text.xlsx'])('escaped as _x000D_ (%s) reads as the character', async (file) => {
    expect((await reading(file)).bestPractice).toBe(BEST_PRACTICE);
  });

  it('is dropped by LibreOffice, which keeps the line feed', async () => {
    expect((await reading('libreoffice-resave.xlsx')).bestPractice).toBe(BEST_PRACTICE.replace('\r', ''));
  });
});

describe(`${NO_CACHED_VALUES} (formulas for a date and two answers, no value calculated)`, () => {
  const FILE = NO_CACHED_VALUES;

  // A formula with no cached value must not pass for a blank: the counts of the plain file cannot be
  // had without calculating, so `check` says which cells and to open and save the file in Excel.
  it('reads the three formulas as empty, and the check says so once, naming them, and nothing else about them', async () => {
    const [real, plain] = [await reading(FILE), await reading(PLAIN)];
    expect(real.received).toEqual(plain.received.map(([member, date]) => [member, member === 'AUS' ? '(none)' : date]));
    expect(result(real, 'F1', 'Yes')).toEqual([4, 5]);
    expect(result(real, 'F2', 'Yes')).toEqual([4, 5]);
    const [warning, ...rest] = real.issues;
    expect(warning).toEqual(['warning', 'formulas-not-calculated', 'B2']);
    expect(rest).toEqual(plain.issues);
  });

  it('gives one warning on the command line naming the cells and saying to open and save the file in Excel', async () => {
    const { code, out } = await run(['check', join(REAL, FILE), '--lang', 'en']);
    const warnings = out.split('\n').filter((line) => /^\s+warning\s/.test(line) && ['B2', 'D2', 'E3'].every((cell) => line.includes(cell)));
    expect(code).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\bopen\b.*\bsave\b/i);
    expect(warnings[0]).toContain('Excel');
  });
});
