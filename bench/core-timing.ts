import { analyseWorkbook } from '../src/core/workflows/analyse-workbook';
import { checkWorkbook } from '../src/core/workflows/check-workbook';
import { profileWorkbook } from '../src/core/workflows/profile-workbook';
import type { SheetPlan } from '../src/core/report/plan';
import { readXlsxFile } from '../src/hosts/file/xlsx-file';
import { median, timeRuns } from './stats';
import { TODAY } from './today';

/** The engine alone, in process, on a workbook already read: medians in milliseconds. */
export interface CoreTiming {
  /** Reading the .xlsx into a snapshot, once (for scale; the CLI pays it too). */
  readonly readMs: number;
  readonly checkMs: number;
  readonly analyseMs: number;
  /** Every responding Member's profile (`profiles --all`'s engine work, its analysis included), and how many. */
  readonly profilesMs: number;
  readonly profiles: number;
  readonly runs: number;
  /** What the work was: issues found, respondents counted, rows written by the plan. */
  readonly workload: Workload;
}

export interface Workload {
  readonly submissions: number;
  readonly errors: number;
  readonly warnings: number;
  readonly counted: number;
  readonly planCells: number;
}

export async function timeCore(path: string, runs: number): Promise<CoreTiming> {
  const started = process.hrtime.bigint();
  const snapshot = await readXlsxFile(path);
  const readMs = Number(process.hrtime.bigint() - started) / 1e6;
  const check = () => checkWorkbook(snapshot, TODAY);
  const analyse = () => analyseWorkbook(snapshot, { settings: {}, defaultLanguage: 'en', today: TODAY });
  const profile = () => profileWorkbook(snapshot, { settings: {}, defaultLanguage: 'en', today: TODAY });
  // One untimed run of each first: the JIT's warm-up is not the engine's cost.
  const checked = check();
  const analysed = analyse();
  const profiles = profile().length;
  const checkMs = median(timeRuns(runs, check));
  const analyseMs = median(timeRuns(runs, analyse));
  const profilesMs = median(timeRuns(runs, profile));
  const workload: Workload = {
    submissions: checked.survey.submissions.length,
    errors: checked.issues.filter((i) => i.severity === 'error').length,
    warnings: checked.issues.filter((i) => i.severity === 'warning').length,
    counted: analysed.analysis.selection.counted.length,
    planCells: analysed.plan.sheets.reduce((cells, sheet) => cells + planCells(sheet), 0),
  };
  return { readMs, checkMs, analyseMs, profilesMs, profiles, runs, workload };
}

function planCells(sheet: SheetPlan): number {
  const blocks = sheet.blocks.reduce((cells, block) => cells + block.rows.reduce((n, row) => n + row.length, 0), 0);
  const tables = sheet.tables.reduce((cells, table) => cells + table.columns.length * (table.rows.length + 1), 0);
  return blocks + tables;
}
