import { formatNumber, formatPercent, NBSP } from '../../../src/core/i18n/numbers';

describe('a percentage written in text', () => {
  it('is 28.0% in English, and 28,0 % in French: a decimal comma, a non-breaking space before the sign', () => {
    expect(formatPercent(0.28, 'en')).toBe('28.0%');
    expect(formatPercent(0.28, 'fr')).toBe(`28,0${NBSP}%`);
    expect(formatPercent(42 / 150, 'fr')).toBe('28,0\u00a0%');
  });

  it('never breaks a line before its sign in French', () => {
    expect(formatPercent(0.5, 'fr')).not.toMatch(/ %/);
  });

  it('takes the decimals asked for: a fixed number, or at most some without trailing zeros', () => {
    expect(formatPercent(0.125, 'en', { decimals: 0 })).toBe('13%');
    expect(formatPercent(0.05, 'fr', { maxDecimals: 1 })).toBe(`5${NBSP}%`);
    expect(formatPercent(0.025, 'fr', { maxDecimals: 1 })).toBe(`2,5${NBSP}%`);
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0, 'fr')).toBe(`0,0${NBSP}%`);
  });
});

describe('a number written in text', () => {
  it('has a decimal point in English and a decimal comma in French', () => {
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(2.5, 'fr')).toBe('2,5');
    expect(formatNumber(150, 'fr')).toBe('150');
  });

  it('carries no binary noise', () => {
    expect(formatNumber(0.07 * 100, 'en')).toBe('7');
    expect(formatNumber(0.1 + 0.2, 'fr')).toBe('0,3');
  });

  it('rounds half away from zero on the decimal it shows', () => {
    expect(formatNumber(1.005, 'en', { decimals: 2 })).toBe('1.01');
    expect(formatNumber(-2.5, 'en', { decimals: 0 })).toBe('-3');
    expect(formatNumber(-0.04, 'fr', { decimals: 1 })).toBe('0,0');
  });

  it('groups thousands only when asked (a comma in English, a non-breaking space in French); French negatives take the minus sign', () => {
    expect(formatNumber(1998, 'en')).toBe('1998');
    expect(formatNumber(1234567.5, 'en', { grouped: true })).toBe('1,234,567.5');
    expect(formatNumber(12345, 'fr', { grouped: true })).toBe(`12${NBSP}345`);
    expect(formatNumber(-1234, 'fr', { grouped: true, decimals: 1 })).toBe(`\u22121${NBSP}234,0`);
    expect(formatNumber(-1234, 'en', { grouped: true })).toBe('-1,234');
  });

  it('is never in exponent notation', () => {
    expect(formatNumber(1e21, 'en')).toBe('1000000000000000000000');
    expect(formatNumber(1e-7, 'fr')).toBe('0,0000001');
  });
});
