import { differences, memberAgainstAll, memberStatus, regionAgainstRest, roundAgainstRound } from '../../../src/core/analyse/compare';
import { newcombeInterval } from '../../../src/core/analyse/intervals';
import { DEFAULT_OPTIONS } from '../../../src/core/analyse/options';
import { tally } from '../../../src/core/analyse/percentages';
import { respondentOf } from '../../../src/core/analyse/respondents';
import { guarded, isTooSmall, shownPercent, unguarded } from '../../../src/core/analyse/small-base';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { analyse, day } from '../../support/survey';

const rows = [
  ['France', null, 'Yes', 'Taken'],
  ['Germany', null, 'No', 'Taken'],
  ['Italy', null, 'Yes', 'Intended'],
  ['Japan', null, 'No', 'Not planned'],
  ['Malaysia', null, 'No', null],
];
const analysis = analyse(['F1', 'T1'], rows);
const counted = analysis.selection.counted;
/** No small-base rule: the figures themselves. */
const everyBase = { ...DEFAULT_OPTIONS, minimumBase: 0 };
const everyBaseAnalysis = analyse(['F1', 'T1'], rows, { minimumBase: 0 });
const find = <T extends { subject?: { item: { id: string }; answer: string } }>(list: T[], id: string, answer: string) =>
  list.find((d) => d.subject!.item.id === id && d.subject!.answer === answer)!;

describe('the small-base rule', () => {
  it('holds a base under the minimum too small, and the minimum itself enough', () => {
    expect([isTooSmall(4, 5), isTooSmall(5, 5), isTooSmall(0, 5)]).toEqual([true, false, true]);
  });

  it('shows a subgroup’s percent only on enough respondents, and all respondents’ whatever their base', () => {
    const f1 = tally(SURVEY_1998, counted.slice(0, 2), 'answered')[0];
    expect(shownPercent(guarded(f1, 5))).toBeUndefined();
    expect(shownPercent(guarded(f1, 2))).toBe(0.5);
    expect(shownPercent(unguarded(f1))).toBe(0.5);
  });
});

describe('one region against the other respondents', () => {
  it('gives the region’s percent, the rest’s and all respondents’, and the difference from the rest in points', () => {
    const europe = regionAgainstRest(SURVEY_1998, counted, 'EUR', everyBase);
    const f1 = find(europe, 'F1', 'Yes');
    expect([f1.subject.percent, f1.reference?.percent, f1.all.percent, f1.points]).toEqual([2 / 3, 0 / 2, 2 / 5, (2 / 3 - 0) * 100]);
    expect([f1.subject.base, f1.reference?.base, f1.all.base]).toEqual([3, 2, 5]);
  });

  it('gives the difference’s interval from the region’s Members and the rest of the registry’s', () => {
    const registryOf20 = { ...everyBase, population: 20, regionPopulations: { AM: 2, ESA: 2, EUR: 8, AP: 6, MENA: 1, WCA: 1 } };
    const f1 = find(regionAgainstRest(SURVEY_1998, counted, 'EUR', registryOf20), 'F1', 'Yes');
    expect(f1.interval).toEqual(newcombeInterval({ count: 2, base: 3, population: 8 }, { count: 0, base: 2, population: 12 }));
    expect(f1.interval?.significant).toBe(false);
  });

  it('corrects neither group under a Population setting, which knows no region’s share', () => {
    const staff = { ...everyBase, population: 400 };
    const f1 = find(regionAgainstRest(SURVEY_1998, counted, 'EUR', staff), 'F1', 'Yes');
    expect(f1.interval).toEqual(newcombeInterval({ count: 2, base: 3 }, { count: 0, base: 2 }));
  });

  it('holds the region and the rest to the small-base rule, never all respondents: no difference and no interval', () => {
    const europe = regionAgainstRest(SURVEY_1998, counted, 'EUR', DEFAULT_OPTIONS);
    const f1 = find(europe, 'F1', 'Yes');
    expect([f1.subject.tooSmall, shownPercent(f1.subject), f1.reference?.tooSmall, f1.points, f1.interval]).toEqual([
      true,
      undefined,
      true,
      undefined,
      undefined,
    ]);
    expect([f1.all.base, f1.all.percent]).toEqual([5, 2 / 5]);
  });
});

describe('one Member against all respondents and its region', () => {
  it('gives the Member’s own answer beside the percent of all and of its region', () => {
    const japan = everyBaseAnalysis.selection.counted.find((r) => r.member.code === 'JPN')!;
    const comparison = memberAgainstAll(everyBaseAnalysis, japan);
    const t1 = comparison.answers.filter((a) => a.all.item.id === 'T1');
    expect(comparison.status).toEqual({ kind: 'counted' });
    expect(t1.map((a) => [a.all.answer, a.choice, a.gives, a.all.percent, a.region.percent, a.points])).toEqual([
      ['Taken', 'Not planned', false, 2 / 4, 0 / 2, -50],
      ['Intended', 'Not planned', false, 1 / 4, 0 / 2, -25],
    ]);
  });

  it('suppresses the region’s percent on too few respondents, never the percent of all', () => {
    const japan = counted.find((r) => r.member.code === 'JPN')!;
    const f1 = memberAgainstAll(analysis, japan).answers[0];
    expect([f1.region.base, f1.region.tooSmall, shownPercent(f1.region), f1.points]).toEqual([2, true, undefined, undefined]);
    expect([f1.all.base, f1.all.percent]).toEqual([5, 2 / 5]);
  });

  it('is counted when its respondent is built afresh from its submission, as analyse-workbook does', () => {
    const japan = counted.find((r) => r.member.code === 'JPN')!;
    const fresh = respondentOf(japan.submission)!;
    expect(fresh).not.toBe(japan);
    expect(memberAgainstAll(analysis, fresh).status).toEqual({ kind: 'counted' });
  });

  it('leaves the Member’s answer out where it left the item blank', () => {
    const malaysia = everyBaseAnalysis.selection.counted.find((r) => r.member.code === 'MYS')!;
    const t1 = memberAgainstAll(everyBaseAnalysis, malaysia).answers.find((a) => a.all.item.id === 'T1')!;
    expect([t1.choice, t1.gives]).toEqual([undefined, undefined]);
  });
});

describe('why a Member’s submission is not counted', () => {
  it('names its errors’ codes', () => {
    const withErrors = analyse(['F1', 'T1'], [...rows, ['Kenya', '2030-01-01', 'Perhaps', 'Taken']]);
    const kenya = withErrors.selection.excludedForErrors[0].submission;
    expect(memberStatus(withErrors.selection, kenya)).toEqual({ kind: 'errors', reasons: ['future-date', 'invalid-answer'] });
  });

  it('gives the cutoff it came after', () => {
    const dated = rows.map((r, i) => [r[0], day(i + 1), ...r.slice(2)]);
    const firstThree = analyse(['F1', 'T1'], dated, { firstResponses: 3 });
    const malaysia = respondentOf(firstThree.selection.excludedByCutoff[1].submission)!;
    expect(malaysia.member.code).toBe('MYS');
    expect(memberAgainstAll(firstThree, malaysia).status).toEqual({ kind: 'cutoff', first: 3 });
  });

  it('says when a submission is none of these respondents', () => {
    const other = analyse(['F1'], [['Kenya', null, 'Yes']]).selection.counted[0].submission;
    expect(memberStatus(analysis.selection, other)).toEqual({ kind: 'not-respondent' });
  });
});

describe('two rounds', () => {
  it('pairs the same answers of both rounds and gives the change in points', () => {
    const later = analyse(
      ['F1'],
      [
        ['France', null, 'Yes'],
        ['Japan', null, 'Yes'],
      ],
    );
    const change = differences(later.results.map(unguarded), analysis.results.map(unguarded), 0);
    const f1 = find(change, 'F1', 'Yes');
    expect([f1.subject.percent, f1.reference?.percent]).toEqual([1, 2 / 5]);
    expect(f1.points).toBeCloseTo(60, 10);
    expect(find(change, 'T1', 'Taken').points).toBeUndefined(); // not asked in the later round
    expect(change).toHaveLength(tally(SURVEY_1998, [], 'answered').length);
  });

  it('holds each round to the small-base rule: a round on too few respondents leaves the change blank', () => {
    const later = analyse(
      ['F1'],
      [
        ['France', null, 'Yes'],
        ['Japan', null, 'Yes'],
      ],
    );
    const f1 = find(roundAgainstRound(analysis.results, later.results, DEFAULT_OPTIONS), 'F1', 'Yes');
    expect([f1.subject.tooSmall, shownPercent(f1.subject), f1.reference?.tooSmall, f1.points]).toEqual([false, 2 / 5, true, undefined]);
    const back = find(roundAgainstRound(later.results, analysis.results, DEFAULT_OPTIONS), 'F1', 'Yes');
    expect([back.subject.tooSmall, back.points]).toEqual([true, undefined]);
  });

  it('gives the change’s interval from each round’s own tally, each corrected for its population', () => {
    const members = ['France', 'Germany', 'Italy', 'Japan', 'Malaysia', 'Kenya'];
    const later = analyse(
      ['F1'],
      members.map((name) => [name, null, 'Yes']),
      { population: 150 },
    );
    const earlier = analyse(['F1'], rows, { population: 150 });
    const f1 = find(roundAgainstRound(later.results, earlier.results, DEFAULT_OPTIONS), 'F1', 'Yes');
    expect(f1.interval).toEqual(newcombeInterval({ count: 6, base: 6, population: 150 }, { count: 2, base: 5, population: 150 }));
    expect(f1.interval?.significant).toBe(true);
  });
});
