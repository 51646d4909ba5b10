import type { WorkbookSnapshot } from '../workbook/snapshot';
import { issueAt, type Issue } from './issue';

/**
 * Formulas saved without their results read as empty cells. Each sheet holding some gets one warning
 * naming them and saying how to get the results; what the check would say about those cells (a
 * blank Member, a question not answered) is not said, since the cells are not what they show.
 */
export function withUncalculatedFormulas(issues: readonly Issue[], workbook: WorkbookSnapshot): Issue[] {
  const sheets = workbook.sheets.filter((sheet) => (sheet.uncalculated?.length ?? 0) > 0);
  if (sheets.length === 0) return [...issues];
  const unknown = new Set(sheets.flatMap(({ name, uncalculated = [] }) => uncalculated.map((cell) => `${name}!${cell}`)));
  const warnings = sheets.map(({ name, uncalculated = [] }) =>
    issueAt({ code: 'formulas-not-calculated', cells: uncalculated }, { sheet: name, cell: uncalculated[0] }),
  );
  return [...warnings, ...issues.filter(({ ref }) => !unknown.has(`${ref.sheet}!${ref.cell}`))];
}
