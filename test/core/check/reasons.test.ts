import { SEVERITY, type IssueCode } from '../../../src/core/check/issue';
import { ISSUE_REASONS, reasonsText } from '../../../src/core/check/reasons';

const CODES = Object.keys(SEVERITY) as IssueCode[];

describe('the reasons an issue is named by in a list', () => {
  it('are words for every code, in both languages, never the code itself', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const code of CODES) {
        expect(ISSUE_REASONS[lang][code]).toMatch(/\w+ \w+/);
        expect(ISSUE_REASONS[lang][code]).not.toContain(code);
      }
    }
  });

  it('are French in French: no code’s English words left', () => {
    expect(CODES.filter((code) => ISSUE_REASONS.fr[code] === ISSUE_REASONS.en[code])).toEqual([]);
  });

  it('name each reason once, in the order found, joined as the language joins a list', () => {
    expect(reasonsText(['unknown-member', 'invalid-answer', 'unknown-member'], 'en')).toBe(
      'a Member name not in the registry; an answer not on the question’s scale',
    );
    expect(reasonsText(['error-value', 'invalid-answer'], 'fr')).toBe(
      'une valeur d’erreur Excel comme #N/A dans une cellule\u00a0; une réponse hors de l’échelle de la question',
    );
    expect(reasonsText([], 'fr')).toBe('');
  });
});
