import type { ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import type { LayoutNote } from './model';

/** Notes for the questions a source has no place for: one per absent section, else one per item. */
export function missingQuestions(present: ReadonlySet<Item>, index: ItemIndex, ref: CellRef): LayoutNote[] {
  return index.questionnaire.sections.flatMap((section): LayoutNote[] => {
    const missing = section.items.filter((item) => !present.has(item));
    if (missing.length === section.items.length) return [{ kind: 'missing-section', ref, section }];
    return missing.map((item) => ({ kind: 'missing-question', ref, item }));
  });
}
