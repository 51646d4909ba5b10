import { analyseWorkbook } from '../../src/core/workflows/analyse-workbook';
import { checkWorkbook } from '../../src/core/workflows/check-workbook';
import { WorkbookUnusableError } from '../../src/core/errors';
import { issueRow } from '../../src/core/check/issue-row';
import { RequestError, requestMessage } from '../../src/core/request-error';
import { questionnaireOf } from '../../src/core/workflows/questionnaire-source';
import { SURVEY_1998 } from '../../src/core/questionnaire/survey-1998';
import type { TablePlan } from '../../src/core/report/plan';
import { otherRoundSheets } from '../../src/core/workflows/second-round';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { sheet, workbook } from '../support/snapshot';
import { formSheets, INTEGRITY_FORM } from '../support/xlsform';

const TODAY = serialOfUtc(2026, 11, 26);
const responses = sheet('Responses', [
  ['country', 'has_code', 'measures', 'staff'],
  ['MYS', 'yes', 'code training', 120],
  ['KEN', 'yes', 'training', 40],
  ['MLT', 'no', null, 12],
]);
const withForm = workbook(...formSheets(INTEGRITY_FORM), responses);
const analyse = (book = withForm, request: Partial<Parameters<typeof analyseWorkbook>[1]> = {}) =>
  analyseWorkbook(book, { settings: {}, defaultLanguage: 'en', today: TODAY, ...request });
const summaryOf = (plan: { sheets: readonly { name: string; tables: readonly TablePlan[] }[] }) => plan.sheets.find((s) => s.name === 'Summary')!.tables[0];

describe('which questionnaire a workbook is read against', () => {
  it('is the workbook’s own XLSForm when it has survey and choices sheets', () => {
    expect(questionnaireOf(withForm).questionnaire.id).toBe('integrity_2027');
  });

  it('is the other workbook’s XLSForm when one is given, whatever the workbook holds', () => {
    expect(questionnaireOf(workbook(responses), workbook(...formSheets(INTEGRITY_FORM))).questionnaire.id).toBe('integrity_2027');
  });

  it('is the built-in 1998 questionnaire otherwise, a sheet merely named Survey included', () => {
    expect(questionnaireOf(workbook(responses, sheet('Survey', [['Notes on the survey']]))).questionnaire).toBe(SURVEY_1998);
  });

  it('holds the form’s problems when the other workbook is no XLSForm at all', () => {
    expect(questionnaireOf(workbook(responses), workbook(sheet('Sheet1', []))).issues.map((i) => i.code)).toEqual(['form-missing-sheet']);
  });
});

describe('checking a workbook that holds its XLSForm', () => {
  it('reads the responses against the form, never the form’s sheets as responses or settings', () => {
    const checked = checkWorkbook(withForm, TODAY);
    expect(checked.questionnaire.id).toBe('integrity_2027');
    expect(checked.survey.submissions).toHaveLength(3);
    expect(checked.settings).toEqual({});
    expect(checked.issues.map((i) => i.code)).toEqual(['missing-question']);
  });

  it('names the form’s own problems first', () => {
    const broken = { ...INTEGRITY_FORM, survey: [...INTEGRITY_FORM.survey, ['integer', 'staff', 'Again']] };
    const { issues, formIssues } = checkWorkbook(workbook(...formSheets(broken), sheet('Settings', [['Base', 'everyone']]), responses), TODAY);
    expect(formIssues.map((i) => i.code)).toEqual(['form-duplicate-name']);
    expect(issues.slice(0, 2).map((i) => [i.code, i.ref.sheet])).toEqual([
      ['form-duplicate-name', 'survey'],
      ['invalid-setting', 'Settings'],
    ]);
  });

  it('reads no responses against a form none of which could be read, naming the form’s problems alone', () => {
    const checked = checkWorkbook(workbook(responses), TODAY, { form: workbook(sheet('survey', [['kind', 'name']])) });
    expect(checked.survey.submissions).toEqual([]);
    expect(checked.issues.map((i) => i.code)).toEqual(['form-missing-column']);
  });
});

describe('analysing against an XLSForm', () => {
  it('writes one SurveySummary row per choice: Section the group, Question the name, Answer the choice’s name', () => {
    const table = summaryOf(analyse().plan);
    expect(table.rows.map((r) => r.slice(0, 7))).toEqual([
      ['code', 'has_code', 'Is there a code of conduct?', 'yes', 2, 3, 2 / 3],
      ['code', 'has_code', 'Is there a code of conduct?', 'no', 1, 3, 1 / 3],
      ['code', 'measures', 'Measures in place', 'code', 1, 2, 0.5],
      ['code', 'measures', 'Measures in place', 'training', 2, 2, 1],
      ['code', 'measures', 'Measures in place', 'rotation', 0, 2, 0],
    ]);
  });

  it('says the base in the Summary’s headline, and writes none of the 1998 report’s published figures', () => {
    const { plan } = analyse(withForm, { settings: { base: 'applicable' } });
    const summary = plan.sheets.find((s) => s.name === 'Summary')!;
    const base = summary.blocks.find((b) => b.rows[0]?.[0] === 'Base of each percentage')!;
    // Beside the figures, a long text is split into lines, a line a row.
    expect(base.rows.map((r) => r[1]).join(' ')).toBe('respondents the item was asked of (its relevant condition held)');
    expect(plan.sheets.find((s) => s.name === 'Comparison')!.tables).toEqual([]);
  });

  it('says on the otherwise empty Comparison sheet what it compares and how to ask for it, in the sheet’s language', () => {
    const notes = (language: 'en' | 'fr') =>
      analyse(withForm, { settings: { language } })
        .plan.sheets.find((s) => s.name === 'Comparison')!
        .blocks.filter((b) => b.style === 'note');
    // The note runs over lines fitting the sheet's width: read together.
    expect(notes('en').map((b) => [b.top, b.rows.map((r) => r[0]).join(' ')])).toEqual([
      [
        3,
        'This sheet compares one Member, one WCO region or another survey round with all respondents, item by item, in percentage points. To ask for one: on the command line, add --member NAME, --region CODE (AM, ESA, EUR, AP, MENA or WCA) or --compare other.xlsx to wco-survey analyze; in the task pane, use the Compare tab.',
      ],
    ]);
    expect(
      notes('fr')[0]
        .rows.map((r) => r[0])
        .join(' '),
    ).toMatch(/^Cette feuille compare un Membre.*--member NOM.*l’onglet Comparer\.$/);
  });

  it('takes the form from another workbook', () => {
    const outcome = analyse(workbook(responses), { form: workbook(...formSheets(INTEGRITY_FORM)) });
    expect(outcome.analysis.questionnaire.id).toBe('integrity_2027');
    expect(summaryOf(outcome.plan).rows).toHaveLength(5);
  });

  it('takes the base applicable from the Settings sheet', () => {
    const outcome = analyse(
      workbook(
        ...formSheets(INTEGRITY_FORM),
        responses,
        sheet('Settings', [
          ['Setting', 'Value'],
          ['Base', 'applicable'],
        ]),
      ),
    );
    expect(outcome.analysis.options.base).toBe('applicable');
    expect(
      summaryOf(outcome.plan)
        .rows.find((r) => r[1] === 'measures' && r[3] === 'code')
        ?.slice(4, 7),
    ).toEqual([1, 2, 0.5]);
  });

  it('stops, pointing at the form’s first error, rather than analyse against a broken form', () => {
    const broken = { ...INTEGRITY_FORM, survey: [...INTEGRITY_FORM.survey, ['interger', 'n', 'N']] };
    const run = () => analyse(workbook(...formSheets(broken), responses));
    expect(run).toThrow(WorkbookUnusableError);
    expect(run).toThrow('form-errors {"errors":1,"cell":"survey!A10"}');
  });

  it('analyses despite the form’s warnings', () => {
    const warned = { ...INTEGRITY_FORM, survey: [...INTEGRITY_FORM.survey, ['geopoint', 'where', 'Where']] };
    expect(analyse(workbook(...formSheets(warned), responses)).analysis.headline.respondentsCounted).toBe(3);
  });

  it('compares a second round against this round’s form', () => {
    const other = workbook(
      sheet('Responses', [
        ['country', 'has_code'],
        ['MYS', 'no'],
        ['KEN', 'no'],
      ]),
    );
    const outcome = analyse(withForm, { otherRound: { name: 'round 1', workbook: other } });
    const round = outcome.plan.sheets.find((s) => s.name === 'Comparison')!.tables.find((t) => t.name === 'RoundComparison')!;
    // 3 and 2 respondents: the small-base rule leaves both percents and the change blank; the bases pair the rounds.
    // The answer as the form labels it: the Comparison sheet reads in the sheet's language.
    expect(round.rows[0].slice(1, 9)).toEqual(['has_code', 'Is there a code of conduct?', 'Yes', null, null, null, 3, 2]);
  });

  it('offers another round on a sheet read against the workbook’s form', () => {
    const lastRound = sheet('Round 2026', [
      ['country', 'has_code'],
      ['MYS', 'no'],
    ]);
    expect(otherRoundSheets(workbook(...formSheets(INTEGRITY_FORM), responses, lastRound))).toEqual(['Round 2026']);
  });
});

describe('a Member question the user chooses, for a form with none named member or country', () => {
  const form = {
    ...INTEGRITY_FORM,
    survey: INTEGRITY_FORM.survey.map((row) => row.map((cell) => (cell === 'country' ? 'administration' : cell))),
  };
  const answered = sheet('Responses', [
    ['administration', 'has_code'],
    ['MYS', 'yes'],
    ['KEN', 'no'],
  ]);
  const unnamed = workbook(...formSheets(form), answered);

  it('without one, the missing Member column names the questions that could name the Member', () => {
    const missing = checkWorkbook(unnamed, TODAY).issues.find((i) => i.code === 'missing-member-column');
    expect(missing).toMatchObject({ questions: ['administration', 'has_code'] });
    expect(issueRow(missing!, 'en').message).toContain('Member question (Settings sheet, task pane or --member-question): administration, has_code.');
    expect(issueRow(missing!, 'fr').message).toContain('paramètre Member question');
  });

  it('is read from the Settings sheet', () => {
    const checked = checkWorkbook(workbook(...formSheets(form), answered, sheet('Settings', [['Member question', 'administration']])), TODAY);
    expect(new Set(checked.issues.map((i) => i.code))).toEqual(new Set(['missing-question']));
    const members = checked.survey.submissions.map((s) => (s.member?.kind === 'named' && s.member.parsed.kind === 'found' ? s.member.parsed.member.code : ''));
    expect(members).toEqual(['MYS', 'KEN']);
  });

  it('is taken from the request over the Settings sheet', () => {
    const settings = sheet('Settings', [['Member question', 'has_code']]);
    const checked = checkWorkbook(workbook(...formSheets(form), answered, settings), TODAY, { memberQuestion: 'ADMINISTRATION' });
    expect(checked.questionnaire.form?.member?.id).toBe('administration');
    expect(checked.survey.submissions).toHaveLength(2);
  });

  it('counts each Member once analysed, with the settings of the request', () => {
    const outcome = analyse(unnamed, { settings: { memberQuestion: 'administration' } });
    expect(outcome.analysis.headline.respondentsCounted).toBe(2);
    expect(summaryOf(outcome.plan).rows.map((r) => r[1])).not.toContain('administration');
  });

  it.each([
    [
      'a question that cannot name a Member',
      unnamed,
      'staff',
      '“staff” is not a select_one or text question of the form. Questions that can name the Member: administration, has_code.',
    ],
    ['any name, when the questionnaire is the built-in one', workbook(responses), 'country', 'The 1998 questionnaire has no Member question'],
  ])('refuses %s, saying which it could be', (_, book, memberQuestion, message) => {
    const run = () => checkWorkbook(book, TODAY, { memberQuestion });
    expect(run).toThrow(RequestError);
    try {
      run();
    } catch (error) {
      expect(requestMessage(error as RequestError, 'en')).toContain(message);
    }
  });
});
