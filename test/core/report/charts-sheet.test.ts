import { analyseSurvey } from '../../../src/core/analyse/analyse-survey';
import { DEFAULT_OPTIONS } from '../../../src/core/analyse/options';
import { checkSurvey } from '../../../src/core/check/check-survey';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import { chartsSheet } from '../../../src/core/report/charts-sheet';
import type { ColumnRef, SheetPlan } from '../../../src/core/report/plan';
import type { Plain } from '../../support/snapshot';
import { analyse as analyse1998 } from '../../support/survey';
import { formOf, INTEGRITY_FORM, responsesTo, type FormSheets } from '../../support/xlsform';

const HEADER = ['type', 'name', 'label::English (en)', 'label::French (fr)'];
const CHOICES = [
  ...(INTEGRITY_FORM.choices ?? []),
  ['agree', 'agree', 'Agree', 'D’accord'],
  ['agree', 'neutral', 'Neutral', 'Neutre'],
  ['agree', 'disagree', 'Disagree', 'Pas d’accord'],
  ['agree', 'unsure', 'Unsure', 'Ne sait pas'],
  ['agree', 'refused', 'Refused', 'Refus'],
];
const form = (title: string, survey: Plain[][]): FormSheets => ({
  survey: [HEADER, ['select_one country', 'country', 'Member', 'Membre'], ...survey],
  choices: CHOICES,
  settings: [['form_title', 'form_id'], [title, 'form']],
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
  const blocks = sheet.blocks.map((b) => ({ top: b.top, left: b.left, bottom: b.top + b.rows.length - 1, right: b.left + Math.max(...b.rows.map((r) => r.length)) - 1 }));
  return [...blocks, ...sheet.charts.map((c) => c.anchor)];
}

describe('Charts of an XLSForm questionnaire', () => {
  it.each<[string, FormSheets, Language, string, string[]]>([
    ['a group’s yes/no questions, and its select_multiple alone', INTEGRITY_FORM, 'en', 'Integrity survey 2027: percent of respondents', ['Code of conduct', 'Measures in place']],
    ['the same in French', INTEGRITY_FORM, 'fr', 'Integrity survey 2027 : pourcentage des répondants', ['Code de conduite', 'Mesures en place']],
    [
      'a group mixing choice lists in numbered parts, in the order they first appear, the ungrouped questions together last',
      MIXED_FORM,
      'en',
      'Mixed: percent of respondents',
      ['Code of conduct — part 1', 'Measures in place', 'Code of conduct — part 2', 'Audit', 'Other questions'],
    ],
    [
      'the same in French',
      MIXED_FORM,
      'fr',
      'Mixed : pourcentage des répondants',
      ['Code de conduite — partie 1', 'Mesures en place', 'Code de conduite — partie 2', 'Audit', 'Autres questions'],
    ],
    ['a form without groups, titled with the form’s title', UNGROUPED_FORM, 'en', 'Hotline survey: percent of respondents', ['Hotline survey']],
    ['no chart of numbers, text, dates or notes', NUMBERS_FORM, 'en', 'Numbers: percent of respondents', []],
  ])('%s', (_, sheets, lang, sheetTitle, titles) => {
    const charts = chartsOf(sheets, lang);
    expect(charts.blocks[0]).toEqual({ top: 1, left: 1, rows: [[sheetTitle]], style: 'title' });
    expect(charts.charts.map((c) => c.title)).toEqual(titles);
    expect(charts.blocks.filter((b) => b.style === 'heading').map((b) => b.rows[0][0])).toEqual(titles);
  });

  it.each<[string, number, string[], string[]]>([
    ['yes/no questions of a part, wherever they sit in the group', 0, ['has_code', 'signed'], ['Yes', 'No']],
    ['the other list’s questions', 2, ['clear'], ['Agree', 'Neutral', 'Disagree', 'Unsure', 'Refused']],
    ['the ungrouped questions, before and after a group', 4, ['hotline', 'whistle'], ['Yes', 'No']],
  ])('charts %s as categories, a series per answer of the list', (_, index, questions, series) => {
    const sheet = chartsOf(MIXED_FORM);
    const chart = sheet.charts[index];
    expect(chart.series.map((s) => s.name)).toEqual(series);
    expect(cellsOf(sheet, { ...chart.categories, column: 1 })).toEqual(questions);
  });

  it('gives each question its percent per answer, beside the chart, under a header naming the series', () => {
    const sheet = chartsOf(INTEGRITY_FORM, 'en', INTEGRITY_ROWS);
    const chart = sheet.charts[0];
    expect(cellsOf(sheet, chart.categories)).toEqual(['Is there a code of conduct?']);
    expect(chart.series.map((s) => cellsOf(sheet, s.values))).toEqual([[0.6], [0.4]]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([['Question', 'Label', 'Yes', 'No']]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top)?.formats).toEqual([undefined, undefined, 'percent', 'percent']);
  });

  it('gives a select_multiple its choices as categories, one series: the percent of respondents choosing each', () => {
    const sheet = chartsOf(INTEGRITY_FORM, 'fr', INTEGRITY_ROWS);
    const chart = sheet.charts[1];
    expect(cellsOf(sheet, { ...chart.categories, column: 1 })).toEqual(['code', 'training', 'rotation']);
    expect(cellsOf(sheet, chart.categories)).toEqual(['Code de conduite', 'Formation', 'Rotation des fonctionnaires']);
    expect(chart.series.map((s) => [s.name, cellsOf(sheet, s.values)])).toEqual([['Pourcentage des répondants', [0.5, 1, 0]]]);
    expect(sheet.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([['Réponse', 'Libellé', 'Pourcentage des répondants']]);
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

  it('moves every chart right of the widest data block, and sizes its columns', () => {
    const sheet = chartsOf(LONG_FORM);
    expect(sheet.charts.map((c) => [c.anchor.left, c.anchor.right])).toEqual([
      [9, 18],
      [9, 18],
      [9, 18],
    ]);
    expect(sheet.columnWidths).toEqual({ 1: 9, 2: 48, 3: 12, 4: 12, 5: 12, 6: 12, 7: 12 });
  });
});

describe('Charts of the 1998 questionnaire', () => {
  const charts = chartsSheet(analyse1998(['F1', 'T1'], [['France', null, 'Yes', 'Taken']]), 'en');

  it('keeps the report’s seven charts, its title and its layout: 18 rows each, two apart, in F:O', () => {
    expect(charts.blocks[0].rows).toEqual([['Charts 1–7: percent of respondents']]);
    expect(charts.charts.map((c) => c.anchor)).toEqual(
      [3, 23, 43, 63, 83, 103, 123].map((top) => ({ top, left: 6, bottom: top + 17, right: 15 })),
    );
    expect(charts.columnWidths).toEqual({ 1: 9, 2: 48, 3: 12, 4: 12 });
  });

  it('keeps the item IDs and labels beside each chart, under Question and Label', () => {
    const chart = charts.charts[0];
    expect(cellsOf(charts, { ...chart.categories, column: 1 })).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
    expect(chart.series.map((s) => [s.name, cellsOf(charts, s.values)[0]])).toEqual([['Yes', 1]]);
    expect(charts.blocks.find((b) => b.top === chart.categories.top - 1)?.rows).toEqual([['Question', 'Label', 'Yes']]);
  });
});
