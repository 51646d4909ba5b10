import { readSettings } from '../../../src/core/settings/read-settings';
import { settingsSheet } from '../../../src/core/settings/settings-sheet';
import { sheet, workbook, type Plain } from '../../support/snapshot';

/** The plan's blocks laid into a grid, as a host would write them. */
function written(plan: ReturnType<typeof settingsSheet>) {
  const rows: Plain[][] = [];
  for (const block of plan.blocks) block.rows.forEach((row, r) => (rows[block.top - 1 + r] = row.map((v) => v as Plain)));
  return sheet(plan.name, rows);
}

describe('the Settings sheet the task pane saves', () => {
  it.each([
    [{ firstResponses: 36, base: 'respondents', language: 'fr' }],
    [{ base: 'answered' }],
    [{}],
  ] as const)('reads back as what was saved: %j', (settings) => {
    expect(readSettings(workbook(written(settingsSheet(settings))))).toEqual({ settings, problems: [] });
  });
});
