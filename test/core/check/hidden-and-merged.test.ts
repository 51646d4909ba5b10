import { checkWorkbook } from '../../../src/core/check-workbook';
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
