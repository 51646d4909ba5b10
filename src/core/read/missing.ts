import { isQuestion, type ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import type { LayoutNote } from './model';

/**
 * Notes for the questions a source has no place for: one per absent section, else one per item.
 * Items outside any XLSForm group (a section without an ID) are noted one by one.
 */
export function missingQuestions(present: ReadonlySet<Item>, index: ItemIndex, ref: CellRef): LayoutNote[] {
  return index.questionnaire.sections.flatMap((section): LayoutNote[] => {
    const questions = section.items.filter(isQuestion);
    const missing = questions.filter((item) => !present.has(item));
    if (section.id !== '' && missing.length > 0 && missing.length === questions.length) return [{ kind: 'missing-section', ref, section }];
    return missing.map((item) => ({ kind: 'missing-question', ref, item }));
  });
}
