import type { Item, Section } from '../questionnaire/types';
import { ConditionCheck } from './conditions';
import { buildSections } from './drafts';
import type { FormIssues } from './form-issues';
import { columnOf, headerRef, type FormTable } from './form-table';
import type { FormLanguage } from './languages';
import { SurveyRows, type Choices } from './survey-rows';

export interface SurveyReading {
  readonly sections: readonly Section[];
  readonly member?: Item;
  readonly unanalysed: readonly string[];
}

/** The survey sheet's questions, in sections by their outermost group; a sheet without `type` or `name` gives none. */
export function readSurveySheet(table: FormTable, choices: Choices, language: FormLanguage | undefined, issues: FormIssues): SurveyReading {
  const missing = ['type', 'name'].filter((key) => !columnOf(table, key));
  missing.forEach((column) => issues.report({ code: 'form-missing-column', column }, headerRef(table)));
  if (missing.length > 0) return { sections: [], unanalysed: [] };
  const rows = new SurveyRows(table, choices, language, issues);
  table.rows.forEach((row) => rows.read(row));
  rows.close();
  // Conditions may name questions further down the form: they are checked once every name is known.
  const names = new Set(rows.drafts.map((d) => d.name));
  return { ...buildSections(rows.drafts, new ConditionCheck((name) => names.has(name), issues)), unanalysed: rows.unanalysed };
}
