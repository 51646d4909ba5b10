import type { CheckRequest } from '../core';
import { readDataFile } from './data-file';
import type { ParsedArgs } from './args';

/** The flags that change the questionnaire, as both commands take them. */
export const QUESTIONNAIRE_FLAGS = ['questionnaire', 'member-question'];

/**
 * `--questionnaire form.xlsx`, whose XLSForm replaces the questionnaire, and `--member-question NAME`,
 * the form's question naming the Member.
 */
export async function questionnaireRequest(args: ParsedArgs): Promise<CheckRequest> {
  const path = args.flags.get('questionnaire');
  const memberQuestion = args.flags.get('member-question');
  return {
    ...(typeof path === 'string' ? { form: await readDataFile(path) } : {}),
    ...(typeof memberQuestion === 'string' ? { memberQuestion } : {}),
  };
}
