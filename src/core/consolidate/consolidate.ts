import { WorkbookUnusableError } from '../errors';
import type { Language } from '../i18n/language';
import type { MemberRegistry } from '../members/registry';
import type { Questionnaire } from '../questionnaire/types';
import type { Submission } from '../read/model';
import { readSurvey, RESPONSES } from '../read/read-survey';
import type { NumberFormat, PlanValue, SheetPlan, WorkbookPlan } from '../report/plan';
import { assertPlanContract } from '../report/plan-contract';
import { displayCell } from '../workbook/display';
import { freeSheetName, sameExcelName } from '../workbook/excel-names';
import { refText } from '../workbook/ref-text';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { forPrint, type PrintContext } from '../report/print/page-setup';
import { contentFingerprint } from './fingerprint';
import { PRINT_WORDS } from '../report/print/words';
import { CONSOLIDATION_WORDS } from './words';

/** A file to gather submissions from: its workbook, or why it could not be read at all. */
export type ConsolidationSource =
  | {
      readonly file: string;
      readonly workbook: WorkbookSnapshot;
      /**
       * Rows gathered before (the workbook's own Responses, beside which files are imported): among
       * submissions received the same day, or undated, they come before the files'.
       */
      readonly gatheredBefore?: boolean;
    }
  | { readonly file: string; readonly unreadable: string }
  /** Left unread by the host, which knew it for no workbook by its name or kind (a lock file, a folder). */
  | { readonly file: string; readonly skipped: HostSkip };

/**
 * Why a source is not gathered, though nothing is wrong with it: a workbook consolidated earlier (its
 * Import Log marks it), Excel's lock file, a folder inside the folder given, a file that is no workbook.
 */
export type SkipReason = 'earlier-consolidation' | 'already-imported' | 'lock-file' | 'folder' | 'not-a-workbook';
/** The skips a host finds without reading the file; an earlier consolidation, or a file imported before, is found here, by reading it. */
export type HostSkip = Exclude<SkipReason, 'earlier-consolidation' | 'already-imported'>;

export type SourceStatus = 'read' | 'unreadable' | 'no-submissions' | 'skipped';

/** What became of one source: every file is accounted for, read or not. */
export interface SourceLog {
  readonly file: string;
  readonly status: SourceStatus;
  readonly submissions: number;
  readonly reason?: string;
  /** Why a skipped source was not gathered. */
  readonly skipped?: SkipReason;
  /** What a file read says (`contentFingerprint`): with its name, how a later import knows it. */
  readonly fingerprint?: string;
}

export interface Consolidation {
  readonly plan: WorkbookPlan;
  readonly log: readonly SourceLog[];
  readonly submissions: number;
}

export const IMPORT_LOG = 'Import Log';
/** The Import Log's table: with the add-in's own Import Log sheet, what marks a workbook consolidated earlier. */
export const IMPORT_LOG_TABLE = 'ImportLog';
/** `Imported`: the day of the import; `Fingerprint`: what the file said, with its name how a later import knows it. */
export const IMPORT_LOG_COLUMNS = ['File', 'Status', 'Submissions', 'Reason', 'Imported', 'Fingerprint'] as const;
/** The columns a consolidated `Responses` table starts with, before one column per question. */
export const CONSOLIDATED_COLUMNS = ['Member', 'Received', 'Contact', 'Source'] as const;

/**
 * Excel's lock ("owner") file, `~$` and the end of the open workbook's name, left beside it while it is
 * open: a few bytes naming who has it open, never a workbook. Known by its name, before reading.
 */
export function skippedByName(file: string): HostSkip | undefined {
  return file.startsWith('~$') ? 'lock-file' : undefined;
}

/**
 * A workbook that a consolidation wrote (`consolidate`, the pane's Import): its Import Log, the add-in's
 * own sheet, or the table ImportLog on whatever sheet (renamed, or saved by a program that drops the
 * sheet's marker). Its rows came from returned files; gathered again, each would count twice.
 */
export function consolidatedEarlier(workbook: WorkbookSnapshot): boolean {
  return workbook.sheets.some((s) => (s.owned === true && sameExcelName(s.name, IMPORT_LOG)) || s.tables.some((t) => sameExcelName(t.name, IMPORT_LOG_TABLE)));
}

export interface ConsolidationContext {
  /** Sheets the workbook already has: the Responses sheet then gets a name of its own. */
  readonly taken?: readonly string[];
  /** The day of the consolidation, as an Excel serial: printed at the foot of its pages. */
  readonly today?: number;
}

/**
 * One `Responses` row per submission found in the sources (Responses sheets or tables, one-Member
 * submission sheets), each with its `Source`. Values are copied as written, so that `check` still
 * sees every mistake; two submissions from one Member are both kept, for `check` to flag (the first
 * counts). Rows are in order received, earliest first and undated last, then rows gathered before, then
 * by file name, then in the order of the file's sheets and rows: which of two submissions counts never
 * hangs on a name like "(1)".
 */
export function consolidate(
  sources: readonly ConsolidationSource[],
  questionnaire: Questionnaire,
  registry: MemberRegistry,
  lang: Language,
  context: ConsolidationContext = {},
): Consolidation {
  const { taken = [], today } = context;
  const items = questionnaire.sections.flatMap((s) => s.items);
  const { gathered, log } = gather(sources, questionnaire, registry, lang);
  const rows = gathered.map((g) => [...g.row.fixed, ...items.map((item) => g.row.answers.get(item.id) ?? null)]);
  const columns = [...CONSOLIDATED_COLUMNS, ...items.map((i) => `${i.id} ${i.label[lang]}`)];
  const sheet = responsesSheet(freeName(taken, lang), columns, rows);
  const plan = forPrint({ sheets: [sheet, logSheet(logRows(log, lang, today), lang)] }, printContext(lang, today));
  assertPlanContract(plan);
  return { plan, log, submissions: rows.length };
}

/** What the pages of a consolidation say at their foot: the day it was made. */
export function printContext(lang: Language, today: number | undefined): PrintContext {
  return today === undefined ? { lang } : { lang, dated: PRINT_WORDS[lang].consolidatedOn(today) };
}

/** Files imported before, by name and fingerprint: a later import passes them over. */
export type KnownFiles = (file: string, fingerprint: string) => boolean;

/**
 * Every submission of the sources, sorted as rows are (see `consolidate`), and what became of each
 * source. A file `known` (imported before, same name and same content) is skipped.
 */
export function gather(
  sources: readonly ConsolidationSource[],
  questionnaire: Questionnaire,
  registry: MemberRegistry,
  lang: Language,
  known: KnownFiles = () => false,
): { gathered: Gathered[]; log: SourceLog[] } {
  const gathered: Gathered[] = [];
  const log = sources.map((source): SourceLog => {
    if ('unreadable' in source) return { file: source.file, status: 'unreadable', submissions: 0, reason: source.unreadable };
    if ('skipped' in source) return skippedLog(source.file, source.skipped, lang);
    // The workbook imported into carries its rows, whoever wrote them; a file consolidated earlier is not gathered.
    if (source.gatheredBefore !== true && consolidatedEarlier(source.workbook)) return skippedLog(source.file, 'earlier-consolidation', lang);
    const fingerprint = contentFingerprint(source.workbook);
    if (known(source.file, fingerprint)) return { ...skippedLog(source.file, 'already-imported', lang), fingerprint };
    const submissions = submissionsOf(source.workbook, questionnaire, registry);
    if (submissions.length === 0) {
      return { file: source.file, status: 'no-submissions', submissions: 0, reason: CONSOLIDATION_WORDS[lang].noSubmissions, fingerprint };
    }
    const before = source.gatheredBefore === true;
    for (const s of submissions) {
      const received = receivedSerial(s);
      gathered.push({ row: rowOf(s, source.file), ...(received !== undefined ? { received } : {}), before, file: source.file, order: gathered.length });
    }
    // A blank template returned is gathered all the same (the Member did return it), and said so.
    const blank = submissions.every((s) => s.answers.length === 0);
    return { file: source.file, status: 'read', submissions: submissions.length, ...(blank ? { reason: CONSOLIDATION_WORDS[lang].blank } : {}), fingerprint };
  });
  return { gathered: [...gathered].sort(byReceived), log };
}

/** Why a file is not gathered, and what to do if it should be: the Import Log's reason, the pane's. */
export function skipMessage(reason: SkipReason, lang: Language): string {
  return CONSOLIDATION_WORDS[lang].skipped[reason];
}

function skippedLog(file: string, skipped: SkipReason, lang: Language): SourceLog {
  return { file, status: 'skipped', submissions: 0, reason: skipMessage(skipped, lang), skipped };
}

/** A submission gathered: its row's values, and what sorts it among the others. */
export interface Gathered {
  readonly row: GatheredRow;
  /** The date received as an Excel serial; absent when the submission gives none, or none that reads as a date. */
  readonly received?: number;
  readonly before: boolean;
  readonly file: string;
  /** The order found: sources in the order given, each file's sheets and rows in order. */
  readonly order: number;
}

/** A submission's values: Member, Received, Contact and Source, then its answers by question ID, as written. */
export interface GatheredRow {
  readonly fixed: readonly PlanValue[];
  readonly answers: ReadonlyMap<string, PlanValue>;
}

function receivedSerial(submission: Submission): number | undefined {
  const parsed = submission.received?.parsed;
  return parsed?.kind === 'date' ? parsed.serial : undefined;
}

/** Earliest received first, undated last; then rows gathered before; then by file name; then as found. */
function byReceived(a: Gathered, b: Gathered): number {
  const date = (a.received ?? Infinity) - (b.received ?? Infinity);
  if (date !== 0 && !Number.isNaN(date)) return date;
  if (a.before !== b.before) return a.before ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.order - b.order;
}

function submissionsOf(workbook: WorkbookSnapshot, questionnaire: Questionnaire, registry: MemberRegistry): readonly Submission[] {
  try {
    return readSurvey({ sheets: workbook.sheets.filter((s) => !s.owned) }, questionnaire, registry).submissions;
  } catch (error) {
    if (error instanceof WorkbookUnusableError && error.reason === 'no-responses') return [];
    throw error;
  }
}

function rowOf(submission: Submission, file: string): GatheredRow {
  const member = submission.member?.kind === 'named' ? copy(submission.member.raw) : null;
  return {
    fixed: [member, submission.received ? copy(submission.received.raw) : null, submission.contact?.parsed ?? null, `${file} › ${refText(submission.ref)}`],
    answers: new Map(submission.answers.map((a) => [a.item.id, copy(a.raw)])),
  };
}

/** A cell as written: a date stays a date (its serial, shown as a date), an Excel error its text. */
export function copy(cell: CellValue): PlanValue {
  switch (cell.kind) {
    case 'number':
    case 'boolean':
      return cell.value;
    case 'date':
      return cell.serial;
    default:
      return displayCell(cell);
  }
}

/**
 * `Responses`, or beside a user's `Responses` sheet a new one: its table, named `Responses`,
 * is what `check` and `analyze` read first, and the user's sheet is never edited.
 */
function freeName(taken: readonly string[], lang: Language): string {
  const base = taken.some((t) => sameExcelName(t, RESPONSES)) ? `${RESPONSES} (${CONSOLIDATION_WORDS[lang].consolidated})` : RESPONSES;
  return freeSheetName(base, taken, (n) => ` ${n}`);
}

const QUESTION_WIDTH = 16;

function responsesSheet(name: string, columns: readonly string[], rows: readonly PlanValue[][]): SheetPlan {
  const formats: (NumberFormat | undefined)[] = [undefined, 'date'];
  return {
    name,
    role: 'input',
    blocks: [],
    tables: [{ name: RESPONSES, top: 1, left: 1, columns, rows, formats }],
    charts: [],
    freeze: { rows: 1, columns: 1 },
    // A question's column is as narrow as its answers; its header (ID and label) wraps.
    columnWidths: { 1: 24, 3: 26, 4: 40, ...Object.fromEntries(columns.slice(4).map((_, i) => [i + 5, QUESTION_WIDTH])) },
  };
}

/** The Import Log's rows: a file's, its status in words, its submissions, why, the day imported and what it said. */
export function logRows(log: readonly SourceLog[], lang: Language, today: number | undefined): PlanValue[][] {
  const words = CONSOLIDATION_WORDS[lang];
  return log.map((l) => [l.file, words.status[l.status], l.submissions, l.reason ?? null, today ?? null, l.fingerprint ?? null]);
}

export function logSheet(rows: readonly (readonly PlanValue[])[], lang: Language): SheetPlan {
  return {
    name: IMPORT_LOG,
    blocks: [{ top: 1, left: 1, rows: [[CONSOLIDATION_WORDS[lang].logTitle]], style: 'title' }],
    tables: [{ name: IMPORT_LOG_TABLE, top: 3, left: 1, columns: IMPORT_LOG_COLUMNS, rows, formats: [undefined, undefined, 'integer', undefined, 'date'] }],
    charts: [],
    columnWidths: { 1: 40, 4: 60 },
    // Every reason wraps, the last line's too: the lines a later import adds take its look.
    wrapped: [{ top: 4, left: 4, bottom: 3 + Math.max(1, rows.length), right: 4 }],
  };
}
