import { differences, memberAgainstAll, regionAgainstAll } from '../../../src/core/analyse/compare';
import { tally } from '../../../src/core/analyse/percentages';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { analyse } from '../../support/survey';

const rows = [
  ['France', null, 'Yes', 'Taken'],
  ['Germany', null, 'No', 'Taken'],
  ['Italy', null, 'Yes', 'Intended'],
  ['Japan', null, 'No', 'Not planned'],
  ['Malaysia', null, 'No', null],
];
const analysis = analyse(['F1', 'T1'], rows);
const counted = analysis.selection.counted;
const find = <T extends { subject?: { item: { id: string }; answer: string } }>(list: T[], id: string, answer: string) =>
  list.find((d) => d.subject!.item.id === id && d.subject!.answer === answer)!;

describe('one region against all respondents', () => {
  it('gives both percentages and the difference in percentage points', () => {
    const europe = regionAgainstAll(SURVEY_1998, counted, 'EUR', 'answered');
    const f1 = find(europe, 'F1', 'Yes');
    expect([f1.subject.percent, f1.reference?.percent, f1.points]).toEqual([2 / 3, 2 / 5, (2 / 3 - 2 / 5) * 100]);
    expect([f1.subject.base, f1.reference?.base]).toEqual([3, 5]);
  });
});

describe('one Member against all respondents and its region', () => {
  it('gives the Member’s own answer beside the percent of all and of its region', () => {
    const japan = counted.find((r) => r.member.code === 'JPN')!;
    const comparison = memberAgainstAll(SURVEY_1998, counted, japan, 'answered');
    const t1 = comparison.answers.filter((a) => a.all.item.id === 'T1');
    expect(comparison.counted).toBe(true);
    expect(t1.map((a) => [a.all.answer, a.choice, a.gives, a.all.percent, a.region.percent])).toEqual([
      ['Taken', 'Not planned', false, 2 / 4, 0 / 2],
      ['Intended', 'Not planned', false, 1 / 4, 0 / 2],
    ]);
  });

  it('leaves the Member’s answer out where it left the item blank', () => {
    const malaysia = counted.find((r) => r.member.code === 'MYS')!;
    const t1 = memberAgainstAll(SURVEY_1998, counted, malaysia, 'answered').answers.find((a) => a.all.item.id === 'T1')!;
    expect([t1.choice, t1.gives]).toEqual([undefined, undefined]);
  });
});

describe('two rounds', () => {
  it('pairs the same answers of both rounds and gives the change in points', () => {
    const later = analyse(['F1'], [['France', null, 'Yes'], ['Japan', null, 'Yes']]);
    const change = differences(later.results, analysis.results);
    const f1 = find(change, 'F1', 'Yes');
    expect([f1.subject.percent, f1.reference?.percent]).toEqual([1, 2 / 5]);
    expect(f1.points).toBeCloseTo(60, 10);
    expect(find(change, 'T1', 'Taken').points).toBeUndefined(); // not asked in the later round
    expect(change).toHaveLength(tally(SURVEY_1998, [], 'answered').length);
  });
});
