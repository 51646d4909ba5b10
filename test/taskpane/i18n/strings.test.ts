import { EN } from '../../../src/taskpane/i18n/en';
import { FR } from '../../../src/taskpane/i18n/fr';

/** Every key of a dictionary, nested ones as "a.b", with the kind of its value. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}: ${typeof value}`];
  return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value(1, 2, 3))];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(texts) : [];
}

describe('the pane’s strings', () => {
  it('say the same things in English and French', () => {
    expect(shape(FR)).toEqual(shape(EN));
  });

  it('are never empty, and differ between the languages where they should', () => {
    expect(texts(EN).filter((t) => t.trim() === '')).toEqual([]);
    expect(texts(FR).filter((t) => t.trim() === '')).toEqual([]);
    expect(FR.check.intro).not.toBe(EN.check.intro);
  });

  it('space French as French is printed: no plain space before « : », « ; », « ? », « ! », « % » or inside « », and typographic apostrophes', () => {
    const french = texts(FR);
    expect(french.filter((t) => / [:;?!%»]|« /.test(t))).toEqual([]);
    expect(french.filter((t) => /\p{L}'\p{L}/u.test(t))).toEqual([]);
    expect(FR.file.opened("Côte d'Ivoire.xlsx")).toBe("Classeur\u00a0: Côte d'Ivoire.xlsx");
  });

  it('keep the names the browser test relies on, and translate them', () => {
    const names = (s: typeof EN) => [s.file.open, s.check.run, s.analyse.run, s.analyse.write, s.analyse.firstResponses, s.file.download];
    expect(names(EN)).toEqual(['Open workbook', 'Check', 'Analyse', 'Write results', 'First responses', 'Download workbook']);
    expect(names(FR)).toEqual(['Ouvrir un classeur', 'Vérifier', 'Analyser', 'Écrire les résultats', 'Premières réponses', 'Télécharger le classeur']);
  });

  it('count in each language’s way', () => {
    expect([EN.check.summary(0, 0, 1), EN.check.summary(2, 1, 5), EN.check.summary(0, 3, 5)]).toEqual([
      'No problems found in 1 submission.',
      '2 errors and 1 warning in 5 submissions.',
      '3 warnings in 5 submissions.',
    ]);
    expect([FR.check.summary(0, 0, 1), FR.check.summary(1, 0, 2)]).toEqual(['Aucun problème dans 1 soumission.', '1 erreur dans 2 soumissions.']);
  });
});
