import { readXlsxFile } from '../../src/hosts/file/xlsx-file';
import { REGISTRY_1998, SURVEY_1998, readXlsForm, xlsformName, type CellValue, type SheetSnapshot } from '../../src/core';
import { run, scratch, writeWorkbook } from '../support/cli';

const dir = scratch();
afterAll(() => dir.cleanup());

const form = dir.path('form.xlsx');
const responses = dir.path('responses.xlsx');

const plain = (cell: CellValue | undefined): unknown =>
  cell === undefined
    ? null
    : cell.kind === 'text'
      ? cell.text
      : cell.kind === 'number' || cell.kind === 'boolean'
        ? cell.value
        : cell.kind === 'date'
          ? cell.serial
          : cell.error;
const rowsOf = (sheet: SheetSnapshot) => sheet.rows.map((row) => (row ?? []).map(plain));

/**
 * The bundled sample's Responses as KoboToolbox would export them from the written form: the
 * Member as its code (the `members` list's names), the 1998 IDs as the questions' names, each answer
 * as its choice's name (the English word made XLSForm-safe: "Not planned" → `not_planned`), the
 * Received date as `_submission_time`, and an `_id`.
 */
async function sampleAsExport(): Promise<unknown[][]> {
  const sample = await readXlsxFile('samples/integrity-survey-sample.xlsx');
  const [header, ...rows] = rowsOf(sample.sheets.find((s) => s.name === 'Responses')!);
  const ids = header.map((h) => String(h ?? '').split(' ')[0]);
  const column = (name: string) => ids.indexOf(name);
  const items = SURVEY_1998.sections.flatMap((s) => s.items);
  const iso = (serial: unknown) => (typeof serial === 'number' ? new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 19) : serial);
  const memberCode = (name: unknown) => {
    const match = REGISTRY_1998.match(String(name ?? ''));
    return match.kind === 'found' ? match.member.code : name;
  };
  const answer = (value: unknown, text: boolean) => (typeof value === 'string' && !text ? xlsformName(value) : value);
  return [
    ['member', '_submission_time', '_id', ...items.map((i) => i.id)],
    ...rows
      .filter((row) => row.some((v) => v !== null))
      .map((row, n) => [
        memberCode(row[column('Member')]),
        iso(row[column('Received')]),
        n + 1,
        ...items.map((i) => answer(row[column(i.id)] ?? null, i.type === 'text')),
      ]),
  ];
}

/** The Summary rows: item, answer, count, base. */
async function summaryOf(file: string): Promise<Map<string, [unknown, unknown]>> {
  const sheet = (await readXlsxFile(file)).sheets.find((s) => s.name === 'Summary')!;
  const rows = rowsOf(sheet);
  const top = rows.findIndex((r) => r.includes('Count') && r.includes('Base'));
  const head = rows[top];
  const [item, answer, count, base] = ['Question', 'Answer', 'Count', 'Base'].map((h) => head.indexOf(h));
  return new Map(
    rows
      .slice(top + 1)
      .filter((r) => r[item])
      .map((r) => [`${r[item]} ${r[answer]}`, [r[count], r[base]]]),
  );
}

beforeAll(async () => {
  await writeWorkbook(responses, { Responses: await sampleAsExport() });
});

describe('wco-survey questionnaire', () => {
  it('writes the 1998 questionnaire as an XLSForm that reads back without an issue', async () => {
    const result = await run(['questionnaire', '--out', form, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '', out: `Wrote ${form}: the 1998 questionnaire as an XLSForm.` });
    const written = await readXlsxFile(form);
    expect(written.sheets.map((s) => s.name)).toEqual(['survey', 'choices', 'settings']);
    expect(written.sheets.every((s) => !s.owned)).toBe(true);
    const { questionnaire, issues } = readXlsForm(written);
    expect(issues).toEqual([]);
    expect(questionnaire.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(SURVEY_1998.sections.flatMap((s) => s.items.map((i) => i.id)));
    expect(rowsOf(written.sheets[2])[1]).toEqual([SURVEY_1998.title.en, 'wco-integrity-1998', '1', 'English (en)']);
  });

  it('writes the form in French with --lang fr', async () => {
    const fr = dir.path('formulaire.xlsx');
    const result = await run(['questionnaire', '--out', fr, '--lang', 'fr']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(rowsOf((await readXlsxFile(fr)).sheets[2])[1]).toEqual([SURVEY_1998.title.fr, 'wco-integrity-1998', '1', 'French (fr)']);
  });

  it.each([[['questionnaire']], [['questionnaire', 'x.xlsx', '--out', 'y.xlsx']], [['questionnaire', '--out', 'y.xlsx', '--member', 'Malta']]])(
    'refuses %j, exit 2',
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
    },
  );

  it('is in the usage', async () => {
    expect((await run(['--help'])).out).toContain('wco-survey questionnaire --out form.xlsx [--lang en|fr]');
  });
});

describe('the 1998 questionnaire round-tripped through XLSForm', () => {
  let withForm: Map<string, [unknown, unknown]>;
  let builtIn: Map<string, [unknown, unknown]>;

  beforeAll(async () => {
    await run(['questionnaire', '--out', form]);
    const [a, b] = [dir.path('with-form.xlsx'), dir.path('built-in.xlsx')];
    expect(await run(['analyze', responses, '--out', a, '--questionnaire', form, '--lang', 'en'])).toMatchObject({ code: 0, err: '' });
    expect(await run(['analyze', responses, '--out', b, '--lang', 'en'])).toMatchObject({ code: 0, err: '' });
    [withForm, builtIn] = [await summaryOf(a), await summaryOf(b)];
  });

  it('checks the same submissions with the same issues, the form’s or the built-in one', async () => {
    const [a, b] = [await run(['check', responses, '--questionnaire', form, '--json']), await run(['check', responses, '--json'])];
    const issues = (r: { out: string }) => (JSON.parse(r.out) as { cell: string; code: string }[]).map((i) => `${i.cell} ${i.code}`);
    expect(a.code).toBe(b.code);
    expect(issues(a)).toEqual(issues(b));
  });

  it('gives every answer the 1998 report reports the same count and base (but CPB’s)', () => {
    const reported = SURVEY_1998.sections.flatMap((s) =>
      s.items.filter((i) => i.scale.id !== 'CPB').flatMap((i) => i.scale.reported.map((r) => [i.id, r.answer] as const)),
    );
    expect(reported.length).toBeGreaterThan(50);
    for (const [id, answer] of reported) {
      const figures = builtIn.get(`${id} ${answer}`);
      expect(figures?.every((n) => typeof n === 'number')).toBe(true);
      expect([id, answer, withForm.get(`${id} ${xlsformName(answer)}`)]).toEqual([id, answer, figures]);
    }
    // The form reports every choice; the built-in questionnaire only the report's.
    expect(withForm.get('F1 no')).toEqual([5, 36]);
    expect(builtIn.has('F1 No')).toBe(false);
  });

  it('counts CPB’s “Both” as its own choice: the 1998 Customs-specific count is the form’s customs_specific and both together', () => {
    let bothCount = 0;
    for (const id of ['G1', 'G2', 'G3', 'G4', 'G5', 'G6']) {
      const [[cs, base], [psw], [both]] = ['customs_specific', 'public_service_wide', 'both'].map((a) => withForm.get(`${id} ${a}`)! as [number, number]);
      expect([id, builtIn.get(`${id} Customs-specific`)]).toEqual([id, [cs + both, base]]);
      expect([id, builtIn.get(`${id} Public-service-wide`)]).toEqual([id, [psw + both, base]]);
      bothCount += both;
    }
    expect(bothCount).toBeGreaterThan(0);
  });
});
