import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { issueMessage } from '../../../src/core/check/messages';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook } from '../../support/snapshot';

const TODAY = 46000;

/** F1 asked twice: in column B, and again in column C. */
const twice = (hiddenColumns: number[]): SheetSnapshot => ({
  ...sheet('Responses', [
    ['Member', 'F1', 'F1'],
    ['Kenya', 'Yes', 'No'],
  ]),
  hiddenColumns,
});

const f1Of = (snapshot: SheetSnapshot) => {
  const check = checkWorkbook(workbook(snapshot), TODAY);
  const [submission] = check.survey.submissions;
  const answer = submission.answers.find((a) => a.item.id === 'F1');
  const duplicate = check.issues.find((issue) => issue.code === 'duplicate-column')!;
  return { read: answer && submission.cellOf(answer.item).cell, duplicate, en: issueMessage(duplicate, 'en'), fr: issueMessage(duplicate, 'fr') };
};

describe('a question in two columns, one of them hidden', () => {
  it('reads the visible one when the first is hidden, and the error names both and says so', () => {
    const { read, duplicate, en, fr } = f1Of(twice([2]));
    expect(read).toBe('C2');
    expect(duplicate).toMatchObject({ severity: 'error', ref: { cell: 'C1' }, first: { cell: 'B1' }, hidden: 'first' });
    expect(en).toBe('Column “F1” repeats the hidden column at Responses!B1. This visible one is read: delete the hidden one, or unhide it to compare.');
    expect(fr).toBe(
      'La colonne « F1 » répète la colonne masquée en Responses!B1. C’est celle-ci, visible, qui est lue : supprimez la colonne masquée, ou affichez-la pour comparer.',
    );
  });

  it('reads the first when the repeat is the hidden one', () => {
    const { read, duplicate, en } = f1Of(twice([3]));
    expect(read).toBe('B2');
    expect(duplicate).toMatchObject({ ref: { cell: 'C1' }, hidden: 'this' });
    expect(en).toBe('This hidden column “F1” repeats the column at Responses!B1, which is the one read. Delete this column, or unhide it to compare.');
  });

  it('reads the first when both show, or both are hidden, as before', () => {
    for (const hidden of [[], [2, 3]]) {
      const { read, duplicate, en } = f1Of(twice(hidden));
      expect(read).toBe('B2');
      expect(duplicate.hidden).toBeUndefined();
      expect(en).toBe('Column “F1” repeats the column at Responses!B1. Keep one: only the first is read.');
    }
  });
});

describe('answer cells merged into one', () => {
  const merged: SheetSnapshot = {
    ...sheet('Responses', [
      ['Member', 'F1', 'F2', 'Notes'],
      ['Kenya', 'Yes', null, null],
      ['Ghana', 'No', 'No', null],
    ]),
    merged: [
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 4 },
    ],
  };

  it('is a warning at the area: only its first cell holds an answer', () => {
    const { issues } = checkWorkbook(workbook(merged), TODAY);
    const warning = issues.find((issue) => issue.code === 'merged-answers')!;
    expect(warning).toMatchObject({ severity: 'warning', ref: { sheet: 'Responses', cell: 'B2' }, range: 'B2:C2' });
    expect(issueMessage(warning, 'en')).toBe(
      'The cells B2:C2 are merged: only the first holds an answer, and the others count as not answered. Unmerge them and write each answer in its own cell.',
    );
    expect(issues.filter((issue) => issue.code === 'merged-answers')).toHaveLength(1);
  });
});

describe('submissions in hidden rows (a filter left on)', () => {
  const filtered = (hiddenRows: number[]): SheetSnapshot => ({
    ...sheet('Responses', [
      ['Member', 'F1'],
      ['Kenya', 'Yes'],
      ['Ghana', 'No'],
      ['Malta', 'Yes'],
      ['Peru', 'No'],
      [null, null],
      ['Chile', 'Yes'],
    ]),
    hiddenRows,
  });
  const warningOf = (hiddenRows: number[]) => {
    const check = checkWorkbook(workbook(filtered(hiddenRows)), TODAY);
    return { submissions: check.survey.submissions.length, warnings: check.issues.filter((issue) => issue.code === 'hidden-rows') };
  };

  it('are read and counted, with one warning at the first of them naming the rows, runs joined', () => {
    const { submissions, warnings } = warningOf([3, 4, 5, 6, 7]);
    expect(submissions).toBe(5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', ref: { sheet: 'Responses', cell: 'A3' }, rows: [3, 4, 5, 7] });
    expect(issueMessage(warnings[0], 'en')).toBe(
      'Rows 3–5 and 7 are hidden (by a filter, or by hand), and their submissions are read and counted like the rows shown. Show them to check them (clear the filter), or delete the rows that should not count.',
    );
    expect(issueMessage(warnings[0], 'fr')).toBe(
      'Les lignes 3–5 et 7 sont masquées (par un filtre, ou à la main) : leurs soumissions sont lues et comptées comme les lignes affichées. Affichez-les pour les vérifier (effacez le filtre), ou supprimez les lignes qui ne doivent pas compter.',
    );
  });

  it('says one row in the singular', () => {
    const [warning] = warningOf([2]).warnings;
    expect(issueMessage(warning, 'en')).toBe(
      'Row 2 is hidden (by a filter, or by hand), and its submission is read and counted like the rows shown. Show it to check it, or delete the row if it should not count.',
    );
    expect(issueMessage(warning, 'fr')).toMatch(/^La ligne 2 est masquée .* : sa soumission est lue et comptée/);
  });

  it('says nothing of a hidden header, a hidden empty row, or rows hidden on another sheet', () => {
    expect(warningOf([1, 6]).warnings).toEqual([]);
    const other = { ...sheet('Notes', [['a'], ['b']]), hiddenRows: [2] };
    expect(checkWorkbook(workbook(filtered([]), other), TODAY).issues.filter((issue) => issue.code === 'hidden-rows')).toEqual([]);
  });
});
