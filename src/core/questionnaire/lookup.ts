import type { Item, Questionnaire } from './types';

/** Every item of a questionnaire in order, and each by its ID (case-insensitive). */
export interface ItemIndex {
  readonly questionnaire: Questionnaire;
  readonly items: readonly Item[];
  find(id: string): Item | undefined;
}

export function indexItems(questionnaire: Questionnaire): ItemIndex {
  const items = questionnaire.sections.flatMap((s) => s.items);
  const byId = new Map(items.map((item) => [item.id.toUpperCase(), item]));
  return { questionnaire, items, find: (id) => byId.get(id.trim().toUpperCase()) };
}
