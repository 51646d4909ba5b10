import {
  appendToConsolidation,
  consolidate,
  consolidatedTable,
  gatherFiles,
  readSurvey,
  RESPONSES,
  sameExcelName,
  serialOfMs,
  usableQuestionnaire,
  WorkbookUnusableError,
  type ConsolidatedTable,
  type Questionnaire,
  type ConsolidationSource,
  type Language,
  type SkipReason,
  type SourceLog,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from '../../core';
import type { WorkbookHost } from '../../hosts/host';
import { namedAfterFile } from './file-error';
import { REGISTRY } from './survey-form';
import { fileBytes, loadXlsxReader, type ReadXlsx } from './workbook-files';

/** A file the import could not use, and why: said in the pane's language when shown, under the file's name. */
export type NotUsed =
  | { readonly file: string; readonly kind: 'unreadable'; readonly error: unknown }
  | { readonly file: string; readonly kind: 'no-submissions' }
  /** Not gathered, as `consolidate` does not gather it: a workbook consolidated earlier, Excel's lock file, a file imported before. */
  | { readonly file: string; readonly kind: 'skipped'; readonly why: SkipReason };

/** What an import did, as the pane reports it; the Import Log sheet has the same, file by file. */
export interface ImportReport {
  /** Files picked. */
  readonly files: number;
  /** Files that gave at least one submission. */
  readonly filesRead: number;
  /** Submissions found in the files: gathered into the consolidated sheet, or added under its table's rows. */
  readonly gathered: number;
  /**
   * Rows already in this workbook: its own Responses rows, carried into the consolidated sheet; or, importing
   * into a workbook imported into before, the rows of its Responses table, kept as they are above the new ones.
   */
  readonly carried: number;
  /** The consolidated sheet written, or added to; absent when the files held no (new) submission and nothing was written. */
  readonly sheet?: string;
  /**
   * The sheet of the workbook's consolidated Responses table, when the import was into a workbook imported
   * into before: the files' submissions are added under its rows, whether any was or not.
   */
  readonly into?: string;
  /** The user's own Responses sheet, left as it was, when the consolidated sheet had to be named apart. */
  readonly besideSheet?: string;
  readonly notUsed: readonly NotUsed[];
}

/** Reading file `done + 1` of `total`, or all read (`done === total`). */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly file?: string;
}

export interface ImportRequest {
  readonly workbook: WorkbookHost;
  /** Writes the consolidation: through the session, so that the browser's download holds it. */
  readonly write: (plan: WorkbookPlan) => Promise<void>;
  readonly files: readonly File[];
  /** The language of the consolidated sheet's headers and of the Import Log. */
  readonly language: Language;
  /** The open workbook as the Source column and the Import Log name it. */
  readonly workbookName: string;
  /** The reason written in the Import Log for a file that cannot be read. */
  readonly describe: (error: unknown) => string;
  readonly onProgress: (progress: ImportProgress) => void;
  readonly loadReader?: () => Promise<ReadXlsx>;
  /** The XLSForm question naming the Member, as chosen in the pane. */
  readonly memberQuestion?: string;
}

/**
 * Gathers the submissions of the files picked, after the rows of the workbook's own Responses sheet or
 * table, into one consolidated `Responses` table with an Import Log, and writes them when the files held
 * any submission. In a workbook imported into before (it has that table), the submissions are added under
 * its rows instead, which stay as they are, and a file imported before is skipped; a `Responses` table of
 * the user's own is refused (the core's RequestError) before any file is read. Files are read one at a time
 * (190 returned files are not all held as bytes at once); a file that cannot be read is listed with its
 * reason, and the rest goes on.
 */
export async function importSubmissions(request: ImportRequest): Promise<ImportReport> {
  const { files, onProgress } = request;
  const snapshot = await request.workbook.read();
  const table = consolidatedTable(snapshot);
  const questionnaire = usableQuestionnaire(snapshot, request.memberQuestion ? { memberQuestion: request.memberQuestion } : {});
  const own = table ? undefined : ownSource(snapshot, questionnaire, request.workbookName);
  const read = await (request.loadReader ?? loadXlsxReader)();

  const { sources, errors } = await gatherFiles(
    files.map((file) => ({ name: file.name, read: async () => read(await fileBytes(file)) })),
    {
      // The pane lists the reason under the file's name; the Import Log's reason names the file itself.
      unreadable: (error, name) => request.describe(namedAfterFile(error, name)),
      onFile: (done, file) => onProgress({ done, total: files.length, file }),
    },
  );
  onProgress({ done: files.length, total: files.length });
  const today = serialOfMs(Date.now());
  const notUsedOf = (logs: readonly SourceLog[]) => logs.flatMap((log, i) => notUsed(log, errors.get(i)));

  if (table) {
    const result = appendToConsolidation(snapshot, table, sources, questionnaire, REGISTRY, request.language, today);
    // Written only when a submission is added: an import that adds nothing leaves the workbook, Import Log too, as it was.
    if (result.submissions > 0) await request.write(result.plan);
    return {
      files: files.length,
      filesRead: result.log.filter((log) => log.status === 'read').length,
      gathered: result.submissions,
      carried: rowsOf(snapshot, table),
      ...(result.submissions > 0 ? { sheet: table.sheet } : {}),
      into: table.sheet,
      notUsed: notUsedOf(result.log),
    };
  }

  const taken = snapshot.sheets.map((s) => s.name);
  const result = consolidate(own ? [own, ...sources] : sources, questionnaire, REGISTRY, request.language, { taken, today });
  const ownLog = own ? result.log[0] : undefined;
  const fileLogs = own ? result.log.slice(1) : result.log;
  const gathered = fileLogs.reduce((n, log) => n + log.submissions, 0);
  const sheet = result.plan.sheets.find((s) => s.role === 'input')?.name;
  if (gathered > 0) await request.write(result.plan);
  const besideSheet = snapshot.sheets.find((s) => sameExcelName(s.name.trim(), RESPONSES))?.name;
  return {
    files: files.length,
    filesRead: fileLogs.filter((log) => log.status === 'read').length,
    gathered,
    carried: ownLog?.submissions ?? 0,
    ...(gathered > 0 && sheet ? { sheet } : {}),
    ...(gathered > 0 && sheet && besideSheet && !sameExcelName(sheet, besideSheet.trim()) ? { besideSheet } : {}),
    notUsed: notUsedOf(fileLogs),
  };
}

function notUsed(log: SourceLog, error: unknown): NotUsed[] {
  if (log.status === 'unreadable') return [{ file: log.file, kind: 'unreadable', error }];
  if (log.status === 'no-submissions') return [{ file: log.file, kind: 'no-submissions' }];
  if (log.status === 'skipped' && log.skipped) return [{ file: log.file, kind: 'skipped', why: log.skipped }];
  return [];
}

/** The rows of the consolidated table, its header (and any totals row) left out. */
function rowsOf(snapshot: WorkbookSnapshot, { sheet }: ConsolidatedTable): number {
  const table = snapshot.sheets.find((s) => s.name === sheet)?.tables.find((t) => sameExcelName(t.name, RESPONSES));
  if (table === undefined) return 0;
  const { top, bottom } = table.range;
  return Math.max(0, bottom - top + 1 - (table.hasHeaderRow ? 1 : 0) - (table.hasTotalsRow ? 1 : 0));
}

/**
 * The workbook's own rows, to carry into the consolidated sheet: its user sheets but the one-Member
 * submission sheets, which stay where they are and which `check` goes on reading there (carried as
 * well, each would be read twice). Absent when the workbook has no Responses rows.
 */
function ownSource(snapshot: WorkbookSnapshot, questionnaire: Questionnaire, file: string): ConsolidationSource | undefined {
  const users: WorkbookSnapshot = { sheets: snapshot.sheets.filter((s) => !s.owned) };
  let submissions;
  try {
    ({ submissions } = readSurvey(users, questionnaire, REGISTRY));
  } catch (error) {
    if (error instanceof WorkbookUnusableError && error.reason === 'no-responses') return undefined;
    throw error;
  }
  if (submissions.every((s) => s.origin === 'submission-sheet')) return undefined;
  const sheets = new Set(submissions.filter((s) => s.origin === 'submission-sheet').map((s) => s.ref.sheet));
  return { file, workbook: { sheets: users.sheets.filter((s) => !sheets.has(s.name)) }, gatheredBefore: true };
}
