import { checkWorkbook, issueRow, serialOfMs, type Issue, type Language } from '../core';
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
  if (args.flags.has('json')) io.out(jsonOf(issues, lang));
  else checkReport(issues, survey.submissions.length, lang).forEach((line) => io.out(line));
  return issues.some((issue) => issue.severity === 'error') ? 1 : 0;
}

/** `--json`: every issue as a row of the Validation sheet. */
function jsonOf(issues: readonly Issue[], lang: Language): string {
  return JSON.stringify(
    issues.map((issue) => issueRow(issue, lang)),
    null,
    2,
  );
}
