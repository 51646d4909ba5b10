import { parseMeasure, parseNumberText } from '../../../src/core/crm/numbers';
import { COUNT, HOURS, PERCENT } from '../../../src/core/crm/units';

describe('reading numbers written as text', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234 567', 1234567],
    ['1 234,567', 1234.567],
    ['1234,567', 1234.567],
    ['0,125', 0.125],
    ['.5', 0.5],
    ['-3', -3],
    ['−3,5', -3.5],
    ['+7', 7],
    ['  42  ', 42],
  ])('reads %p as %p', (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: 'number', value, written: 'text' });
  });

  it.each([
    ['12%', 0.12],
    ['12 %', 0.12],
    ['12,3 %', 0.123],
    ['7%', 0.07],
    ['0.5%', 0.005],
    ['-2 %', -0.02],
  ])('reads %p with its % sign as the fraction %p', (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: 'number', value, written: 'percent' });
  });

  it.each([
    ['1,234', 1234, 1.234],
    ['1.234', 1234, 1.234],
    ['12,500', 12500, 12.5],
    ['-1,234', -1234, -1.234],
  ])('holds %p ambiguous: %p in English, %p in French', (text, whole, decimal) => {
    expect(parseNumberText(text)).toEqual({ kind: 'ambiguous', whole, decimal });
  });

  it.each(['abc', 'n/a', '-', '', ',', '1 2', '12 34', '1,234,5', '1,23,456', '1e3', '$5', '5 hours', '1,234.5.6'])('does not read %p as a number', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'invalid' });
  });
});

describe('reading a baseline or follow-up cell', () => {
  it('takes a number cell as it is, for every unit', () => {
    expect(parseMeasure({ kind: 'number', value: 0.85 }, PERCENT)).toEqual({ kind: 'number', value: 0.85, written: 'number' });
    expect(parseMeasure({ kind: 'number', value: 85 }, PERCENT)).toEqual({ kind: 'number', value: 85, written: 'number' });
    expect(parseMeasure({ kind: 'number', value: 48 }, HOURS)).toEqual({ kind: 'number', value: 48, written: 'number' });
  });

  it('takes a % sign only for a percentage, or an indicator not yet known', () => {
    expect(parseMeasure({ kind: 'text', text: '85%' }, PERCENT)).toMatchObject({ value: 0.85 });
    expect(parseMeasure({ kind: 'text', text: '85%' }, undefined)).toMatchObject({ value: 0.85 });
    expect(parseMeasure({ kind: 'text', text: '85%' }, COUNT)).toEqual({ kind: 'invalid' });
  });

  it('never takes a date or a boolean for a measure, and keeps an Excel error', () => {
    expect(parseMeasure({ kind: 'date', serial: 35869 }, COUNT)).toEqual({ kind: 'invalid' });
    expect(parseMeasure({ kind: 'boolean', value: true }, COUNT)).toEqual({ kind: 'invalid' });
    expect(parseMeasure({ kind: 'error', error: '#DIV/0!' }, COUNT)).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
});
