import type { Item, Questionnaire } from '../questionnaire/types';

const NAMING_TYPES: readonly string[] = ['select_one', 'text'];

/**
 * The questions of an XLSForm that could name the Member: its single-choice and text questions,
 * the one already naming it first. The built-in questionnaire has none: its Member is a column.
 */
export function memberQuestions(questionnaire: Questionnaire): Item[] {
  const form = questionnaire.form;
  if (!form) return [];
  const asked = questionnaire.sections.flatMap((s) => s.items).filter((item) => NAMING_TYPES.includes(item.type));
  return form.member ? [form.member, ...asked] : asked;
}

/** The form's question called `name` (in any case) that could name the Member, if it has one. */
export function memberQuestionNamed(questionnaire: Questionnaire, name: string): Item | undefined {
  const key = name.trim().toLowerCase();
  return memberQuestions(questionnaire).find((item) => item.id.toLowerCase() === key);
}

/**
 * The questionnaire with `question` naming the Member: it leaves its section and is no longer
 * analysed. A question that named the Member before is kept in the workbook, not analysed either.
 */
export function withMemberQuestion(questionnaire: Questionnaire, question: Item): Questionnaire {
  const form = questionnaire.form;
  if (!form || form.member === question) return questionnaire;
  const sections = questionnaire.sections
    .map((section) => ({ ...section, items: section.items.filter((item) => item !== question) }))
    .filter((section) => section.items.length > 0);
  const unanalysed = form.member ? [...form.unanalysed, form.member.id] : form.unanalysed;
  return { ...questionnaire, sections, form: { ...form, member: question, unanalysed } };
}
