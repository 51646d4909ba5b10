import { checkWorkbook, issueRow, serialOfMs } from '../core';
import { readDataFile } from './data-file';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { checkReport } from './check-report';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';
import type { Io } from './io';
import { chosenLanguage } from './language';

export const CHECK_USAGE = 'wco-survey check <file.xlsx> [--json] [--lang en|fr] [--questionnaire form.xlsx] [--member-question NAME]';

/** Exit 0: no errors (warnings allowed); 1: errors found. An unusable file throws, for `main` to report. */
export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['json', 'lang', ...QUESTIONNAIRE_FLAGS]);
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) throw new UsageError(`usage: ${CHECK_USAGE}`);
  const lang = chosenLanguage(args, io.env);
  const request = await questionnaireRequest(args);
  const { survey, issues } = checkWorkbook(await readDataFile(file), serialOfMs(io.now()), request);
  const rows = issues.map((issue) => issueRow(issue, lang));
  if (args.flags.has('json')) io.out(JSON.stringify(rows, null, 2));
  else checkReport(rows, survey.submissions.length, lang).forEach((line) => io.out(line));
  return rows.some((r) => r.severity === 'error') ? 1 : 0;
}
