import { newcombeInterval, wilsonInterval } from '../../../src/core/analyse/intervals';
import { REGISTRY_1998 } from '../../../src/core/members';
import { analyseWorkbook } from '../../../src/core/workflows/analyse-workbook';
import type { SheetPlan, TablePlan } from '../../../src/core/report/plan';
import { REPORT_SHEETS } from '../../../src/core/report/report-plan';
import * as chartsSheet from '../../../src/core/report/charts-sheet';
import * as comparisonSheet from '../../../src/core/report/comparison-sheet';
import * as crmSheet from '../../../src/core/report/crm-sheet';
import * as regionsSheet from '../../../src/core/report/regions-sheet';
import * as summarySheet from '../../../src/core/report/summary-sheet';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { day } from '../../support/survey';

const TODAY = serialOfUtc(2026, 11, 26);
const S1 = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
const rows: Plain[][] = [
  ['Member', 'Received', ...S1, 'T1', 'G1'],
  ['France', { date: day(1) }, 'Yes', 'Yes', 'No', 'Yes', 'Yes', 'No', 'Taken', 'Both'],
  ['Germany', { date: day(2) }, 'No', 'Yes', 'No', 'Yes', 'Yes', 'No', 'Intended', 'None'],
  ['Japan', { date: day(3) }, 'Yes', null, 'No', 'Yes', 'Yes', 'No', 'Taken', 'Customs-specific'],
  ['Atlantis', { date: day(4) }, 'Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Taken', 'Both'],
];
const input = workbook(sheet('Responses', rows));
const plan = (request: Partial<Parameters<typeof analyseWorkbook>[1]> = {}, book = input) =>
  analyseWorkbook(book, { settings: {}, defaultLanguage: 'en', today: TODAY, ...request }).plan;
const sheetOf = (name: string, p = plan()) => p.sheets.find((s) => s.name === name)!;
const table = (s: SheetPlan, name: string) => s.tables.find((t) => t.name === name)!;
const notesOf = (s: SheetPlan) => s.blocks.filter((b) => b.style === 'note').flatMap((b) => b.rows.map((r) => String(r[0])));
const SMALL_BASE = 'A percentage on fewer than 5 respondents is left blank (too few respondents to read).';
/** Five Europeans (France, Germany, Italy, Spain, Malta: four Yes) and Japan. */
const europe: Plain[][] = [['Member', 'F1'], ...['France', 'Germany', 'Italy', 'Spain', 'Malta', 'Japan'].map((m, i) => [m, i < 4 ? 'Yes' : 'No'])];
/** A table's row by column name. */
const cells = (t: TablePlan, row: readonly unknown[]) => Object.fromEntries(t.columns.map((c, i) => [c, row[i]]));
const rowOf = (t: TablePlan, question: string, answer: string) =>
  t.rows.find((r) => r[t.columns.indexOf('Question')] === question && r[t.columns.indexOf('Answer')] === answer)!;

describe('the sheets analyze writes', () => {
  it('are Summary, Charts, Regions, Comparison, CRM Summary and Validation, in that order', () => {
    expect(plan().sheets.map((s) => s.name)).toEqual(['Summary', 'Charts', 'Regions', 'Comparison', 'CRM Summary', 'Validation']);
  });
});

describe('Summary', () => {
  const summary = sheetOf('Summary');
  const t = table(summary, 'SurveySummary');

  it('holds the table SurveySummary with its exact columns, at A1, header frozen', () => {
    expect([t.top, t.left]).toEqual([1, 1]);
    expect(t.columns).toEqual(['Section', 'Question', 'Label', 'Answer', 'Count', 'Base', 'Percent', 'Low', 'High']);
    expect(t.formats?.[6]).toBe('percent');
    expect(summary.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it('has one row per reported answer, with count, base and the fraction, and its interval on a base of 5 or more only', () => {
    expect(rowOf(t, 'F1', 'Yes')).toEqual(['S1', 'F1', 'Greater public and media scrutiny', 'Yes', 2, 3, 2 / 3, null, null]);
    expect(rowOf(t, 'F2', 'Yes')).toEqual(['S1', 'F2', 'Increased expectation from the public for quality services', 'Yes', 2, 2, 1, null, null]);
    expect(rowOf(t, 'G1', 'Public-service-wide').slice(4)).toEqual([1, 3, 1 / 3, null, null]);
    expect(rowOf(t, 'A1', 'Yes').slice(4)).toEqual([0, 0, null, null, null]);
  });

  it('gives the headline figures beside the table, and names what it left out', () => {
    const texts = summary.blocks.flatMap((b) => b.rows.map((r) => r.join(' | ')));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Respondents counted | 3',
        'Excluded for errors (see the Validation sheet) | 1',
        'Members in the registry | 150',
        'Members responding | 3',
        'Response rate | 0.02',
        'Atlantis (Responses!A5) | a Member name not in the registry',
      ]),
    );
    const besideOrUnder = (b: (typeof summary.blocks)[number]) => b.left > t.columns.length || b.top > t.top + t.rows.length;
    expect(summary.blocks.every(besideOrUnder)).toBe(true);
  });

  it('says under the table how the figures were made: date, questionnaire, cutoff, registry, blanks, small bases', () => {
    const under = summary.blocks.filter((b) => b.top > t.top + t.rows.length);
    expect(under.flatMap((b) => b.rows.map((r) => r[0])).filter((v) => v !== null)).toEqual(
      expect.arrayContaining(['How the figures were made', 'Date of analysis', 'Questionnaire', 'Cutoff', 'Members', 'Blank answers', 'Small bases']),
    );
  });

  it('names the reasons a submission was left out in words, in the sheet’s language, never as codes', () => {
    const withKenya = workbook(sheet('Responses', [...rows, ['Kenya', { date: day(5) }, 'Perhaps', ...Array(5).fill('Yes'), { error: '#N/A' }, 'Both']]));
    const leftOut = (lang: 'en' | 'fr') => {
      const blocks = sheetOf('Summary', plan({ settings: { language: lang } }, withKenya)).blocks;
      const heading = blocks.findIndex((b) => b.style === 'heading');
      // A long reason may run on in the rows under it, its first cell blank: one entry per submission.
      const entries: string[][] = [];
      for (const [name, reason] of blocks[heading + 1].rows) {
        if (name === null) entries[entries.length - 1][1] += ` ${String(reason)}`;
        else entries.push([String(name), String(reason)]);
      }
      return entries;
    };
    expect(leftOut('en')).toEqual([
      ['Atlantis (Responses!A5)', 'a Member name not in the registry'],
      ['Kenya (Responses!A6)', 'an answer not on the question’s scale; an Excel error value such as #N/A in a cell'],
    ]);
    expect(leftOut('fr')).toEqual([
      ['Atlantis (Responses!A5)', 'un nom de Membre absent du registre'],
      ['Kenya (Responses!A6)', 'une réponse hors de l’échelle de la question\u00a0; une valeur d’erreur Excel comme #N/A dans une cellule'],
    ]);
  });

  it('labels in French, keeping the Answer column English', () => {
    const fr = table(sheetOf('Summary', plan({ settings: { language: 'fr' } })), 'SurveySummary');
    expect(rowOf(fr, 'F1', 'Yes').slice(2, 4)).toEqual(['Surveillance accrue du public et des médias', 'Yes']);
  });
});

describe('Charts', () => {
  const charts = sheetOf('Charts');

  it('draws one chart per section S1–S7, titled like the report', () => {
    expect(charts.charts.map((c) => c.title)).toEqual([
      'Chart 1 — Forces impacting on Customs integrity and conduct',
      'Chart 2 — Administrative policy elements relied on to ensure integrity',
      'Chart 3 — Trade and tariff policy measures taken or to be taken',
      'Chart 4 — Guidance available to officials',
      'Chart 5 — How ethical values and standards of conduct are communicated',
      'Chart 6 — Measures most likely to reduce opportunities for corruption',
      'Chart 7 — Elements to be considered for inclusion in the Arusha Declaration',
    ]);
  });

  it('gives a chart the items as categories and a series per reported answer, over its own block', () => {
    const chart3 = charts.charts[2];
    expect(chart3.series.map((s) => s.name)).toEqual(['Taken', 'Intended']);
    const values = (ref: { column: number; top: number; bottom: number }) => {
      const block = charts.blocks.find((b) => b.top === ref.top && b.left === 1)!;
      return block.rows.map((r) => r[ref.column - 1]);
    };
    expect(values(chart3.categories)).toHaveLength(7);
    expect(values(chart3.categories)[0]).toBe('Elimination of non-tariff restrictions');
    expect(values(chart3.series[0].values)[0]).toBe(2 / 3);
    expect(values(chart3.series[1].values)[0]).toBe(1 / 3);
    expect(chart3.categories.sheet).toBe('Charts');
  });

  it('names the series in the chosen language', () => {
    const fr = sheetOf('Charts', plan({ settings: { language: 'fr' } }));
    expect(fr.charts[3].series.map((s) => s.name)).toEqual(['Propre à la douane', 'Fonction publique']);
    expect(fr.charts[0].title).toBe('Graphique 1 — Facteurs influant sur l’intégrité et la conduite en douane');
  });

  it('keeps charts from overlapping', () => {
    const anchors = charts.charts.map((c) => c.anchor);
    anchors.slice(1).forEach((a, i) => expect(a.top).toBeGreaterThan(anchors[i].bottom));
  });
});

describe('Regions', () => {
  it('gives each region its percent and base, leaving out a percent on too small a base', () => {
    const t = table(sheetOf('Regions'), 'RegionPercentages');
    expect(t.columns.slice(4, 8)).toEqual(['AM Percent', 'AM Base', 'ESA Percent', 'ESA Base']);
    const f1 = rowOf(t, 'F1', 'Yes');
    const eur = t.columns.indexOf('EUR Percent');
    expect([f1[eur], f1[eur + 1]]).toEqual([null, 2]);
  });

  it('shows the percent once the base reaches the minimum', () => {
    const europe: Plain[][] = [['Member', 'F1'], ...['France', 'Germany', 'Italy', 'Spain', 'Malta'].map((m, i) => [m, i < 4 ? 'Yes' : 'No'])];
    const t = table(sheetOf('Regions', plan({}, workbook(sheet('Responses', europe)))), 'RegionPercentages');
    const eur = t.columns.indexOf('EUR Percent');
    expect(rowOf(t, 'F1', 'Yes').slice(eur, eur + 2)).toEqual([0.8, 5]);
  });

  it('prints on two pages wide, at one readable scale: every region’s percent and base, then their intervals, the answer’s columns on both', () => {
    const regions = sheetOf('Regions');
    const t = table(regions, 'RegionPercentages');
    expect(regions.columnBreaks).toEqual([t.columns.indexOf('WCA Base') + 1]);
    expect(t.columns[regions.columnBreaks![0]]).toBe('AM Low');
    expect(regions.page).toMatchObject({ orientation: 'landscape', fitToWidth: false, titleColumns: { left: 1, right: 4 }, columnBreaks: [16] });
    // Each header's words kept whole beside the filter button: 74 % of full size with the 1998 survey's answers.
    expect(regions.page!.scale).toBeGreaterThanOrEqual(70);
    // A region's columns as narrow as their headers' words: "Percent", or its code ("MENA" wider than "AM").
    const width = (column: string) => regions.columnWidths![t.columns.indexOf(column) + 1];
    expect(['AM Percent', 'AM Base', 'AM Low', 'MENA Base', 'MENA High'].map(width)).toEqual([10, 7, 7, 9, 9]);
  });
});

describe('Comparison', () => {
  it('compares with the 1998 report’s figures, in percentage points', () => {
    const t = table(sheetOf('Comparison'), 'PublishedComparison');
    expect(t.columns).toEqual([
      ...['Section', 'Question', 'Label', 'Answer', 'Percent', 'Published', 'Difference (pp)'],
      ...['Low (pp)', 'High (pp)', 'Significant', 'Low', 'High'],
    ]);
    const f1 = rowOf(t, 'F1', 'Yes');
    expect(f1.slice(4, 6)).toEqual([2 / 3, 0.75]);
    expect(f1[6]).toBeCloseTo(-8.333, 3);
    expect(f1.slice(7)).toEqual([null, null, null, null, null]); // a base of 3: no interval
    expect(t.rows.some((r) => String(r[1]).startsWith('AR'))).toBe(false);
  });

  it('gives each difference from the published figure the percent’s own interval less the figure, and whether it excludes it', () => {
    const t = table(sheetOf('Comparison', plan({}, workbook(sheet('Responses', europe)))), 'PublishedComparison');
    const own = wilsonInterval(4, 6, REGISTRY_1998.members.length)!;
    const f1 = cells(t, rowOf(t, 'F1', 'Yes'));
    expect(f1).toMatchObject({ Percent: 4 / 6, Published: 0.75, Low: own.low, High: own.high, Significant: 'No' });
    expect([f1['Low (pp)'], f1['High (pp)']]).toEqual([(own.low - 0.75) * 100, (own.high - 0.75) * 100]);
  });

  it('adds a Member against all and its region on request, in the sheet’s language', () => {
    const t = table(sheetOf('Comparison', plan({ member: 'japon' })), 'MemberComparison');
    expect(t.columns).toEqual([
      'Section',
      'Question',
      'Label',
      'Answer',
      'Member answer',
      'Gives this answer',
      'All percent',
      'Region percent',
      'All base',
      'Region base',
      'All low',
      'All high',
      'Region low',
      'Region high',
    ]);
    expect(rowOf(t, 'F2', 'Yes').slice(4)).toEqual([null, null, 1, null, 2, 0, null, null, null, null]);
    // Japan alone in its region: the region's percent on 1 respondent is left blank, its base shown.
    expect(rowOf(t, 'T1', 'Intended').slice(4)).toEqual(['Taken', 'No', 1 / 3, null, 3, 1, null, null, null, null]);
    expect(rowOf(t, 'T1', 'Taken').slice(4, 6)).toEqual(['Taken', 'Yes']);
  });

  it('writes the reported answer, the Member’s answer and whether it gives it all in the sheet’s language', () => {
    const t = table(sheetOf('Comparison', plan({ member: 'japon', settings: { language: 'fr' } })), 'MemberComparison');
    expect(rowOf(t, 'F1', 'Oui').slice(3, 6)).toEqual(['Oui', 'Oui', 'Oui']);
    expect(rowOf(t, 'F3', 'Oui').slice(3, 6)).toEqual(['Oui', 'Non', 'Non']);
    expect(rowOf(t, 'T1', 'Prévu').slice(3, 6)).toEqual(['Prévu', 'Pris', 'Non']);
  });

  it('says nothing about counting for a Member that is counted', () => {
    const comparison = sheetOf('Comparison', plan({ member: 'japon' }));
    expect(notesOf(comparison).filter((n) => /not counted|not among/.test(n))).toEqual([]);
  });

  it('says why a Member is not counted: its errors in words, in the sheet’s language', () => {
    const withKenya = workbook(sheet('Responses', [...rows, ['Kenya', { date: day(5) }, 'Perhaps', ...Array(5).fill('Yes'), 'Maybe', 'Both']]));
    // A note runs over lines a sentence each: read together.
    const en = notesOf(sheetOf('Comparison', plan({ member: 'Kenya' }, withKenya))).join(' ');
    expect(en).toContain(
      'This Member’s submission is not counted in the percentages: it has errors (an answer not on the question’s scale). Correct them: see the Validation sheet.',
    );
    const fr = notesOf(sheetOf('Comparison', plan({ member: 'Kenya', settings: { language: 'fr' } }, withKenya))).join(' ');
    expect(fr).toContain(
      'La soumission de ce Membre n’est pas comptée dans les pourcentages\u00a0: elle comporte des erreurs (une réponse hors de l’échelle de la question). Corrigez-les\u00a0: voir la feuille Validation.',
    );
  });

  it('says when a Member came after the cutoff', () => {
    const notes = notesOf(sheetOf('Comparison', plan({ member: 'Japan', settings: { firstResponses: 2 } })));
    expect(notes).toContain('This Member’s submission is not counted in the percentages: only the first 2 received count, and it came after them.');
  });

  it('adds a region against the other respondents on request, leaving a percent on too few respondents blank and saying why', () => {
    const comparison = sheetOf('Comparison', plan({ region: 'EUR' }));
    const t = table(comparison, 'RegionComparison');
    expect(t.columns).toEqual([
      ...['Section', 'Question', 'Label', 'Answer', 'Region percent', 'All percent', 'Difference (pp)', 'Region base', 'All base'],
      ...['Low (pp)', 'High (pp)', 'Significant', 'Rest percent', 'Rest base'],
      ...['Region low', 'Region high', 'Rest low', 'Rest high', 'All low', 'All high'],
    ]);
    // Europe 2 of 3 respondents, Japan the rest: both too few; all 3 shown, their interval not (a base under 5).
    expect(rowOf(t, 'F1', 'Yes').slice(4)).toEqual([null, 2 / 3, null, 2, 3, null, null, null, null, 1, null, null, null, null, null, null]);
    expect(notesOf(comparison)).toContain(SMALL_BASE);
    const notes = comparison.blocks.find((b) => b.rows.at(-1)![0] === SMALL_BASE)!;
    expect(notes.top + notes.rows.length).toBe(t.top); // the last note, right over the table
    expect(comparison.blocks.some((b) => b.style === 'heading' && b.rows[0][0] === 'Europe against the other respondents')).toBe(true);
  });

  it('gives the difference from the rest once both have enough respondents, with its interval from each one’s Members', () => {
    const others = ['Japan', 'Kenya', 'Chile', 'Peru', 'Canada'].map((m, i) => [m, i < 1 ? 'Yes' : 'No']);
    const comparison = sheetOf('Comparison', plan({ region: 'EUR' }, workbook(sheet('Responses', [...europe.slice(0, 6), ...others]))));
    const t = table(comparison, 'RegionComparison');
    const [inEurope, members] = [REGISTRY_1998.membersIn('EUR').length, REGISTRY_1998.members.length];
    const difference = newcombeInterval({ count: 4, base: 5, population: inEurope }, { count: 1, base: 5, population: members - inEurope })!;
    const region = wilsonInterval(4, 5, inEurope)!;
    const rest = wilsonInterval(1, 5, members - inEurope)!;
    const all = wilsonInterval(5, 10, members)!;
    expect(cells(t, rowOf(t, 'F1', 'Yes'))).toEqual({
      ...{ Section: 'S1', Question: 'F1', Label: 'Greater public and media scrutiny', Answer: 'Yes' },
      ...{ 'Region percent': 0.8, 'All percent': 0.5, 'Difference (pp)': expect.closeTo(60, 10), 'Region base': 5, 'All base': 10 },
      ...{ 'Low (pp)': difference.low * 100, 'High (pp)': difference.high * 100, Significant: difference.significant ? 'Yes' : 'No' },
      ...{ 'Rest percent': 0.2, 'Rest base': 5, 'Region low': region.low, 'Region high': region.high },
      ...{ 'Rest low': rest.low, 'Rest high': rest.high, 'All low': all.low, 'All high': all.high },
    });
    expect(notesOf(comparison)).not.toContain(SMALL_BASE);
    expect(notesOf(comparison).join(' ')).toContain('The region is compared with the other respondents (Rest), not with all of them');
  });

  it('adds a second round on request, each round under the small-base rule', () => {
    const earlier = workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['France', 'No'],
        ['Japan', 'No'],
      ]),
    );
    const comparison = sheetOf('Comparison', plan({ otherRound: { name: '1997.xlsx', workbook: earlier } }));
    expect(rowOf(table(comparison, 'RoundComparison'), 'F1', 'Yes').slice(4)).toEqual([null, null, null, 3, 2, null, null, null, null, null, null, null]);
    expect(notesOf(comparison)).toContain(SMALL_BASE);
  });

  it('compares two rounds of enough respondents in points', () => {
    const earlier = workbook(sheet('Responses', [['Member', 'F1'], ...['France', 'Germany', 'Italy', 'Spain', 'Malta'].map((m) => [m, 'No'])]));
    const t = table(
      sheetOf('Comparison', plan({ otherRound: { name: '1997.xlsx', workbook: earlier } }, workbook(sheet('Responses', europe)))),
      'RoundComparison',
    );
    expect(t.columns.slice(4)).toEqual([
      ...['This round', 'Other round', 'Change (pp)', 'This base', 'Other base'],
      ...['Low (pp)', 'High (pp)', 'Significant', 'This low', 'This high', 'Other low', 'Other high'],
    ]);
    const members = REGISTRY_1998.members.length;
    const change = newcombeInterval({ count: 4, base: 6, population: members }, { count: 0, base: 5, population: members })!;
    const [thisRound, otherRound] = [wilsonInterval(4, 6, members)!, wilsonInterval(0, 5, members)!];
    expect(rowOf(t, 'F1', 'Yes').slice(4)).toEqual([
      ...[4 / 6, 0, expect.closeTo((4 / 6) * 100, 10), 6, 5],
      ...[change.low * 100, change.high * 100, 'Yes', thisRound.low, thisRound.high, otherRound.low, otherRound.high],
    ]);
  });

  it('says what the intervals of differences assume, in the sheet’s language', () => {
    const en = notesOf(sheetOf('Comparison')).join(' ');
    expect(en).toContain('Significant is Yes where it excludes 0');
    expect(en).toContain('The published figure is taken as exact');
    const fr = notesOf(sheetOf('Comparison', plan({ settings: { language: 'fr' } }))).join(' ');
    expect(fr).toContain('Significant vaut Oui lorsqu’il exclut 0');
  });

  it('keeps the note’s wording one: the Regions sheet says the same, in French too', () => {
    // A note's lines read together: the Regions sheet's are as narrow as its answer columns, printed on both its pages.
    const read = (s: SheetPlan) => notesOf(s).join(' ');
    expect(read(sheetOf('Regions'))).toContain(SMALL_BASE);
    const fr = plan({ region: 'EUR', settings: { language: 'fr' } });
    const note = 'Un pourcentage sur moins de 5 répondants est laissé en blanc (trop peu de répondants pour être lu).';
    expect(read(sheetOf('Regions', fr))).toContain(note);
    expect(read(sheetOf('Comparison', fr))).toContain(note);
  });

  it('says under the title how to add a Member, region or round comparison when none is asked for', () => {
    const comparison = sheetOf('Comparison');
    expect(comparison.blocks[1]).toMatchObject({ top: 3, style: 'note' });
    const lines = (s: SheetPlan) => s.blocks[1].rows.map((r) => r[0]).join(' ');
    expect(lines(comparison)).toMatch(
      /^To compare a Member, a WCO region or another survey round as well: .*--member NAME, --region CODE or --compare other\.xlsx.*the Compare tab\.$/,
    );
    expect(table(comparison, 'PublishedComparison').top).toBeGreaterThan(4);
    const fr = sheetOf('Comparison', plan({ settings: { language: 'fr' } }));
    expect(lines(fr)).toMatch(/^Pour comparer aussi un Membre.*l’onglet Comparer\.$/);
    expect(notesOf(sheetOf('Comparison', plan({ member: 'Japan' }))).some((n) => n.includes('--member'))).toBe(false);
  });
});

describe('Validation', () => {
  it('lists every issue in the table ValidationIssues with its exact columns', () => {
    const t = table(sheetOf('Validation'), 'ValidationIssues');
    expect(t.columns).toEqual(['Severity', 'Sheet', 'Cell', 'Member', 'Question', 'Code', 'Message']);
    expect(t.rows).toContainEqual([
      'error',
      'Responses',
      'A5',
      'Atlantis',
      '',
      'unknown-member',
      '“Atlantis” is not a WCO Member name. Check the spelling, or enter the Member’s code (for example MYS).',
    ]);
  });
});

describe('CRM Summary', () => {
  const crm = sheet('CRM Indicators', [
    ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
    ['Japan', 'CLEARANCE-TIME', 'Implementation', '1997', 48, '1999', 24],
    ['Japan', 'REV-YIELD', 'Implementation', '1997', 100, '1999', 90],
    ['France', 'COMPLAINTS', 'Evaluation', '1997', 12, '1999', null],
    ['Atlantis', 'REV-YIELD', null, '1997', 1, '1999', 2],
  ]);
  const summary = sheetOf('CRM Summary', plan({}, workbook(sheet('Responses', rows), crm)));

  it('gives each Member × indicator its change and status by the indicator’s direction', () => {
    const t = table(summary, 'CRMResults');
    expect(t.columns).toEqual([
      'Member',
      'Region',
      'Stage',
      'Indicator',
      'Label',
      'Unit',
      'Better when',
      'Baseline period',
      'Baseline',
      'Follow-up period',
      'Follow-up',
      'Change',
      'Relative change',
      'Status',
    ]);
    const byIndicator = (id: string) => t.rows.find((r) => r[3] === id)!;
    expect(byIndicator('CLEARANCE-TIME').slice(8)).toEqual([48, '1999', 24, -24, -0.5, 'improved']);
    expect(byIndicator('REV-YIELD').slice(11)).toEqual([-10, -0.1, 'declined']);
    expect(byIndicator('COMPLAINTS').slice(10)).toEqual([null, null, null, 'not measured']);
  });

  it('gives each Member its share of measured indicators improved, and each indicator its Members improved', () => {
    expect(table(summary, 'CRMMembers').rows).toEqual([
      ['France', 'Evaluation', 0, 0, 0, 0, null],
      ['Japan', 'Implementation', 2, 1, 1, 0, 0.5],
    ]);
    expect(table(summary, 'CRMIndicatorProgress').rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['REV-YIELD', 1, 0, 1],
      ['CLEARANCE-TIME', 1, 1, 0],
      ['COMPLAINTS', 0, 0, 0],
    ]);
  });

  it('says how many rows it left out for errors', () => {
    const notes = summary.blocks.filter((b) => b.style === 'note').flatMap((b) => b.rows.map((r) => r[0]));
    expect(notes).toContain('1 row of the CRM Indicators sheet left out for errors: see the Validation sheet.');
  });

  it('says what to add when the workbook has no CRM indicators', () => {
    const empty = sheetOf('CRM Summary');
    expect(empty.tables.map((t) => t.rows.length)).toEqual([0, 0, 0]);
    expect(empty.blocks[1].rows.map((r) => r[0]).join(' ')).toMatch(/^No CRM indicators in this workbook\. Add a sheet “CRM Indicators”/);
  });
});

describe('one sheet planned alone, as a screen of the task pane writes it', () => {
  const crm = sheet('CRM Indicators', [
    ['Member', 'Indicator', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
    ['Japan', 'CLEARANCE-TIME', '1997', 48, '1999', 24],
  ]);
  const book = workbook(sheet('Responses', rows), crm);
  const asked = { member: 'Japan', region: 'EUR', settings: { language: 'fr' } } as const;
  const whole = plan(asked, book);

  afterEach(() => jest.restoreAllMocks());

  it.each(REPORT_SHEETS)('is %s as the whole plan has it', (name) => {
    expect(plan({ ...asked, sheet: name }, book).sheets).toEqual([sheetOf(name, whole)]);
  });

  it('makes no other sheet: Validation alone builds no chart, no comparison, no CRM Summary', () => {
    const builders = [
      jest.spyOn(summarySheet, 'summarySheet'),
      jest.spyOn(chartsSheet, 'chartsSheet'),
      jest.spyOn(regionsSheet, 'regionsSheet'),
      jest.spyOn(comparisonSheet, 'comparisonSheet'),
      jest.spyOn(crmSheet, 'crmSheet'),
    ];
    expect(plan({ ...asked, sheet: 'Validation' }, book).sheets.map((s) => s.name)).toEqual(['Validation']);
    builders.forEach((builder) => expect(builder).not.toHaveBeenCalled());
    plan(asked, book);
    builders.forEach((builder) => expect(builder).toHaveBeenCalledTimes(1));
  });
});
