import { checkSurvey } from '../../../src/core/check/check-survey';
import { issueRow } from '../../../src/core/check/issue-row';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../../src/core/read/read-survey';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

/** Every item ID of the questionnaire, so that a test row can answer all of it. */
const ALL = SURVEY_1998.sections.flatMap((s) => s.items.map((i) => i.id));
const YES_TO_ALL = SURVEY_1998.sections.flatMap((s) => s.items.map((i) => (i.scale.choices.length ? i.scale.choices[0].name : 'free text')));
const TODAY = serialOfUtc(2026, 11, 26);

function check(...sheets: SheetSnapshot[]) {
  const issues = checkSurvey(readSurvey(workbook(...sheets), SURVEY_1998, REGISTRY_1998), SURVEY_1998, { today: TODAY });
  return issues.map((i) => issueRow(i, 'en'));
}
/** A full Responses sheet: Member, Received, then every question; `rows` are [member, received, ...overrides]. */
function responses(rows: [Plain, Plain, Record<string, Plain>?][]) {
  return sheet('Responses', [
    ['Member', 'Received', ...ALL],
    ...rows.map(([member, received, answers = {}]) => [member, received, ...ALL.map((id, i) => (id in answers ? answers[id] : YES_TO_ALL[i]))]),
  ]);
}
const codes = (rows: ReturnType<typeof check>) => rows.map((r) => [r.code, r.cell, r.member, r.question]);

describe('checking a survey', () => {
  it('finds nothing wrong with complete, valid submissions', () => {
    expect(
      check(
        responses([
          ['Malaysia', '1998-03-15'],
          ['Japon', 35870],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a blank Member', () => {
    expect(codes(check(responses([[null, '1998-03-15']])))).toEqual([['blank-member', 'A2', '', '']]);
  });

  it('reports an unknown Member, suggesting the nearest name', () => {
    const [row] = check(responses([['Malasia', null]]));
    expect(row).toMatchObject({ severity: 'error', code: 'unknown-member', cell: 'A2', member: 'Malasia' });
    expect(row.message).toBe('“Malasia” is not a WCO Member name. Did you mean Malaysia?');
  });

  it('reports an unknown Member with no near name, saying what to do', () => {
    const [row] = check(responses([['Atlantis', null]]));
    expect(row.message).toMatch(/Check the spelling, or enter the Member’s code/);
  });

  it('names both rows of a duplicate Member', () => {
    const rows = check(
      responses([
        ['Malta', null],
        ['Japan', null],
        ['MLT', null],
      ]),
    );
    expect(codes(rows)).toEqual([['duplicate-member', 'A4', 'Malta', '']]);
    expect(rows[0].message).toMatch(/also has a submission at Responses!A2/);
  });

  it('finds a duplicate Member across the Responses sheet and a submission sheet', () => {
    const rows = check(responses([['Japan', null]]), sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japon'], ['F1', null, 'Yes']]));
    expect(rows.filter((r) => r.code === 'duplicate-member').map((r) => [r.sheet, r.cell])).toEqual([['Japan', 'C2']]);
  });

  it('lists the accepted answers when an answer is not one of them', () => {
    const [row] = check(responses([['Malta', null, { T1: 'Maybe' }]]));
    expect(row).toMatchObject({ code: 'invalid-answer', question: 'T1', member: 'Malta', cell: 'P2' }); // Member, Received, F1–F6, A1–A7, then T1
    expect(row.message).toBe('“Maybe” is not an answer to this question. Accepted answers: Taken, Intended, Not planned.');
  });

  it('reports Excel error values in answers, Member and Received cells', () => {
    const rows = check(responses([[{ error: '#N/A' }, { error: '#VALUE!' }, { F2: { error: '#REF!' } }]]));
    expect(rows.map((r) => [r.code, r.cell, r.message.match(/#[A-Z/!?]+/)?.[0]])).toEqual([
      ['error-value', 'A2', '#N/A'],
      ['error-value', 'B2', '#VALUE!'],
      ['error-value', 'D2', '#REF!'],
    ]);
  });

  it('reports an unreadable and a future Received date', () => {
    const rows = check(
      responses([
        ['Malta', 'last spring'],
        ['Japan', '2027-01-02'],
        ['Peru', '2026-11-26'],
      ]),
    );
    expect(codes(rows)).toEqual([
      ['invalid-date', 'B2', 'Malta', ''],
      ['future-date', 'B3', 'Japan', ''],
    ]);
  });

  it('reports a second column for one question, and a column it does not know as a warning', () => {
    const rows = check(
      sheet('Responses', [
        ['Member', 'F1', 'F1 Greater public scrutiny', 'Remarks', ...ALL.slice(1)],
        ['Malta', 'Yes', 'No', 'late', ...YES_TO_ALL.slice(1)],
      ]),
    );
    expect(rows.map((r) => [r.severity, r.code, r.cell])).toEqual([
      ['error', 'duplicate-column', 'C1'],
      ['warning', 'unknown-column', 'D1'],
    ]);
  });

  it('reports a missing Member column once', () => {
    const rows = check(
      sheet('Responses', [
        ['Country', ...ALL],
        ['Malta', ...YES_TO_ALL],
      ]),
    );
    expect(rows.map((r) => [r.code, r.cell])).toEqual([
      ['unknown-column', 'A1'],
      ['missing-member-column', 'A1'],
    ]);
  });

  it('says where the header row seems to be when a title sits above it', () => {
    const titled = sheet('Responses', [['Responses received'], ['Member', 'F1'], ['Malta', 'Yes']]);
    const japan = sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japan'], ['F1', '', 'Yes']]);
    const [row] = check(titled, japan).filter((r) => r.code === 'missing-member-column');
    expect(row.message).toBe(
      'There is no Member column in this first row. Row 2 has one and looks like the header: delete the rows above it, or make it and the rows below an Excel table named Responses.',
    );
  });

  it('warns of a submission with no answers, and of a section left blank', () => {
    const blankS3 = Object.fromEntries(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'].map((id) => [id, null]));
    const rows = check(sheet('Responses', [['Member', ...ALL], ['Malta'], ['Japan', ...ALL.map((id, i) => (id in blankS3 ? null : YES_TO_ALL[i]))]]));
    expect(rows.map((r) => [r.severity, r.code, r.cell, r.member])).toEqual([
      ['warning', 'empty-submission', 'A2', 'Malta'],
      ['warning', 'blank-section', 'A3', 'Japan'],
    ]);
    expect(rows[1].message).toMatch(/^Section S3 \(Trade and tariff policy measures taken or to be taken\) is entirely blank/);
  });

  it('reports a section with no column once, not once per submission', () => {
    const s1 = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
    const rows = check(
      sheet('Responses', [
        ['Member', ...s1],
        ['Malta', 'Yes'],
        ['Japan', 'No'],
      ]),
    );
    expect(rows.filter((r) => r.code === 'missing-section')).toHaveLength(8);
    expect(rows.filter((r) => r.code === 'blank-section')).toEqual([]);
  });

  it('checks submission sheets row by row, with the cell in column C', () => {
    const rows = check(
      sheet('Malta', [
        ['WCO integrity survey submission'],
        ['Received', null, 'tomorrow'],
        ...ALL.map((id, i) => [id, 'label', id === 'F2' ? 'Perhaps' : YES_TO_ALL[i]]),
        ['F2', 'again', 'Yes'],
        ['Z9', 'not a question', 'Yes'],
      ]),
    );
    expect(rows.map((r) => [r.code, r.cell])).toEqual([
      ['duplicate-row', 'A66'], // 2 profile rows and 63 items come first,
      ['unknown-row', 'A67'],
      ['missing-member-row', 'A1'],
      ['invalid-date', 'C2'],
      ['invalid-answer', 'C4'],
    ]);
  });

  it('speaks French', () => {
    const issues = checkSurvey(readSurvey(workbook(responses([['Malasia', null, { F1: 'Peut-être' }]])), SURVEY_1998, REGISTRY_1998), SURVEY_1998);
    expect(issues.map((i) => issueRow(i, 'fr').message)).toEqual([
      '« Malasia » n’est pas le nom d’un Membre de l’OMD. Vouliez-vous dire Malaisie ?',
      '« Peut-être » n’est pas une réponse possible à cette question. Réponses acceptées : Oui, Non (ou O/N, 1/0, VRAI/FAUX, x pour Oui).',
    ]);
  });

  it('names a recognised Member in the chosen language', () => {
    const issues = checkSurvey(readSurvey(workbook(responses([['Germany', null, { F1: '?' }]])), SURVEY_1998, REGISTRY_1998), SURVEY_1998);
    expect(issueRow(issues[0], 'fr').member).toBe('Allemagne');
    expect(issueRow(issues[0], 'en').member).toBe('Germany');
  });
});

describe('the progress of a long check', () => {
  it('is told every 250 submissions and at the last one', () => {
    const codes = REGISTRY_1998.members.map((m) => m.code);
    const rows = Array.from({ length: 600 }, (_, i): [Plain, Plain] => [codes[i % codes.length], null]);
    const told: [number, number][] = [];
    const survey = readSurvey(workbook(responses(rows)), SURVEY_1998, REGISTRY_1998);
    checkSurvey(survey, SURVEY_1998, { onChecked: (checked, total) => told.push([checked, total]) });
    expect(told).toEqual([
      [250, 600],
      [500, 600],
      [600, 600],
    ]);
  });
});
