import { readSettings } from '../../../src/core/settings/read-settings';
import { settingsSheet } from '../../../src/core/settings/settings-sheet';
import { asWritten } from '../../support/plan';
import { workbook } from '../../support/snapshot';
import { formOf, INTEGRITY_FORM } from '../../support/xlsform';

const FORM = formOf(INTEGRITY_FORM);

describe('the Settings sheet the task pane saves', () => {
  it.each([
    [{ firstResponses: 36, base: 'respondents', language: 'fr' }],
    [{ base: 'answered' }],
    [{}],
    [{ memberQuestion: 'has_code' }],
    [{ firstResponses: 36, population: 4000, memberQuestion: 'has_code' }],
  ] as const)('reads back as what was saved: %j', (settings) => {
    const read = readSettings(workbook(asWritten(settingsSheet(settings))), FORM);
    expect([read.settings, read.problems]).toEqual([settings, []]);
  });

  it('has a Member question row only when one is chosen, so a 1998 workbook’s sheet stays as it was', () => {
    const names = (plan: ReturnType<typeof settingsSheet>) => plan.blocks.flatMap((b) => b.rows.map((r) => r[0]));
    expect(names(settingsSheet({}))).not.toContain('Member question');
    expect(names(settingsSheet({ memberQuestion: 'admin' }))).toContain('Member question');
  });

  it('has a Population row only when one is set: without it the population is the Members of the registry', () => {
    const rows = (plan: ReturnType<typeof settingsSheet>) => plan.blocks.flatMap((b) => b.rows);
    expect(rows(settingsSheet({})).map((r) => r[0])).not.toContain('Population');
    expect(rows(settingsSheet({ population: 4000 }))).toContainEqual(['Population', 4000]);
  });
});
