import { questionnaireForm, REGISTRY_1998, SURVEY_1998 } from '../core';
import { saveXlsxFile } from '../hosts/file/node';
import { newXlsx } from '../hosts/file';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { assertOutputName } from './output-name';
import type { Io } from './io';
import { chosenLanguage } from './language';

export const QUESTIONNAIRE_USAGE = 'wco-survey questionnaire --out form.xlsx [--lang en|fr]';

/**
 * Writes the built-in 1998 questionnaire as an XLSForm (survey, choices, settings), for a Secretariat
 * to start the next round from: `--lang` is the form's default language.
 */
export async function questionnaireCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['out', 'lang']);
  const out = args.flags.get('out');
  if (typeof out !== 'string' || args.positionals.length) throw new UsageError(`usage: ${QUESTIONNAIRE_USAGE}`);
  assertOutputName(out, 'xlsx');
  const lang = chosenLanguage(args, io.env);
  await saveXlsxFile(out, await newXlsx(questionnaireForm(SURVEY_1998, lang, REGISTRY_1998.members)));
  io.out(lang === 'fr' ? `${out} écrit\u00a0: le questionnaire de 1998 au format XLSForm.` : `Wrote ${out}: the 1998 questionnaire as an XLSForm.`);
  return 0;
}
