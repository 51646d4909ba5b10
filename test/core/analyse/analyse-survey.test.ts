import { wilsonInterval } from '../../../src/core/analyse/intervals';
import { shownInterval } from '../../../src/core/analyse/small-base';
import { analyse, day } from '../../support/survey';

const percentOf = (analysis: ReturnType<typeof analyse>, id: string, answer?: string) => {
  const row = analysis.results.find((r) => r.item.id === id && (!answer || r.answer === answer))!;
  return { count: row.count, base: row.base, percent: row.percent };
};

describe('category percentages', () => {
  const rows = [
    ['Malta', { date: day(1) }, 'Yes', 'Taken', 'Both'],
    ['Japan', { date: day(2) }, 'No', 'Intended', 'Customs-specific'],
    ['Peru', { date: day(3) }, 'Oui', 'Not planned', 'None'],
    ['Chile', { date: day(4) }, null, 'Taken', 'Public-service-wide'],
  ];
  const analysis = analyse(['F1', 'T1', 'G1'], rows);

  it('counts Yes of those who answered the item: a blank is not answered, never No', () => {
    expect(percentOf(analysis, 'F1')).toEqual({ count: 2, base: 3, percent: 2 / 3 });
  });

  it('reports Taken and Intended of a TIN item', () => {
    expect(percentOf(analysis, 'T1', 'Taken')).toEqual({ count: 2, base: 4, percent: 0.5 });
    expect(percentOf(analysis, 'T1', 'Intended')).toEqual({ count: 1, base: 4, percent: 0.25 });
  });

  it('counts Both under Customs-specific and under Public-service-wide', () => {
    expect(percentOf(analysis, 'G1', 'Customs-specific')).toEqual({ count: 2, base: 4, percent: 0.5 });
    expect(percentOf(analysis, 'G1', 'Public-service-wide')).toEqual({ count: 2, base: 4, percent: 0.5 });
  });

  it('reports nothing for free-text items, and an empty base without a percent', () => {
    expect(analysis.results.some((r) => r.item.id === 'V9')).toBe(false);
    expect(percentOf(analysis, 'F2')).toEqual({ count: 0, base: 0, percent: undefined });
  });

  it('gives each percent its interval, corrected for the population the respondents are of, and none without a base', () => {
    const ofMembers = analyse(['F1', 'T1', 'G1'], rows, { population: 150 });
    const f1 = ofMembers.results.find((r) => r.item.id === 'F1')!;
    expect(f1.interval).toEqual(wilsonInterval(2, 3, 150));
    expect(analysis.results.find((r) => r.item.id === 'F1')!.interval).toEqual(wilsonInterval(2, 3));
    expect(ofMembers.results.find((r) => r.item.id === 'F2')!.interval).toBeUndefined();
  });

  it('shows an interval on a base of the small-base minimum or more only', () => {
    const result = { item: analysis.results[0].item, answer: 'Yes', count: 3, interval: wilsonInterval(3, 5, 150)! };
    expect(shownInterval({ ...result, base: 5 }, 5)).toEqual(wilsonInterval(3, 5, 150));
    expect(shownInterval({ ...result, base: 4 }, 5)).toBeUndefined();
  });

  it('corrects a region’s intervals for its own Members', () => {
    const regional = analyse(['F1', 'T1', 'G1'], rows, { population: 150, regionPopulations: { AM: 34, ESA: 20, EUR: 50, AP: 25, MENA: 11, WCA: 10 } });
    const americas = regional.regions.find((r) => r.region === 'AM')!.answers.find((a) => a.item.id === 'F1' && a.answer === 'Yes')!;
    expect(americas.interval).toEqual(wilsonInterval(americas.count, americas.base, 34));
  });

  it('with base = respondents, divides by every counted respondent', () => {
    const all = analyse(['F1', 'T1', 'G1'], rows, { base: 'respondents' });
    expect(percentOf(all, 'F1')).toEqual({ count: 2, base: 4, percent: 0.5 });
    expect(percentOf(all, 'F2')).toEqual({ count: 0, base: 4, percent: 0 });
  });

  it('gives the rows of the report in questionnaire order: one per reported answer', () => {
    expect(analysis.results.slice(0, 7).map((r) => `${r.item.id} ${r.answer}`)).toEqual(['F1 Yes', 'F2 Yes', 'F3 Yes', 'F4 Yes', 'F5 Yes', 'F6 Yes', 'A1 Yes']);
    expect(analysis.results.filter((r) => r.item.id === 'AR1').map((r) => r.answer)).toEqual(['In place', 'Partly']);
    expect(analysis.results).toHaveLength(6 + 7 + 14 + 12 + 7 + 6 + 6 + 5 + 24);
  });
});

describe('which submissions count', () => {
  it('leaves out submissions with errors, saying why, and counts the rest', () => {
    const analysis = analyse(
      ['F1'],
      [
        ['Malta', null, 'Yes'],
        ['Atlantis', null, 'Yes'],
        ['Japan', null, 'Maybe'],
        ['Malta', null, 'No'],
        [null, null, 'Yes'],
      ],
    );
    expect(analysis.selection.counted.map((r) => r.member.code)).toEqual(['MLT']);
    expect(analysis.selection.excludedForErrors.map((e) => [e.submission.ref.cell, e.reasons])).toEqual([
      ['A3', ['unknown-member']],
      ['A4', ['invalid-answer']],
      ['A5', ['duplicate-member']],
      ['A6', ['blank-member']],
    ]);
    expect(percentOf(analysis, 'F1')).toEqual({ count: 1, base: 1, percent: 1 });
  });

  it('counts no submission returned without any answer: a blank template sent back is no respondent, and no response', () => {
    const analysis = analyse(
      ['F1', 'F2'],
      [
        ['Malta', null, 'Yes', 'No'],
        ['Kenya', null, null, null],
        ['Ghana', day(3), null, null],
      ],
    );
    expect(analysis.selection.counted.map((r) => r.member.code)).toEqual(['MLT']);
    expect(analysis.selection.returnedEmpty.map((s) => s.ref.cell)).toEqual(['A3', 'A4']);
    expect(analysis.selection.excludedForErrors).toEqual([]);
    expect(analysis.headline).toMatchObject({ respondentsCounted: 1, returnedEmpty: 2, membersResponding: 1 });
  });

  it('counts none when every template came back blank', () => {
    const analysis = analyse(
      ['F1'],
      [
        ['Malta', null, null],
        ['Kenya', null, null],
      ],
    );
    expect(analysis.headline).toMatchObject({ respondentsCounted: 0, returnedEmpty: 2, membersResponding: 0, excludedForErrors: 0 });
  });

  it('counts only the first N received, undated last, ties in sheet order', () => {
    const analysis = analyse(
      ['F1'],
      [
        ['Malta', { date: day(5) }, 'Yes'],
        ['Japan', null, 'Yes'],
        ['Peru', { date: day(2) }, 'No'],
        ['Chile', '1998-03-02', 'Yes'],
        ['Ghana', { date: day(1) }, 'No'],
      ],
      { firstResponses: 3 },
    );
    expect(analysis.selection.counted.map((r) => r.member.code)).toEqual(['GHA', 'PER', 'CHL']);
    expect(analysis.selection.excludedByCutoff.map((r) => r.member.code)).toEqual(['MLT', 'JPN']);
    expect(analysis.selection.undated.map((r) => r.member.code)).toEqual(['JPN']);
    expect(percentOf(analysis, 'F1')).toEqual({ count: 1, base: 3, percent: 1 / 3 });
  });

  it('names no undated submission when no cutoff applies', () => {
    const analysis = analyse(['F1'], [['Japan', null, 'Yes']]);
    expect(analysis.selection.undated).toEqual([]);
  });
});

describe('headline figures', () => {
  it('counts respondents, exclusions, the registry and the response rate', () => {
    const analysis = analyse(
      ['F1'],
      [
        ['Malta', { date: day(1) }, 'Yes'],
        ['Japan', { date: day(2) }, 'Maybe'],
        ['Peru', { date: day(3) }, 'No'],
        ['Chile', { date: day(4) }, 'Yes'],
      ],
      { firstResponses: 2 },
    );
    expect(analysis.headline).toEqual({
      respondentsCounted: 2,
      excludedByCutoff: 1,
      excludedForErrors: 1,
      returnedEmpty: 0,
      membersInRegistry: 150,
      membersResponding: 4,
      responseRate: 4 / 150,
    });
  });
});

describe('regions', () => {
  it('gives every region its percentages, flagging a base under the minimum', () => {
    const analysis = analyse(
      ['F1'],
      [
        ['France', null, 'Yes'],
        ['Germany', null, 'No'],
        ['Italy', null, 'Yes'],
        ['Spain', null, 'Yes'],
        ['Malta', null, 'Yes'],
        ['Japan', null, 'No'],
      ],
      { minimumBase: 5 },
    );
    const f1 = (region: string) => {
      const r = analysis.regions.find((g) => g.region === region)!;
      const a = r.answers.find((x) => x.item.id === 'F1')!;
      return [r.respondents, a.count, a.base, a.percent, a.tooSmall];
    };
    expect(analysis.regions.map((r) => r.region)).toEqual(['AM', 'ESA', 'EUR', 'AP', 'MENA', 'WCA']);
    expect(f1('EUR')).toEqual([5, 4, 5, 0.8, false]);
    expect(f1('AP')).toEqual([1, 0, 1, 0, true]);
    expect(f1('WCA')).toEqual([0, 0, 0, undefined, true]);
  });
});

describe('against the 1998 report', () => {
  it('gives the difference in percentage points where the report has a figure', () => {
    const analysis = analyse(
      ['F1', 'F6'],
      [
        ['Malta', null, 'Yes', 'Yes'],
        ['Japan', null, 'No', 'Yes'],
      ],
    );
    const f1 = analysis.published.find((p) => p.result.item.id === 'F1')!;
    const f3 = analysis.published.find((p) => p.result.item.id === 'F3')!;
    const f6 = analysis.published.find((p) => p.result.item.id === 'F6')!;
    expect([f1.published, f1.points]).toEqual([0.75, -25]);
    expect([f3.published, f3.approximate, f3.points]).toEqual([0.6, true, undefined]);
    expect([f6.published, f6.points]).toEqual([undefined, undefined]);
  });

  it('gives the difference’s interval as the percent’s own, the published figure being fixed: significant when outside it', () => {
    const members = ['Malta', 'Japan', 'France', 'Kenya', 'Chile', 'Peru'];
    const row = (name: string, i: number) => [name, null, i < 2 ? 'Yes' : 'No'];
    const f1 = analyse(['F1'], members.map(row), { population: 150 }).published.find((p) => p.result.item.id === 'F1')!;
    const own = wilsonInterval(2, 6, 150)!;
    expect(f1.interval).toEqual({ low: own.low - 0.75, high: own.high - 0.75, significant: true });
    const onFour = analyse(['F1'], members.slice(0, 4).map(row), { population: 150 }).published.find((p) => p.result.item.id === 'F1')!;
    expect([onFour.points, onFour.interval]).toEqual([-25, undefined]); // a base under the minimum: a difference, no interval
  });
});
