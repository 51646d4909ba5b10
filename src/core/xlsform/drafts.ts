import type { Localized } from '../i18n/language';
import type { Item, ItemType, Scale, Section } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import { allOf, type ConditionCheck, type PendingCondition } from './conditions';

/** A `begin group` or `begin repeat` row, with what its questions inherit. */
export interface Block {
  readonly kind: 'group' | 'repeat';
  readonly name: string;
  readonly ref: CellRef;
  readonly label: Localized;
  readonly relevant?: PendingCondition;
}

/** A question row, read, waiting for the whole form before its conditions' references are checked. */
export interface Draft {
  readonly name: string;
  readonly type: ItemType;
  readonly scale: Scale;
  readonly label: Localized;
  readonly hint?: Localized;
  readonly constraintMessage?: Localized;
  readonly groups: readonly Block[];
  readonly relevant?: PendingCondition;
  readonly constraint?: PendingCondition;
  readonly required?: PendingCondition;
}

/** A question with one of these names names the Member. */
const MEMBER_NAMES = ['member', 'country'];

/**
 * The items, each in the section of its outermost group (items outside any group make sections
 * without an ID), but the first single-choice or text question named `member` or `country`.
 */
export function buildSections(drafts: readonly Draft[], check: ConditionCheck): { sections: Section[]; member?: Item } {
  const sections: { owner?: Block; section: Section & { items: Item[] } }[] = [];
  let member: Item | undefined;
  for (const draft of drafts) {
    const item = itemOf(draft, check);
    if (!member && MEMBER_NAMES.includes(item.id.toLowerCase()) && ['select_one', 'text'].includes(item.type)) {
      member = item;
      continue;
    }
    const owner = draft.groups[0];
    let last = sections[sections.length - 1];
    if (!last || last.owner !== owner) {
      last = { owner, section: { id: owner?.name ?? '', label: owner?.label ?? { en: '', fr: '' }, items: [] } };
      sections.push(last);
    }
    last.section.items.push(item);
  }
  return { sections: sections.map((s) => s.section), ...(member ? { member } : {}) };
}

function itemOf(draft: Draft, check: ConditionCheck): Item {
  const relevant = allOf([...draft.groups.map((g) => check.usable(g.relevant)), check.usable(draft.relevant)]);
  const constraint = check.usable(draft.constraint);
  const required = check.usable(draft.required);
  return {
    id: draft.name,
    sectionId: draft.groups[0]?.name ?? '',
    type: draft.type,
    scale: draft.scale,
    label: draft.label,
    ...(draft.hint ? { hint: draft.hint } : {}),
    ...(draft.groups.length ? { groups: draft.groups.map((g) => g.name) } : {}),
    ...(required ? { required } : {}),
    ...(relevant ? { relevant } : {}),
    ...(constraint ? { constraint } : {}),
    ...(draft.constraintMessage ? { constraintMessage: draft.constraintMessage } : {}),
  };
}
