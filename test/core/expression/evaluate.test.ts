import { evaluate, numberOf, truth } from '../../../src/core/expression/evaluate';
import type { Value } from '../../../src/core/expression/expression';
import { parseExpression } from '../../../src/core/expression/parse';

/** Evaluates `text` with `.` as `self` and the other answers by name (a missing one is blank). */
function value(text: string, self: Value = '', answers: Record<string, Value> = {}): Value {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(text);
  return evaluate(parsed.expression, { self, question: (name) => answers[name] ?? '' });
}

describe('evaluating expressions against answers', () => {
  it.each<[string, Value, Record<string, Value>, Value]>([
    ['. >= 0', 5, {}, true],
    ['. >= 0', -1, {}, false],
    ['. <= 100', 100, {}, true],
    ['. <= 100', '100.5', {}, false],
    ['. >= 0', '', {}, false],
    ["${q} = 'yes'", '', { q: 'yes' }, true],
    ["${q} = 'yes'", '', { q: 'no' }, false],
    ["${q} = 'yes'", '', {}, false],
    ["${q} != 'no'", '', {}, true],
    ["${q} != 'no'", '', { q: 'no' }, false],
    ['${n} = 3', '', { n: '3' }, true],
    ["${n} = '3'", '', { n: 3 }, true],
    ["selected(${m}, 'x')", '', { m: 'w x y' }, true],
    ["selected(${m}, 'x')", '', { m: 'xx y' }, false],
    ["selected(${m}, 'x')", '', {}, false],
    ['count-selected(.)', 'a b  c', {}, 3],
    ['count-selected(.)', '', {}, 0],
    ["not(${q} = 'yes')", '', { q: 'no' }, true],
    ["${a} = 'x' and ${b} > 1", '', { a: 'x', b: 2 }, true],
    ["${a} = 'x' and ${b} > 1", '', { a: 'x', b: 1 }, false],
    ["${a} = 'x' or ${b} > 1", '', { a: 'y', b: 2 }, true],
    ['${a} + ${b} <= 100', '', { a: 60, b: 40 }, true],
    ['${a} + ${b} <= 100', '', { a: 60, b: 41 }, false],
    ['. div 4', 10, {}, 2.5],
    ['. mod 4', 10, {}, 2],
    ['. >= -1', -1, {}, true],
    ['${a} = true()', '', { a: 'anything' }, true],
    ['false() or .', 'text', {}, true],
    [". >= '2020-01-01'", '2020-06-30', {}, true],
    [". < '2020-01-01'", '2020-06-30', {}, false],
  ])('%s with . = %p and %j is %p', (text, self, answers, expected) => {
    expect(value(text, self, answers)).toEqual(expected);
  });

  it('reads truth as XPath does: a non-empty text, a number other than 0', () => {
    expect([truth(''), truth('no'), truth(0), truth(NaN), truth(2), truth(false)]).toEqual([false, true, false, false, true, false]);
  });

  it('reads a number from text, an ISO date as days since 1970, anything else as no number', () => {
    expect([numberOf(' 12 '), numberOf('-1.5'), numberOf('1970-01-11'), numberOf('12 staff'), numberOf(true)]).toEqual([12, -1.5, 10, NaN, 1]);
  });
});
