import { agreeing, counted, isSingular } from '../../../src/core/i18n/plural';

// Issue #17: a counted noun agrees with its count, in English and in French (where 0 and 1 are singular).
describe('a counted word agrees with its count', () => {
  it.each<[number, string, string]>([
    [0, '0 respondents', '0 répondant'],
    [1, '1 respondent', '1 répondant'],
    [2, '2 respondents', '2 répondants'],
    [36, '36 respondents', '36 répondants'],
    [1500, '1,500 respondents', '1\u00a0500 répondants'],
  ])('%d: “%s”, « %s »', (n, en, fr) => {
    expect(counted(n, 'en', ['respondent', 'respondents'])).toBe(en);
    expect(counted(n, 'fr', ['répondant', 'répondants'])).toBe(fr);
  });

  it.each<[number, boolean, boolean]>([
    [0, false, true],
    [1, true, true],
    [1.5, false, true],
    [2, false, false],
    [-1, true, true],
  ])('%d is singular in English: %p, in French: %p', (n, en, fr) => {
    expect([isSingular(n, 'en'), isSingular(n, 'fr')]).toEqual([en, fr]);
  });

  it('gives the agreeing form alone, for a text that places the count elsewhere', () => {
    expect(agreeing(1, 'fr', ['soumission vérifiée', 'soumissions vérifiées'])).toBe('soumission vérifiée');
    expect(agreeing(0, 'en', ['Member follows', 'Members follow'])).toBe('Members follow');
  });
});
