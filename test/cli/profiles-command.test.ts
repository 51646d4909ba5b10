import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { cellAt, type Cell, type SheetSnapshot } from '../../src/core';
import * as profiling from '../../src/core/workflows/profile-workbook';
import { openXlsxFile } from '../../src/hosts/file/node';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { NOW, run, scratch, writeWorkbook } from '../support/cli';

const dir = scratch();
afterAll(() => dir.cleanup());

/** The bundled sample: France and seven other Members answer in French; its Settings sheet says English. */
const SAMPLE = 'samples/integrity-survey-sample.xlsx';
const small = dir.path('round.xlsx');
const march = (d: number) => new Date(Date.UTC(1998, 2, d));

beforeAll(async () => {
  await writeWorkbook(small, {
    Responses: [
      ['Member', 'Received', 'F1', 'F2', 'F3'],
      ['Japan', march(1), 'Yes', 'No', 'No'],
      ['France', march(3), 'Oui', 'Oui', 'Non'],
      ['Peru', march(2), 'No', 'Yes', 'No'],
    ],
  });
});

/** The sheets of a written workbook, read back with the file host. */
async function sheetsOf(file: string): Promise<readonly SheetSnapshot[]> {
  return (await (await openXlsxFile(file)).read()).sheets;
}

/** Column A of a profile's heading: the title, region, date received, whether counted. */
function heading(sheet: SheetSnapshot): string[] {
  return [1, 2, 3, 4].map((row) => textOf(cellAt(sheet, row, 1)));
}

function textOf(cell: Cell): string {
  return cell?.kind === 'text' ? cell.text : '';
}

describe('wco-survey profiles --member', () => {
  it('writes a new workbook of the Member’s profile alone, in the language it answered in, and leaves the input as it was', async () => {
    const before = readFileSync(SAMPLE);
    const out = dir.path('france.xlsx');
    const result = await run(['profiles', SAMPLE, '--member', 'France', '--out', out], { LANG: 'en_GB.UTF-8' });
    expect(result).toMatchObject({ code: 0, err: '', out: `Wrote ${out} (France, in French).` });
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const sheets = await sheetsOf(out);
    // Another Member's responses never go to France's administration: no Responses, no other sheet.
    expect(sheets.map((s) => s.name)).toEqual(['Profile FRA']);
    // French, though the sample's Settings sheet says English: the Member's own language wins over it.
    const [title, region, , counted] = heading(sheets[0]);
    expect([title, region]).toEqual(['Profil du Membre\u00a0: France', 'Région\u00a0: Europe']);
    expect(counted).toMatch(/^Prise en compte\u00a0: oui, parmi les 36 répondants/);
  });

  it('writes every profile in the language --lang names, over the Member’s own', async () => {
    const out = dir.path('france-en.xlsx');
    const result = await run(['profiles', SAMPLE, '--member', 'fra', '--lang', 'en', '--out', out]);
    expect(result).toMatchObject({ code: 0, out: `Wrote ${out} (France, in English).` });
    expect(heading((await sheetsOf(out))[0]).slice(0, 2)).toEqual(['Member profile: France', 'Region: Europe']);
  });

  it('speaks the command line’s language, which names the profile’s language only when --lang gives it', async () => {
    const french = dir.path('japon.xlsx');
    expect(await run(['profiles', small, '--member', 'Japon', '--out', french, '--lang', 'fr'])).toMatchObject({
      code: 0,
      out: `${french} écrit (Japon, en français).`,
    });
    expect(heading((await sheetsOf(french))[0])[0]).toBe('Profil du Membre\u00a0: Japon');
    // A French terminal, no --lang: the message in French, Japan's profile in English, as it answered.
    const english = dir.path('japan.xlsx');
    expect(await run(['profiles', small, '--member', 'Japan', '--out', english], { LANG: 'fr_FR.UTF-8' })).toMatchObject({
      code: 0,
      out: `${english} écrit (Japon, en anglais).`,
    });
    expect(heading((await sheetsOf(english))[0])[0]).toBe('Member profile: Japan');
  });

  it('takes --first, --population and --base as analyze does, --lang as the profiles’ language only: a Member past the cutoff is not counted', async () => {
    const profiles = jest.spyOn(profiling, 'profileWorkbook');
    try {
      const out = dir.path('france-first.xlsx');
      const flags = ['--first', '2', '--population', '4000', '--base', 'respondents', '--lang', 'en'];
      expect(await run(['profiles', SAMPLE, '--member', 'France', '--out', out, ...flags])).toMatchObject({ code: 0 });
      const request = profiles.mock.calls[0][1];
      // --lang is not the Settings sheet's Language, which each Member's own language overrides.
      expect(request.settings).toEqual({ firstResponses: 2, population: 4000, base: 'respondents' });
      expect(request).toMatchObject({ members: ['France'], language: 'en', defaultLanguage: 'en' });
      expect(heading((await sheetsOf(out))[0])[3]).toBe('Counted: no, only the first 2 submissions received count, and it came after them.');
    } finally {
      profiles.mockRestore();
    }
  });
});

describe('wco-survey profiles --all', () => {
  it('writes one workbook per Member that responded, named by its code and language, and counts them by language', async () => {
    const folder = dir.path('profiles/sample');
    const result = await run(['profiles', SAMPLE, '--all', '--out', folder]);
    expect(result).toMatchObject({ code: 0, err: '', out: `Wrote 42 profiles into ${folder} (34 in English, 8 in French).` });
    const files = readdirSync(folder);
    expect(files).toHaveLength(42);
    expect(files.every((f) => /^profile-[A-Z]{3}-(en|fr)\.xlsx$/.test(f))).toBe(true);
    // The Members that answered in French, whatever the Settings sheet's English.
    expect(files.filter((f) => f.endsWith('-fr.xlsx')).sort()).toEqual(
      ['BEL', 'BFA', 'CMR', 'CPV', 'FRA', 'MAR', 'MUS', 'TUN'].map((code) => `profile-${code}-fr.xlsx`),
    );
    // The Members of the Responses sheet (Japan once, though it sent two) and of the one-Member submission sheets.
    expect(files).toEqual(expect.arrayContaining(['profile-JPN-en.xlsx', 'profile-UZB-en.xlsx', 'profile-ZMB-en.xlsx']));
    const tunisia = await sheetsOf(`${folder}/profile-TUN-fr.xlsx`);
    expect(tunisia.map((s) => s.name)).toEqual(['Profile TUN']);
    expect(heading(tunisia[0])[0]).toBe('Profil du Membre\u00a0: Tunisie');
  }, 60_000);

  it.each([
    ['en', {}, 'Wrote 3 profiles into $ (2 in English, 1 in French).'],
    ['fr', { LANG: 'fr_FR.UTF-8' }, '3 profils écrits dans $ (2 en anglais, 1 en français).'],
  ])('without --lang, each in the language its Member answered in (said in %s)', async (lang, env, line) => {
    const folder = dir.path(`profiles/small-${lang}`);
    const result = await run(['profiles', small, '--all', '--out', folder], env);
    expect(result).toMatchObject({ code: 0, err: '', out: line.replace('$', folder) });
    expect(readdirSync(folder).sort()).toEqual(['profile-FRA-fr.xlsx', 'profile-JPN-en.xlsx', 'profile-PER-en.xlsx']);
  });

  it('names each Member on the terminal as it writes its profile', async () => {
    const progress: string[] = [];
    const io: Io = { out: () => undefined, err: () => undefined, progress: (text) => progress.push(text), env: {}, now: () => NOW };
    expect(await main(['profiles', small, '--all', '--out', dir.path('profiles/progress')], io)).toBe(0);
    expect(progress).toEqual([`Reading ${small}…`, 'Analysing…', 'France', 'Japan', 'Peru']);
  });

  it('writes into a folder that is there already, each in the language --lang names', async () => {
    const folder = dir.path('profiles/small-en');
    expect(await run(['profiles', small, '--all', '--out', folder, '--lang', 'en'])).toMatchObject({ code: 0 });
    expect(readdirSync(folder).sort()).toEqual(['profile-FRA-en.xlsx', 'profile-FRA-fr.xlsx', 'profile-JPN-en.xlsx', 'profile-PER-en.xlsx']);
  });

  it.each([
    ['en', /^wco-survey: round-atlantis\.xlsx holds no submission from a WCO Member: there is no profile to write\./],
    ['fr', /^wco-survey: round-atlantis\.xlsx ne contient la soumission d’aucun Membre de l’OMD : aucun profil à écrire\./],
  ])('says in one line (%s), and writes nothing, when no Member sent a submission', async (lang, message) => {
    const atlantis = dir.path('round-atlantis.xlsx');
    await writeWorkbook(atlantis, {
      Responses: [
        ['Member', 'F1'],
        ['Atlantis', 'Yes'],
      ],
    });
    const folder = dir.path(`never-${lang}`);
    const result = await run(['profiles', atlantis, '--all', '--out', folder, '--lang', lang]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(existsSync(folder)).toBe(false);
  });
});

describe('wco-survey profiles refuses', () => {
  const out = dir.path('refused.xlsx');
  const folder = dir.path('refused');

  beforeAll(() => writeFileSync(dir.path('notes.xlsx'), 'not a workbook'));

  it.each([
    ['neither --member nor --all', [small, '--out', out], /^wco-survey: give --member NAME \(one Member’s profile\) or --all/],
    ['both --member and --all', [small, '--member', 'Japan', '--all', '--out', folder], /^wco-survey: give --member NAME or --all, not both/],
    ['--member without --out', [small, '--member', 'Japan'], /^wco-survey: --member needs --out, the \.xlsx to write/],
    ['--all without --out', [small, '--all'], /^wco-survey: --all needs --out, the folder to write the profiles into/],
    ['no workbook', ['--member', 'Japan', '--out', out], /^wco-survey: profiles takes one workbook, the round’s <in\.xlsx>, not 0/],
    ['two workbooks', [small, SAMPLE, '--member', 'Japan', '--out', out], /^wco-survey: profiles takes one workbook, the round’s <in\.xlsx>, not 2/],
    ['an option it does not take', [small, '--member', 'Japan', '--out', out, '--region', 'EUR'], /^wco-survey: unknown option --region/],
    ['--first 0', [small, '--member', 'Japan', '--out', out, '--first', '0'], /^wco-survey: --first takes a whole number/],
    ['--base all', [small, '--all', '--out', folder, '--base', 'all'], /^wco-survey: --base takes answered or respondents or applicable/],
    ['--lang de', [small, '--all', '--out', folder, '--lang', 'de'], /^wco-survey: --lang takes en or fr/],
    ['an .xlsm name', [small, '--member', 'Japan', '--out', dir.path('refused.xlsm')], /Name the output .*refused\.xlsx instead/],
    ['--out the input itself', [small, '--member', 'Japan', '--out', small], /^wco-survey: The output file .*round\.xlsx is the input file/],
    ['--all into the input itself', [small, '--all', '--out', small], /^wco-survey: .*round\.xlsx is a file, not a folder: name a folder/],
    ['--all into a file', [small, '--all', '--out', dir.path('notes.xlsx')], /^wco-survey: .*notes\.xlsx is a file, not a folder/],
    ['a name no Member has', [small, '--member', 'Japn', '--out', out], /^wco-survey: “Japn” is not a WCO Member name\. Did you mean Japan\?/],
    ['a Member without a submission', [small, '--member', 'Malta', '--out', out], /^wco-survey: Malta has no submission in this workbook/],
    ['a workbook that is not there', [dir.path('missing.xlsx'), '--all', '--out', folder], /^wco-survey: Cannot find the file .*missing\.xlsx\./],
    ['a file that is no workbook', [dir.path('notes.xlsx'), '--member', 'Japan', '--out', out], /^wco-survey: notes\.xlsx is not an Excel workbook/],
  ])('%s: exit 2, why on the first line, nothing written', async (_, argv, message) => {
    const before = readFileSync(small);
    // No --lang, an English terminal: the messages in English.
    const result = await run(['profiles', ...argv]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
    expect([existsSync(out), existsSync(folder), existsSync(dir.path('refused.xlsm'))]).toEqual([false, false, false]);
    expect(readFileSync(small).equals(before)).toBe(true);
  });
});
