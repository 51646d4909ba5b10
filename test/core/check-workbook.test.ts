import { checkWorkbook, usableQuestionnaire } from '../../src/core/workflows/check-workbook';
import { WorkbookUnusableError } from '../../src/core/errors';
import { issueMessage } from '../../src/core/check/messages';
import { SURVEY_1998 } from '../../src/core/questionnaire/survey-1998';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { sheet, workbook } from '../support/snapshot';

const TODAY = serialOfUtc(2026, 11, 26);

describe('checking a whole workbook', () => {
  const responses = sheet('Responses', [
    ['Member', 'F1'],
    ['Malta', 'Yes'],
  ]);

  it('names the problems of the Settings sheet, the survey and the CRM indicators, in that order', () => {
    const { issues } = checkWorkbook(
      workbook(
        responses,
        sheet('Settings', [['Base', 'everyone']]),
        sheet('CRM Indicators', [
          ['Member', 'Indicator', 'Baseline', 'Follow-up'],
          ['Malta', 'SPEED', 1, 2],
        ]),
      ),
      TODAY,
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.ref.sheet, i.ref.cell])).toEqual([['unknown-indicator', 'CRM Indicators', 'B2']]);
    expect(issues[0]).toMatchObject({ code: 'invalid-setting', ref: { sheet: 'Settings', cell: 'B1' } });
  });

  it('never reads the add-in’s own sheets back as input', () => {
    const written = {
      ...sheet('CRM Indicators', [
        ['Member', 'Indicator', 'Baseline', 'Follow-up'],
        ['Atlantis', 'X', 'a', 'b'],
      ]),
      owned: true,
    };
    const { issues, crm } = checkWorkbook(workbook(responses, written), TODAY);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.some((i) => i.ref.sheet !== 'Responses')).toBe(false);
    expect(crm.indicatorsSheet).toBeUndefined();
  });

  it('reads the Settings sheet the task pane wrote, though it is the add-in’s own', () => {
    const settings = {
      ...sheet('Settings', [
        ['Setting', 'Value'],
        ['Base', 'respondents'],
      ]),
      owned: true,
    };
    expect(checkWorkbook(workbook(responses, settings), TODAY).settings).toEqual({ base: 'respondents' });
  });
});

describe('a Population the Settings sheet gives that is no whole number', () => {
  const responses = sheet('Responses', [
    ['Member', 'F1'],
    ['Malta', 'Yes'],
  ]);
  const checked = checkWorkbook(workbook(responses, sheet('Settings', [['Population', 'all staff']])), TODAY);
  const issue = checked.issues.find((i) => i.code === 'invalid-setting')!;

  it('is an invalid setting like any other, its default kept', () => {
    expect(issue).toMatchObject({
      code: 'invalid-setting',
      setting: 'Population',
      value: 'all staff',
      severity: 'warning',
      ref: { sheet: 'Settings', cell: 'B1' },
    });
    expect(checked.settings).toEqual({});
  });

  it('is told in words that list Population among the settings, in English and French', () => {
    expect(issueMessage(issue, 'en')).toBe(
      '“all staff” is not a value of the setting “Population”; its default is used. Settings: First responses (a whole number), ' +
        'Population (a whole number: how many the survey was sent to, when not the Members of the registry), Base (answered, respondents or applicable), ' +
        'Language (en or fr), Member question (the name of a select_one or text question of the XLSForm).',
    );
    expect(issueMessage(issue, 'fr')).toContain(
      'Population (un nombre entier : le nombre de destinataires de l’enquête, s’il ne s’agit pas des Membres du registre), Base',
    );
  });
});

describe('a blank workbook', () => {
  const blank = workbook(sheet('Sheet1', []));

  it('has nothing to check: the workbook is refused as empty', () => {
    expect(() => checkWorkbook(blank, TODAY)).toThrow(new WorkbookUnusableError('empty-workbook'));
  });

  it('is where a template or an import starts: it has the built-in questionnaire', () => {
    expect(usableQuestionnaire(blank)).toBe(SURVEY_1998);
  });

  it('is no XLSForm when given as the form: refused, never replaced by the built-in questionnaire', () => {
    expect(() => usableQuestionnaire(workbook(sheet('Responses', [['Member'], ['Malta']])), { form: blank })).toThrow(
      new WorkbookUnusableError('form-errors', { errors: 1, cell: 'Sheet1!A1' }),
    );
  });
});
