import { analyseSurvey } from '../../../src/core/analyse/analyse-survey';
import { DEFAULT_OPTIONS } from '../../../src/core/analyse/options';
import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { issueMessage } from '../../../src/core/check/messages';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../../src/core/read/read-survey';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../support/xlsform';

/** 2027-06-01, after every submission. */
const TODAY = 46539;
const FORM = workbook(...formSheets(INTEGRITY_FORM));

const KOBO_META = ['_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index'];
const koboMeta = (n: number, time: Plain): Plain[] => [1000 + n, `uuid-${n}`, time, null, null, 'submitted_via_web', null, 'vAbC', null, n];

/** KoboToolbox's export by XML names: groups joined by `/`, each select_multiple both as one column and as 0/1 columns. */
const KOBO_BOTH: Plain[][] = [
  [
    'start',
    'end',
    'country',
    'code/has_code',
    'code/measures',
    'code/measures/code',
    'code/measures/training',
    'code/measures/rotation',
    'code/staff',
    'adopted',
    ...KOBO_META,
  ],
  [
    '2027-03-01T09:00:00.000+01:00',
    '2027-03-01T09:30:00.000+01:00',
    'MYS',
    'yes',
    'code training',
    1,
    1,
    0,
    120,
    '2020-01-01',
    ...koboMeta(1, '2027-03-01T08:31:02'),
  ],
  [null, null, 'KEN', 'yes', 'training', 0, 1, 0, 40, null, ...koboMeta(2, '2027-03-02T10:00:00')],
  [null, null, 'JPN', 'yes', null, null, null, null, 300, null, ...koboMeta(3, '2027-03-03T11:00:00')],
  [null, null, 'MLT', 'no', null, null, null, null, 12, null, ...koboMeta(4, '2027-03-04T12:00:00')],
];

/** The same answers as a plain Responses sheet, as the add-in's own template has them. */
const PLAIN: Plain[][] = [
  ['country', 'has_code', 'measures', 'staff', 'adopted'],
  ['MYS', 'yes', 'code training', 120, '2020-01-01'],
  ['KEN', 'yes', 'training', 40, null],
  ['JPN', 'yes', null, 300, null],
  ['MLT', 'no', null, 12, null],
];

/** KoboToolbox's export by labels (English), groups in the headers, the select_multiple as 0/1 columns only. */
const KOBO_LABELS: Plain[][] = [
  [
    'Member',
    'Code of conduct/Is there a code of conduct?',
    'Code of conduct/Measures in place/Code of conduct',
    'Code of conduct/Measures in place/Training',
    'Code of conduct/Measures in place/Rotation of officials',
    'Code of conduct/Staff trained',
    'Date adopted',
    ...KOBO_META,
  ],
  ['Malaysia', 'Yes', 1, 1, 0, 120, '2020-01-01', ...koboMeta(1, '2027-03-01T08:31:02')],
  ['Kenya', 'Yes', 0, 1, 0, 40, null, ...koboMeta(2, '2027-03-02T10:00:00')],
  ['JPN', 'Yes', null, null, null, 300, null, ...koboMeta(3, '2027-03-03T11:00:00')],
  ['MLT', 'No', null, null, null, 12, null, ...koboMeta(4, '2027-03-04T12:00:00')],
];

const ODK_META_HEAD = [
  'meta-instanceID',
  'KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
];
const odkMeta = (n: number): Plain[] => [`uuid:${n}`, `uuid:${n}`, 7, 'wco', 0, 0, null, 'approved', 'collect:x', 0, '3'];

/** ODK Central's export: SubmissionDate first, groups joined by `-`, the select_multiple split into `q/choice` columns only. */
const ODK: Plain[][] = [
  [
    'SubmissionDate',
    'start',
    'end',
    'country',
    'code-has_code',
    'code-measures/code',
    'code-measures/training',
    'code-measures/rotation',
    'code-staff',
    'adopted',
    'instanceID',
    ...ODK_META_HEAD,
  ],
  [{ date: 46447.5 }, null, null, 'MYS', 'yes', 1, 1, 0, 120, '2020-01-01', 'uuid:1', ...odkMeta(1)],
  ['2027-03-02T10:00:00.123Z', null, null, 'KEN', 'yes', 0, 1, 0, 40, null, 'uuid:2', ...odkMeta(2)],
  ['2027-03-03T11:00:00.000Z', null, null, 'JPN', 'yes', null, null, null, 300, null, 'uuid:3', ...odkMeta(3)],
  ['2027-03-04T12:00:00.000Z', null, null, 'MLT', 'no', null, null, null, 12, null, 'uuid:4', ...odkMeta(4)],
];

/**
 * ODK Central's export with "split select multiple choices into columns", as its briefcase.js writes it:
 * the question's own column, then a `q/choice` column for each choice some submission chose (never
 * `rotation` here), 0 in every row where that choice was not chosen, answered or not.
 */
const ODK_SPLIT: Plain[][] = [
  [
    'SubmissionDate',
    'start',
    'end',
    'country',
    'code-has_code',
    'code-measures',
    'code-measures/code',
    'code-measures/training',
    'code-staff',
    'adopted',
    ...ODK_META_HEAD,
  ],
  ['2027-03-01T12:00:00.000Z', null, null, 'MYS', 'yes', 'code training', 1, 1, 120, '2020-01-01', ...odkMeta(1)],
  ['2027-03-02T10:00:00.123Z', null, null, 'KEN', 'yes', 'training', 0, 1, 40, null, ...odkMeta(2)],
  ['2027-03-03T11:00:00.000Z', null, null, 'JPN', 'yes', null, 0, 0, 300, null, ...odkMeta(3)],
  ['2027-03-04T12:00:00.000Z', null, null, 'MLT', 'no', null, 0, 0, 12, null, ...odkMeta(4)],
];

/** The export's sheet, named after the form as KoboToolbox names it, after a sheet of notes. */
const exported = (rows: Plain[][]) =>
  workbook(
    sheet('Notes', [
      ['Round', 'has_code'],
      ['2027', 'see below'],
    ]),
    sheet('Integrity survey 2027', rows),
  );

const check = (rows: Plain[][]) => checkWorkbook(exported(rows), TODAY, { form: FORM });
const answersOf = (rows: Plain[][]) => check(rows).survey.submissions.map((s) => Object.fromEntries(s.answers.map((a) => [a.item.id, a.parsed])));
const summary = (result: ReturnType<typeof checkWorkbook>) =>
  analyseSurvey(result.survey, result.surveyIssues, result.questionnaire, REGISTRY_1998.members.length, DEFAULT_OPTIONS).results.map((r) => [
    r.item.id,
    r.answer,
    r.count,
    r.base,
  ]);
const choices = (...names: string[]) => ({ kind: 'choices', choices: names });

describe.each([
  ['KoboToolbox, by XML names, both forms of select_multiple', KOBO_BOTH],
  ['KoboToolbox, by labels, 0/1 columns only', KOBO_LABELS],
  ['ODK Central, 0/1 columns only', ODK],
  ['ODK Central, its own column and 0/1 columns for the choices chosen, 0 where not', ODK_SPLIT],
])('an export of %s', (_, rows) => {
  it('is read from the sheet that heads the most questions, its metadata kept without an issue', () => {
    const result = check(rows);
    expect(result.survey.sources.map((s) => s.sheet)).toEqual(['Integrity survey 2027']);
    expect(result.issues).toEqual([]);
  });

  it('reads every answer, a select_multiple’s choices from whichever columns the export has', () => {
    expect(answersOf(rows)).toEqual([
      {
        has_code: { kind: 'choice', choice: 'yes' },
        measures: choices('code', 'training'),
        staff: { kind: 'number', value: 120 },
        adopted: { kind: 'date', serial: 43831 },
      },
      { has_code: { kind: 'choice', choice: 'yes' }, measures: choices('training'), staff: { kind: 'number', value: 40 } },
      { has_code: { kind: 'choice', choice: 'yes' }, staff: { kind: 'number', value: 300 } },
      { has_code: { kind: 'choice', choice: 'no' }, staff: { kind: 'number', value: 12 } },
    ]);
  });

  it('takes the submission time as the Received date', () => {
    const received = check(rows).survey.submissions.map((s) => (s.received?.parsed.kind === 'date' ? Math.floor(s.received.parsed.serial) : s.received));
    expect(received).toEqual([46447, 46448, 46449, 46450]);
  });

  it('gives the same analysis as the same answers in a plain Responses sheet', () => {
    const plain = checkWorkbook(workbook(sheet('Responses', PLAIN)), TODAY, { form: FORM });
    expect(summary(check(rows))).toEqual(summary(plain));
    expect(summary(plain)).toContainEqual(['measures', 'training', 2, 2]);
  });
});

describe('a select_multiple exported both ways', () => {
  const withRow = (row: Plain[]) => [...KOBO_BOTH.slice(0, 2), row];
  const base = KOBO_BOTH[2];

  it('is an error at the question’s own cell when its 0/1 columns disagree, naming where', () => {
    const issues = check(withRow(base.map((v, i) => (i === 7 ? 1 : v)))).issues;
    expect(issues.map((i) => [i.code, i.severity, i.ref.cell])).toEqual([['selection-mismatch', 'error', 'E3']]);
    expect(issues[0]).toMatchObject({ value: 'training', chosen: ['training', 'rotation'], option: { cell: 'H3' }, item: { id: 'measures' } });
    expect(issueMessage(issues[0], 'en')).toBe(
      "The answer “training” does not agree with this question’s 0/1 columns, one per choice, which mark: Training, Rotation of officials (the first that differs is 'Integrity survey 2027'!H3). Correct one or the other so that both say the same; until then this submission is not counted.",
    );
    expect(issueMessage(issues[0], 'fr')).toContain('qui marquent : Formation, Rotation des fonctionnaires');
  });

  it('is an error when the own column is blank but a 0/1 column marks a choice', () => {
    const issues = check(withRow(base.map((v, i) => (i === 4 ? null : v)))).issues;
    expect(issues.map((i) => [i.code, i.ref.cell])).toEqual([['selection-mismatch', 'E3']]);
  });

  it('is not an issue when the 0/1 columns are all blank', () => {
    expect(check(withRow(base.map((v, i) => (i >= 5 && i <= 7 ? null : v)))).issues).toEqual([]);
  });
});

describe('0/1 columns alone', () => {
  it('are not answered when all blank or all 0, and the cell that is neither 0 nor 1 is an invalid answer', () => {
    const rows = [ODK[0], ODK[1].map((v, i) => (i >= 5 && i <= 7 ? 0 : i === 9 ? null : v)), ODK[2].map((v, i) => (i === 6 ? 'maybe' : v))];
    const result = check(rows);
    const [submission] = result.survey.submissions;
    expect(submission.blanks.map((item) => [item.id, submission.cellOf(item).cell])).toContainEqual(['measures', 'F2']);
    expect(result.issues.map((i) => [i.code, i.ref.cell])).toEqual([['invalid-answer', 'G3']]);
  });

  it('read TRUE and FALSE as 1 and 0', () => {
    const rows = [ODK[0], ODK[1].map((v, i) => (i === 5 ? true : i === 6 ? 'False' : v))];
    expect(answersOf(rows)[0].measures).toEqual(choices('code'));
  });
});

describe('the Received date of an export', () => {
  it('is the Received column’s when there is one', () => {
    const rows = KOBO_BOTH.map((r, i) => [i === 0 ? 'Received' : '1998-03-15', ...r]);
    const [submission] = check(rows).survey.submissions;
    expect(submission.received?.parsed).toEqual({ kind: 'date', serial: 35869 });
    expect(submission.received?.ref.cell).toBe('A2');
  });
});

describe('the built-in 1998 questionnaire and exports', () => {
  it('keeps an export’s metadata columns quietly, and finds the export’s sheet by its questions', () => {
    const survey = readSurvey(
      workbook(
        sheet('wco_integrity_1998', [
          ['member', 'S1/F1', 'F2', '_id', '_uuid', '_submission_time', 'start'],
          ['Malta', 'yes', 'no', 1, 'u', '2027-03-01T08:00:00', null],
        ]),
      ),
      SURVEY_1998,
      REGISTRY_1998,
    );
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown')).toEqual([]);
    expect(survey.submissions[0].answers.map((a) => [a.item.id, a.parsed])).toEqual([
      ['F1', { kind: 'choice', choice: 'Yes' }],
      ['F2', { kind: 'choice', choice: 'No' }],
    ]);
    expect(survey.submissions[0].received?.parsed.kind).toBe('date');
  });

  it('still warns about those columns, and reads no other sheet, in a workbook that is not an export', () => {
    const survey = readSurvey(
      workbook(
        sheet('Responses', [
          ['Member', 'F1', 'start'],
          ['Malta', 'Yes', 'x'],
        ]),
      ),
      SURVEY_1998,
      REGISTRY_1998,
    );
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown').map((n) => n.header)).toEqual(['start']);
    expect(() =>
      readSurvey(
        workbook(
          sheet('Sheet1', [
            ['Member', 'F1'],
            ['Malta', 'Yes'],
          ]),
        ),
        SURVEY_1998,
        REGISTRY_1998,
      ),
    ).toThrow();
  });
});
