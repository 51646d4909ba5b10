import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../../src/core/read/read-survey';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { formOf, INTEGRITY_FORM, responsesTo } from '../../support/xlsform';

const form = formOf(INTEGRITY_FORM);
/** The answers of one row under the given headers, as [item, cell, parsed]. */
const answers = (headers: Plain[], row: Plain[]) => {
  const [submission] = responsesTo(form, [
    ['Member', ...headers],
    ['Malaysia', ...row],
  ]).submissions;
  return submission.answers.map((a) => [a.item.id, submission.cellOf(a.item).cell, a.parsed]);
};
const yes = { kind: 'choice', choice: 'yes' };

describe('the columns of responses to an XLSForm', () => {
  it.each([
    'has_code',
    'HAS_CODE',
    'code/has_code',
    'code-has_code',
    'Is there a code of conduct?',
    'existe-t-il un code de conduite',
    'has_code Is there a code?',
    'has_code: Is there a code?',
  ])('knows the question by the header %p', (header) => {
    expect(answers([header], ['yes'])).toEqual([['has_code', 'B2', yes]]);
  });

  it('reads a question the form names like a profile column as that question', () => {
    const named = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['text', 'contact', 'Integrity contact point'],
      ],
    });
    const [submission] = responsesTo(named, [
      ['Member', 'contact'],
      ['Malta', 'ethics unit'],
    ]).submissions;
    expect(submission.answers.map((a) => [a.item.id, a.parsed])).toEqual([['contact', { kind: 'text', text: 'ethics unit' }]]);
    expect(submission.contact).toBeUndefined();
  });

  it('does not take a label two questions share for either', () => {
    const shared = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['text', 'a', 'Comments'],
        ['text', 'b', 'Comments'],
      ],
    });
    const survey = responsesTo(shared, [
      ['Member', 'Comments'],
      ['Malta', 'x'],
    ]);
    expect(survey.submissions[0].answers).toEqual([]);
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown').map((n) => n.header)).toEqual(['Comments']);
  });

  it('reads the Member from the question named country, by code or by a choice’s label', () => {
    const survey = responsesTo(form, [
      ['country', 'has_code'],
      ['MYS', 'yes'],
      ['Malaisie', 'no'],
      ['KEN', 'no'],
    ]);
    expect(survey.submissions.map((s) => s.member?.kind === 'named' && s.member.parsed)).toEqual([
      { kind: 'found', member: expect.objectContaining({ code: 'MYS' }) },
      { kind: 'found', member: expect.objectContaining({ code: 'MYS' }) },
      { kind: 'found', member: expect.objectContaining({ code: 'KEN' }) },
    ]);
    expect(survey.sources[0].notes.map((n) => n.kind)).not.toContain('missing-member');
  });

  it('reads a choice name that is not the Member’s name through its labels', () => {
    const byName = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one members', 'member', 'Member'],
        ['text', 'q', 'Q'],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
        ['members', 'm_17', 'Côte d’Ivoire', 'Côte d’Ivoire'],
      ],
    });
    const [submission] = responsesTo(byName, [
      ['member', 'q'],
      ['m_17', 'x'],
    ]).submissions;
    expect(submission.member).toMatchObject({ parsed: { kind: 'found', member: { code: 'CIV' } } });
  });

  it('keeps the columns of notes and of fields it does not analyse, without a note', () => {
    const withFields = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['start', 'start'],
        ['calculate', 'total'],
        ['text', 'q', 'Q'],
        ['note', 'hello', 'Hello'],
      ],
    });
    const survey = responsesTo(withFields, [
      ['Member', 'start', 'total', 'q', 'hello'],
      ['Malta', '2027-01-01', 3, 'x', 'y'],
    ]);
    expect(survey.submissions[0].answers.map((a) => a.item.id)).toEqual(['q']);
    expect(survey.sources[0].notes).toEqual([]);
  });

  it('notes each question of the form that has no column, and a whole group once', () => {
    const survey = responsesTo(form, [
      ['Member', 'adopted'],
      ['Malta', null],
    ]);
    expect(survey.sources[0].notes.map((n) => [n.kind, n.section?.id ?? n.item?.id])).toEqual([['missing-section', 'code']]);
    const partial = responsesTo(form, [
      ['Member', 'has_code'],
      ['Malta', 'yes'],
    ]);
    expect(partial.sources[0].notes.map((n) => [n.kind, n.item?.id])).toEqual([
      ['missing-question', 'measures'],
      ['missing-question', 'staff'],
      ['missing-question', 'adopted'],
    ]);
  });

  it('keeps where each blank answer would go', () => {
    const [submission] = responsesTo(form, [
      ['Member', 'has_code', 'staff'],
      ['Malta', null, 3],
    ]).submissions;
    expect(submission.blanks.map((item) => [item.id, submission.cellOf(item).cell])).toEqual([['has_code', 'B2']]);
  });
});

describe('the answers to an XLSForm’s questions', () => {
  it.each<[Plain, unknown]>([
    ['yes', yes],
    ['Yes', yes],
    ['OUI', yes],
    [' non ', { kind: 'choice', choice: 'no' }],
    ['maybe', { kind: 'invalid' }],
    [true, { kind: 'invalid' }],
  ])('select_one: %p is %j', (value, parsed) => {
    expect(answers(['has_code'], [value])[0][2]).toEqual(parsed);
  });

  it.each<[Plain, unknown]>([
    ['code training', ['code', 'training']],
    ['training  code', ['training', 'code']],
    ['Code of conduct, Training', ['code', 'training']],
    ['Formation; Rotation des fonctionnaires', ['training', 'rotation']],
    ['Rotation of officials', ['rotation']],
    ['code code', ['code']],
    ['CODE', ['code']],
  ])('select_multiple: %p chooses %j', (value, choices) => {
    expect(answers(['measures'], [value])[0][2]).toEqual({ kind: 'choices', choices });
  });

  it.each<Plain>(['code bogus', 'Training and rotation', true])('select_multiple: %p is not an answer', (value) => {
    expect(answers(['measures'], [value])[0][2]).toEqual({ kind: 'invalid' });
  });

  it('select_one: reads a choice by its label in another of the form’s languages', () => {
    const spanish = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yn', 'q', 'Q'],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)', 'label::Español (es)'],
        ['yn', 'y', 'Yes', 'Sí'],
        ['yn', 'n', 'No', 'No'],
      ],
    });
    expect(
      responsesTo(spanish, [
        ['Member', 'q'],
        ['Peru', 'si'],
      ]).submissions[0].answers[0].parsed,
    ).toEqual({ kind: 'choice', choice: 'y' });
  });

  it('select_multiple: reads numeric choice names from a number cell', () => {
    const numbered = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_multiple n', 'q', 'Q'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['n', 1, 'One'],
        ['n', 2, 'Two'],
      ],
    });
    const read = (value: Plain) =>
      responsesTo(numbered, [
        ['Member', 'q'],
        ['Malta', value],
      ]).submissions[0].answers[0].parsed;
    expect([read(2), read('1 2')]).toEqual([
      { kind: 'choices', choices: ['2'] },
      { kind: 'choices', choices: ['1', '2'] },
    ]);
  });

  it.each<[Plain, unknown]>([
    [12, { kind: 'number', value: 12 }],
    ['12', { kind: 'number', value: 12 }],
    ['1 234', { kind: 'number', value: 1234 }],
    ['1,234', { kind: 'number', value: 1234 }],
    [-3, { kind: 'number', value: -3 }],
    [12.5, { kind: 'invalid' }],
    ['12,5', { kind: 'invalid' }],
    ['12%', { kind: 'invalid' }],
    ['twelve', { kind: 'invalid' }],
    [{ error: '#N/A' }, { kind: 'error', error: '#N/A' }],
  ])('integer: %p is %j', (value, parsed) => {
    expect(answers(['staff'], [value])[0][2]).toEqual(parsed);
  });

  it.each<[Plain, unknown]>([
    ['12,5', { kind: 'number', value: 12.5 }],
    [0.25, { kind: 'number', value: 0.25 }],
    ['1,234', { kind: 'ambiguous', whole: 1234, decimal: 1.234 }],
    ['n/a', { kind: 'invalid' }],
  ])('decimal: %p is %j', (value, parsed) => {
    const decimal = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['decimal', 'share', 'Share'],
      ],
    });
    expect(
      responsesTo(decimal, [
        ['Member', 'share'],
        ['Malta', value],
      ]).submissions[0].answers[0].parsed,
    ).toEqual(parsed);
  });

  it.each<[Plain, unknown]>([
    [{ date: 35869 }, { kind: 'date', serial: 35869 }],
    ['1998-03-15', { kind: 'date', serial: 35869 }],
    ['15/03/1998', { kind: 'date', serial: 35869 }],
    ['15 mars 1998', { kind: 'date', serial: 35869 }],
    ['last year', { kind: 'invalid' }],
  ])('date: %p is %j', (value, parsed) => {
    expect(answers(['adopted'], [value])[0][2]).toEqual(parsed);
  });
});

describe('a submission sheet answering an XLSForm', () => {
  it('reads each row whose column A names a question, the answer in column C', () => {
    const survey = readSurvey(
      workbook(
        sheet('Malaysia', [
          ['WCO integrity survey submission'],
          ['Member', null, 'Malaysia'],
          ['code', 'Code of conduct'],
          ['has_code', 'Is there a code of conduct?', 'Oui'],
          ['measures', 'Measures in place', 'Training, Rotation of officials'],
          ['staff', 'Staff trained', '1 200'],
        ]),
      ),
      form,
      REGISTRY_1998,
    );
    const [submission] = survey.submissions;
    expect(submission.answers.map((a) => [a.item.id, submission.cellOf(a.item).cell, a.parsed])).toEqual([
      ['has_code', 'C4', yes],
      ['measures', 'C5', { kind: 'choices', choices: ['training', 'rotation'] }],
      ['staff', 'C6', { kind: 'number', value: 1200 }],
    ]);
  });
});

describe('what the form did not ask of a submission', () => {
  it('finds the items whose relevant condition fails, through the questions they depend on', () => {
    const survey = responsesTo(form, [
      ['Member', 'has_code', 'measures', 'adopted'],
      ['Malaysia', 'yes', 'code', '2020-01-01'],
      ['Kenya', 'no', 'code', null],
      ['Japan', null, null, null],
    ]);
    expect(survey.submissions.map((s) => [...s.notRelevant].map((i) => i.id))).toEqual([[], ['measures', 'adopted'], ['measures', 'adopted']]);
  });
});

describe('the 1998 questionnaire, whatever an XLSForm reads', () => {
  it('still heads its columns by ID only: a label alone is not a question’s header', () => {
    const survey = readSurvey(
      workbook(
        sheet('Responses', [
          ['Member', 'Code of Conduct'],
          ['Malta', 'Both'],
        ]),
      ),
      SURVEY_1998,
      REGISTRY_1998,
    );
    expect(survey.submissions[0].answers).toEqual([]);
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown').map((n) => n.header)).toEqual(['Code of Conduct']);
  });
});
