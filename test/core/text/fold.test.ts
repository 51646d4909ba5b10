import { fold, foldTight, visibleText } from '../../../src/core/text/fold';

/** Every character that shows nothing, by code point and name: a text holding one reads as the text without it. */
const INVISIBLE: readonly [string, string][] = [
  ['200B', 'zero-width space'],
  ['200C', 'zero-width non-joiner'],
  ['200D', 'zero-width joiner'],
  ['200E', 'left-to-right mark'],
  ['200F', 'right-to-left mark'],
  ['00AD', 'soft hyphen'],
  ['2060', 'word joiner'],
  ['FEFF', 'byte order mark'],
  ['202A', 'left-to-right embedding'],
  ['202B', 'right-to-left embedding'],
  ['202C', 'pop directional formatting'],
  ['202D', 'left-to-right override'],
  ['202E', 'right-to-left override'],
  ['2066', 'left-to-right isolate'],
  ['2067', 'right-to-left isolate'],
  ['2068', 'first strong isolate'],
  ['2069', 'pop directional isolate'],
];

describe('invisible characters: a text reads as it shows', () => {
  describe.each(INVISIBLE)('U+%s, %s', (code) => {
    const char = String.fromCodePoint(parseInt(code, 16));
    it.each([
      [`F1${char}`, 'F1'],
      [`${char}Member`, 'Member'],
      [`Re${char}ceived`, 'Received'],
      [`${char}Ken${char}ya${char}`, 'Kenya'],
    ])('%j shows as %s', (written, shown) => {
      expect(visibleText(written)).toBe(shown);
      expect(fold(written)).toBe(fold(shown));
      expect(foldTight(written)).toBe(foldTight(shown));
    });
  });

  it('keeps every visible character, spaces and punctuation included', () => {
    expect(visibleText(' Côte d’Ivoire - 1998 ')).toBe(' Côte d’Ivoire - 1998 ');
    expect(visibleText('Кыргызстан العربية 中国')).toBe('Кыргызстан العربية 中国');
  });

  it('folds case, accents, punctuation and spaces as before', () => {
    expect(fold('  Côte-d’Ivoire ')).toBe('cote d ivoire');
    expect(foldTight('Hong Kong, China')).toBe('hongkongchina');
  });
});
