import { RequestError, requestMessage, unusableMessage, WorkbookUnusableError, type Language } from '../../core';
import { ExcelHostError, excelHostMessage } from '../../hosts/excel';
import type { Strings } from '../i18n/strings';

/** What the user reads when a piece of work fails: the engine's or Excel's own words, which say what to do. */
export function errorMessage(error: unknown, lang: Language, strings: Strings): string {
  // In the pane a blank workbook is where a round starts, not a file to refuse: say what to do first.
  if (error instanceof WorkbookUnusableError && error.reason === 'empty-workbook' && error.params.file === undefined) return strings.errors.nothingYet;
  if (error instanceof WorkbookUnusableError) return unusableMessage(error, lang);
  if (error instanceof RequestError) return requestMessage(error, lang);
  if (error instanceof ExcelHostError) return excelHostMessage(error, lang);
  return strings.errors.unexpected(error instanceof Error ? error.message : String(error));
}
