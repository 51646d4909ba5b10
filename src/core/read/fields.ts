import { isQuestion, pathsOf, type ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import { fold, visibleText } from '../text/fold';
import { choiceOf } from './answers';
import { isMetadata } from './export-columns';

/** What a `Responses` header (or a submission sheet's column A) stands for. */
export type Field =
  | { readonly kind: 'member' }
  | { readonly kind: 'received' }
  | { readonly kind: 'contact' }
  /**
   * Kept in the workbook, not read: Source (where consolidation found a submission), an XLSForm's
   * notes and the fields it does not analyse.
   */
  | { readonly kind: 'kept' }
  | { readonly kind: 'question'; readonly item: Item }
  /** One choice of a `select_multiple`, 1 when chosen and 0 when not, as exports split them: `q/choice`. */
  | { readonly kind: 'option'; readonly item: Item; readonly choice: string }
  /** Headed like a question ("F9 …", "Q12") but not one of the questionnaire's IDs. */
  | { readonly kind: 'unknown-question'; readonly id: string }
  | { readonly kind: 'other' };

/** A Map, not an object: a header such as "Constructor" must not find Object.prototype's members. */
const PROFILE: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['member', { kind: 'member' }],
  ['membre', { kind: 'member' }],
  ['received', { kind: 'received' }],
  ['recu', { kind: 'received' }],
  ['date received', { kind: 'received' }],
  ['date de reception', { kind: 'received' }],
  ['contact', { kind: 'contact' }],
  ['source', { kind: 'kept' }],
]);

/** "F1", "f1 Greater public…", "F1 - …", "F1: …", "AR10. …": the ID, then a label or nothing. */
const QUESTION_HEADER = /^([A-Za-z]{1,4}\d{1,3})(?![\p{L}\p{N}])/u;

/** An XLSForm name, then a label: "staff_count How many staff?", "q3: …". */
const NAME_FIRST = /^(\S+?)[.:,-]*(?:\s|$)/u;

/**
 * An XLSForm's own names come first: a question it names `contact` is that question, not the Contact column.
 * In an export of KoboToolbox or ODK Central (`exported`), and for any XLSForm, the tools' metadata
 * columns (`_id`, `SubmissionDate`, `meta-instanceID`…) are kept.
 */
export function fieldOf(header: string, items: ItemIndex, exported = false): Field {
  const trimmed = visibleText(header).trim();
  const named = formField(trimmed, items) ?? questionField(items.named(trimmed)) ?? PROFILE.get(fold(trimmed));
  if (named) return named;
  if ((exported || items.questionnaire.form) && isMetadata(trimmed)) return { kind: 'kept' };
  const labelled = questionField(items.labelled(trimmed)) ?? optionField(trimmed, items) ?? questionField(labelPath(trimmed, items));
  if (labelled) return labelled;
  const id = QUESTION_HEADER.exec(trimmed)?.[1];
  const item = (id ? items.find(id) : undefined) ?? items.find(NAME_FIRST.exec(trimmed)?.[1] ?? '');
  return questionField(item) ?? (id ? { kind: 'unknown-question', id } : { kind: 'other' });
}

/**
 * `q/choice` (KoboToolbox), `group-q/choice` (ODK Central), `Question label/Choice label` (KoboToolbox's
 * labels): the question, by name, path or label, then one of its choices, by name or label.
 */
function optionField(header: string, items: ItemIndex): Field | undefined {
  for (let i = header.length - 2; i > 0; i--) {
    if (header[i] !== '/' && header[i] !== '-') continue;
    const prefix = header.slice(0, i).trim();
    const item = items.named(prefix) ?? items.labelled(prefix) ?? labelPath(prefix, items);
    if (item?.type !== 'select_multiple') continue;
    const choice = choiceOf(item.scale, header.slice(i + 1));
    if (choice) return { kind: 'option', item, choice };
  }
  return undefined;
}

/** KoboToolbox's label headers with their groups: `Group label/Question label`. */
function labelPath(header: string, items: ItemIndex): Item | undefined {
  for (let i = header.indexOf('/'); i >= 0; i = header.indexOf('/', i + 1)) {
    const item = items.labelled(header.slice(i + 1));
    if (item?.groups?.length) return item;
  }
  return undefined;
}

/** A note takes no answer: its column is kept, not read. */
function questionField(item: Item | undefined): Field | undefined {
  if (!item) return undefined;
  return isQuestion(item) ? { kind: 'question', item } : { kind: 'kept' };
}

/** The XLSForm's question naming the Member, and the fields it does not analyse. */
function formField(header: string, items: ItemIndex): Field | undefined {
  const form = items.questionnaire.form;
  const key = header.toUpperCase();
  if (form?.member && [form.member.id.toUpperCase(), ...pathsOf(form.member)].includes(key)) return { kind: 'member' };
  return form?.unanalysed.some((name) => name.toUpperCase() === key) ? { kind: 'kept' } : undefined;
}
