import { ISSUE_REASONS } from '../../../src/core/check/reasons';
import { CONSOLIDATION_WORDS } from '../../../src/core/consolidate/words';
import { frenchSpacing, setTexts } from '../../../src/core/i18n/typography';
import { PRINT_WORDS } from '../../../src/core/report/print/words';
import { WORDS } from '../../../src/core/report/words';
import { TEMPLATE_WORDS } from '../../../src/core/template/words';

const NBSP = '\u00a0';

describe('frenchSpacing', () => {
  it.each([
    ['Erreur : voir la feuille', `Erreur${NBSP}: voir la feuille`],
    ['36 répondants ; 42 Membres', `36 répondants${NBSP}; 42 Membres`],
    ['Pourquoi ? Enfin !', `Pourquoi${NBSP}? Enfin${NBSP}!`],
    ['28,0 %', `28,0${NBSP}%`],
    ['« Oui »', `«${NBSP}Oui${NBSP}»`],
    [`déjà${NBSP}: fait`, `déjà${NBSP}: fait`],
    ['Classeur: sans espace', 'Classeur: sans espace'],
  ])('%s', (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });
});

describe('setTexts', () => {
  it('sets every string of a tree, lists too, and what its functions return, leaving the rest', () => {
    const set = setTexts({ a: 'x :', b: ['y ;'], c: (n: number) => `${n} %`, d: { e: 'z !' }, code: 'en' }, frenchSpacing);
    expect([set.a, set.b[0], set.c(5), set.d.e, set.code]).toEqual([`x${NBSP}:`, `y${NBSP};`, `5${NBSP}%`, `z${NBSP}!`, 'en']);
  });
});

describe('the French written sheets', () => {
  /** Every text of a dictionary, its functions called with sample arguments. */
  function texts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return texts(value(3, 5, 36));
    if (Array.isArray(value)) return value.flatMap(texts);
    return typeof value === 'object' && value !== null ? Object.values(value).flatMap(texts) : [];
  }

  it('are spaced as French is printed where their words are defined: no plain space before : ; ? ! % » or after «', () => {
    const french = [WORDS.fr, PRINT_WORDS.fr, CONSOLIDATION_WORDS.fr, TEMPLATE_WORDS.fr, ISSUE_REASONS.fr].flatMap(texts);
    expect(french.length).toBeGreaterThan(100);
    expect(french.filter((t) => / [:;?!%»]|« /.test(t))).toEqual([]);
  });
});
