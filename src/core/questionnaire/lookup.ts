import { fold, visibleText } from '../text/fold';
import type { Item, Questionnaire } from './types';

/** Every item of a questionnaire in order, and each by its ID (case-insensitive). */
export interface ItemIndex {
  readonly questionnaire: Questionnaire;
  readonly items: readonly Item[];
  find(id: string): Item | undefined;
  /** The item a column header names in full: its ID, or its path through the XLSForm's groups (`group/name`, `group-name`). */
  named(header: string): Item | undefined;
  /** For an XLSForm, the item a header gives the label of (in either language), when no other item has that label. */
  labelled(header: string): Item | undefined;
}

export function indexItems(questionnaire: Questionnaire): ItemIndex {
  const items = questionnaire.sections.flatMap((s) => s.items);
  const byId = new Map(items.map((item) => [item.id.toUpperCase(), item]));
  const byPath = new Map(items.flatMap((item) => pathsOf(item).map((path) => [path, item] as const)));
  const byLabel = questionnaire.form ? uniqueLabels(items) : new Map<string, Item>();
  /** IDs and paths as written, without the characters that show nothing ("F1\u200B" is F1). */
  const key = (text: string) => visibleText(text).trim().toUpperCase();
  const find = (id: string) => byId.get(key(id));
  return {
    questionnaire,
    items,
    find,
    named: (header) => find(header) ?? byPath.get(key(header)),
    labelled: (header) => byLabel.get(fold(header)),
  };
}

/** Whether an item takes an answer: every type but `note`. */
export function isQuestion(item: Item): boolean {
  return item.type !== 'note';
}

/**
 * `group/name` and `group-name`, as KoboToolbox and ODK Central head their export columns. A 1998
 * item's group is its section (`S1/F1`), as the questionnaire is written out as an XLSForm.
 */
export function pathsOf(item: Item): string[] {
  const groups = item.groups ?? (item.sectionId ? [item.sectionId] : []);
  if (groups.length === 0) return [];
  return ['/', '-'].map((separator) => [...groups, item.id].join(separator).toUpperCase());
}

function uniqueLabels(items: readonly Item[]): Map<string, Item> {
  const byLabel = new Map<string, Item | null>();
  for (const item of items) {
    for (const key of new Set([fold(item.label.en), fold(item.label.fr)])) {
      if (key) byLabel.set(key, byLabel.has(key) && byLabel.get(key) !== item ? null : item);
    }
  }
  return new Map([...byLabel].filter((entry): entry is [string, Item] => entry[1] !== null));
}
