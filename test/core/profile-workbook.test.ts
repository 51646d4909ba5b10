import { analyseWorkbook } from '../../src/core/workflows/analyse-workbook';
import { profileWorkbook, type ProfileRequest } from '../../src/core/workflows/profile-workbook';
import { RequestError } from '../../src/core/request-error';
import { REGIONS } from '../../src/core/members/regions';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { afterWriting } from '../support/plan';
import { CRM_ROWS, MEMBERS, round1998 } from '../support/round-1998';
import { expectProfileAgrees, profileRows, valueOf } from '../support/profile';
import type { SheetSnapshot } from '../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../support/snapshot';
import { formSheets } from '../support/xlsform';

const TODAY = serialOfUtc(2026, 11, 26);
const REQUEST: ProfileRequest = { settings: {}, defaultLanguage: 'en', today: TODAY };
const book = round1998({ extraSheets: [CRM_ROWS] });

/** The round analysed and France's profile written into it, as a user's workbook holds them. */
function written(request: Partial<ProfileRequest> = {}, workbook = book) {
  const analysed = analyseWorkbook(workbook, REQUEST);
  const [france] = profileWorkbook(workbook, { ...REQUEST, members: ['France'], ...request });
  const after = afterWriting(afterWriting(workbook, analysed.plan), france.plan);
  const sheet = (name: string) => after.sheets.find((s) => s.name === name)!;
  return { france, sheet, after };
}

const texts = (sheet: SheetSnapshot) => sheet.rows.flatMap((row) => row.map(valueOf)).filter((v): v is string => typeof v === 'string');

describe('a counted Member’s profile, against the sheets of the same analysis', () => {
  const { france, sheet, after } = written();
  const profile = sheet('Profile FRA');
  const rows = profileRows(profile);

  it('is in the language the Member answered in, its answers exactly as it gave them, its percents the Summary’s and Regions’', () => {
    expect(france.language).toBe('fr');
    expect(texts(profile)[0]).toBe('Profil du Membre\u00a0: France');
    expectProfileAgrees(after, { name: 'France', code: 'FRA', region: 'EUR' });
  });

  it('says its region, date received, and that it is counted', () => {
    const all = texts(profile);
    expect(all).toContain(`Région\u00a0: ${REGIONS.EUR.fr}`);
    expect(all).toContain('Soumission reçue le 1er mars 1998');
    expect(all.some((t) => t.startsWith(`Prise en compte\u00a0: oui, parmi les ${MEMBERS.length} répondants`))).toBe(true);
  });

  it('draws its self-assessment as a radar whose every series is cells of the profile', () => {
    const [chart] = france.plan.sheets[0].charts;
    expect(chart.kind).toBe('radar');
    expect(chart.series.map((s) => s.name)).toEqual(['France', REGIONS.EUR.fr, 'Tous']);
    const at = (column: number, row: number) => valueOf(profile.rows[row - 1]?.[column - 1]);
    const ids = Array.from({ length: 12 }, (_, i) => `AR${i + 1}`);
    const { categories } = chart;
    expect(categories.sheet).toBe('Profile FRA');
    expect(Array.from({ length: categories.bottom - categories.top + 1 }, (_, i) => at(categories.column, categories.top + i))).toEqual(ids);
    const own = france.profile.assessments[0].scored;
    chart.series.forEach((series, s) => {
      expect(series.values.sheet).toBe('Profile FRA');
      const values = ids.map((_, i) => at(series.values.column, series.values.top + i));
      const expected = own.map((f) => [f.member, f.region.mean, f.all.mean][s] ?? null);
      expect(values).toEqual(expected);
    });
    // Each score kept with its answer on a line: "Absent =" never ends one.
    const scoring = texts(profile).filter((t) => t.includes('\u00a0=\u00a0'));
    expect(scoring.join(' ')).toMatch(/^Score\u00a0: En place\u00a0=\u00a02, Partiel\u00a0=\u00a01, Absent\u00a0=\u00a00\.$/);
    // France answered "En place" 2, "Partiel" 1, "Absent" 0.
    expect(own.map((f) => f.member)).toEqual(own.map((f) => ({ 'En place': 2, Partiel: 1, Absent: 0 })[rows.get(f.factor.id)!.answer as string]));
  });

  it('prints on one page, with the report’s footer', () => {
    const { page } = france.plan.sheets[0];
    expect(page).toMatchObject({
      fitToWidth: true,
      pagesTall: 1,
      footer: { left: 'Organisation mondiale des douanes', center: 'Enquête de 1998 · Analyse du 26 novembre 2026', pageOf: { page: 'Page', of: 'sur' } },
    });
  });

  it('gives its CRM indicators from baseline to follow-up, each judged by its direction', () => {
    const all = texts(profile);
    expect(all).toContain('en progrès');
    expect(all).toContain('en recul');
    expect(france.profile.indicators?.map((m) => [m.indicator.id, m.status])).toEqual([
      ['REV-YIELD', 'improved'],
      ['CLEARANCE-TIME', 'declined'],
    ]);
  });
});

describe('which language a profile is written in', () => {
  it('is the one asked for, over the Member’s own', () => {
    const [france] = profileWorkbook(book, { ...REQUEST, members: ['France'], language: 'en' });
    expect(france.language).toBe('en');
    expect(france.plan.sheets[0].blocks[0].rows[0][0]).toBe('Member profile: France');
  });

  it('is the Member’s own when it answered in English, whatever the Settings sheet says', () => {
    const [japan] = profileWorkbook(book, { ...REQUEST, settings: { language: 'fr' }, members: ['Japan'] });
    expect(japan.language).toBe('en');
  });
});

describe('a Member whose profile has less to show', () => {
  it('says so where it did not answer the self-assessment, and draws no empty chart', () => {
    const { france, sheet } = written({}, round1998({ withoutSelfAssessment: ['France'] }));
    expect(france.plan.sheets[0].charts).toEqual([]);
    expect(texts(sheet('Profile FRA'))).toContain('France n’a pas répondu à cette partie\u00a0: il n’y a rien de sa part à représenter.');
  });

  it('is shown whole when its submission is not counted, and says why', () => {
    const book = round1998({ misanswered: { member: 'France', item: 'F1', text: 'Peut-être' } });
    const { france, sheet } = written({}, book);
    expect(france.profile.status.kind).toBe('errors');
    const profile = sheet('Profile FRA');
    expect(profileRows(profile).get('F1')?.answer).toBe('Peut-être');
    expect(texts(profile).some((t) => t.startsWith('Prise en compte\u00a0: non, ses réponses comportent des erreurs (une réponse hors de l’échelle'))).toBe(
      true,
    );
  });

  it('says it is past the cutoff when only the first submissions count', () => {
    const [peru] = profileWorkbook(book, { ...REQUEST, settings: { firstResponses: 10 }, members: ['Peru'] });
    expect(peru.profile.status).toEqual({ kind: 'cutoff', first: 10 });
    expect(peru.plan.sheets[0].blocks.flatMap((b) => b.rows.flat())).toContain(
      'Counted: no, only the first 10 submissions received count, and it came after them.',
    );
  });

  it('has no CRM part where the workbook has no CRM Indicators, and says so where it has none of the Member’s', () => {
    const [without] = profileWorkbook(round1998(), { ...REQUEST, members: ['Japan'] });
    expect(without.profile.indicators).toBeUndefined();
    const [kenya] = profileWorkbook(book, { ...REQUEST, members: ['Kenya'] });
    expect(kenya.plan.sheets[0].blocks.flatMap((b) => b.rows.flat())).toContain('The CRM Indicators sheet has no row for Kenya.');
  });
});

describe('which Members are profiled', () => {
  it('is, without a name, every Member that returned a submission, once each, in the registry’s order', () => {
    const profiles = profileWorkbook(book, REQUEST);
    expect(profiles.map((p) => p.profile.member.name.en).sort()).toEqual(MEMBERS.map(([name]) => name).sort());
    expect(new Set(profiles.map((p) => p.plan.sheets[0].name)).size).toBe(MEMBERS.length);
  });

  it('refuses a name that is no Member’s, and a Member that sent nothing', () => {
    expect(() => profileWorkbook(book, { ...REQUEST, members: ['Atlantis'] })).toThrow(RequestError);
    expect(() => profileWorkbook(book, { ...REQUEST, members: ['Chile'] })).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ reason: 'member-without-submission' }) }),
    );
  });
});

describe('a profile of a round an XLSForm defines', () => {
  const form = formSheets({
    survey: [
      ['type', 'name', 'label::English (en)', 'label::French (fr)'],
      ['begin group', 'code', 'Code of conduct', 'Code de conduite'],
      ['select_one yes_no', 'has_code', 'Is there a code of conduct?', 'Existe-t-il un code de conduite ?'],
      ['select_multiple measures', 'measures', 'Measures in place', 'Mesures en place'],
      ['end group'],
      ['begin group', 'factors', 'Key factors', 'Facteurs clés'],
      ['select_one level', 'law', 'Clear law', 'Loi claire'],
      ['select_one level', 'audit', 'Audit', 'Audit'],
      ['select_one level', 'pay', 'Pay', 'Rémunération'],
      ['end group'],
    ],
    choices: [
      ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
      ['yes_no', 'yes', 'Yes', 'Oui'],
      ['yes_no', 'no', 'No', 'Non'],
      ['measures', 'code', 'Code of conduct', 'Code de conduite'],
      ['measures', 'training', 'Training', 'Formation'],
      ['level', 'full', 'Fully', 'Entièrement'],
      ['level', 'some', 'Somewhat', 'En partie'],
      ['level', 'none', 'Not at all', 'Pas du tout'],
    ],
  });
  const rows: Plain[][] = [
    ['Member', 'has_code', 'measures', 'law', 'audit', 'pay'],
    ['France', 'oui', 'code training', 'full', 'some', 'none'],
    ['Japan', 'yes', 'code', 'some', 'some', 'full'],
    ['Kenya', 'no', null, 'none', 'full', 'some'],
  ];
  const [france] = profileWorkbook(workbook(...form, sheet('Responses', rows)), { ...REQUEST, members: ['France'] });

  it('gives its groups as sections, each choice a reported answer, and the Member’s answers as it gave them', () => {
    expect(france.profile.sections.map((s) => [s.section.id, s.items.map((i) => [i.item.id, i.figures.map((f) => f.all.answer)])])).toEqual([
      [
        'code',
        [
          ['has_code', ['yes', 'no']],
          ['measures', ['code', 'training']],
        ],
      ],
      [
        'factors',
        [
          ['law', ['full', 'some', 'none']],
          ['audit', ['full', 'some', 'none']],
          ['pay', ['full', 'some', 'none']],
        ],
      ],
    ]);
    const cells = france.plan.sheets[0].blocks.flatMap((b) => b.rows.flat());
    // "oui" as written; the names of the choices ticked, as their labels.
    expect(cells).toEqual(expect.arrayContaining(['oui', 'Code de conduite, Formation', 'Entièrement', 'En partie', 'Pas du tout']));
  });

  it('draws a radar of the group whose items share one list of three choices, and of no other', () => {
    expect(france.plan.sheets[0].charts.map((c) => [c.kind, c.scale])).toEqual([['radar', { min: 0, max: 2, step: 1 }]]);
    expect(france.profile.assessments.map((a) => a.section.id)).toEqual(['factors']);
    expect(france.profile.assessments[0].scored.map((f) => f.member)).toEqual([2, 1, 0]);
  });
});
