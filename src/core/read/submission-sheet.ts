import type { MemberRegistry } from '../members/registry';
import type { ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import { fold } from '../text/fold';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { cellAt, type SheetSnapshot } from '../workbook/snapshot';
import { CellReader, type AnswerPlace } from './cells';
import { fieldOf } from './fields';
import { missingQuestions } from './missing';
import type { LayoutNote, MemberCell, ReadCell, ResponseSource, Submission } from './model';
import type { ParsedDate } from './dates';
import { notRelevantItems } from './relevance';

/** What A1 of a one-Member submission sheet holds (either language). */
export const SUBMISSION_MARKER = { en: 'WCO integrity survey submission', fr: 'Soumission à l’enquête de l’OMD sur l’intégrité' };

const MARKERS = new Set(Object.values(SUBMISSION_MARKER).map(fold));
/** Column A names the row; column C holds its value. */
const VALUE_COLUMN = 3;

export function isSubmissionSheet(sheet: SheetSnapshot): boolean {
  const a1 = cellAt(sheet, 1, 1);
  return a1?.kind === 'text' && MARKERS.has(fold(a1.text));
}

export function readSubmissionSheet(sheet: SheetSnapshot, items: ItemIndex, registry: MemberRegistry): { source: ResponseSource; submission: Submission } {
  const cells = new CellReader(sheet, registry, items.questionnaire.form?.member);
  const notes: LayoutNote[] = [];
  const seen = new Map<string, CellRef>();
  let member: MemberCell | undefined;
  let received: ReadCell<ParsedDate> | undefined;
  let contact: ReadCell<string> | undefined;
  const places: AnswerPlace[] = [];
  for (let row = 2; row <= sheet.rows.length; row++) {
    const label = cellAt(sheet, row, 1);
    if (label?.kind !== 'text') continue;
    const field = fieldOf(label.text, items);
    if (field.kind === 'other' || field.kind === 'kept' || field.kind === 'option') continue;
    const ref = cells.ref(row, 1);
    const key = field.kind === 'question' ? field.item.id : field.kind === 'unknown-question' ? field.id : field.kind;
    const first = seen.get(key);
    if (first) {
      notes.push({ kind: 'duplicate', ref, header: label.text.trim(), first });
      continue;
    }
    seen.set(key, ref);
    if (field.kind === 'member') member = cells.member(row, VALUE_COLUMN);
    else if (field.kind === 'received') received = cells.received(row, VALUE_COLUMN);
    else if (field.kind === 'contact') contact = cells.contact(row, VALUE_COLUMN);
    else if (field.kind === 'question') places.push({ item: field.item, row, column: VALUE_COLUMN });
    else if (cellAt(sheet, row, VALUE_COLUMN)) notes.push({ kind: 'unknown', ref, header: displayCell(label) });
  }
  const { answers, blanks } = cells.answers(places);
  const marker = cells.ref(1, 1);
  const rowOf = new Map(places.map(({ item, row }) => [item, row]));
  if (!member) notes.push({ kind: 'missing-member', ref: marker });
  notes.push(...missingQuestions(answeredItems(seen, items), items, marker));
  return {
    source: { origin: 'submission-sheet', sheet: sheet.name, notes },
    submission: {
      origin: 'submission-sheet',
      ref: marker,
      ...(member ? { member } : {}),
      ...(received ? { received } : {}),
      ...(contact ? { contact } : {}),
      answers,
      blanks,
      cellOf: (item) => cells.ref(rowOf.get(item) ?? 1, VALUE_COLUMN),
      notRelevant: notRelevantItems(items, answers, member),
    },
  };
}

function answeredItems(seen: ReadonlyMap<string, CellRef>, items: ItemIndex): Set<Item> {
  return new Set(items.items.filter((item) => seen.has(item.id)));
}
