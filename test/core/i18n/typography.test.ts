import { frenchSpacing, setTexts } from '../../../src/core/i18n/typography';

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
