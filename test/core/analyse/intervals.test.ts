import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { newcombeInterval, wilsonInterval, Z95, type Group, type Interval } from '../../../src/core/analyse/intervals';

/** Both ends of an interval, to four decimals. */
function expectInterval(actual: Interval | undefined, low: number, high: number): void {
  expect(actual).toBeDefined();
  expect(actual!.low).toBeCloseTo(low, 4);
  expect(actual!.high).toBeCloseTo(high, 4);
}

const Z2 = Z95 * Z95;
const width = (i: Interval) => i.high - i.low;

/** A group: a count of a base (1–200), with no population or one of the base to a few hundred more. */
const anyGroup: fc.Arbitrary<Group> = fc
  .record({ base: fc.integer({ min: 1, max: 200 }), share: fc.double({ min: 0, max: 1, noNaN: true }), extra: fc.option(fc.nat(400), { nil: undefined }) })
  .map(({ base, share, extra }) => ({
    count: Math.round(share * base),
    base,
    ...(extra === undefined ? {} : { population: base + extra }),
  }));

describe('wilsonInterval: the 95 % interval of a share, corrected for the population', () => {
  it('is the plain Wilson score interval when there is no population', () => {
    // 27 of 36: centre (p + z²/2n)/(1 + z²/n) = 0.7259, half-width 0.1366.
    expectInterval(wilsonInterval(27, 36), 0.5893, 0.8625);
    // Newcombe’s examples (1998, the single proportion, score method without correction).
    expectInterval(wilsonInterval(81, 263), 0.2553, 0.3662);
    expectInterval(wilsonInterval(15, 148), 0.0624, 0.1605);
    expectInterval(wilsonInterval(0, 20), 0, 0.1611);
    expectInterval(wilsonInterval(1, 29), 0.0061, 0.1718);
  });

  it('weighs a base n out of N Members as n (N − 1)/(N − n) respondents: 27 of 36 out of 150 as 47.05', () => {
    expectInterval(wilsonInterval(27, 36, 150), 0.6107, 0.8516);
    const n = (36 * 149) / 114;
    expect(wilsonInterval(27, 36, 150)).toEqual(wilsonInterval(0.75 * n, n));
  });

  it('is the point of the share for a census (n = N), and for a base larger than its population', () => {
    expect(wilsonInterval(27, 36, 36)).toEqual({ low: 0.75, high: 0.75 });
    expect(wilsonInterval(0, 5, 5)).toEqual({ low: 0, high: 0 });
    expect(wilsonInterval(5, 5, 5)).toEqual({ low: 1, high: 1 });
    // A population under the base is a wrong population upstream: the base is then taken as all of it.
    expect(wilsonInterval(27, 36, 30)).toEqual({ low: 0.75, high: 0.75 });
  });

  it('starts at 0 when no one gave the answer: [0, z²/(n + z²)]', () => {
    expectInterval(wilsonInterval(0, 10), 0, Z2 / (10 + Z2));
    expectInterval(wilsonInterval(0, 10), 0, 0.2775);
    expect(wilsonInterval(0, 10)!.low).toBe(0);
  });

  it('ends at 1 when everyone gave it: [n/(n + z²), 1]', () => {
    expectInterval(wilsonInterval(10, 10), 10 / (10 + Z2), 1);
    expectInterval(wilsonInterval(10, 10), 0.7225, 1);
    expect(wilsonInterval(10, 10)!.high).toBe(1);
  });

  it('of one respondent is [1/(1 + z²), 1] or [0, z²/(1 + z²)], whatever the population (n_eff = 1)', () => {
    expectInterval(wilsonInterval(1, 1), 0.2065, 1);
    expectInterval(wilsonInterval(0, 1), 0, 0.7935);
    expect(wilsonInterval(1, 1, 150)).toEqual(wilsonInterval(1, 1));
    expect(wilsonInterval(0, 1, 2)).toEqual(wilsonInterval(0, 1));
  });

  it('is undefined on a base of 0', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
    expect(wilsonInterval(0, 0, 150)).toBeUndefined();
  });

  it('holds the share and never leaves [0, 1]', () => {
    fc.assert(
      fc.property(anyGroup, ({ count, base, population }) => {
        const i = wilsonInterval(count, base, population)!;
        expect(0 <= i.low && i.low <= count / base && count / base <= i.high && i.high <= 1).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('narrows as the base approaches the population, for a fixed share, to the point at the census', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 30 }), (step, answered, steps) => {
        // Bases step, 2 step, … of a population of `steps` steps, each with the same share.
        const share = Math.min(answered, step) / step;
        const population = step * steps;
        const widths = Array.from({ length: steps }, (_, k) => width(wilsonInterval(share * step * (k + 1), step * (k + 1), population)!));
        widths.slice(1).forEach((w, k) => expect(w).toBeLessThanOrEqual(widths[k] + 1e-12));
        expect(widths[steps - 1]).toBe(0);
      }),
    );
  });

  it('narrows as the population shrinks to the base, for a fixed count and base', () => {
    fc.assert(
      fc.property(anyGroup, ({ count, base }) => {
        const populations = [1000, 300, 100, 2 * base, base + 1, base].filter((n) => n >= base).sort((x, y) => y - x);
        const widths = [wilsonInterval(count, base)!, ...populations.map((population) => wilsonInterval(count, base, population)!)].map(width);
        widths.slice(1).forEach((w, k) => expect(w).toBeLessThanOrEqual(widths[k] + 1e-12));
      }),
    );
  });
});

describe('newcombeInterval: the 95 % interval of the difference of two groups’ shares', () => {
  it('is Newcombe’s hybrid score interval (1998, method 10) without populations', () => {
    expectInterval(newcombeInterval({ count: 56, base: 70 }, { count: 48, base: 80 }), 0.0524, 0.3339);
    expectInterval(newcombeInterval({ count: 9, base: 10 }, { count: 3, base: 10 }), 0.1705, 0.809);
    expectInterval(newcombeInterval({ count: 6, base: 7 }, { count: 2, base: 7 }), 0.0582, 0.8062);
    expectInterval(newcombeInterval({ count: 5, base: 56 }, { count: 0, base: 29 }), -0.0381, 0.1926);
    expectInterval(newcombeInterval({ count: 0, base: 10 }, { count: 0, base: 20 }), -0.1611, 0.2775);
    expectInterval(newcombeInterval({ count: 10, base: 10 }, { count: 0, base: 20 }), 0.6791, 1);
  });

  it('combines the two Wilson intervals, each corrected for its own population', () => {
    const a = { count: 27, base: 36, population: 150 };
    const b = { count: 9, base: 36, population: 150 };
    const [ia, ib] = [wilsonInterval(27, 36, 150)!, wilsonInterval(9, 36, 150)!];
    const d = newcombeInterval(a, b)!;
    expect(d.low).toBeCloseTo(0.5 - Math.hypot(0.75 - ia.low, ib.high - 0.25), 12);
    expect(d.high).toBeCloseTo(0.5 + Math.hypot(ia.high - 0.75, 0.25 - ib.low), 12);
    expectInterval(d, 0.303, 0.6437);
    expect(d.significant).toBe(true);
    // Without the populations the same shares are less sure of their difference.
    expectInterval(newcombeInterval({ count: 27, base: 36 }, { count: 9, base: 36 }), 0.2727, 0.6591);
  });

  it('is symmetric about 0, and not significant, for two groups of the same share and size', () => {
    const d = newcombeInterval({ count: 27, base: 36, population: 150 }, { count: 27, base: 36, population: 150 })!;
    expectInterval(d, -0.1724, 0.1724);
    expect(d.significant).toBe(false);
  });

  it('is the point of the difference between two censuses: significant whenever they differ', () => {
    expect(newcombeInterval({ count: 9, base: 12, population: 12 }, { count: 5, base: 10, population: 10 })).toEqual({
      low: 0.25,
      high: 0.25,
      significant: true,
    });
    expect(newcombeInterval({ count: 6, base: 12, population: 12 }, { count: 5, base: 10, population: 10 })).toEqual({
      low: 0,
      high: 0,
      significant: false,
    });
  });

  it('is undefined when either base is 0', () => {
    expect(newcombeInterval({ count: 0, base: 0 }, { count: 3, base: 5 })).toBeUndefined();
    expect(newcombeInterval({ count: 3, base: 5 }, { count: 0, base: 0, population: 10 })).toBeUndefined();
  });

  it('holds the difference, stays within [−1, 1], and is significant exactly when it excludes 0', () => {
    fc.assert(
      fc.property(anyGroup, anyGroup, (a, b) => {
        const d = newcombeInterval(a, b)!;
        const delta = a.count / a.base - b.count / b.base;
        expect(-1 <= d.low && d.low <= delta && delta <= d.high && d.high <= 1).toBe(true);
        expect(d.significant).toBe(d.low > 0 || d.high < 0);
      }),
      { numRuns: 1000 },
    );
  });
});

/** test/fixtures/intervals/reference-intervals.json, by statsmodels (scripts/intervals/reference-intervals.py). */
interface Reference {
  readonly wilson: readonly (Group & Interval)[];
  readonly newcombe: readonly ({ readonly a: Group; readonly b: Group } & Interval)[];
}
const REFERENCE: Reference = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'intervals', 'reference-intervals.json'), 'utf8'));
const named = ({ count, base, population }: Group) => `${count} of ${base}${population === undefined ? '' : ` of ${population}`}`;

describe('the reference table of statsmodels', () => {
  it('covers small bases, censuses, the 1998-like round and regions', () => {
    expect(REFERENCE.wilson.length).toBeGreaterThan(300);
    expect(REFERENCE.newcombe.length).toBeGreaterThan(200);
  });

  it.each(REFERENCE.wilson.map((row) => [named(row), row] as const))('Wilson %s', (_, row) => {
    expectInterval(wilsonInterval(row.count, row.base, row.population), row.low, row.high);
  });

  it.each(REFERENCE.newcombe.map((row) => [`${named(row.a)} − ${named(row.b)}`, row] as const))('Newcombe %s', (_, row) => {
    expectInterval(newcombeInterval(row.a, row.b), row.low, row.high);
  });
});
