import type { Item, Language, Questionnaire, Section } from '../../core';
import type { Strings } from './strings';

/** "Yes" as the language says it ("Oui"); the reported answer's English name when the scale lacks it. */
export function answerLabel(item: Item, answer: string, lang: Language): string {
  return item.scale.choices.find((c) => c.name === answer)?.label[lang] ?? answer;
}

/** "Chart 1: Forces impacting…" for a section the report charts, else its label. */
export function sectionTitle(section: Section, lang: Language, strings: Strings): string {
  const label = section.label[lang];
  return section.chart === undefined ? label : strings.analyse.chart(section.chart, label);
}

/** Rows of reported answers by questionnaire section, in its order; sections without rows left out. */
export function bySection<T extends { readonly item: Item }>(rows: readonly T[], questionnaire: Questionnaire): { section: Section; rows: T[] }[] {
  return questionnaire.sections
    .map((section) => ({ section, rows: rows.filter((r) => r.item.sectionId === section.id) }))
    .filter((group) => group.rows.length > 0);
}
