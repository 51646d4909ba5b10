import { analyseSurvey } from '../../../src/core/analyse/analyse-survey';
import { wilsonInterval } from '../../../src/core/analyse/intervals';
import { DEFAULT_OPTIONS } from '../../../src/core/analyse/options';
import { checkSurvey } from '../../../src/core/check/check-survey';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import { chartsSheet } from '../../../src/core/report/charts-sheet';
import type { ColumnRef, SheetPlan } from '../../../src/core/report/plan';
import { summarySheet } from '../../../src/core/report/summary-sheet';
import type { Plain } from '../../support/snapshot';
import { analyse as analyse1998, day } from '../../support/survey';
import { formOf, INTEGRITY_FORM, responsesTo, type FormSheets } from '../../support/xlsform';

const HEADER = ['type', 'name', 'label::English (en)', 'label::French (fr)'];
const CHOICES = [
  ...(INTEGRITY_FORM.choices ?? []),
  ['agree', 'agree', 'Agree', 'D’accord'],
  ['agree', 'neutral', 'Neutral', 'Neutre'],
  ['agree', 'disagree', 'Disagree', 'Pas d’accord'],
  ['agree', 'unsure', 'Unsure', 'Ne sait pas'],
  ['agree', 'refused', 'Refused', 'Refus'],
  ['ynd', 'Y', 'YES', 'OUI'],
  ['ynd', 'N', 'NO', 'NON'],
  ['ynd', 'dont_know', 'Don’t know', 'Ne sait pas'],
  ['oui_non', '1', 'Oui', 'Oui'],
  ['oui_non', '2', 'Non', 'Non'],
  ['ynm', 'yes', 'Yes', 'Oui'],
  ['ynm', 'no', 'No', 'Non'],
  ['ynm', 'maybe', 'Maybe', 'Peut-être'],
];
const form = (title: string, survey: Plain[][]): FormSheets => ({
  survey: [HEADER, ['select_one country', 'country', 'Member', 'Membre'], ...survey],
  choices: CHOICES,
  settings: [
    ['form_title', 'form_id'],
    [title, 'form'],
  ],
});
const yesNo = (name: string, label: string): Plain[] => ['select_one yes_no', name, label, `${label} (fr)`];

/** A group mixing two choice lists and a select_multiple, with yes/no questions and a text outside any group. */
const MIXED_FORM = form('Mixed', [
  ['begin group', 'code', 'Code of conduct', 'Code de conduite'],
  yesNo('has_code', 'Is there a code of conduct?'),
  ['select_multiple measures', 'measures', 'Measures in place', 'Mesures en place'],
  ['select_one agree', 'clear', 'The code is clear', 'Le code est clair'],
  yesNo('signed', 'Officials sign it'),
  ['integer', 'staff', 'Staff trained', 'Personnel formé'],
  ['end group'],
  yesNo('hotline', 'Is there a hotline?'),
  ['text', 'comments', 'Comments', 'Commentaires'],
  ['begin group', 'audit', 'Audit', 'Audit'],
  yesNo('audited', 'Audited last year'),
  ['end group'],
  yesNo('whistle', 'Are whistleblowers protected?'),
]);
/** Yes/no lists however named, with a "don't know"; and a list that is not yes/no, for having a third answer. */
const LISTS_FORM = form('Lists', [
  ['begin group', 'lists', 'Lists', 'Listes'],
  ['select_one ynd', 'ynd', 'Yes, no or don’t know', 'Oui, non ou ne sait pas'],
  ['end group'],
  ['begin group', 'french', 'French', 'Français'],
  ['select_one oui_non', 'oui_non', 'Oui ou non', 'Oui ou non'],
  ['end group'],
  ['begin group', 'maybe', 'Maybe', 'Peut-être'],
  ['select_one ynm', 'ynm', 'Yes, no or maybe', 'Oui, non ou peut-être'],
  ['end group'],
]);
const UNGROUPED_FORM = form('Hotline survey', [yesNo('hotline', 'Is there a hotline?'), yesNo('phone', 'By phone?')]);
const NUMBERS_FORM = form('Numbers', [
  ['integer', 'staff', 'Staff', 'Personnel'],
  ['decimal', 'budget', 'Budget', 'Budget'],
  ['text', 'notes', 'Notes', 'Notes'],
  ['date', 'adopted', 'Adopted', 'Adopté'],
  ['note', 'thanks', 'Thanks', 'Merci'],
]);
const LONG_FORM = form('Long', [
  ['begin group', 'long', 'Thirty questions', 'Trente questions'],
  ...Array.from({ length: 30 }, (_, i) => yesNo(`q${i + 1}`, `Question ${i + 1}`)),
  ['end group'],
  ['begin group', 'views', 'Views', 'Avis'],
  ...Array.from({ length: 8 }, (_, i): Plain[] => ['select_one agree', `v${i + 1}`, `View ${i + 1}`, `Avis ${i + 1}`]),
  ['end group'],
  ['begin group', 'after', 'After', 'Après'],
  yesNo('last', 'Last question'),
  ['end group'],
]);

const INTEGRITY_ROWS: Plain[][] = [
  ['country', 'has_code', 'measures', 'staff'],
  ['MYS', 'yes', 'code training', 120],
  ['KEN', 'yes', 'training', 40],
  ['JPN', 'yes', null, 300],
  ['MLT', 'no', null, 12],
  ['PER', 'no', 'code', 8],
];

function chartsOf(sheets: FormSheets, lang: Language = 'en', rows: Plain[][] = [['country'], ['MYS']]): SheetPlan {
  const questionnaire = formOf(sheets);
  const survey = responsesTo(questionnaire, rows);
  const analysis = analyseSurvey(survey, checkSurvey(survey, questionnaire), questionnaire, REGISTRY_1998.members.length, DEFAULT_OPTIONS);
  return chartsSheet(analysis, lang);
}

/** The cells of the sheet a chart's range reads, as the blocks lay them. */
function cellsOf(sheet: SheetPlan, ref: ColumnRef): Plain[] {
  const block = sheet.blocks.find((b) => b.left === 1 && b.top <= ref.top && ref.bottom < b.top + b.rows.length)!;
  return block.rows.slice(ref.top - block.top, ref.bottom - block.top + 1).map((r) => r[ref.column - 1]);
}

interface Rectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
const overlap = (a: Rectangle, b: Rectangle) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
function rectanglesOf(sheet: SheetPlan): Rectangle[] {
  const blocks = sheet.blocks.map((b) => ({
    top: b.top,
    left: b.left,
    bottom: b.top + b.rows.length - 1,
    right: b.left + Math.max(...b.rows.map((r) => r.length)) - 1,
  }));
  return [...blocks, ...sheet.charts.map((c) => c.anchor)];
}

/** A series' interval and error bar columns, after its percent. */
const INTERVAL_HEADINGS = ['Low', 'High', 'Minus', 'Plus'];

describe('Charts of an XLSForm questionnaire', () => {
  it.each<[string, FormSheets, Language, string, string[]]>([
    [
      'a group’s yes/no questions, and its select_multiple alone, numbered as the report numbers its charts',
      INTEGRITY_FORM,
      'en',
      'Integrity survey 2027: percent of respondents',
      ['Chart 1 — Code of conduct', 'Chart 2 — Measures in place'],
    ],
    [
      'the same in French',
      INTEGRITY_FORM,
      'fr',
      'Integrity survey 2027\u00a0: pourcentage des répondants',
      ['Graphique 1 — Code de conduite', 'Graphique 2 — Mesures en place'],
    ],
    [
      'a group mixing choice lists in numbered parts, in the order they first appear, the ungrouped questions together last',
      MIXED_FORM,
      'en',
      'Mixed: percent of respondents',
      [
        'Chart 1 — Code of conduct — part 1',
        'Chart 2 — Measures in place',
        'Chart 3 — Code of conduct — part 2',
        'Chart 4 — Audit',
        'Chart 5 — Other questions',
      ],
    ],
    [
      'the same in French',
      MIXED_FORM,
      'fr',
      'Mixed\u00a0: pourcentage des répondants',
      [
        'Graphique 1 — Code de conduite — partie 1',
        'Graphique 2 — Mesures en place',
        'Graphique 3 — Code de conduite — partie 2',
        'Graphique 4 — Audit',
        'Graphique 5 — Autres questions',
      ],
    ],
    ['a form without groups, titled with the form’s title', UNGROUPED_FORM, 'en', 'Hotline survey: percent of respondents', ['Chart 1 — Hotline survey']],
    ['no chart of numbers, text, dates or notes', NUMBERS_FORM, 'en', 'Numbers: percent of respondents', []],
  ])('%s', (_, sheets, lang, sheetTitle, titles) => {
    const charts = chartsOf(sheets, lang);
    expect(charts.blocks[0]).toEqual({ top: 1, left: 1, rows: [[sheetTitle]], style: 'title' });
    expect(charts.charts.map((c) => c.title)).toEqual(titles);
    expect(charts.blocks.filter((b) => b.style === 'heading').map((b) => b.rows[0][0])).toEqual(titles);
  });

  it.each<[string, number, string[], string[]]>([
    ['yes/no questions of a part, wherever they sit in the group', 0, ['has_code', 'signed'], ['Yes']],
    ['the other list’s questions', 2, ['clear'], ['Agree', 'Neutral', 'Disagree', 'Unsure', 'Refused']],
    ['the ungrouped questions, before and after a group', 4, ['hotline', 'whistle'], ['Yes']],
  ])('charts %s as categories, a series per answer the report gives: a yes/no list’s Yes, any other list’s every answer', (_, index, questions, series) => {
    const sheet = chartsOf(MIXED_FORM);
    const chart = sheet.charts[index];
    expect(chart.series.map((s) => s.name)).toEqual(series);
    expect(cellsOf(sheet, { ...chart.categories, column: 1 })).toEqual(questions);
  });

  it('gives each question its percent per answer, beside the chart, under a header naming the series', () => {
    const sheet = chartsOf(MIXED_FORM, 'en', [
      ['country', 'clear'],
      ['MYS', 'agree'],
      ['KEN', 'agree'],
      ['JPN', 'unsure'],
      ['MLT', 'refused'],
    ]);
    const chart = sheet.charts[2];
    expect(cellsOf(sheet, chart.categories)).toEqual(['The code is clear']);
    expect(chart.series.map((s) => cellsOf(sheet, s.values))).toEqual([[0.5], [0], [0], [0.25], [0.25]]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([
      // Five series: their intervals are the Summary's, beside each percent only its error bar's lengths (hidden).
      ['Question', 'Label', ...['Agree', 'Neutral', 'Disagree', 'Unsure', 'Refused'].flatMap((answer) => [answer, 'Minus', 'Plus'])],
    ]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top)?.formats).toEqual([undefined, undefined, ...Array(15).fill('percent')]);
  });

  it('charts a yes/no question’s Yes alone, as the report does, while the Summary keeps every answer', () => {
    const sheet = chartsOf(INTEGRITY_FORM, 'en', INTEGRITY_ROWS);
    const chart = sheet.charts[0];
    expect(chart.series.map((s) => [s.name, cellsOf(sheet, s.values)])).toEqual([['Yes', [0.6]]]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([['Question', 'Label', 'Yes', ...INTERVAL_HEADINGS]]);
    const questionnaire = formOf(INTEGRITY_FORM);
    const survey = responsesTo(questionnaire, INTEGRITY_ROWS);
    const analysis = analyseSurvey(survey, checkSurvey(survey, questionnaire), questionnaire, REGISTRY_1998.members.length, DEFAULT_OPTIONS);
    const summary = summarySheet(analysis, 'en', 0).tables[0];
    const answer = summary.columns.indexOf('Answer');
    const question = summary.columns.indexOf('Question');
    expect(summary.rows.filter((r) => r[question] === 'has_code').map((r) => r[answer])).toEqual(['yes', 'no']);
  });

  it.each<[string, number, string[]]>([
    ['a yes/no list in capitals, with a don’t know, charts its Yes', 0, ['YES']],
    ['a list named 1 and 2 but labelled Oui and Non charts its Oui', 1, ['Oui']],
    ['a list with a third answer other than don’t know is not yes/no: every answer', 2, ['Yes', 'No', 'Maybe']],
  ])('%s', (_, index, series) => {
    expect(chartsOf(LISTS_FORM).charts[index].series.map((s) => s.name)).toEqual(series);
  });

  it('gives a select_multiple its choices as categories, one series: the percent of respondents choosing each', () => {
    const sheet = chartsOf(INTEGRITY_FORM, 'fr', INTEGRITY_ROWS);
    const chart = sheet.charts[1];
    expect(cellsOf(sheet, { ...chart.categories, column: 1 })).toEqual(['code', 'training', 'rotation']);
    expect(cellsOf(sheet, chart.categories)).toEqual(['Code de conduite', 'Formation', 'Rotation des fonctionnaires']);
    expect(chart.series.map((s) => [s.name, cellsOf(sheet, s.values)])).toEqual([['Pourcentage des répondants', [0.5, 1, 0]]]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([
      ['Réponse', 'Libellé', 'Pourcentage des répondants', 'Inf.', 'Sup.', 'Moins', 'Plus'],
    ]);
  });

  it.each([
    ['INTEGRITY_FORM', INTEGRITY_FORM],
    ['MIXED_FORM', MIXED_FORM],
    ['LONG_FORM', LONG_FORM],
  ])('lays the charts of %s one under another, none over another or over a block', (_, sheets) => {
    const rectangles = rectanglesOf(chartsOf(sheets));
    rectangles.forEach((a, i) => rectangles.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    const anchors = chartsOf(sheets).charts.map((c) => c.anchor);
    anchors.slice(1).forEach((a, i) => expect(a.top).toBeGreaterThan(anchors[i].bottom));
  });

  it('grows a long group’s chart, and starts the next after it', () => {
    const [long, views, after] = chartsOf(LONG_FORM).charts;
    expect(long.categories.bottom - long.categories.top + 1).toBe(30);
    expect(long.anchor.bottom - long.anchor.top + 1).toBeGreaterThan(30);
    expect(views.anchor.bottom - views.anchor.top + 1).toBeGreaterThan(18);
    expect(after.anchor.bottom - after.anchor.top + 1).toBe(18);
  });

  it('moves every chart right of the widest data block, and sizes its columns: five series, each its percent and its error bar’s lengths, hidden', () => {
    const sheet = chartsOf(LONG_FORM);
    // Five series of three columns each, from C: the chart after a gap column, in S:AB.
    expect(sheet.charts.map((c) => [c.anchor.left, c.anchor.right])).toEqual([
      [19, 28],
      [19, 28],
      [19, 28],
    ]);
    const series = [0, 1, 2, 3, 4].map((i) => 3 + 3 * i);
    expect(sheet.columnWidths).toEqual({ 1: 9, 2: 42, ...Object.fromEntries(series.map((c) => [c, 12])) });
    expect(sheet.hiddenColumns).toEqual(series.flatMap((c) => [c + 1, c + 2]));
  });
});

describe('Charts of the 1998 questionnaire', () => {
  const charts = chartsSheet(analyse1998(['F1', 'T1'], [['France', null, 'Yes', 'Taken']]), 'en');

  it('keeps the report’s seven charts and its title, each chart beside its block in N:W, the next two rows under it', () => {
    expect(charts.blocks[0].rows).toEqual([['Charts 1–7: percent of respondents']]);
    expect(charts.charts.map((c) => c.title)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => expect.stringMatching(new RegExp(`^Chart ${n} — `))));
    expect(charts.charts.map((c) => [c.anchor.left, c.anchor.right])).toEqual(Array(7).fill([14, 23]));
    const headings = charts.blocks.filter((b) => b.style === 'heading').map((b) => b.top);
    expect(charts.charts.map((c) => c.anchor.top)).toEqual(headings);
    charts.charts.slice(1).forEach((c, i) => expect(c.anchor.top).toBe(Math.max(charts.charts[i].anchor.bottom, sourceRow(charts, i)) + 3));
    expect(charts.columnWidths).toEqual({ 1: 9, 2: 42, 3: 18, 4: 7, 5: 7, 8: 21, 9: 7, 10: 7 });
  });

  it('sizes a chart by the height it prints: 18 plain rows, fewer where the labels beside it wrap onto two lines', () => {
    const [hotline] = chartsOf(UNGROUPED_FORM).charts;
    expect(hotline.anchor.bottom - hotline.anchor.top + 1).toBe(18);
    const [forces] = charts.charts;
    expect(forces.anchor.bottom - forces.anchor.top + 1).toBe(13);
  });

  it('notes the survey under each data block', () => {
    const notes = charts.blocks.filter((b) => b.style === 'note');
    expect(notes.map((b) => b.rows)).toEqual(Array(7).fill([['Source: WCO Survey of Integrity Practices, 1998 round']]));
    expect(notes.map((b) => b.top)).toEqual(charts.charts.map((c) => c.categories.bottom + 1));
    expect(chartsSheet(analyse1998(['F1'], [['France', null, 'Yes']]), 'fr').blocks.find((b) => b.style === 'note')?.rows).toEqual([
      ['Source\u00a0: Enquête de l’OMD sur les pratiques en matière d’intégrité, cycle 1998'],
    ]);
  });

  it('keeps the item IDs and labels beside each chart, under Question and Label', () => {
    const chart = charts.charts[0];
    expect(cellsOf(charts, { ...chart.categories, column: 1 })).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
    expect(chart.series.map((s) => [s.name, cellsOf(charts, s.values)[0]])).toEqual([['Yes', 1]]);
    expect(charts.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([['Question', 'Label', 'Yes', ...INTERVAL_HEADINGS]]);
  });
});

describe('A chart’s intervals', () => {
  const FORCES = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
  const members = ['France', 'Japan', 'Kenya', 'Chile', 'Peru', 'Malta'];
  const sheet = chartsSheet(
    analyse1998(
      FORCES,
      members.map((name, i) => [name, null, ...FORCES.map((_, j) => (i <= j ? 'Yes' : 'No'))]),
    ),
    'en',
  );
  const [forces] = sheet.charts;
  const [yes] = forces.series;

  it('gives each percent its interval’s low and high beside it, and the error bars their lengths below and above', () => {
    const interval = wilsonInterval(2, 6)!; // no population given: uncorrected
    const row = sheet.blocks.find((b) => b.top === forces.categories.top)!.rows[1]; // F2: 2 of 6
    expect(row).toEqual(['F2', expect.any(String), 2 / 6, interval.low, interval.high, 2 / 6 - interval.low, interval.high - 2 / 6]);
    expect(yes.errorBars).toEqual({ minus: { ...yes.values, column: 6 }, plus: { ...yes.values, column: 7 } });
    expect(cellsOf(sheet, yes.errorBars!.plus)[1]).toBe(interval.high - 2 / 6);
  });

  it('says what the lines are under the title, and where the intervals are for a host that cannot draw them', () => {
    expect(forces.subtitle).toBe('n = 6 Members; lines: 95 % intervals (figures beside)');
    expect(forces.subtitleWithoutIntervals).toBe('n = 6 Members; 95 % intervals: Low and High beside the chart');
    const fr = chartsSheet(
      analyse1998(
        FORCES,
        members.map((name) => [name, null, ...FORCES.map(() => 'Yes')]),
      ),
      'fr',
    ).charts[0];
    expect(fr.subtitle).toBe('n = 6 Membres\u00a0; traits\u00a0: intervalles à 95\u00a0% (chiffres à côté)');
  });

  it('points to the Summary’s Low and High where a chart of more than three series leaves no room for them beside', () => {
    const sheet = chartsOf(MIXED_FORM, 'en', [['country', 'clear'], ...['MYS', 'KEN', 'JPN', 'MLT', 'FRA'].map((m) => [m, 'agree'])]);
    const chart = sheet.charts[2];
    expect(chart.subtitle).toBe('n = 5 Members; lines: 95 % intervals (figures in the Summary)');
    expect(chart.subtitleWithoutIntervals).toBe('n = 5 Members; 95 % intervals: Low and High in the Summary');
    expect(chart.series[0].errorBars).toEqual({ minus: { ...chart.series[0].values, column: 4 }, plus: { ...chart.series[0].values, column: 5 } });
  });

  it('draws none on bases under the minimum: no error bars, the subtitle the base alone', () => {
    const few = chartsSheet(
      analyse1998(
        FORCES,
        members.slice(0, 4).map((name) => [name, null, ...FORCES.map(() => 'Yes')]),
      ),
      'en',
    ).charts[0];
    expect(few.series[0].errorBars).toBeUndefined();
    expect([few.subtitle, few.subtitleWithoutIntervals]).toEqual(['n = 4 Members', undefined]);
  });
});

describe('A chart’s base and cutoff, under its title', () => {
  const FORCES = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
  const all = (answer: string) => FORCES.map(() => answer);
  const subtitle = (rows: Plain[][], lang: Language, firstResponses?: number) =>
    chartsSheet(analyse1998(FORCES, rows, firstResponses === undefined ? {} : { firstResponses }), lang).charts[0].subtitle;
  const EQUAL: Plain[][] = [
    ['France', day(1), ...all('Yes')],
    ['Japan', day(2), ...all('No')],
  ];
  const UNEQUAL: Plain[][] = [...EQUAL, ['Kenya', day(3), 'Yes', ...FORCES.slice(1).map(() => null)]];

  it.each<[string, Plain[][], Language, number | undefined, string]>([
    ['every bar on the same base: that base', EQUAL, 'en', undefined, 'n = 2 Members'],
    ['bars on different bases: their range', UNEQUAL, 'en', undefined, 'n = 2–3 Members'],
    ['a cutoff: the responses counted', UNEQUAL, 'en', 3, 'n = 2–3 Members; first 3 responses received'],
    ['one respondent', EQUAL.slice(0, 1), 'en', undefined, 'n = 1 Member'],
    ['the same in French, a non-breaking space before the semicolon', UNEQUAL, 'fr', 3, 'n = 2–3 Membres\u00a0; 3 premières réponses reçues'],
    ['in French, without a cutoff', EQUAL, 'fr', undefined, 'n = 2 Membres'],
  ])('%s', (_, rows, lang, firstResponses, expected) => {
    expect(subtitle(rows, lang, firstResponses)).toBe(expected);
  });

  it('counts the bases of an XLSForm chart’s questions, and names the form as the source', () => {
    const sheet = chartsOf(MIXED_FORM, 'en', [
      ['country', 'has_code', 'signed'],
      ['MYS', 'yes', 'no'],
      ['KEN', 'no', null],
    ]);
    expect(sheet.charts[0].subtitle).toBe('n = 1–2 Members');
    expect(sheet.blocks.filter((b) => b.style === 'note').map((b) => b.rows[0][0])).toEqual(Array(5).fill('Source: Mixed'));
  });
});

describe('Page breaks of the printed Charts sheet', () => {
  const blocksOf = (sheet: SheetPlan) => sheet.charts.map((c, i) => ({ top: c.anchor.top, bottom: Math.max(c.anchor.bottom, sourceRow(sheet, i)) }));

  it.each<[string, SheetPlan]>([
    ['the 1998 report', chartsSheet(analyse1998(['F1'], [['France', null, 'Yes']]), 'en')],
    ['a long XLSForm', chartsOf(LONG_FORM)],
  ])('breaks %s’s pages only between blocks, between the two rows that part them (off the charts’ edges)', (_, sheet) => {
    const blocks = blocksOf(sheet);
    expect(sheet.rowBreaks?.length).toBeGreaterThan(0);
    for (const row of sheet.rowBreaks ?? []) {
      expect(blocks.some((b) => b.top === row + 2)).toBe(true);
      expect(blocks.some((b) => b.top <= row && row <= b.bottom)).toBe(false);
    }
  });

  it('prints the report’s charts two a page: a break before Charts 3, 5 and 7', () => {
    const sheet = chartsSheet(analyse1998(['F1'], [['France', null, 'Yes']]), 'en');
    expect(sheet.rowBreaks).toEqual([2, 4, 6].map((i) => sheet.charts[i].anchor.top - 2));
  });

  it('gives a group too long for a page a page of its own', () => {
    const sheet = chartsOf(LONG_FORM);
    const [long, views] = sheet.charts;
    expect(sheet.rowBreaks).toContain(views.anchor.top - 2);
    expect(long.anchor.top).toBe(3);
  });

  it('stops a long group’s chart at the height of a printed page, its bars thinner, so that it prints whole', () => {
    const [long] = chartsOf(LONG_FORM).charts;
    // 60 bars of 18 pixels would take 60 rows; the sheet, 1,516 pixels wide (its error bars' columns hidden), shrinks
    // to 0.65 on a landscape page 650 pixels tall: a page holds 997 of its pixels, the chart 957 of them (two rows less), 48 rows.
    expect(long.anchor.bottom - long.anchor.top + 1).toBe(48);
  });

  it('needs no break when every chart fits the first page', () => {
    expect(chartsOf(INTEGRITY_FORM).rowBreaks).toBeUndefined();
  });
});

/** The row of a chart's source note, the last of its data block. */
function sourceRow(sheet: SheetPlan, index: number): number {
  return sheet.charts[index].categories.bottom + 1;
}
