import { meanScore, scoredSections } from '../../../src/core/profile/self-assessment';
import { respondentOf } from '../../../src/core/analyse/respondents';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { formOf, responsesTo } from '../../support/xlsform';
import type { Plain } from '../../support/snapshot';

const LEVELS: Plain[][] = [
  ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
  ['level', 'full', 'Fully', 'Entièrement'],
  ['level', 'some', 'Somewhat', 'En partie'],
  ['level', 'none', 'Not at all', 'Pas du tout'],
  ['yes_no', 'yes', 'Yes', 'Oui'],
  ['yes_no', 'no', 'No', 'Non'],
];

/** A form with a group of three questions on one list of levels, then the group's items as the form gives them. */
function formWith(group: string[][]) {
  return formOf({
    survey: [['type', 'name', 'label::English (en)', 'label::French (fr)'], ['begin group', 'factors', 'Factors', 'Facteurs'], ...group, ['end group']],
    choices: LEVELS,
  });
}

describe('the sections a profile draws as a radar', () => {
  it('are, in the 1998 questionnaire, the self-assessment alone: twelve factors scored In place 2, Partly 1, Not in place 0', () => {
    const [s9, ...others] = scoredSections(SURVEY_1998);
    expect(others).toEqual([]);
    expect(s9.section.id).toBe('S9');
    expect(s9.factors.map((f) => f.id)).toEqual(Array.from({ length: 12 }, (_, i) => `AR${i + 1}`));
    expect([...s9.scores]).toEqual([
      ['In place', 2],
      ['Partly', 1],
      ['Not in place', 0],
    ]);
  });

  it('are, in an XLSForm, each group whose items share one list of three choices or more, scored in the list’s order, its first highest', () => {
    const form = formWith([
      ['select_one level', 'law', 'Clear law', 'Loi claire'],
      ['select_one level', 'audit', 'Audit', 'Audit'],
      ['select_one level', 'pay', 'Pay', 'Rémunération'],
    ]);
    const [factors] = scoredSections(form);
    expect(factors.factors.map((f) => f.id)).toEqual(['law', 'audit', 'pay']);
    expect([...factors.scores]).toEqual([
      ['full', 2],
      ['some', 1],
      ['none', 0],
    ]);
  });

  it('are none where a group mixes lists, asks a yes or no, or has fewer than three items', () => {
    const mixed = formWith([
      ['select_one level', 'law', 'Clear law', 'Loi claire'],
      ['select_one yes_no', 'audit', 'Audit', 'Audit'],
      ['select_one level', 'pay', 'Pay', 'Rémunération'],
    ]);
    const yesNo = formWith([
      ['select_one yes_no', 'law', 'Clear law', 'Loi claire'],
      ['select_one yes_no', 'audit', 'Audit', 'Audit'],
      ['select_one yes_no', 'pay', 'Pay', 'Rémunération'],
    ]);
    const two = formWith([
      ['select_one level', 'law', 'Clear law', 'Loi claire'],
      ['select_one level', 'audit', 'Audit', 'Audit'],
    ]);
    const multiple = formWith([
      ['select_one level', 'law', 'Clear law', 'Loi claire'],
      ['select_multiple level', 'audit', 'Audit', 'Audit'],
      ['select_one level', 'pay', 'Pay', 'Rémunération'],
    ]);
    for (const form of [mixed, yesNo, two, multiple]) expect(scoredSections(form)).toEqual([]);
  });
});

describe('a group’s mean score on a factor', () => {
  const form = formWith([
    ['select_one level', 'law', 'Clear law', 'Loi claire'],
    ['select_one level', 'audit', 'Audit', 'Audit'],
    ['select_one level', 'pay', 'Pay', 'Rémunération'],
  ]);
  const [factors] = scoredSections(form);
  const [law] = factors.factors;
  const respondents = responsesTo(form, [
    ['Member', 'law'],
    ['France', 'full'],
    ['Japan', 'some'],
    ['Kenya', 'none'],
    ['Peru', 'Fully'],
    ['Chile', null],
  ]).submissions.map((s) => respondentOf(s)!);

  it('averages the scores of those who answered, a blank no score at all', () => {
    expect(meanScore(respondents, law, factors.scores)).toEqual({ mean: 5 / 4, base: 4, tooSmall: false });
  });

  it('is under the small-base rule for a subgroup: flagged, its mean kept for the rule to blank', () => {
    expect(meanScore(respondents, law, factors.scores, 5)).toEqual({ mean: 5 / 4, base: 4, tooSmall: true });
    expect(meanScore([], law, factors.scores, 5)).toEqual({ base: 0, tooSmall: true });
  });
});
