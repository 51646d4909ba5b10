import { EN } from '../../../src/taskpane/i18n/en';
import { FR } from '../../../src/taskpane/i18n/fr';
import type { Strings } from '../../../src/taskpane/i18n/strings';

// Issue #17: the pane's texts that count make the noun agree: "1 error", "0 erreur" (French singular for 0 and 1).
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the pane’s counted texts agree with their counts', () => {
  it.each<[string, (s: Strings) => string, string, string]>([
    ['check summary', (s) => s.check.summary(1, 1, 1), '1 error and 1 warning in 1 submission.', '1 erreur et 1 avertissement dans 1 soumission.'],
    ['check summary', (s) => s.check.summary(2, 0, 3), '2 errors in 3 submissions.', '2 erreurs dans 3 soumissions.'],
    ['check summary', (s) => s.check.summary(0, 0, 0), 'No problems found in 0 submissions.', 'Aucun problème dans 0 soumission.'],
    ['severity', (s) => s.check.severity.warning(0), '0 warnings', '0 avertissement'],
    ['severity', (s) => s.check.severity.error(1), '1 error', '1 erreur'],
    ['progress', (s) => s.progress.checked(1, 1), 'Checked 1 of 1 submission', '1 soumission vérifiée sur 1'],
    ['progress', (s) => s.progress.checked(250, 5000), 'Checked 250 of 5,000 submissions', '250 soumissions vérifiées sur 5 000'],
    ['progress', (s) => s.progress.checked(0, 5000), 'Checked 0 of 5,000 submissions', '0 soumission vérifiée sur 5 000'],
    ['issues shown', (s) => s.check.showing(1, 1), 'Showing 1 of 1 issue', '1 problème affiché sur 1'],
    ['issues shown', (s) => s.check.showing(0, 12), 'Showing 0 of 12 issues', '0 problème affiché sur 12'],
    ['Members in the registry', (s) => s.analyse.headline.ofMembers(150), 'of 150 Members', 'sur 150 Membres'],
    ['Members in the registry', (s) => s.analyse.headline.ofMembers(1), 'of 1 Member', 'sur 1 Membre'],
    ['analysis ready', (s) => s.analyse.ready(1), 'Analysis ready: 1 respondent counted.', 'Analyse prête : 1 répondant compté.'],
    ['analysis ready', (s) => s.analyse.ready(0), 'Analysis ready: 0 respondents counted.', 'Analyse prête : 0 répondant compté.'],
    [
      'not counted for the cutoff',
      (s) => s.compare.notCounted.cutoff(1),
      'This Member’s submission is not counted in the percentages: only the first received counts (First responses).',
      'La soumission de ce Membre n’est pas comptée dans les pourcentages : seule la première réponse reçue compte (Premières réponses).',
    ],
    [
      'not counted for the cutoff',
      (s) => s.compare.notCounted.cutoff(36),
      'This Member’s submission is not counted in the percentages: only the first 36 received count (First responses).',
      'La soumission de ce Membre n’est pas comptée dans les pourcentages : seules les 36 premières réponses reçues comptent (Premières réponses).',
    ],
    [
      'small bases',
      (s) => s.compare.smallBase(5),
      'A percentage on fewer than 5 respondents shows as — (too few respondents to read).',
      'Un pourcentage sur moins de 5 répondants s’affiche « — » (trop peu de répondants pour être lu).',
    ],
    ['CRM rows left out', (s) => s.crm.leftOut(1), '1 row left out for errors: see Check.', '1 ligne écartée pour erreurs : voir Vérifier.'],
    ['CRM Members', (s) => s.crm.ready(0), '0 Members follow CRM indicators.', '0 Membre suit des indicateurs CRM.'],
    ['files not used', (s) => s.imports.notUsed(1), '1 file not used', '1 fichier non utilisé'],
  ])('%s (case %#)', (_, text, en, fr) => {
    expect(nb(text(EN))).toBe(en);
    expect(nb(text(FR))).toBe(fr);
  });
});
