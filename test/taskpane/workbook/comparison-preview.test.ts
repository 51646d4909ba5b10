import { analyseWorkbook, roundOfSheet, type AnalyseRequest, type RegionCode } from '../../../src/core';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { comparisonPreview } from '../../../src/taskpane/workbook/comparison-preview';
import { sheet, workbook } from '../../support/snapshot';
import { EUROPE, OTHERS, TEN } from '../support/workbooks';

function analysed(asked: Partial<AnalyseRequest>) {
  return analyseWorkbook(TEN, { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26), ...asked });
}

const rowOf = <R extends { item: { id: string } }>(rows: readonly R[], id: string) => rows.find((r) => r.item.id === id)!;

describe('the region preview', () => {
  const region: RegionCode = 'EUR';
  const outcome = analysed({ region });
  const preview = comparisonPreview(outcome, { kind: 'region', region }, 'en');
  const core = (id: string) => outcome.comparison.region!.differences.find((d) => d.subject.item.id === id)!;

  it('is the region against the other respondents, not all: the rest as reference, the core’s difference and interval', () => {
    if (preview.kind !== 'region') throw new Error(preview.kind);
    const f1 = rowOf(preview.rows, 'F1');
    expect([f1.subject?.percent, f1.reference?.percent, f1.points]).toEqual([1, 0, 100]);
    expect(f1.interval).toBe(core('F1').interval);
    expect(f1.interval?.significant).toBe(true);
    const f2 = rowOf(preview.rows, 'F2');
    expect([f2.subject?.percent, f2.reference?.percent]).toEqual([3 / 5, 2 / 5]);
    expect(f2.points).toBe(core('F2').points);
    expect(f2.interval).toEqual(core('F2').interval);
    expect(f2.interval?.significant).toBe(false);
  });

  it('gives each percent the interval the core says to show, on 5 respondents or more', () => {
    if (preview.kind !== 'region') throw new Error(preview.kind);
    const f1 = rowOf(preview.rows, 'F1');
    expect(f1.subject?.interval).toBe(core('F1').subject.interval);
    expect(f1.reference?.interval).toBe(core('F1').reference?.interval);
    expect(preview.minimumBase).toBe(5);
    expect(preview.smallBase).toBeUndefined();
  });

  it('shows no interval and no difference where a side is under the minimum', () => {
    const small = analyseWorkbook(
      workbook(sheet('Responses', [['Member', 'F1'], ...EUROPE.slice(0, 4).map((m) => [m, 'Yes']), ...OTHERS.map((m) => [m, 'No'])])),
      {
        settings: {},
        defaultLanguage: 'en',
        today: serialOfUtc(2026, 11, 26),
        region,
      },
    );
    const shown = comparisonPreview(small, { kind: 'region', region }, 'en');
    if (shown.kind !== 'region') throw new Error(shown.kind);
    const f1 = rowOf(shown.rows, 'F1');
    expect(f1.subject).toBeUndefined();
    expect(f1.reference?.percent).toBe(0);
    expect(f1.reference?.interval).toBeDefined();
    expect([f1.points, f1.interval]).toEqual([undefined, undefined]);
    expect(shown.smallBase).toBe(5);
  });
});

describe('the round preview', () => {
  it('carries the core’s change and its interval', () => {
    const outcome = analysed({ otherRound: { name: 'Round 1997', workbook: roundOfSheet(TEN, 'Round 1997') } });
    const preview = comparisonPreview(outcome, { kind: 'round', sheet: 'Round 1997' }, 'en');
    if (preview.kind !== 'round') throw new Error(preview.kind);
    const f1 = rowOf(preview.rows, 'F1');
    const core = outcome.comparison.round!.differences.find((d) => d.subject.item.id === 'F1')!;
    expect([f1.subject?.percent, f1.reference?.percent, f1.points]).toEqual([0.5, 0, 50]);
    expect(f1.interval).toBe(core.interval);
    expect(f1.subject?.interval).toBe(core.subject.interval);
  });
});

describe('the Member preview', () => {
  it('gives all respondents’ and the region’s percents their intervals, on 5 respondents or more', () => {
    const outcome = analysed({ member: 'Malta' });
    const preview = comparisonPreview(outcome, { kind: 'member', member: 'MLT' }, 'en');
    if (preview.kind !== 'member') throw new Error(preview.kind);
    const f1 = rowOf(preview.rows, 'F1');
    const core = outcome.comparison.member!.answers.find((a) => a.all.item.id === 'F1')!;
    expect([f1.all?.percent, f1.region?.percent]).toEqual([0.5, 1]);
    expect(f1.all?.interval).toBe(core.all.interval);
    expect(f1.region?.interval).toBe(core.region.interval);
  });
});
