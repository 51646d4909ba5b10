import { statusNote } from '../../../src/core/report/comparison-sheet';

describe('why a Member’s own submission is not counted, as the Comparison sheet says it', () => {
  it('says nothing for a Member counted', () => {
    expect(statusNote({ kind: 'counted' }, 'en')).toBeUndefined();
  });

  it('names each error once, in words, never by its code, in the sheet’s language', () => {
    const errors = { kind: 'errors', reasons: ['future-date', 'invalid-answer', 'duplicate-member'] } as const;
    expect(statusNote(errors, 'en')).toBe(
      'This Member’s submission is not counted in the percentages: it has errors (a date received in the future; an answer not on the question’s scale; a second submission from the same Member). Correct them: see the Validation sheet.',
    );
    expect(statusNote(errors, 'fr')).toBe(
      'La soumission de ce Membre n’est pas comptée dans les pourcentages\u00a0: elle comporte des erreurs (une date de réception dans le futur\u00a0; une réponse hors de l’échelle de la question\u00a0; une seconde soumission du même Membre). Corrigez-les\u00a0: voir la feuille Validation.',
    );
  });

  it('names errors that are not about answers in words too, never by their code', () => {
    const note = statusNote({ kind: 'errors', reasons: ['duplicate-column', 'duplicate-row'] }, 'en')!;
    expect(note).toContain('(a column repeated; a row repeated)');
    expect(note).not.toMatch(/duplicate-/);
  });

  it('gives the cutoff, and says when the submission is none of the respondents', () => {
    expect(statusNote({ kind: 'cutoff', first: 36 }, 'fr')).toBe(
      'La soumission de ce Membre n’est pas comptée dans les pourcentages\u00a0: seules les 36 premières réponses reçues comptent, et elle est arrivée après.',
    );
    expect(statusNote({ kind: 'not-respondent' }, 'en')).toBe('This Member’s submission is not among the respondents counted in the percentages.');
  });
});
