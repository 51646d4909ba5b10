import type { ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import { fold } from '../text/fold';

/** What a `Responses` header (or a submission sheet's column A) stands for. */
export type Field =
  | { readonly kind: 'member' }
  | { readonly kind: 'received' }
  | { readonly kind: 'contact' }
  /** Source (where consolidation found a submission): kept in the workbook, not read. */
  | { readonly kind: 'kept' }
  | { readonly kind: 'question'; readonly item: Item }
  /** Headed like a question ("F9 …", "Q12") but not one of the questionnaire's IDs. */
  | { readonly kind: 'unknown-question'; readonly id: string }
  | { readonly kind: 'other' };

const PROFILE: Readonly<Record<string, Field>> = {
  member: { kind: 'member' },
  membre: { kind: 'member' },
  received: { kind: 'received' },
  recu: { kind: 'received' },
  'date received': { kind: 'received' },
  'date de reception': { kind: 'received' },
  contact: { kind: 'contact' },
  source: { kind: 'kept' },
};

/** "F1", "f1 Greater public…", "F1 - …", "F1: …", "AR10. …": the ID, then a label or nothing. */
const QUESTION_HEADER = /^([A-Za-z]{1,4}\d{1,3})(?![\p{L}\p{N}])/u;

export function fieldOf(header: string, items: ItemIndex): Field {
  const trimmed = header.trim();
  const profile = PROFILE[fold(trimmed)];
  if (profile) return profile;
  const id = QUESTION_HEADER.exec(trimmed)?.[1];
  if (!id) return { kind: 'other' };
  const item = items.find(id);
  return item ? { kind: 'question', item } : { kind: 'unknown-question', id };
}
