#!/usr/bin/python3
"""
Writes test/fixtures/intervals/reference-intervals.json: the 95 % intervals of issue #19 computed
by an independent implementation, statsmodels, for test/core/analyse/intervals.test.ts, which
checks src/core/analyse/intervals.ts against every row to four decimals.

Needs Debian's python3-statsmodels (0.13.5):
    apt-get install -y python3-statsmodels
    npm run make-reference-intervals      (/usr/bin/python3 scripts/intervals/reference-intervals.py)
The JSON is committed, so the tests need neither Python nor statsmodels.

Both intervals get the same finite-population correction as the engine, applied here before
statsmodels is called: a base of n respondents out of a population of N Members weighs as
n_eff = n (N - 1) / (N - n) respondents, and its count as x_eff = (x / n) n_eff; with no population,
n_eff = n. Then
  - the Wilson interval is statsmodels.stats.proportion.proportion_confint(x_eff, n_eff,
    alpha=0.05, method='wilson');
  - Newcombe's hybrid score interval of p_a - p_b is confint_proportions_2indep(x_eff_a, n_eff_a,
    x_eff_b, n_eff_b, method='newcomb', compare='diff').
statsmodels takes the fractional x_eff and n_eff as they are (its Wilson interval is the closed
formula in count / nobs and nobs), so no integer case needs a separate cross-check.
A census (n = N) has an infinite effective size, which statsmodels cannot take: it is asked at
n_eff = 1e12 instead, whose interval is the point [p, p] to far below four decimals -- the engine's
census rule is the limit of the corrected interval, not a special case.
statsmodels takes z = norm.isf(0.025) = 1.95996398..., the engine 1.959964: the same to 1e-8.
"""
import json
import os

import statsmodels
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'intervals', 'reference-intervals.json')
CENSUS_SIZE = 1e12
DIGITS = 8


def effective(count, base, population):
    """(x_eff, n_eff): the finite-population correction of the engine."""
    if population is None:
        size = base
    elif base == population:
        size = CENSUS_SIZE
    else:
        size = base * (population - 1) / (population - base)
    return count / base * size, size


def group(count, base, population):
    return {'count': count, 'base': base, **({} if population is None else {'population': population})}


def wilson(count, base, population):
    low, high = proportion_confint(*effective(count, base, population), alpha=0.05, method='wilson')
    return {**group(count, base, population), 'low': round(float(low), DIGITS), 'high': round(float(high), DIGITS)}


def newcombe(a, b):
    (xa, na), (xb, nb) = effective(*a), effective(*b)
    low, high = confint_proportions_2indep(xa, na, xb, nb, method='newcomb', compare='diff')
    return {'a': group(*a), 'b': group(*b), 'low': round(float(low), DIGITS), 'high': round(float(high), DIGITS)}


def wilson_cases():
    cases = []
    # Small bases 1-10, every count, without a population and out of 20 Members.
    for base in range(1, 11):
        for count in range(base + 1):
            cases += [(count, base, None), (count, base, 20)]
    # Censuses: every Member answered.
    cases += [(0, 1, 1), (1, 1, 1), (0, 5, 5), (3, 5, 5), (5, 5, 5), (27, 36, 36), (0, 150, 150), (75, 150, 150), (150, 150, 150)]
    # The 1998-like round: 36 respondents of 150 Members, and without the population; then bases near the census.
    for count in (0, 1, 9, 18, 27, 35, 36):
        cases += [(count, 36, None), (count, 36, 150)]
    cases += [(75, 100, 150), (105, 140, 150), (112, 149, 150)]
    # Regions: bases 2-12 of 10-40 Members (a region of 10 with 10 respondents is a census).
    for population in (10, 20, 30, 40):
        for base in range(2, min(12, population) + 1):
            for count in sorted({0, 1, base // 2, base - 1, base}):
                cases.append((count, base, population))
    return cases


# Groups for the differences: regions, small and census groups, the 1998-like round, no population.
GROUPS = [
    (1, 1, None),
    (0, 2, 10),
    (2, 2, 10),
    (3, 5, None),
    (1, 5, 20),
    (5, 5, 20),
    (0, 8, 40),
    (4, 8, 30),
    (6, 12, 40),
    (9, 12, 12),
    (12, 12, 12),
    (18, 36, None),
    (9, 36, 150),
    (27, 36, 150),
    (36, 36, 150),
    (120, 150, 150),
]


def main():
    table = {
        'about': 'Written by scripts/intervals/reference-intervals.py with statsmodels %s: 95 %% Wilson and Newcombe (hybrid score) '
        'intervals at the finite-population effective size n (N - 1) / (N - n); no population: n. Fractions, %d decimals.'
        % (statsmodels.__version__, DIGITS),
        'wilson': [wilson(*case) for case in wilson_cases()],
        'newcombe': [newcombe(a, b) for a in GROUPS for b in GROUPS],
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as out:
        # One row a line: small, and a diff shows which row moved.
        out.write('{\n  "about": %s,\n' % json.dumps(table['about']))
        for key in ('wilson', 'newcombe'):
            rows = ',\n'.join('    ' + json.dumps(row, separators=(',', ':')) for row in table[key])
            out.write('  "%s": [\n%s\n  ]%s\n' % (key, rows, ',' if key == 'wilson' else ''))
        out.write('}\n')
    print('%s: %d Wilson rows, %d Newcombe rows' % (os.path.relpath(OUT, ROOT), len(table['wilson']), len(table['newcombe'])))


if __name__ == '__main__':
    main()
