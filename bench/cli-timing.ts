import { rmSync } from 'fs';
import { join } from 'path';
import { ChildFailed, runNode, type ChildRun } from './child-run';
import { median } from './stats';

/** A tool that hands the workbook back cannot beat ExcelJS reading and writing it: within 1.3× of that. */
export const CLI_RATIO_GOAL = 1.3;
/** Given to both children when one runs out of V8's default heap. */
export const LARGE_HEAP_FLAG = '--max-old-space-size=8192';

/** `wco-survey check` and `analyze`, and the ExcelJS floor, each a child process: medians over the runs. */
export interface CliTiming {
  readonly checkMs: number;
  readonly analyzeMs: number;
  readonly floorMs: number;
  /** analyze ÷ floor. */
  readonly ratio: number;
  readonly goal: number;
  readonly met: boolean;
  /** Peak RSS in bytes, the largest over the runs. */
  readonly checkMaxRss?: number;
  readonly analyzeMaxRss?: number;
  readonly floorMaxRss?: number;
  /** Node flags both children ran with (the larger heap, when the default was not enough). */
  readonly nodeFlags: readonly string[];
  readonly runs: number;
}

export interface CliPaths {
  readonly root: string;
  readonly scratch: string;
}

export async function timeCli(input: string, runs: number, paths: CliPaths): Promise<CliTiming> {
  try {
    return await timeWith([], input, runs, paths);
  } catch (error) {
    if (!(error instanceof ChildFailed && error.outOfMemory)) throw error;
    return timeWith([LARGE_HEAP_FLAG], input, runs, paths);
  }
}

async function timeWith(nodeFlags: readonly string[], input: string, runs: number, { root, scratch }: CliPaths): Promise<CliTiming> {
  const cli = join(root, 'bin', 'wco-survey.js');
  const floor = join(__dirname, 'exceljs-floor.js');
  const analyzeOut = join(scratch, 'analyze-out.xlsx');
  const floorOut = join(scratch, 'floor-out.xlsx');
  const checks: ChildRun[] = [];
  const analyze: ChildRun[] = [];
  const floors: ChildRun[] = [];
  try {
    // Interleaved, so that both meet the same machine: caches, other load, thermal state.
    for (let run = 0; run < runs; run++) {
      rmSync(analyzeOut, { force: true });
      checks.push(await runNode(cli, ['check', input, '--lang', 'en'], nodeFlags, { allowExitCodes: [0, 1] }));
      analyze.push(await runNode(cli, ['analyze', input, '--out', analyzeOut, '--lang', 'en'], nodeFlags));
      floors.push(await runNode(floor, [input, floorOut], nodeFlags));
    }
  } finally {
    rmSync(analyzeOut, { force: true });
    rmSync(floorOut, { force: true });
  }
  const analyzeMs = median(analyze.map((r) => r.ms));
  const floorMs = median(floors.map((r) => r.ms));
  const ratio = analyzeMs / floorMs;
  return {
    checkMs: median(checks.map((r) => r.ms)),
    analyzeMs,
    floorMs,
    ratio,
    goal: CLI_RATIO_GOAL,
    met: ratio <= CLI_RATIO_GOAL,
    ...maxOf('checkMaxRss', checks),
    ...maxOf('analyzeMaxRss', analyze),
    ...maxOf('floorMaxRss', floors),
    nodeFlags,
    runs,
  };
}

function maxOf<K extends string>(key: K, runs: readonly ChildRun[]): Partial<Record<K, number>> {
  const values = runs.flatMap((r) => (r.maxRss === undefined ? [] : [r.maxRss]));
  return values.length > 0 ? ({ [key]: Math.max(...values) } as Record<K, number>) : {};
}
