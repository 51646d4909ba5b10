import { questionsIn, type Expression, type FunctionName, type Operator } from '../../../src/core/expression/expression';
import { parseExpression } from '../../../src/core/expression/parse';

const question = (name: string): Expression => ({ kind: 'question', name });
const number = (value: number): Expression => ({ kind: 'number', value });
const string = (value: string): Expression => ({ kind: 'string', value });
const self: Expression = { kind: 'self' };
const binary = (left: Expression, operator: Operator, right: Expression): Expression => ({ kind: 'binary', operator, left, right });
const call = (name: FunctionName, ...args: Expression[]): Expression => ({ kind: 'call', name, args });

function parsed(text: string) {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.problem)}`);
  return result.expression;
}

describe('reading the expressions forms commonly use', () => {
  it.each<[string, unknown]>([
    ['. >= 0', binary(self, '>=', number(0))],
    ['. <= 100', binary(self, '<=', number(100))],
    ['.<100', binary(self, '<', number(100))],
    ['. > 0.5', binary(self, '>', number(0.5))],
    ['. != .5', binary(self, '!=', number(0.5))],
    ["${q} = 'yes'", binary(question('q'), '=', string('yes'))],
    ['${q} = "yes"', binary(question('q'), '=', string('yes'))],
    ["${ q } != 'no'", binary(question('q'), '!=', string('no'))],
    ["selected(${q}, 'x')", call('selected', question('q'), string('x'))],
    ['count-selected(.) <= 2', binary(call('count-selected', self), '<=', number(2))],
    ['not(${a})', call('not', question('a'))],
    ['true()', call('true')],
    ['. >= -1', binary(self, '>=', { kind: 'negative', operand: number(1) })],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('binds and tighter than or, comparisons tighter than and, as XPath does', () => {
    expect(parsed("${a} = 'x' or ${b} > 1 and ${c} < 2")).toEqual(
      binary(binary(question('a'), '=', string('x')), 'or', binary(binary(question('b'), '>', number(1)), 'and', binary(question('c'), '<', number(2)))),
    );
  });

  it('follows parentheses', () => {
    expect(parsed("(${a} = 'x' or ${b} = 'y') and . > 0")).toEqual(
      binary(binary(binary(question('a'), '=', string('x')), 'or', binary(question('b'), '=', string('y'))), 'and', binary(self, '>', number(0))),
    );
  });

  it('reads arithmetic before comparison, multiplication before addition', () => {
    expect(parsed('${a} + ${b} * 2 <= 100')).toEqual(binary(binary(question('a'), '+', binary(question('b'), '*', number(2))), '<=', number(100)));
    expect(parsed('. mod 2 = 0')).toEqual(binary(binary(self, 'mod', number(2)), '=', number(0)));
  });

  it('lists the questions an expression refers to', () => {
    expect(questionsIn(parsed("selected(${a}, 'x') and not(${b} = ${c}) or -${d} > ."))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('what it does not read, it says, never guessing', () => {
  it.each([
    ['. >', { kind: 'syntax', near: '' }],
    ['${q} = yes', { kind: 'syntax', near: 'yes' }],
    ["${q} == 'yes'", { kind: 'syntax', near: "= 'yes'" }],
    ["'unclosed", { kind: 'syntax', near: "'unclosed" }],
    ['/data/q > 1', { kind: 'syntax', near: '/data/q > 1' }],
    ['position(..) = 1', { kind: 'function', name: 'position' }],
    ['. <= today()', { kind: 'function', name: 'today' }],
    ['selected(${q})', { kind: 'syntax', near: 'selected(${q})' }],
    ['(. > 1', { kind: 'syntax', near: '' }],
    ['. > 1 )', { kind: 'syntax', near: ')' }],
    ['', { kind: 'syntax', near: '' }],
  ])('%p', (text, problem) => {
    expect(parseExpression(text)).toEqual({ ok: false, problem });
  });
});
