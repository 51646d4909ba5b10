import { readSettings } from '../../../src/core/settings/read-settings';
import { settingsSheet } from '../../../src/core/settings/settings-sheet';
import { asWritten } from '../../support/plan';
import { workbook } from '../../support/snapshot';

describe('the Settings sheet the task pane saves', () => {
  it.each([
    [{ firstResponses: 36, base: 'respondents', language: 'fr' }],
    [{ base: 'answered' }],
    [{}],
  ] as const)('reads back as what was saved: %j', (settings) => {
    expect(readSettings(workbook(asWritten(settingsSheet(settings))))).toEqual({ settings, problems: [] });
  });
});
