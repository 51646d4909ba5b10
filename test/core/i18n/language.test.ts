import { languageOfLocale } from '../../../src/core/i18n/language';

describe('the product language of a locale', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['FR-ca', 'fr'],
    ['fr_BE.UTF-8', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%p speaks %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
