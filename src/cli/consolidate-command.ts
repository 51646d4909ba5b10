import { readdir, stat } from 'fs/promises';
import { basename, join } from 'path';
import {
  consolidate,
  REGISTRY_1998,
  serialOfMs,
  unusableMessage,
  usableQuestionnaire,
  WorkbookUnusableError,
  type ConsolidationSource,
  type Language,
} from '../core';
import { saveXlsxFile } from '../hosts/file/xlsx-file';
import { readDataFile } from './data-file';
import { newXlsx } from '../hosts/file/write/new-xlsx';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import type { Io } from './io';
import { chosenLanguage } from './language';
import { consolidateReport } from './consolidate-report';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';

export const CONSOLIDATE_USAGE =
  'wco-survey consolidate <files or folders…> --out master.xlsx [--lang en|fr] [--questionnaire form.xlsx] [--member-question NAME]';

/**
 * Gathers every submission of the given files (and the .xlsx files of the given folders) into one
 * `Responses` table. Exit 0: every file read; 1: some could not be used (listed, the rest kept);
 * 2: no submission at all.
 */
export async function consolidateCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['out', 'lang', ...QUESTIONNAIRE_FLAGS]);
  const out = args.flags.get('out');
  if (typeof out !== 'string' || args.positionals.length === 0) throw new UsageError(`usage: ${CONSOLIDATE_USAGE}`);
  const lang = chosenLanguage(args, io.env);
  const questionnaire = usableQuestionnaire({ sheets: [] }, await questionnaireRequest(args));
  const files = await expand(args.positionals);
  const sources: ConsolidationSource[] = [];
  for (const file of files) {
    io.progress(basename(file));
    sources.push(await sourceOf(file, lang));
  }
  const result = consolidate(sources, questionnaire, REGISTRY_1998, lang, { today: serialOfMs(io.now()) });
  if (result.submissions === 0) throw new WorkbookUnusableError('no-responses');
  await saveXlsxFile(out, await newXlsx(result.plan), files);
  consolidateReport(result, out, lang).forEach((line) => io.out(line));
  return result.log.every((l) => l.status === 'read') ? 0 : 1;
}

async function sourceOf(file: string, lang: Language): Promise<ConsolidationSource> {
  try {
    return { file: basename(file), workbook: await readDataFile(file) };
  } catch (error) {
    if (error instanceof WorkbookUnusableError) return { file: basename(file), unreadable: unusableMessage(error, lang) };
    throw error;
  }
}

/** Files as given; a folder stands for its .xlsx files (not Excel's `~$` lock files), in name order. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.'));
    files.push(...names.sort().map((n) => join(path, n)));
  }
  return files;
}
