import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { cellList } from '../../../src/core/check/message-parts';
import { issueMessage } from '../../../src/core/check/messages';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook } from '../../support/snapshot';

const TODAY = 46000;

/** Responses where the Member of row 3 and Kenya's F1 were formulas that no program calculated. */
function responses(uncalculated: readonly string[]): SheetSnapshot {
  return {
    ...sheet('Responses', [
      ['Member', 'F1', 'F2'],
      ['Kenya', null, 'Yes'],
      [null, 'No', 'No'],
    ]),
    uncalculated,
  };
}

describe('formulas saved without their results', () => {
  it('are one warning per sheet, at the first such cell, naming them all', () => {
    const { issues } = checkWorkbook(workbook(responses(['A3', 'B2'])), TODAY);
    const warnings = issues.filter((issue) => issue.code === 'formulas-not-calculated');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', ref: { sheet: 'Responses', cell: 'A3' }, cells: ['A3', 'B2'] })]);
    expect(issueMessage(warnings[0], 'en')).toBe(
      'The formulas in A3 and B2 have no calculated value: the file was saved by a program that does not calculate, so they read as empty. Open the file in Excel, save it, and check again.',
    );
  });

  it('are all the check says about those cells: not a blank Member where a formula stood', () => {
    const { issues } = checkWorkbook(workbook(responses(['A3'])), TODAY);
    expect(issues.filter((issue) => issue.ref.cell === 'A3').map((issue) => issue.code)).toEqual(['formulas-not-calculated']);
    expect(checkWorkbook(workbook(responses([])), TODAY).issues.map((issue) => issue.code)).toContain('blank-member');
  });

  it('say it in French, the singular for one cell', () => {
    const [warning] = checkWorkbook(workbook(responses(['B2'])), TODAY).issues;
    expect(issueMessage(warning, 'fr')).toBe(
      'La formule en B2 n’a pas de valeur calculée : le fichier a été enregistré par un programme qui ne calcule pas, elle est donc lue vide. Ouvrez le fichier dans Excel, enregistrez-le, puis vérifiez de nouveau.',
    );
  });
});

describe('a list of cells in a message', () => {
  it.each<[readonly string[], string, string]>([
    [['B2'], 'B2', 'B2'],
    [['B2', 'D2'], 'B2 and D2', 'B2 et D2'],
    [['B2', 'D2', 'E3', 'F4', 'G5', 'H6'], 'B2, D2, E3, F4, G5 and H6', 'B2, D2, E3, F4, G5 et H6'],
    [['B2', 'D2', 'E3', 'F4', 'G5', 'H6', 'I7', 'J8'], 'B2, D2, E3, F4, G5 and 3 more', 'B2, D2, E3, F4, G5 et 3 autres'],
  ])('%j: “%s” / « %s »', (cells, en, fr) => {
    expect([cellList.en(cells), cellList.fr(cells)]).toEqual([en, fr]);
  });
});
