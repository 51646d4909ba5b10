import { readdir, stat } from 'fs/promises';
import { basename, extname, join, resolve } from 'path';
import {
  appendToConsolidation,
  consolidate,
  consolidatedTable,
  gatherFiles,
  RequestError,
  REGISTRY_1998,
  serialOfMs,
  skippedByName,
  unusableMessage,
  usableQuestionnaire,
  WorkbookUnusableError,
  type HostSkip,
  type Language,
} from '../core';
import { openXlsxFile, saveXlsxFile } from '../hosts/file/node';
import { readDataFile } from './data-file';
import { newXlsx } from '../hosts/file';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { assertOutputName } from './output-name';
import type { Io } from './io';
import { chosenLanguage } from './language';
import { consolidateReport } from './consolidate-report';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';

export const CONSOLIDATE_USAGE =
  'wco-survey consolidate <files or folders…> [--into master.xlsx] --out master.xlsx [--lang en|fr] [--questionnaire form.xlsx] [--member-question NAME]';

/**
 * Gathers every submission of the given files (and the workbooks of the given folders) into one
 * `Responses` table. Exit 0: every returned file read; 1: some could not be used (listed, the rest
 * kept); 2: no submission at all. What is skipped (a master consolidated earlier, Excel's lock files,
 * folders inside a folder, files that are no workbook) is listed with why, and is no failure. With
 * `--into`, the submissions are appended to a copy of a master consolidated before (see `appendInto`).
 */
export async function consolidateCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['out', 'into', 'lang', ...QUESTIONNAIRE_FLAGS]);
  const out = args.flags.get('out');
  const into = args.flags.get('into');
  if (typeof out !== 'string' || args.positionals.length === 0 || (into !== undefined && typeof into !== 'string')) {
    throw new UsageError(`usage: ${CONSOLIDATE_USAGE}`);
  }
  assertOutputName(out, 'xlsx');
  const lang = chosenLanguage(args, io.env);
  if (typeof into === 'string') return appendInto(into, out, args, lang, io);
  const questionnaire = usableQuestionnaire({ sheets: [] }, await questionnaireRequest(args));
  const entries = await expand(args.positionals);
  const { sources } = await gatherFiles(
    entries.map(({ path, skipped }) => ({ name: basename(path), ...(skipped ? { skipped } : {}), read: () => readDataFile(path) })),
    {
      unreadable: (error) => unreadableReason(error, lang),
      onFile: (_, file, passedOver) => {
        if (!passedOver) io.progress(file);
      },
    },
  );
  const result = consolidate(sources, questionnaire, REGISTRY_1998, lang, { today: serialOfMs(io.now()) });
  if (result.submissions === 0) throw new WorkbookUnusableError('no-responses');
  // Never over a returned file; a master consolidated earlier, skipped and not gathered, is replaced as a re-run replaces it.
  const read = entries.filter((_, i) => result.log[i].status !== 'skipped').map(({ path }) => path);
  await saveXlsxFile(out, await newXlsx(result.plan), read);
  consolidateReport(result, out, lang).forEach((line) => io.out(line));
  return result.log.every((l) => l.status === 'read' || l.status === 'skipped') ? 0 : 1;
}

/**
 * The files' submissions appended to a copy of `into`, a master that `consolidate` or the pane's Import
 * made: its Responses rows kept as they are, the new ones added under them, its Import Log extended; a
 * file it imported before is skipped. Written to `out`, never over `into` nor a file gathered. Exit codes
 * as without `--into`, but that a master to which nothing new was added is still written (its log says why).
 */
async function appendInto(into: string, out: string, args: ParsedArgs, lang: Language, io: Io): Promise<number> {
  const master = await openXlsxFile(into);
  const snapshot = await master.read();
  const table = consolidatedTable(snapshot);
  if (table === undefined) throw new RequestError({ reason: 'no-consolidated-table', file: basename(into) });
  const questionnaire = usableQuestionnaire(snapshot, await questionnaireRequest(args));
  const entries = (await expand(args.positionals)).filter(({ path }) => resolve(path) !== resolve(into));
  const { sources } = await gatherFiles(
    entries.map(({ path, skipped }) => ({ name: basename(path), ...(skipped ? { skipped } : {}), read: () => readDataFile(path) })),
    {
      unreadable: (error) => unreadableReason(error, lang),
      onFile: (_, file, passedOver) => {
        if (!passedOver) io.progress(file);
      },
    },
  );
  const result = appendToConsolidation(snapshot, table, sources, questionnaire, REGISTRY_1998, lang, serialOfMs(io.now()));
  await master.write(result.plan);
  await saveXlsxFile(out, master.written, [into, ...entries.map(({ path }) => path)]);
  consolidateReport(result, out, lang, basename(into)).forEach((line) => io.out(line));
  return result.log.every((l) => l.status === 'read' || l.status === 'skipped') ? 0 : 1;
}

/** What the Import Log says of a file that is no usable workbook; any other error stops the command. */
function unreadableReason(error: unknown, lang: Language): string {
  if (error instanceof WorkbookUnusableError) return unusableMessage(error, lang);
  throw error;
}

/** A path to gather, or to list as skipped without reading it. */
interface Entry {
  readonly path: string;
  readonly skipped?: HostSkip;
}

/** What a folder's workbooks are called: macro-enabled ones are returned too. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/**
 * Files as given, but Excel's lock files; a folder stands for its entries in name order: its workbooks,
 * and, to be listed as skipped, its lock files, the folders inside it and its other files. Hidden entries
 * (`.DS_Store`, a temporary file being written) are passed over in silence.
 */
async function expand(paths: readonly string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      entries.push(entryOf(path, false));
      continue;
    }
    const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) entries.push(entryOf(join(path, name), await isFolder(join(path, name)), true));
  }
  return entries;
}

function entryOf(path: string, folder: boolean, inFolder = false): Entry {
  const name = basename(path);
  const skipped: HostSkip | undefined =
    skippedByName(name) ?? (folder ? 'folder' : inFolder && !WORKBOOK_EXTENSIONS.has(extname(name).toLowerCase()) ? 'not-a-workbook' : undefined);
  return skipped ? { path, skipped } : { path };
}

function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
