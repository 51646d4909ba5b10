import { analyseSurvey } from '../../../src/core/analyse/analyse-survey';
import { memberAgainstAll } from '../../../src/core/analyse/compare';
import { DEFAULT_OPTIONS, type BaseOption } from '../../../src/core/analyse/options';
import { checkSurvey } from '../../../src/core/check/check-survey';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { Plain } from '../../support/snapshot';
import { analyse as analyse1998 } from '../../support/survey';
import { formOf, INTEGRITY_FORM, responsesTo } from '../../support/xlsform';

const form = formOf(INTEGRITY_FORM);
const HEADERS = ['country', 'has_code', 'measures', 'staff', 'adopted'];
const ROWS: Plain[][] = [
  ['MYS', 'yes', 'code training', 120, '2020-01-01'],
  ['KEN', 'yes', 'training', 40, null],
  ['JPN', 'yes', null, 300, null],
  ['MLT', 'no', null, 12, null],
  ['PER', 'no', 'code', 8, null],
];

function analyse(base: BaseOption, rows: Plain[][] = ROWS) {
  const survey = responsesTo(form, [HEADERS, ...rows]);
  const issues = checkSurvey(survey, form);
  return analyseSurvey(survey, issues, form, REGISTRY_1998.members.length, { ...DEFAULT_OPTIONS, base });
}
const figures = (base: BaseOption, item: string) =>
  analyse(base)
    .results.filter((r) => r.item.id === item)
    .map((r) => [r.answer, r.count, r.base, r.percent]);

describe('analysing responses to an XLSForm', () => {
  it('reports every choice of every select, in the form’s order, zero counts included; numeric, date and note items none', () => {
    expect(analyse('answered').results.map((r) => [r.item.sectionId, r.item.id, r.answer])).toEqual([
      ['code', 'has_code', 'yes'],
      ['code', 'has_code', 'no'],
      ['code', 'measures', 'code'],
      ['code', 'measures', 'training'],
      ['code', 'measures', 'rotation'],
    ]);
  });

  it('gives a select_multiple’s choices as percents of the respondents who answered it, never of the choices ticked', () => {
    expect(figures('answered', 'measures')).toEqual([
      ['code', 1, 2, 0.5],
      ['training', 2, 2, 1],
      ['rotation', 0, 2, 0],
    ]);
  });

  it('does not count an answer to a question the form did not ask (Peru said no, then ticked code)', () => {
    expect(analyse('answered').selection.counted).toHaveLength(5);
    expect(figures('answered', 'measures')[0]).toEqual(['code', 1, 2, 0.5]);
  });

  it('gives the percent of the respondents asked the question with the base applicable, a blank counting against', () => {
    expect(figures('applicable', 'measures')).toEqual([
      ['code', 1, 3, 1 / 3],
      ['training', 2, 3, 2 / 3],
      ['rotation', 0, 3, 0],
    ]);
  });

  it('gives the percent of every counted respondent with the base respondents', () => {
    expect(figures('respondents', 'measures')).toEqual([
      ['code', 1, 5, 0.2],
      ['training', 2, 5, 0.4],
      ['rotation', 0, 5, 0],
    ]);
  });

  it('asks every respondent an item without a relevant condition: applicable is then respondents', () => {
    expect(figures('applicable', 'has_code')).toEqual(figures('respondents', 'has_code'));
    expect(figures('applicable', 'has_code')).toEqual([
      ['yes', 3, 5, 0.6],
      ['no', 2, 5, 0.4],
    ]);
  });

  it('counts each choice a Member gave in its comparison, several at once for a select_multiple', () => {
    const analysis = analyse('answered');
    const malaysia = analysis.selection.counted[0];
    const comparison = memberAgainstAll(analysis, malaysia);
    expect(comparison.answers.filter((a) => a.all.item.id === 'measures').map((a) => [a.all.answer, a.choice, a.gives])).toEqual([
      ['code', 'code training', true],
      ['training', 'code training', true],
      ['rotation', 'code training', false],
    ]);
  });
});

describe('the applicable base on the 1998 questionnaire', () => {
  it('is every counted respondent, since no item has a relevant condition', () => {
    const rows: Plain[][] = [
      ['Malta', null, 'Yes', 'Yes'],
      ['Japan', null, null, 'No'],
    ];
    const pick = (base: BaseOption) => analyse1998(['F1', 'F2'], rows, { base }).results.find((r) => r.item.id === 'F1');
    expect(pick('applicable')).toEqual(pick('respondents'));
    expect(pick('applicable')).toMatchObject({ count: 1, base: 2, percent: 0.5 });
  });
});
