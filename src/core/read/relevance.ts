import type { ItemIndex } from '../questionnaire/lookup';
import type { Item } from '../questionnaire/types';
import { AnswerScope } from './answer-scope';
import type { Answer, MemberCell } from './model';

const NONE: ReadonlySet<Item> = new Set();

/** The expressions' view of one submission's answers. */
export function scopeOf(items: ItemIndex, answers: readonly Answer[], member: MemberCell | undefined): AnswerScope {
  const memberItem = items.questionnaire.form?.member;
  return new AnswerScope(items.items, answers, memberItem && { item: memberItem, ...(member ? { cell: member } : {}) });
}

/** The items not asked of a submission: their `relevant` condition fails on its answers. */
export function notRelevantItems(items: ItemIndex, answers: readonly Answer[], member: MemberCell | undefined): ReadonlySet<Item> {
  if (!items.items.some((item) => item.relevant)) return NONE;
  const scope = scopeOf(items, answers, member);
  return new Set(items.items.filter((item) => !scope.applies(item)));
}
