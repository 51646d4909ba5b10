import { existsSync, readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/hosts/file/read-xlsx';
import * as analysing from '../../src/core/workflows/analyse-workbook';
import { run, scratch, writeWorkbook } from '../support/cli';

const dir = scratch();
afterAll(() => dir.cleanup());

const S1 = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
const input = dir.path('round.xlsx');
const march = (d: number) => new Date(Date.UTC(1998, 2, d));

beforeAll(async () => {
  await writeWorkbook(input, {
    Responses: [
      ['Member', 'Received', ...S1],
      ['France', march(3), 'Oui', 'Oui', 'Non', 'Oui', 'Oui', 'Non'],
      ['Japan', march(1), 'Yes', 'No', 'No', 'Yes', 'Yes', 'No'],
      ['Peru', march(2), 'No', 'Yes', 'No', 'Yes', 'Yes', 'No'],
      ['Atlantis', march(4), 'Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes'],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['First responses', 2],
      ['Language', 'fr'],
    ],
  });
});

async function sheetsOf(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The Summary's rows, their first `columns` cells: the table's up to Percent by default. */
function summaryRows(workbook: ExcelJS.Workbook, columns = 7) {
  const sheet = workbook.getWorksheet('Summary')!;
  return sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (Array.isArray(row) ? row.slice(1, columns + 1) : []));
}

/** The SurveySummary table's rows under its header: those of a section. */
const tableRows = (rows: ReturnType<typeof summaryRows>) => rows.filter((row) => typeof row[0] === 'string' && /^S\d+$/.test(row[0]));

describe('wco-survey analyze', () => {
  it('writes the input workbook plus the summary sheets, and leaves the input as it was', async () => {
    const before = readFileSync(input);
    const out = dir.path('out.xlsx');
    const result = await run(['analyze', input, '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n')[0]).toBe(`Wrote ${out} with the sheets Summary, Charts, Regions, Comparison, CRM Summary, Validation.`);
    expect(readFileSync(input).equals(before)).toBe(true);
    const workbook = await sheetsOf(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Responses',
      'Settings',
      'Summary',
      'Charts',
      'Regions',
      'Comparison',
      'CRM Summary',
      'Validation',
    ]);
  });

  it('counts the first N received of the Settings sheet, in its language unless a flag says otherwise', async () => {
    const out = dir.path('settings.xlsx');
    const result = await run(['analyze', input, '--out', out]);
    expect(result.out).toContain('2 répondants comptés');
    const rows = summaryRows(await sheetsOf(out));
    expect(summaryRows(await sheetsOf(out), 9)[0]).toEqual(['Section', 'Question', 'Label', 'Answer', 'Count', 'Base', 'Percent', 'Low', 'High']);
    expect(rows[1]).toEqual(['S1', 'F1', 'Surveillance accrue du public et des médias', 'Yes', 1, 2, 0.5]);
  });

  it('lets flags win over the Settings sheet', async () => {
    const out = dir.path('flags.xlsx');
    await run(['analyze', input, '--out', out, '--first', '3', '--base', 'respondents', '--lang', 'en']);
    const rows = summaryRows(await sheetsOf(out));
    expect(rows[1]).toEqual(['S1', 'F1', 'Greater public and media scrutiny', 'Yes', 2, 3, 2 / 3]);
  });

  it('takes --population, how many the survey was sent to, over the Members of the registry, the figures unchanged', async () => {
    const analyses = jest.spyOn(analysing, 'analyseWorkbook');
    try {
      const out = dir.path('population.xlsx');
      const result = await run(['analyze', input, '--out', out, '--population', '4000', '--lang', 'en']);
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(analyses.mock.calls[0][1].settings).toMatchObject({ population: 4000 });
      expect(analyses.mock.results[0].value.analysis.options.population).toBe(4000);
      const registry = dir.path('registry.xlsx');
      await run(['analyze', input, '--out', registry, '--lang', 'en']);
      expect(analyses.mock.results[1].value.analysis.options.population).toBe(150);
      expect(tableRows(summaryRows(await sheetsOf(out)))).toEqual(tableRows(summaryRows(await sheetsOf(registry))));
    } finally {
      analyses.mockRestore();
    }
  });

  it('re-analysing its own output gives the same sheets, not duplicates', async () => {
    const first = dir.path('first.xlsx');
    const second = dir.path('second.xlsx');
    await run(['analyze', input, '--out', first]);
    const result = await run(['analyze', first, '--out', second]);
    expect(result.code).toBe(0);
    const a = await readXlsx(readFileSync(first));
    const b = await readXlsx(readFileSync(second));
    expect(b.sheets.map((s) => [s.name, s.owned ?? false])).toEqual(a.sheets.map((s) => [s.name, s.owned ?? false]));
    expect(b).toEqual(a);
  });

  it('refuses to write over its input', async () => {
    const result = await run(['analyze', input, '--out', input, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^wco-survey: The output file .*round\.xlsx is the input file/);
  });

  it('stops, writing nothing, when a sheet of the user carries an output sheet’s name', async () => {
    const mine = dir.path('mine.xlsx');
    await writeWorkbook(mine, {
      Responses: [
        ['Member', 'F1'],
        ['Malta', 'Yes'],
      ],
      Summary: [['my own notes']],
    });
    const out = dir.path('never.xlsx');
    const result = await run(['analyze', mine, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/already has a sheet named “Summary” that is not the add-in’s/);
    expect(existsSync(out)).toBe(false);
  });

  it('compares a Member, a region and a second round on request', async () => {
    const earlier = dir.path('earlier.xlsx');
    await writeWorkbook(earlier, {
      Responses: [
        ['Member', 'F1'],
        ['France', 'No'],
      ],
    });
    const out = dir.path('compare.xlsx');
    const result = await run(['analyze', input, '--out', out, '--member', 'Japon', '--region', 'eur', '--compare', earlier]);
    expect(result.code).toBe(0);
    const tables = (await readXlsx(readFileSync(out))).sheets.find((s) => s.name === 'Comparison')!.tables.map((t) => t.name);
    expect(tables).toEqual(['MemberComparison', 'RegionComparison', 'RoundComparison', 'PublishedComparison']);
    // Two respondents counted, one there: no side has the 5 an interval needs. The comparisons asked for say so;
    // the published figures, not asked for, say nothing.
    expect(result.out.split('\n').slice(-2)).toEqual([
      'Europe par rapport aux autres répondants\u00a0: aucune différence n’a d’intervalle (il faut 5 répondants ou plus de chaque côté).',
      'Ce cycle par rapport à earlier.xlsx\u00a0: aucune différence n’a d’intervalle (il faut 5 répondants ou plus de chaque côté).',
    ]);
  });

  describe('how many differences are significant', () => {
    // Six Europeans and six others. F3: all Europeans Yes, no other (the region against the rest, significant);
    // 50 % against the published 60 % (not). F2: no one Yes (the region against the rest, not); 0 % against the
    // published 68 % (significant). F4: three answers only, no interval on any side, not counted.
    const europe = ['France', 'Germany', 'Italy', 'Spain', 'Malta', 'Belgium'];
    const others = ['Japan', 'Kenya', 'Peru', 'Brazil', 'Canada', 'India'];
    const twelve = dir.path('twelve.xlsx');
    beforeAll(() =>
      writeWorkbook(twelve, {
        Responses: [['Member', 'F2', 'F3', 'F4'], ...[...europe, ...others].map((m, i) => [m, 'No', europe.includes(m) ? 'Yes' : 'No', i < 3 ? 'Yes' : null])],
      }),
    );

    it.each([
      [
        'en',
        [
          'Europe against the other respondents: 1 of 2 differences significant (95 % interval excludes 0).',
          'This round against twelve.xlsx: 0 of 2 differences significant (95 % interval excludes 0).',
          'Against the figures published in the 1998 report: 1 of 2 differences significant (95 % interval excludes 0).',
        ],
      ],
      [
        'fr',
        [
          'Europe par rapport aux autres répondants\u00a0: 1 différence significative sur 2 (l’intervalle à 95\u00a0% exclut 0).',
          'Ce cycle par rapport à twelve.xlsx\u00a0: 0 différence significative sur 2 (l’intervalle à 95\u00a0% exclut 0).',
          'Par rapport aux chiffres publiés dans le rapport de 1998\u00a0: 1 différence significative sur 2 (l’intervalle à 95\u00a0% exclut 0).',
        ],
      ],
    ])('says it for the region, the round and the published figures, in %s, of the differences with an interval', async (lang, lines) => {
      const result = await run(['analyze', twelve, '--out', dir.path(`twelve-${lang}.xlsx`), '--lang', lang, '--region', 'EUR', '--compare', twelve]);
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(result.out.split('\n').slice(2)).toEqual(lines);
    });

    it('says nothing of a Member’s comparison, which tests no difference', async () => {
      const result = await run(['analyze', twelve, '--out', dir.path('twelve-member.xlsx'), '--lang', 'en', '--member', 'Japan']);
      expect(result.out.split('\n').slice(2)).toEqual([
        'Against the figures published in the 1998 report: 1 of 2 differences significant (95 % interval excludes 0).',
      ]);
    });
  });

  it.each([
    [['--member', 'Japn'], /“Japn” is not a WCO Member name\. Did you mean Japan\?/],
    [['--member', 'Malta'], /Malta has no submission in this workbook/],
    [['--region', 'ASIA'], /“ASIA” is not a WCO region\. Regions: AM, ESA, EUR, AP, MENA, WCA\./],
    [['--first', '0'], /--first takes a whole number/],
    [['--population', '0'], /^wco-survey: --population takes a whole number, 1 or more/],
    [['--population', '2.5'], /--population takes a whole number, 1 or more/],
    [['--population'], /--population needs a value/],
    [['--population', '1'], /^wco-survey: The population, 1, is smaller than the \d+ respondents counted: give the number the survey was sent to/],
    [['--base', 'all'], /--base takes answered or respondents/],
  ])('refuses %j in one line, exit 2', async (flags, message) => {
    const result = await run(['analyze', input, '--out', dir.path('x.xlsx'), '--lang', 'en', ...flags]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('says on the console, word for word as check does, that a column is repeated and only the first is read', async () => {
    const repeated = dir.path('repeated.xlsx');
    await writeWorkbook(repeated, {
      Responses: [
        ['Member', 'F1', 'F2', 'F1'],
        ['Japan', 'Yes', 'No', 'No'],
        ['Peru', 'No', 'Yes', 'Yes'],
      ],
    });
    // French as printed, its non-breaking spaces (before : and inside « ») as plain ones.
    const spaced = (lines: string[]) => lines.map((text) => text.replace(/\u00a0/g, ' '));
    const expected = {
      en: [
        'Workbook layout — 1 error',
        '  error  Responses!D1: Column “F1” repeats the column at Responses!B1. Keep one: only the first is read. [duplicate-column]',
      ],
      fr: [
        'Structure du classeur — 1 erreur',
        '  erreur  Responses!D1 : La colonne « F1 » répète la colonne en Responses!B1. N’en gardez qu’une : seule la première est lue. [duplicate-column]',
      ],
    };
    for (const lang of ['en', 'fr'] as const) {
      const result = await run(['analyze', repeated, '--out', dir.path(`repeated-${lang}.xlsx`), '--lang', lang]);
      expect(result).toMatchObject({ code: 0, err: '' });
      const said = result.out.split('\n').slice(2);
      expect(spaced(said)).toEqual(expected[lang]);
      // The very line check prints.
      expect((await run(['check', repeated, '--lang', lang])).out.split('\n')).toContain(said[1]);
    }
  });

  it('needs --out', async () => {
    const result = await run(['analyze', input]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/usage: wco-survey analyze <in\.xlsx> --out <out\.xlsx>/);
  });
});

describe('the README’s main job', () => {
  it('analyses the bundled sample: the first 36 received, errors left out, every sheet written', async () => {
    const out = dir.path('sample-analysis.xlsx');
    const result = await run(['analyze', 'samples/integrity-survey-sample.xlsx', '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n').slice(1)).toEqual([
      '36 respondents counted; 42 of 150 Members responded (28.0%).',
      '2 left out by the cutoff (first responses).',
      '6 left out for errors: see the Validation sheet, or run wco-survey check.',
      'Against the figures published in the 1998 report: 4 of 45 differences significant (95 % interval excludes 0).',
    ]);
    const snapshot = await readXlsx(readFileSync(out));
    expect(snapshot.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['Summary', 'Charts', 'Regions', 'Comparison', 'CRM Summary', 'Validation']);
  });

  it('reports in French as French writes numbers: a decimal comma, a non-breaking space before ; : and %', async () => {
    const result = await run(['analyze', 'samples/integrity-survey-sample.xlsx', '--out', dir.path('sample-fr.xlsx'), '--lang', 'fr']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n').slice(1)).toEqual([
      '36 répondants comptés\u00a0; 42 Membres sur 150 ont répondu (28,0\u00a0%).',
      '2 écartés par la limite (premières réponses).',
      '6 écartés pour erreurs\u00a0: voir la feuille Validation, ou lancer wco-survey check.',
      'Par rapport aux chiffres publiés dans le rapport de 1998\u00a0: 4 différences significatives sur 45 (l’intervalle à 95\u00a0% exclut 0).',
    ]);
  });
});
