import { REGISTRY_1998 } from '../../../src/core';
import { templateSheet } from '../../../src/taskpane/workbook/template-sheet';
import { sheet, workbook } from '../../support/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../support/xlsform';

describe('a submission sheet for the workbook', () => {
  it('takes the Member’s name in the sheet’s language, numbered past the sheets the workbook has', () => {
    const malaysia = REGISTRY_1998.byCode('MYS')!;
    const taken = workbook(sheet('Responses', []), sheet('MALAISIE', []));
    const made = templateSheet(taken, malaysia, 'fr');
    expect(made.sheetName).toBe('Malaisie (2)');
    expect(made.start).toEqual({ sheet: 'Malaisie (2)', cell: 'C3' });
    expect(made.plan.sheets.map((s) => [s.name, s.role])).toEqual([['Malaisie (2)', 'input']]);
  });

  it('is a blank “Submission” without a Member', () => {
    expect(templateSheet(workbook(), undefined, 'en').sheetName).toBe('Submission');
    expect(templateSheet(workbook(), undefined, 'fr').sheetName).toBe('Soumission');
  });

  it('asks the workbook’s own XLSForm questions, without its Member question', () => {
    const made = templateSheet(workbook(...formSheets(INTEGRITY_FORM)), undefined, 'en', { memberQuestion: 'country' });
    const ids = made.plan.sheets[0].blocks.filter((b) => b.left === 1 && b.top >= 7).flatMap((b) => b.rows.map((r) => r[0]));
    expect(ids).toEqual(['code', 'has_code', 'measures', 'staff', '', 'adopted']);
  });
});
