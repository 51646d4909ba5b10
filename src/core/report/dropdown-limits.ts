import { sameExcelName } from '../workbook/excel-names';
import type { SheetPlan, ValidationPlan } from './plan';

/** Excel's limits on a dropdown: the text of an inline list, and its prompt's title and message. */
const LIST_LIMIT = 255;
const PROMPT_TITLE_LIMIT = 32;
const PROMPT_MESSAGE_LIMIT = 255;

/**
 * Stops a plan whose dropdowns Excel would refuse, or cut, before anything is written. Too long a prompt
 * is refused rather than cut: its words are the core's, in the user's language, and must be said whole.
 * A list too long for inline text, or with answers holding a comma or a quote, must be a ColumnRef.
 */
export function assertDropdownsFit(sheet: SheetPlan): void {
  for (const validation of sheet.validations ?? []) {
    const problem = listProblem(sheet.name, validation.list) ?? promptProblem(validation.prompt);
    if (problem !== undefined) throw new Error(`Cannot write the plan: a dropdown of “${sheet.name}” ${problem}`);
  }
}

function listProblem(sheet: string, list: ValidationPlan['list']): string | undefined {
  if ('column' in list) return sameExcelName(list.sheet, sheet) ? undefined : `takes its answers from another sheet, “${list.sheet}”`;
  if (list.length === 0) return 'has no answers';
  const odd = list.find((answer) => answer.trim() === '' || /[,"]/.test(answer));
  if (odd !== undefined) return `has an answer Excel cannot list inline (“${odd}”): give the answers as a column`;
  const length = list.join(',').length;
  return length > LIST_LIMIT ? `lists ${length} characters of answers, over Excel’s ${LIST_LIMIT}: give them as a column` : undefined;
}

function promptProblem(prompt: ValidationPlan['prompt']): string | undefined {
  if (prompt === undefined) return undefined;
  if (prompt.title.length > PROMPT_TITLE_LIMIT) return `has a prompt title over Excel’s ${PROMPT_TITLE_LIMIT} characters (“${prompt.title}”)`;
  if (prompt.message.length > PROMPT_MESSAGE_LIMIT) return `has a prompt message over Excel’s ${PROMPT_MESSAGE_LIMIT} characters`;
  return undefined;
}
