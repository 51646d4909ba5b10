import type { WorkbookSnapshot } from '../core';
import { readXlsxFile } from '../hosts/file/xlsx-file';
import type { ParsedArgs } from './args';

/** The workbook `--questionnaire form.xlsx` names, whose XLSForm replaces the questionnaire. */
export async function questionnaireForm(args: ParsedArgs): Promise<WorkbookSnapshot | undefined> {
  const path = args.flags.get('questionnaire');
  return typeof path === 'string' ? readXlsxFile(path) : undefined;
}
