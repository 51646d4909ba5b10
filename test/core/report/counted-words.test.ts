import { unusableMessage } from '../../../src/core/error-messages';
import { WorkbookUnusableError } from '../../../src/core/errors';
import type { Language } from '../../../src/core/i18n/language';
import { NOTES_WORDS } from '../../../src/core/report/notes-block';
import { WORDS } from '../../../src/core/report/words';

// Issue #17: every text of the written sheets and every message that counts makes its noun agree with the
// count: "1 error", "0 respondent" in French. Each row: the text, its count(s), English, French.
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('counted texts of the written sheets agree with their counts', () => {
  it.each<[string, (lang: Language) => string, string, string]>([
    ['Validation title', (l) => WORDS[l].validationTitle(1, 1), '1 error, 1 warning', '1 erreur, 1 avertissement'],
    ['Validation title', (l) => WORDS[l].validationTitle(0, 2), '0 errors, 2 warnings', '0 erreur, 2 avertissements'],
    ['Validation title', (l) => WORDS[l].validationTitle(3, 0), '3 errors, 0 warnings', '3 erreurs, 0 avertissement'],
    [
      'CRM rows left out',
      (l) => WORDS[l].crmLeftOut(1),
      '1 row of the CRM Indicators sheet left out for errors: see the Validation sheet.',
      '1 ligne de la feuille CRM Indicators écartée pour erreurs : voir la feuille Validation.',
    ],
    [
      'CRM rows left out',
      (l) => WORDS[l].crmLeftOut(3),
      '3 rows of the CRM Indicators sheet left out for errors: see the Validation sheet.',
      '3 lignes de la feuille CRM Indicators écartées pour erreurs : voir la feuille Validation.',
    ],
    ['chart base', (l) => WORDS[l].chartBase(1, 1), 'n = 1 Member', 'n = 1 Membre'],
    ['chart base', (l) => WORDS[l].chartBase(0, 0), 'n = 0 Members', 'n = 0 Membre'],
    ['chart base', (l) => WORDS[l].chartBase(1, 3), 'n = 1–3 Members', 'n = 1–3 Membres'],
    ['chart base with a cutoff of 1', (l) => WORDS[l].chartBase(1, 1, 1), 'n = 1 Member; first response received', 'n = 1 Membre ; première réponse reçue'],
    [
      'chart base with a cutoff of 36',
      (l) => WORDS[l].chartBase(30, 36, 36),
      'n = 30–36 Members; first 36 responses received',
      'n = 30–36 Membres ; 36 premières réponses reçues',
    ],
    ['excluded by the cutoff', (l) => WORDS[l].excludedByCutoff(1), 'Excluded by the cutoff (first received)', 'Exclus par la limite (première réponse reçue)'],
    [
      'excluded by the cutoff',
      (l) => WORDS[l].excludedByCutoff(36),
      'Excluded by the cutoff (first 36 received)',
      'Exclus par la limite (36 premières réponses reçues)',
    ],
    [
      'a Member not counted for the cutoff',
      (l) => WORDS[l].notCountedCutoff(1),
      'This Member’s submission is not counted in the percentages: only the first received counts, and it came after it.',
      'La soumission de ce Membre n’est pas comptée dans les pourcentages : seule la première réponse reçue compte, et elle est arrivée après.',
    ],
    [
      'a Member not counted for the cutoff',
      (l) => WORDS[l].notCountedCutoff(36),
      'This Member’s submission is not counted in the percentages: only the first 36 received count, and it came after them.',
      'La soumission de ce Membre n’est pas comptée dans les pourcentages : seules les 36 premières réponses reçues comptent, et elle est arrivée après.',
    ],
    [
      'the small-base note',
      (l) => WORDS[l].smallBaseNote(5),
      'A percentage on fewer than 5 respondents is left blank (too few respondents to read).',
      'Un pourcentage sur moins de 5 répondants est laissé en blanc (trop peu de répondants pour être lu).',
    ],
    [
      'the note on respondents counted',
      (l) => NOTES_WORDS[l].countedText(1, 1),
      '1 submission without errors; 1 with errors left out, named above and in the Validation sheet.',
      '1 soumission sans erreur ; 1 avec erreurs écartée, nommée ci-dessus et dans la feuille Validation.',
    ],
    [
      'the note on respondents counted',
      (l) => NOTES_WORDS[l].countedText(0, 2),
      '0 submissions without errors; 2 with errors left out, each named above and in the Validation sheet.',
      '0 soumission sans erreur ; 2 avec erreurs écartées, chacune nommée ci-dessus et dans la feuille Validation.',
    ],
    [
      'the note on the cutoff',
      (l) => NOTES_WORDS[l].cutoffText(1, []),
      'The first submission received, by date received, as the 1998 report counted its first 36.',
      'La première soumission reçue, par date de réception, comme le rapport de 1998 a compté ses 36 premières.',
    ],
    [
      'the note on the cutoff',
      (l) => NOTES_WORDS[l].cutoffText(36, []),
      'The first 36 submissions received, by date received, as the 1998 report counted its first 36.',
      'Les 36 premières soumissions reçues, par date de réception, comme le rapport de 1998 a compté ses 36 premières.',
    ],
    [
      'the note on the registry',
      (l) => NOTES_WORDS[l].registryText(1),
      '1 Member in the registry: the response rate is of it.',
      '1 Membre dans le registre : le taux de réponse est calculé sur lui.',
    ],
    [
      'the note on the registry',
      (l) => NOTES_WORDS[l].registryText(150),
      '150 Members in the registry: the response rate is of them.',
      '150 Membres dans le registre : le taux de réponse est calculé sur eux.',
    ],
  ])('%s (case %#)', (_, text, en, fr) => {
    expect(nb(text('en'))).toBe(en);
    expect(nb(text('fr'))).toBe(fr);
  });
});

describe('the one-line message of a broken XLSForm counts its errors', () => {
  it.each<[number, string, string]>([
    [
      1,
      'The questionnaire (XLSForm) has 1 error, at survey!A10: nothing is analysed against a broken form. Check the workbook to see it, correct the form, then analyse again.',
      'Le questionnaire (XLSForm) contient 1 erreur, en survey!A10 : rien n’est analysé avec un formulaire défectueux. Vérifiez le classeur pour la voir, corrigez le formulaire, puis relancez l’analyse.',
    ],
    [
      3,
      'The questionnaire (XLSForm) has 3 errors, the first at survey!A10: nothing is analysed against a broken form. Check the workbook to see them all, correct the form, then analyse again.',
      'Le questionnaire (XLSForm) contient 3 erreurs, la première en survey!A10 : rien n’est analysé avec un formulaire défectueux. Vérifiez le classeur pour les voir toutes, corrigez le formulaire, puis relancez l’analyse.',
    ],
  ])('%d errors, counted', (errors, en, fr) => {
    const error = new WorkbookUnusableError('form-errors', { errors, cell: 'survey!A10' });
    expect(nb(unusableMessage(error, 'en'))).toBe(en);
    expect(nb(unusableMessage(error, 'fr'))).toBe(fr);
  });
});
