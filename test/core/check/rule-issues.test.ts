import { checkSurvey } from '../../../src/core/check/check-survey';
import { issueRow } from '../../../src/core/check/issue-row';
import type { Questionnaire } from '../../../src/core/questionnaire/types';
import type { Plain } from '../../support/snapshot';
import { formOf, INTEGRITY_FORM, responsesTo } from '../../support/xlsform';

const form = formOf(INTEGRITY_FORM);
const HEADERS = ['country', 'has_code', 'measures', 'staff', 'adopted'];

function check(rows: Plain[][], questionnaire: Questionnaire = form, headers: Plain[] = HEADERS) {
  return checkSurvey(responsesTo(questionnaire, [headers, ...rows]), questionnaire).map((i) => issueRow(i, 'en'));
}
const codes = (rows: ReturnType<typeof check>) => rows.map((r) => [r.severity, r.code, r.cell, r.question]);

describe('checking responses against an XLSForm’s rules', () => {
  it('finds nothing wrong with answers that keep every rule', () => {
    expect(
      check([
        ['MYS', 'yes', 'code training', 12, '2020-01-01'],
        ['KEN', 'no', null, 0, null],
      ]),
    ).toEqual([]);
  });

  it('reports an answer that breaks its constraint, with the form’s own message', () => {
    const rows = check([['MYS', 'yes', 'code', 10001, '2020-01-01']]);
    expect(codes(rows)).toEqual([['error', 'constraint-not-met', 'D2', 'staff']]);
    expect(rows[0].message).toBe('“10001” breaks the form’s rule for this question (. >= 0 and . <= 10000). Between 0 and 10000.');
  });

  it('says so in French, the form’s message falling back to its default language', () => {
    const questionnaire = formOf(INTEGRITY_FORM);
    const [issue] = checkSurvey(responsesTo(questionnaire, [HEADERS, ['MYS', 'yes', 'code', -1, '2020-01-01']]), questionnaire);
    expect(issueRow(issue, 'fr').message).toBe(
      '« -1 » ne respecte pas la règle du formulaire pour cette question (. >= 0 and . <= 10000). Between 0 and 10000.',
    );
  });

  it('holds only an answer that was read to the constraint', () => {
    expect(codes(check([['MYS', 'yes', 'code', 'many', '2020-01-01']]))).toEqual([['error', 'invalid-answer', 'D2', 'staff']]);
  });

  it('reports a required question left blank, at its cell', () => {
    const rows = check([['MYS', null, null, 3, null]]);
    expect(codes(rows)).toEqual([['error', 'required-answer-missing', 'B2', 'has_code']]);
    expect(rows[0].message).toBe('The form requires an answer to this question and it is blank. Enter the answer.');
  });

  it('does not require a question the form does not ask', () => {
    const conditional = formOf({
      survey: [
        ['type', 'name', 'label', 'required', 'relevant'],
        ['integer', 'staff', 'Staff'],
        ['integer', 'unit', 'Unit size', 'true', '${staff} > 100'],
      ],
    });
    expect(
      codes(
        check(
          [
            ['Malta', 50, null],
            ['Japan', 500, null],
          ],
          conditional,
          ['Member', 'staff', 'unit'],
        ),
      ),
    ).toEqual([['error', 'required-answer-missing', 'C3', 'unit']]);
  });

  it('requires a question when its required expression holds', () => {
    const byExpression = formOf({
      survey: [
        ['type', 'name', 'label', 'required'],
        ['integer', 'staff', 'Staff'],
        ['text', 'why', 'Why so few?', '${staff} < 10'],
      ],
    });
    expect(
      codes(
        check(
          [
            ['Malta', 5, null],
            ['Japan', 500, null],
          ],
          byExpression,
          ['Member', 'staff', 'why'],
        ),
      ),
    ).toEqual([['error', 'required-answer-missing', 'C2', 'why']]);
  });

  it('warns of an answer to a question the form does not ask, and counts it not', () => {
    const rows = check([['KEN', 'no', 'code', 3, null]]);
    expect(codes(rows)).toEqual([['warning', 'answer-not-relevant', 'C2', 'measures']]);
    expect(rows[0].message).toBe(
      "The form does not ask this question here (it asks it only when ${has_code} = 'yes'), so this answer is not counted. Check the answers it depends on, or clear this one.",
    );
  });

  it('sets aside an answer the form does not ask whole, even one that could not be read', () => {
    expect(codes(check([['KEN', 'no', 'bogus', 3, null]]))).toEqual([['warning', 'answer-not-relevant', 'C2', 'measures']]);
  });

  it('reads the Member’s question in an expression', () => {
    const byMember = formOf({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['text', 'member', 'Member'],
        ['text', 'eu', 'EU customs union', "${member} = 'France'"],
      ],
    });
    expect(
      codes(
        check(
          [
            ['France', 'yes'],
            ['Japan', 'yes'],
          ],
          byMember,
          ['member', 'eu'],
        ),
      ),
    ).toEqual([['warning', 'answer-not-relevant', 'B3', 'eu']]);
  });

  it('does not call a group blank where the form asks none of its questions', () => {
    const grouped = formOf({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['select_one yes_no', 'has_unit', 'Internal affairs unit?'],
        ['begin group', 'unit', 'The unit', "${has_unit} = 'yes'"],
        ['integer', 'staff', 'Staff'],
        ['end group'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['yes_no', 'yes', 'Yes'],
        ['yes_no', 'no', 'No'],
      ],
    });
    const rows = check(
      [
        ['Malta', 'no', null],
        ['Japan', 'yes', null],
      ],
      grouped,
      ['Member', 'has_unit', 'staff'],
    );
    expect(codes(rows)).toEqual([['warning', 'blank-section', 'A3', '']]);
  });
});
