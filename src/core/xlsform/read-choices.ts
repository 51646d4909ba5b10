import type { Choice } from '../questionnaire/types';
import { fold } from '../text/fold';
import type { CellRef } from '../workbook/address';
import type { FormIssues } from './form-issues';
import { columnOf, headerRef, refAt, textAt, translations, type FormTable } from './form-table';
import { localize, type FormLanguage } from './languages';

/** A list of the choices sheet, where it first appears, and its named choices in order. */
export interface ChoiceList {
  readonly name: string;
  readonly ref: CellRef;
  readonly choices: readonly Choice[];
}

/** A list being read, with the first cell of each choice name (folded) for duplicates. */
interface Entry {
  readonly ref: CellRef;
  readonly choices: Choice[];
  readonly first: Map<string, CellRef>;
}

/** Every list of the choices sheet by name. A choice without a name, or repeating one, is reported and left out. */
export function readChoices(table: FormTable, language: FormLanguage | undefined, issues: FormIssues): Map<string, ChoiceList> {
  const listColumn = columnOf(table, 'list_name');
  const nameColumn = columnOf(table, 'name');
  for (const [key, column] of [
    ['list_name', listColumn],
    ['name', nameColumn],
  ] as const) {
    if (!column) issues.report({ code: 'form-missing-column', column: key }, headerRef(table));
  }
  const lists = new Map<string, Entry>();
  for (const row of listColumn && nameColumn ? table.rows : []) {
    const list = textAt(table, row, listColumn);
    const name = textAt(table, row, nameColumn);
    if (!list) continue;
    const entry: Entry = lists.get(list) ?? { ref: refAt(table, row, 'list_name'), choices: [], first: new Map() };
    lists.set(list, entry);
    const ref = refAt(table, row, 'name');
    const first = entry.first.get(fold(name));
    if (!name) issues.report({ code: 'form-missing-name' }, ref);
    else if (first) issues.report({ code: 'form-duplicate-choice', list, name, first }, ref, name);
    else {
      entry.first.set(fold(name), ref);
      entry.choices.push(choice(name, localize(translations(table, row, 'label'), language)));
    }
  }
  return new Map([...lists].map(([name, { ref, choices }]) => [name, { name, ref, choices }]));
}

function choice(name: string, label: ReturnType<typeof localize>): Choice {
  if (!label) return { name, label: { en: name, fr: name } };
  return { name, label: label.text, ...(label.others.length ? { aliases: label.others } : {}) };
}
