import { WorkbookUnusableError } from '../../../src/core/errors';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { findResponses, readSurvey } from '../../../src/core/read/read-survey';
import type { Cell } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const read = (...sheets: Parameters<typeof workbook>) => readSurvey(workbook(...sheets), SURVEY_1998, REGISTRY_1998);
const responses = (rows: Plain[][]) => read(sheet('Responses', rows));

describe('reading the Responses sheet', () => {
  it('reads one submission per row, each value with its sheet and cell', () => {
    const survey = responses([
      ['Member', 'Received', 'F1', 'F2'],
      ['Malaysia', '1998-03-15', 'Yes', 'No'],
      ['Maroc', null, 'Oui', null],
    ]);
    expect(survey.submissions).toHaveLength(2);
    const [malaysia, morocco] = survey.submissions;
    expect(malaysia.ref).toEqual({ sheet: 'Responses', cell: 'A2' });
    expect(malaysia.member).toMatchObject({ kind: 'named', ref: { cell: 'A2' }, parsed: { kind: 'found', member: { code: 'MYS' } } });
    expect(malaysia.received).toMatchObject({ ref: { cell: 'B2' }, parsed: { kind: 'date', serial: 35869 } });
    expect(malaysia.answers.map((a) => [a.item.id, malaysia.cellOf(a.item).cell, a.parsed])).toEqual([
      ['F1', 'C2', { kind: 'choice', choice: 'Yes' }],
      ['F2', 'D2', { kind: 'choice', choice: 'No' }],
    ]);
    expect(morocco.member).toMatchObject({ parsed: { member: { code: 'MAR' } } });
    expect(morocco.received).toBeUndefined();
    expect(morocco.answers.map((a) => a.item.id)).toEqual(['F1']);
  });

  it.each([
    ['F1'],
    ['f1'],
    ['F1 Greater public and media scrutiny'],
    ['f1 - greater public and media scrutiny'],
    ['F1: Greater public'],
    ['F1. Greater public'],
    ['F1—Greater public'],
  ])('knows a question by the header %p', (header) => {
    const survey = responses([
      ['Member', header],
      ['Malta', 'Yes'],
    ]);
    expect(survey.submissions[0].answers.map((a) => a.item.id)).toEqual(['F1']);
  });

  it('does not take F10 or F1a for F1', () => {
    const survey = responses([
      ['Member', 'F10', 'F1a'],
      ['Malta', 'Yes', 'Yes'],
    ]);
    expect(survey.submissions[0].answers).toEqual([]);
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown').map((n) => n.header)).toEqual(['F10', 'F1a']);
  });

  it('takes the header from the first non-empty row and skips blank rows', () => {
    const survey = responses([[], [null, null], ['Member', 'F1'], ['Malta', 'Yes'], [], ['Japan', 'No']]);
    expect(survey.submissions.map((s) => s.ref.cell)).toEqual(['A4', 'A6']);
  });

  it('reads French profile headers and keeps Contact and Source without a note', () => {
    const survey = responses([
      ['Membre', 'Reçu', 'Contact', 'Source', 'F1'],
      ['Japon', '15/03/1998', 'a@b.c', 'japan.xlsx', 'Oui'],
    ]);
    expect(survey.submissions[0].member).toMatchObject({ parsed: { member: { code: 'JPN' } } });
    expect(survey.submissions[0].received?.parsed).toEqual({ kind: 'date', serial: 35869 });
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown')).toEqual([]);
  });

  it('reads the Contact of a row and of a submission sheet', () => {
    const survey = read(
      sheet('Responses', [
        ['Member', 'Contact', 'F1'],
        ['Malta', 'integrity@customs.mt', 'Yes'],
      ]),
      sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japan'], ['Contact', null, 'ethics@customs.go.jp']]),
    );
    expect(survey.submissions.map((s) => [s.contact?.ref.cell, s.contact?.parsed])).toEqual([
      ['B2', 'integrity@customs.mt'],
      ['C3', 'ethics@customs.go.jp'],
    ]);
  });

  it('notes a second column for the same question and reads only the first', () => {
    const survey = responses([
      ['Member', 'F1', 'F1 again'],
      ['Malta', 'Yes', 'No'],
    ]);
    const [malta] = survey.submissions;
    expect(malta.answers.map((a) => malta.cellOf(a.item).cell)).toEqual(['B2']);
    expect(survey.sources[0].notes[0]).toEqual({
      kind: 'duplicate',
      ref: { sheet: 'Responses', cell: 'C1' },
      header: 'F1 again',
      first: { sheet: 'Responses', cell: 'B1' },
    });
  });

  it('notes the sections that have no column at all once, and the single missing items of the others', () => {
    const survey = responses([
      ['Member', 'F1', 'F2', 'F3', 'F4', 'F5'],
      ['Malta', 'Yes'],
    ]);
    const notes = survey.sources[0].notes;
    expect(notes.filter((n) => n.kind === 'missing-question').map((n) => n.item?.id)).toEqual(['F6']);
    expect(notes.filter((n) => n.kind === 'missing-section').map((n) => n.section?.id)).toEqual(['S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
  });

  it('notes a missing Member column', () => {
    const survey = responses([
      ['Country', 'F1'],
      ['Malta', 'Yes'],
    ]);
    expect(survey.submissions[0].member).toBeUndefined();
    expect(survey.sources[0].notes.map((n) => n.kind)).toContain('missing-member');
  });

  describe('under a title, the header row further down', () => {
    const titled = sheet('Responses', [
      ['WCO Survey of Integrity Practices — responses received'],
      ['Compiled by the Secretariat'],
      [],
      ['Member', 'F1'],
      ['Malta', 'Yes'],
    ]);

    it('is named, and nothing is read under the title taken for a header', () => {
      expect(() => read(titled)).toThrow(WorkbookUnusableError);
      expect(() => read(titled)).toThrow('no-responses {"sheet":"Responses","headerRow":4}');
    });

    it('is the one note of the sheet when submission sheets are read beside it', () => {
      const survey = read(titled, sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japan'], ['F1', '', 'Yes']]));
      expect(survey.submissions.map((s) => s.ref.sheet)).toEqual(['Japan']);
      expect(survey.sources[0].notes).toEqual([{ kind: 'missing-member', ref: { sheet: 'Responses', cell: 'A1' }, headerRow: 4 }]);
    });
  });

  it('shares one answer between the submissions that answer a question the same way, each knowing its own cell', () => {
    const [malaysia, malta] = responses([
      ['Member', 'F1'],
      ['Malaysia', 'Yes'],
      ['Malta', 'Yes'],
    ]).submissions;
    expect(malaysia.answers[0]).toBe(malta.answers[0]);
    expect([malaysia, malta].map((s) => s.cellOf(s.answers[0].item).cell)).toEqual(['B2', 'B3']);
  });
});

describe('a stray value far off the responses', () => {
  /** 300 submissions, and one value in the sheet's very last cell, XFD1048576, under no header. */
  function withStrayLastCell() {
    const rows: Plain[][] = [['Member', 'F1'], ...Array.from({ length: 300 }, () => ['Kenya', 'Yes'])];
    const stray = sheet('Responses', rows);
    const last: Cell[] = [];
    last[16383] = { kind: 'text', text: 'note' };
    const grid = [...stray.rows, ...Array.from({ length: 1_048_576 - rows.length - 1 }, () => []), last];
    return read({ ...stray, rows: grid });
  }

  it('is no submission (it is under no header), and its column is named as ignored', () => {
    const survey = withStrayLastCell();
    expect(survey.submissions).toHaveLength(300);
    expect(survey.sources[0].notes.filter((note) => note.kind === 'unknown')).toEqual([
      { kind: 'unknown', ref: { sheet: 'Responses', cell: 'XFD1' }, header: '' },
    ]);
  });
});

describe('finding the responses', () => {
  it('prefers a table named Responses, on any sheet, without its totals row', () => {
    const data = sheet(
      'Data',
      [['Survey of 1998'], [], ['Member', 'F1'], ['Malta', 'Yes'], ['Japan', 'No'], ['Total', 2]],
      [{ name: 'responses', range: { top: 3, left: 1, bottom: 6, right: 2 }, hasHeaderRow: true, hasTotalsRow: true }],
    );
    const survey = read(sheet('Responses', [['Member'], ['Ignored']]), data);
    expect(survey.submissions.map((s) => s.ref)).toEqual([
      { sheet: 'Data', cell: 'A4' },
      { sheet: 'Data', cell: 'A5' },
    ]);
  });

  it('reads one-Member submission sheets beside the Responses sheet', () => {
    const survey = read(
      sheet('Responses', [
        ['Member', 'F1'],
        ['Malta', 'Yes'],
      ]),
      sheet('Japan', [
        ['WCO integrity survey submission'],
        ['Member', null, 'Japan'],
        ['Received', null, '1998-03-15'],
        ['S1 Forces impacting on Customs integrity'],
        ['Answer Yes or No.'],
        ['F1', 'Greater public and media scrutiny', 'Oui'],
        ['F2', 'Increased expectation', null],
        ['F3', 'Government performance reviews', 'No'],
      ]),
    );
    expect(survey.sources.map((s) => [s.origin, s.sheet])).toEqual([
      ['responses', 'Responses'],
      ['submission-sheet', 'Japan'],
    ]);
    const japan = survey.submissions[1];
    expect(japan.ref).toEqual({ sheet: 'Japan', cell: 'A1' });
    expect(japan.member).toMatchObject({ ref: { cell: 'C2' }, parsed: { member: { code: 'JPN' } } });
    expect(japan.received).toMatchObject({ ref: { cell: 'C3' }, parsed: { serial: 35869 } });
    expect(japan.answers.map((a) => [a.item.id, japan.cellOf(a.item).cell])).toEqual([
      ['F1', 'C6'],
      ['F3', 'C8'],
    ]);
  });

  it('knows the French marker and French row names of a submission sheet', () => {
    const survey = read(sheet('Sénégal', [["Soumission à l'enquête de l'OMD sur l'intégrité"], ['Membre', 'Membre', 'Sénégal'], ['F1', '', 'Non']]));
    expect(survey.submissions[0].member).toMatchObject({ parsed: { member: { code: 'SEN' } } });
    expect(survey.submissions[0].answers[0].parsed).toEqual({ kind: 'choice', choice: 'No' });
  });

  it('finds nothing in a sheet that is empty', () => {
    expect(findResponses(workbook(sheet('Responses', [[], []])))).toBeUndefined();
  });

  it.each([
    [
      'no Responses sheet at all',
      [
        sheet('Sheet1', [
          ['Member', 'F1'],
          ['Malta', 'Yes'],
        ]),
      ],
      {},
    ],
    ['a Responses sheet with headers only', [sheet('Responses', [['Member', 'F1']])], { sheet: 'Responses' }],
  ])('throws no-responses for %s', (_, sheets, params) => {
    let thrown: unknown;
    try {
      read(...sheets);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkbookUnusableError);
    expect(thrown).toMatchObject({ reason: 'no-responses', params });
  });
});
