import fc from 'fast-check';
import { WorkbookUnusableError } from '../../../src/core/errors';
import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import type { ItemType } from '../../../src/core/questionnaire/types';
import { readXlsForm } from '../../../src/core/xlsform/read-xlsform';
import { fieldOf } from '../../../src/core/read/fields';
import { readSurvey } from '../../../src/core/read/read-survey';
import { indexItems } from '../../../src/core/questionnaire/lookup';
import { displayCell } from '../../../src/core/workbook/display';
import { parseA1Range } from '../../../src/core/workbook/address';
import { cellAt, type Cell, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { anyCell, anyForm, anyWorkbook, header, isTypedError, responsesGrid, TODAY, unlessRefused } from './arbitraries';

/** The cell a reference points at, in the sheet it names. */
function cellOf(book: WorkbookSnapshot, ref: { sheet: string; cell: string }): Cell {
  const sheet = book.sheets.find((s) => s.name === ref.sheet);
  const range = parseA1Range(ref.cell);
  if (!sheet || !range) throw new Error(`no cell ${ref.sheet}!${ref.cell}`);
  return cellAt(sheet, range.top, range.left);
}

/** Rows below the first non-empty one that hold anything under a header (a column without one is not read). */
function nonBlankRowsBelowHeader(sheet: SheetSnapshot): number {
  const top = sheet.rows.findIndex((row) => row.some((c) => c !== undefined));
  if (top < 0) return 0;
  const headed = (column: number) => sheet.rows[top][column] !== undefined;
  return sheet.rows.slice(top + 1).filter((row) => row.some((c, column) => c !== undefined && headed(column))).length;
}

describe('property: checkWorkbook reads any workbook', () => {
  it('never throws anything but the engine’s typed errors, whatever the sheets, headers and cells', () => {
    fc.assert(
      fc.property(anyWorkbook(anyCell), (book) => {
        unlessRefused(() => checkWorkbook(book, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('puts every issue at a sheet of the workbook', () => {
    fc.assert(
      fc.property(anyWorkbook(), (book) => {
        const check = unlessRefused(() => checkWorkbook(book, TODAY));
        const names = new Set(book.sheets.map((s) => s.name));
        for (const issue of check?.issues ?? []) expect(names).toContain(issue.ref.sheet);
      }),
      { numRuns: 200 },
    );
  });
});

const FIELD_KINDS = ['member', 'received', 'contact', 'kept', 'question', 'option', 'unknown-question', 'other'];

describe('property: fieldOf', () => {
  it('takes any header for one of the fields it knows, never for something else', () => {
    const items = indexItems(SURVEY_1998);
    fc.assert(
      fc.property(fc.oneof(header.map(displayCell), fc.string()), fc.boolean(), (text, exported) => {
        expect(FIELD_KINDS).toContain(fieldOf(text, items, exported).kind);
      }),
      { numRuns: 500 },
    );
  });
});

const ITEM_TYPES: readonly ItemType[] = ['select_one', 'select_multiple', 'integer', 'decimal', 'date', 'text', 'note'];

describe('property: readXlsForm on any form', () => {
  it('gives every item one of the XLSForm types the add-in reads, and a scale with every choice it counts', () => {
    fc.assert(
      fc.property(anyForm, (sheets) => {
        const { questionnaire } = readXlsForm({ sheets });
        for (const item of questionnaire.sections.flatMap((s) => s.items)) {
          expect(ITEM_TYPES).toContain(item.type);
          const names = item.scale.choices.map((c) => c.name);
          for (const reported of item.scale.reported) for (const name of reported.counts) expect(names).toContain(name);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: readSurvey on a Responses sheet', () => {
  const responsesOnly = responsesGrid().map((rows): WorkbookSnapshot => ({ sheets: [{ name: 'Responses', rows, tables: [] }] }));

  it('gives one submission per non-blank row below the header, or refuses a sheet with none or with its header under a title', () => {
    fc.assert(
      fc.property(responsesOnly, (book) => {
        const expected = nonBlankRowsBelowHeader(book.sheets[0]);
        let submissions: number;
        try {
          submissions = readSurvey(book, SURVEY_1998, REGISTRY_1998).submissions.length;
        } catch (error) {
          expect(isTypedError(error)).toBe(true);
          // A row further down has the Member column the first lacks: nothing is read under the wrong header.
          if (error instanceof WorkbookUnusableError && error.reason === 'no-responses' && 'headerRow' in error.params && error.params.headerRow) return;
          submissions = 0;
        }
        expect(submissions).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads each answer, Member and Received date from the very cell its address names', () => {
    fc.assert(
      fc.property(responsesOnly, (book) => {
        const survey = unlessRefused(() => readSurvey(book, SURVEY_1998, REGISTRY_1998));
        for (const submission of survey?.submissions ?? []) {
          for (const answer of submission.answers) expect(cellOf(book, submission.cellOf(answer.item))).toEqual(answer.raw);
          for (const blank of submission.blanks) expect(cellOf(book, submission.cellOf(blank))).toBeUndefined();
          if (submission.member?.kind === 'named') expect(cellOf(book, submission.member.ref)).toEqual(submission.member.raw);
          if (submission.received) expect(cellOf(book, submission.received.ref)).toEqual(submission.received.raw);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers each item at most once per submission, a duplicate column being set aside', () => {
    fc.assert(
      fc.property(responsesOnly, (book) => {
        const survey = unlessRefused(() => readSurvey(book, SURVEY_1998, REGISTRY_1998));
        for (const submission of survey?.submissions ?? []) {
          const items = [...submission.answers.map((a) => a.item), ...submission.blanks].map((item) => item.id);
          expect(new Set(items).size).toBe(items.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
