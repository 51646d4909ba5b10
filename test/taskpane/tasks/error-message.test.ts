import { RequestError, REGISTRY_1998, WorkbookUnusableError } from '../../../src/core';
import { ExcelHostError } from '../../../src/hosts/excel/excel-errors';
import { STRINGS } from '../../../src/taskpane/i18n/strings';
import { errorMessage } from '../../../src/taskpane/tasks/error-message';

const say = (error: unknown, lang: 'en' | 'fr' = 'en') => errorMessage(error, lang, STRINGS[lang]);

describe('what the user reads when work fails', () => {
  it('gives the engine’s own words, which say what to do', () => {
    expect(say(new WorkbookUnusableError('legacy-xls', { file: 'round.xls' }))).toMatch(/^round\.xls is an Excel 97–2003 workbook/);
    expect(say(new WorkbookUnusableError('sheet-name-taken', { sheet: 'Summary' }), 'fr')).toMatch(/^Le classeur a déjà une feuille nommée « Summary »/);
    const japan = REGISTRY_1998.byCode('JPN')!;
    expect(say(new RequestError({ reason: 'member-without-submission', member: japan }))).toBe(
      'Japan has no submission in this workbook: choose a Member that sent one.',
    );
  });

  it('says what to do first in a blank workbook, where Check and Analyse have nothing yet; a named empty file is refused as such', () => {
    expect(say(new WorkbookUnusableError('empty-workbook'))).toBe(
      'Nothing to check yet: this workbook holds no data. Make a submission sheet on the Template tab, or gather returned files with Import submissions.',
    );
    expect(say(new WorkbookUnusableError('empty-workbook'), 'fr')).toMatch(/^Rien à vérifier pour l’instant\u00a0: .*onglet Modèle/);
    expect(say(new WorkbookUnusableError('empty-workbook', { file: 'returned.xlsx' }))).toBe('returned.xlsx is empty: no sheet holds any data.');
  });

  it('gives Excel’s refusals as the Excel host says them', () => {
    expect(say(new ExcelHostError('cell-edit-mode'))).toMatch(/^Excel is busy editing a cell\. Press Enter or Esc/);
  });

  it('says anything else happened, and what to try', () => {
    expect(say(new TypeError('x is undefined'))).toBe(
      'Something went wrong (x is undefined). Try again; if it happens again, close the add-in and open it again.',
    );
    expect(say('plain text', 'fr')).toMatch(/^Une erreur s’est produite \(plain text\)/);
  });
});
