import { firstResponsesValid, formOfSettings, formValid, populationValid, settingsOfForm } from '../../../src/taskpane/workbook/settings-form';

describe('the settings form', () => {
  it('shows the Settings sheet’s values, leaving defaults unset', () => {
    expect(formOfSettings({ firstResponses: 36, population: 4000, base: 'respondents', language: 'fr' })).toEqual({
      firstResponses: '36',
      population: '4000',
      base: 'respondents',
      language: 'fr',
    });
    expect(formOfSettings({})).toEqual({ firstResponses: '', population: '' });
  });

  it('takes a whole number of first responses, 1 or more, or none for all', () => {
    expect(['', ' 36 ', '1'].map(firstResponsesValid)).toEqual([true, true, true]);
    expect(['0', '-2', '2.5', 'all', '036'].map(firstResponsesValid)).toEqual([false, false, false, false, false]);
  });

  it('takes a whole number for Population, 1 or more, or none for the Members of the registry', () => {
    expect(['', ' 4000 ', '1'].map(populationValid)).toEqual([true, true, true]);
    expect(['0', '-2', '2.5', 'staff', '0150'].map(populationValid)).toEqual([false, false, false, false, false]);
    expect([
      formValid({ firstResponses: '', population: '' }),
      formValid({ firstResponses: '2', population: '0' }),
      formValid({ firstResponses: '0', population: '9' }),
    ]).toEqual([true, false, false]);
  });

  it('says the settings it holds, or none while First responses or Population is wrong', () => {
    expect(settingsOfForm({ firstResponses: ' 12', population: '', base: 'answered' })).toEqual({ firstResponses: 12, base: 'answered' });
    expect(settingsOfForm({ firstResponses: '', population: ' 4000' })).toEqual({ population: 4000 });
    expect(settingsOfForm({ firstResponses: '', population: '' })).toEqual({});
    expect(settingsOfForm({ firstResponses: '1.5', population: '' })).toBeUndefined();
    expect(settingsOfForm({ firstResponses: '12', population: '1.5' })).toBeUndefined();
  });
});
