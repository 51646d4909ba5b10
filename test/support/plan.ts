import type { PlanValue, SheetPlan } from '../../src/core/report/plan';
import { sheet, type Plain } from './snapshot';

/** A plan's blocks laid into a grid, as a host would write them, with some cells filled in as a user would. */
export function asWritten(plan: SheetPlan, filled: Record<string, Plain> = {}) {
  const rows: Plain[][] = [];
  const put = (row: number, column: number, value: PlanValue | Plain) => {
    (rows[row - 1] ??= [])[column - 1] = value as Plain;
  };
  for (const block of plan.blocks) block.rows.forEach((r, i) => r.forEach((v, j) => put(block.top + i, block.left + j, v)));
  for (const [address, value] of Object.entries(filled)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    put(Number(digits), letters.charCodeAt(0) - 64, value);
  }
  return sheet(
    plan.name,
    Array.from(rows, (r) => r ?? []),
  );
}
