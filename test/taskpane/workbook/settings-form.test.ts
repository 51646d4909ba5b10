import { firstResponsesValid, formOfSettings, settingsOfForm } from '../../../src/taskpane/workbook/settings-form';

describe('the settings form', () => {
  it('shows the Settings sheet’s values, leaving defaults unset', () => {
    expect(formOfSettings({ firstResponses: 36, base: 'respondents', language: 'fr' })).toEqual({
      firstResponses: '36',
      base: 'respondents',
      language: 'fr',
    });
    expect(formOfSettings({})).toEqual({ firstResponses: '' });
  });

  it('takes a whole number of first responses, 1 or more, or none for all', () => {
    expect(['', ' 36 ', '1'].map(firstResponsesValid)).toEqual([true, true, true]);
    expect(['0', '-2', '2.5', 'all', '036'].map(firstResponsesValid)).toEqual([false, false, false, false, false]);
  });

  it('says the settings it holds, or none while First responses is wrong', () => {
    expect(settingsOfForm({ firstResponses: ' 12', base: 'answered' })).toEqual({ firstResponses: 12, base: 'answered' });
    expect(settingsOfForm({ firstResponses: '' })).toEqual({});
    expect(settingsOfForm({ firstResponses: '1.5' })).toBeUndefined();
  });
});
