import { readSettings } from '../../../src/core/settings/read-settings';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { formOf, INTEGRITY_FORM } from '../../support/xlsform';

const settingsOf = (rows: Plain[][], questionnaire = SURVEY_1998) => readSettings(workbook(sheet('Settings', rows)), questionnaire);

describe('the Settings sheet', () => {
  it('reads First responses, Base and Language under a header row, and the cell each came from', () => {
    expect(
      settingsOf([
        ['Setting', 'Value'],
        ['First responses', 36],
        ['Base', 'respondents'],
        ['Language', 'fr'],
      ]),
    ).toEqual({
      settings: { firstResponses: 36, base: 'respondents', language: 'fr' },
      cells: { firstResponses: { sheet: 'Settings', cell: 'B2' }, base: { sheet: 'Settings', cell: 'B3' }, language: { sheet: 'Settings', cell: 'B4' } },
      problems: [],
    });
  });

  it('reads French names and values, any case', () => {
    expect(
      settingsOf([
        ['Paramètre', 'Valeur'],
        ['Premières réponses', '36'],
        ['base', 'Répondants'],
        ['LANGUE', 'Français'],
      ]).settings,
    ).toEqual({
      firstResponses: 36,
      base: 'respondents',
      language: 'fr',
    });
  });

  it.each(['applicable', 'Applicable', 'concernés'])('reads the base %p: respondents the item was asked of', (value) => {
    expect(settingsOf([['Base', value]]).settings).toEqual({ base: 'applicable' });
  });

  it('reads Population, a whole number of those the survey was sent to, as a number or as text', () => {
    expect(settingsOf([['Population', 4000]]).settings).toEqual({ population: 4000 });
    expect(settingsOf([['POPULATION', ' 1 ']]).settings).toEqual({ population: 1 });
    expect(settingsOf([['Population', null]]).settings).toEqual({});
  });

  it.each([0, -3, 2.5, 'staff', '1e'])('names a Population of %p as a value it cannot use, keeping the default', (value) => {
    const { settings, problems } = settingsOf([['Population', value]]);
    expect(settings).toEqual({});
    expect(problems).toEqual([{ ref: { sheet: 'Settings', cell: 'B1' }, setting: 'Population', value: String(value), kind: 'invalid-value' }]);
  });

  it('keeps a blank value as the default', () => {
    expect(settingsOf([['First responses', null]]).settings).toEqual({});
  });

  it('names each value it cannot use, and each row that is no setting', () => {
    const { settings, problems } = settingsOf([
      ['First responses', 0],
      ['Base', 'everyone'],
      ['Language', 'de'],
      ['Colour', 'blue'],
      ['First responses', 2.5],
    ]);
    expect(settings).toEqual({});
    expect(problems.map((p) => [p.kind, p.ref.cell, p.setting, p.value])).toEqual([
      ['invalid-value', 'B1', 'First responses', '0'],
      ['invalid-value', 'B2', 'Base', 'everyone'],
      ['invalid-value', 'B3', 'Language', 'de'],
      ['unknown-setting', 'A4', 'Colour', 'blue'],
      ['invalid-value', 'B5', 'First responses', '2.5'],
    ]);
  });

  it('knows no setting or base by the name of a member of every JavaScript object', () => {
    const { settings, problems } = settingsOf([
      ['constructor', 'answered'],
      ['Base', 'constructor'],
      ['toString', 'x'],
    ]);
    expect(settings).toEqual({});
    expect(problems.map((p) => [p.kind, p.ref.cell])).toEqual([
      ['unknown-setting', 'A1'],
      ['invalid-value', 'B2'],
      ['unknown-setting', 'A3'],
    ]);
  });

  it('has no settings without the sheet', () => {
    expect(readSettings(workbook(sheet('Other', [['Base', 'respondents']])), SURVEY_1998)).toEqual({ settings: {}, cells: {}, problems: [] });
  });

  describe('Member question', () => {
    const form = formOf(INTEGRITY_FORM);

    it('names a select_one or text question of the XLSForm, any case, in English or French', () => {
      expect(settingsOf([['Member question', 'COUNTRY']], form).settings).toEqual({ memberQuestion: 'country' });
      expect(settingsOf([['Question membre', 'has_code']], form).settings).toEqual({ memberQuestion: 'has_code' });
    });

    it.each([
      ['a question that cannot name a Member (a number)', 'staff', form],
      ['a question the form does not have', 'region', form],
      ['any question of the built-in questionnaire, whose Member is a column', 'F1', SURVEY_1998],
    ])('is not %s', (_, value, questionnaire) => {
      const { settings, problems } = settingsOf([['Member question', value]], questionnaire);
      expect(settings).toEqual({});
      expect(problems).toEqual([{ ref: { sheet: 'Settings', cell: 'B1' }, setting: 'Member question', value, kind: 'invalid-value' }]);
    });
  });
});
