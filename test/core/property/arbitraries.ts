import fc from 'fast-check';
import { RequestError } from '../../../src/core/request-error';
import { WorkbookUnusableError } from '../../../src/core/errors';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { SUBMISSION_MARKER } from '../../../src/core/read/submission-sheet';
import type { Item } from '../../../src/core/questionnaire/types';
import { isoDate, LAST_SERIAL, serialOfUtc } from '../../../src/core/workbook/serial';
import { EXCEL_ERRORS, type Cell, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../support/xlsform';

/**
 * Generators of the workbooks users really send: a mix of the headers, answers and dates the engine
 * knows, and of everything else a cell can hold.
 */

export const TODAY = serialOfUtc(2026, 11, 26);

/** The engine's own failures: anything else escaping it is a bug. */
export function isTypedError(error: unknown): boolean {
  return error instanceof WorkbookUnusableError || error instanceof RequestError;
}

/** Runs `run`; returns what it gave, or undefined when it refused with one of the engine's typed errors. */
export function unlessRefused<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (isTypedError(error)) return undefined;
    throw error;
  }
}

export const ITEM_IDS: readonly string[] = SURVEY_1998.sections.flatMap((s) => s.items.map((i) => i.id));
export const MEMBERS = REGISTRY_1998.members;

/** The names of the integrity form (test/support/xlsform.ts) and of KoboToolbox / ODK exports. */
const FORM_HEADERS = [
  'country',
  'has_code',
  'code/has_code',
  'code-has_code',
  'measures',
  'measures/code',
  'measures/training',
  'measures/rotation',
  'staff',
  'adopted',
  'thanks',
  '_submission_time',
  'SubmissionDate',
  '_id',
  'meta-instanceID',
];

const PROFILE_HEADERS = ['Member', 'Membre', ' member ', 'MEMBER', 'Received', 'Reçu', 'Date received', 'Date de réception', 'Contact', 'Source'];

/** Words that are answers to one scale or another, names of Members, and their near misses. */
const ANSWER_WORDS = [
  'Yes',
  'No',
  'yes ',
  'Y',
  'n',
  'O',
  'Oui',
  'Non',
  '1',
  '0',
  'x',
  'Taken',
  'Intended',
  'Not planned',
  'Prévu',
  'Customs-specific',
  'Public-service-wide',
  'Both',
  'None',
  'Les deux',
  'In place',
  'Partly',
  'Not in place',
  'Partiellement',
  'code training',
  'code, rotation',
  'rotation;bogus',
  'Kenya',
  'KEN',
  'MYS',
  'Kenia',
  'Republic of Nowhere',
];

const DATE_TEXTS = [
  '1998-03-15',
  '1998-03-15T10:22:33.123Z',
  '15/03/1998',
  '15.03.1998',
  '15 mars 1998',
  'March 15, 1998',
  '1st April 1998',
  '31/02/1998',
  '1899-12-31',
  '9999-12-31',
  '0000-01-01',
  '2099-01-01',
  '15 constructor 1998',
];

/** Text that other parsers take for something else: numbers, formulas, prototype keys, invisible characters. */
const NASTY_TEXTS = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e999',
  '-0',
  '0x10',
  '1,234',
  '1.234',
  '1 234,5',
  '50%',
  '=SUM(A1:A2)',
  '=1+1',
  '+1',
  '-1',
  '@member',
  '=',
  '+',
  '-',
  '@',
  '#N/A',
  'TRUE',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u200b',
  'Ω≈ç√',
  '日本',
  '🇰🇪',
  'e\u0301',
  'Côte d’Ivoire',
  'a\r\nb',
];

/** Cells as hosts give them: blank text never appears (it is an empty cell). */
const textValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ANSWER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MEMBERS.flatMap((m) => [m.name.en, m.name.fr])) },
  { weight: 2, arbitrary: fc.constantFrom(...DATE_TEXTS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const number = fc.oneof(
  fc.integer({ min: -5, max: 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, LAST_SERIAL, LAST_SERIAL + 1, 35870.5),
);

const serial = fc.oneof(
  fc.integer({ min: serialOfUtc(1998, 1, 1), max: serialOfUtc(1998, 12, 31) }),
  fc.double({ min: -10, max: LAST_SERIAL + 1000, noNaN: true }),
  fc.constant(TODAY + 1),
);

const errorValue = fc.oneof(fc.constantFrom(...EXCEL_ERRORS), fc.string({ maxLength: 8 }));

export const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: textValue.map((text): Cell => ({ kind: 'text', text })) },
  { weight: 3, arbitrary: number.map((value): Cell => ({ kind: 'number', value })) },
  { weight: 1, arbitrary: fc.boolean().map((value): Cell => ({ kind: 'boolean', value })) },
  { weight: 2, arbitrary: serial.map((s): Cell => ({ kind: 'date', serial: s })) },
  { weight: 1, arbitrary: errorValue.map((error): Cell => ({ kind: 'error', error })) },
);

/** The same, with the blank text a careless host might hand over: whitespace, or nothing at all. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 9, arbitrary: cellValue },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', '\u00a0').map((text): Cell => ({ kind: 'text', text })) },
);

export const header: fc.Arbitrary<Cell> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PROFILE_HEADERS) },
    { weight: 6, arbitrary: fc.constantFrom(...ITEM_IDS) },
    { weight: 1, arbitrary: fc.constantFrom(...ITEM_IDS).map((id) => `${id.toLowerCase()}: ${id}?`) },
    { weight: 2, arbitrary: fc.constantFrom(...FORM_HEADERS) },
    { weight: 1, arbitrary: fc.constantFrom('', 'Q12', 'F99', 'AR13', 'Notes', 'F1/Yes', 'G1 - Code of Conduct', ...NASTY_TEXTS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  )
  .map((text): Cell => (text.trim() === '' ? undefined : { kind: 'text', text }));

/** A grid: a header row of known and unknown headers, then ragged rows (holes, blank rows). */
export const responsesGrid = (cell: fc.Arbitrary<Cell> = cellValue): fc.Arbitrary<Cell[][]> =>
  fc
    .tuple(
      fc.array(fc.array(fc.constant(undefined), { maxLength: 2 }), { maxLength: 2 }),
      fc.array(header, { minLength: 1, maxLength: 14 }),
      fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 12 }),
    )
    .map(([above, headers, rows]) => [...above, headers, ...rows]);

const text = (value: string): Cell => ({ kind: 'text', text: value });

/** Every spelling of a 1998 item's choices: name, labels, aliases; TRUE and FALSE where the scale takes them. */
function choiceCells(item: Item): Cell[] {
  const spelled = item.scale.choices.flatMap((c) => [c.name, c.label.en, c.label.fr, ...(c.aliases ?? [])]).map(text);
  return item.scale.booleans ? [...spelled, { kind: 'boolean', value: true }, { kind: 'boolean', value: false }] : spelled;
}

const ITEMS = new Map(SURVEY_1998.sections.flatMap((s) => s.items).map((item) => [item.id, item]));

/** The integrity form's answers (test/support/xlsform.ts), by column. */
const FORM_ANSWERS = new Map<string, fc.Arbitrary<Cell>>([
  ['has_code', fc.constantFrom('yes', 'no', 'Oui', 'Non').map(text)],
  ['code/has_code', fc.constantFrom('yes', 'no').map(text)],
  ['measures', fc.constantFrom('code', 'training', 'code training', 'training rotation', 'Rotation of officials').map(text)],
  ['measures/code', fc.constantFrom(0, 1).map((value): Cell => ({ kind: 'number', value }))],
  ['measures/training', fc.constantFrom(0, 1).map((value): Cell => ({ kind: 'number', value }))],
  ['staff', fc.integer({ min: 0, max: 10_000 }).map((value): Cell => ({ kind: 'number', value }))],
  ['adopted', fc.integer({ min: serialOfUtc(1990, 1, 1), max: serialOfUtc(1998, 12, 31) }).map((serial): Cell => ({ kind: 'date', serial }))],
  ['country', fc.constantFrom('Kenya', 'MYS', 'Malaisie').map(text)],
]);

/** A good answer to the column a header heads (any text for free text, any cell for a column of nothing). */
export function goodAnswer(head: Cell): fc.Arbitrary<Cell> {
  const name = head?.kind === 'text' ? head.text : '';
  const item = ITEMS.get(name);
  if (item && item.scale.choices.length > 0) return fc.constantFrom(...choiceCells(item));
  if (item) return textValue.map(text);
  return FORM_ANSWERS.get(name) ?? cellValue;
}

/** An answer as respondents give them: mostly good, sometimes blank, now and then anything. */
export const answerTo = (head: Cell): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 12, arbitrary: goodAnswer(head) }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: cellValue });

/** A Received date, mostly in 1998–1999, in the forms users write: date, serial, ISO text, day-first text. */
export function receivedCell(serial: number, how: number): Cell {
  const iso = isoDate(serial);
  const [y, m, d] = iso.split('-');
  switch (how % 4) {
    case 0:
      return { kind: 'date', serial };
    case 1:
      return { kind: 'number', value: serial };
    case 2:
      return text(iso);
    default:
      return text(`${d}/${m}/${y}`);
  }
}

const day = fc.integer({ min: serialOfUtc(1998, 1, 1), max: serialOfUtc(1999, 12, 31) });

const memberName = fc.constantFrom(...MEMBERS).chain((m) => fc.constantFrom(m.name.en, m.name.fr, m.name.en.toUpperCase(), m.code).map(text));

/**
 * A Responses sheet as Members fill it in: Member, Received and questions of the 1998 questionnaire
 * or of the integrity form (now and then an unknown column), columns in any order; rows that mostly
 * name a Member, give a date and answer well.
 */
export const surveyGrid: fc.Arbitrary<Cell[][]> = fc
  .tuple(
    fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ITEM_IDS) }, { weight: 1, arbitrary: fc.constantFrom(...FORM_HEADERS) }), {
      minLength: 1,
      maxLength: 10,
    }),
    fc.array(header, { maxLength: 1 }),
  )
  .chain(([questions, extra]) =>
    fc.shuffledSubarray([text('Member'), text('Received'), ...questions.map(text), ...extra], { minLength: questions.length + 2 + extra.length }),
  )
  .chain((headers) =>
    fc
      .array(
        fc.tuple(
          fc.oneof({ weight: 8, arbitrary: memberName }, { weight: 1, arbitrary: cellValue }),
          fc.oneof({ weight: 8, arbitrary: fc.tuple(day, fc.nat(3)).map(([d, how]) => receivedCell(d, how)) }, { weight: 1, arbitrary: cellValue }),
          fc.tuple(...headers.map(answerTo)),
        ),
        { maxLength: 12 },
      )
      .map((rows) => [
        headers,
        ...rows.map(([member, received, answers]) =>
          headers.map((h, i) => (h?.kind === 'text' && h.text === 'Member' ? member : h?.kind === 'text' && h.text === 'Received' ? received : answers[i])),
        ),
      ]),
  );

/** A one-Member submission sheet: the marker in A1, then label | (anything) | value rows. */
const submissionSheet: fc.Arbitrary<Cell[][]> = fc
  .tuple(fc.constantFrom(SUBMISSION_MARKER.en, SUBMISSION_MARKER.fr), fc.array(fc.tuple(header, cellValue, cellValue), { maxLength: 14 }))
  .map(([marker, rows]) => [[{ kind: 'text', text: marker }], ...rows.map(([label, note, value]) => [label, note, value])]);

const SHEET_NAMES = ['Responses', 'responses ', 'CRM Indicators', 'Sheet1', 'Submission Kenya', 'Summary', 'Settings', 'constructor', 'Réponses'];

const sheetName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SHEET_NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });

/** Sometimes a table named Responses, of a range that may run past the sheet's cells. */
const tables: fc.Arbitrary<TableSnapshot[]> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<TableSnapshot[]>([]) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        name: fc.constantFrom('Responses', 'responses', 'Other'),
        top: fc.integer({ min: 1, max: 4 }),
        left: fc.integer({ min: 1, max: 4 }),
        height: fc.integer({ min: 0, max: 20 }),
        width: fc.integer({ min: 0, max: 20 }),
        hasHeaderRow: fc.boolean(),
        hasTotalsRow: fc.boolean(),
      })
      .map(({ name, top, left, height, width, hasHeaderRow, hasTotalsRow }) => [
        { name, range: { top, left, bottom: top + height, right: left + width }, hasHeaderRow, hasTotalsRow },
      ]),
  },
);

/** What a Settings sheet holds: its names and values, and names that look up nothing ("constructor"). */
const SETTING_NAMES = ['Setting', 'First responses', 'Premières réponses', 'Base', 'Language', 'Langue', 'Member question', 'Colour', 'constructor'];
const SETTING_VALUES = ['answered', 'respondents', 'applicable', 'concernés', 'French', 'en', 'has_code', 'country', '3', '0', '-2', '2.5', 'constructor'];

const settingsRows: fc.Arbitrary<Cell[][]> = fc.array(
  fc.tuple(fc.constantFrom(...SETTING_NAMES).map(text), fc.oneof(cellValue, fc.constantFrom(...SETTING_VALUES).map(text))),
  { maxLength: 5 },
);

const anySheet = (cell: fc.Arbitrary<Cell>): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      name: sheetName,
      rows: fc.oneof({ weight: 4, arbitrary: responsesGrid(cell) }, { weight: 1, arbitrary: submissionSheet }),
      tables,
      owned: fc.nat(5).map((n) => n === 0),
    })
    .map(({ owned, ...sheet }): SheetSnapshot => (owned ? { ...sheet, owned } : sheet));

/** A cell of an XLSForm: mostly one of `words`, now and then anything, or blank. */
const formText = (words: readonly string[]): fc.Arbitrary<string | undefined> =>
  fc
    .oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) })
    .map((t) => (t.trim() === '' ? undefined : t));

/** Types of survey rows: real ones, misspelt ones, and names that look up nothing ("constructor"). */
const FORM_TYPES = [
  'constructor',
  'toString',
  'select_one yes_no',
  'select_multiple measures',
  'select_one country',
  'select_one nowhere',
  'select_one constructor',
  'integer',
  'int',
  'decimal',
  'date',
  'text',
  'note',
  'begin group',
  'end group',
  'begin repeat',
  'end repeat',
  'calculate',
  'geopoint',
  'interger',
];

/** An XLSForm of random rows: real types, names and conditions, and broken ones. */
export const anyForm: fc.Arbitrary<SheetSnapshot[]> = fc
  .tuple(
    fc.array(
      fc.tuple(
        formText(FORM_TYPES),
        formText(['has_code', 'measures', 'staff', 'country', 'member', 'g1', 'constructor', '__proto__', 'toString', '1bad name']),
        formText(['A question', 'Une question', 'Member']),
        formText(['yes', 'no', 'true()', '${has_code} = 1']),
        formText([
          "${has_code} = 'yes'",
          "selected(${measures}, 'code')",
          '${staff} > 3',
          '${nowhere} = 1',
          '${a} =',
          'count-selected(${measures}) >= 2',
          'not(',
          "${constructor} = 'x'",
        ]),
        formText(['. >= 0 and . <= 10000', '. < 5', '. <= today()', 'string-length(.) < 3', '. = ${staff}']),
      ),
      { maxLength: 8 },
    ),
    fc.array(
      fc.tuple(
        formText(['yes_no', 'measures', 'country', 'constructor']),
        formText(['yes', 'no', 'code', 'training', 'rotation', 'KEN', 'MYS', 'constructor', '__proto__', 'yes']),
        formText(['Yes', 'No', 'Kenya', 'Malaisie', 'Code of conduct']),
      ),
      { maxLength: 10 },
    ),
  )
  .map(([survey, choices]) =>
    formSheets({
      survey: [['type', 'name', 'label', 'required', 'relevant', 'constraint'], ...survey],
      choices: [['list_name', 'name', 'label'], ...choices],
    }),
  );

/**
 * Any workbook: random sheets (a Responses sheet more often than not, submission sheets, Settings),
 * sometimes the integrity XLSForm beside them, or a random one.
 */
export const anyWorkbook = (cell: fc.Arbitrary<Cell> = cellValue): fc.Arbitrary<WorkbookSnapshot> =>
  workbookOf({
    responses: fc.option(fc.oneof(responsesGrid(cell), surveyGrid), { freq: 4 }),
    others: fc.array(anySheet(cell), { maxLength: 3 }),
    form: fc.oneof(
      { weight: 3, arbitrary: fc.constant<SheetSnapshot[]>([]) },
      { weight: 1, arbitrary: fc.constant(formSheets(INTEGRITY_FORM)) },
      { weight: 1, arbitrary: anyForm },
    ),
  });

/**
 * A workbook a round of the survey gives: a Responses sheet Members filled in, against the 1998
 * questionnaire or the integrity form, now and then another sheet beside it.
 */
export const surveyWorkbook: fc.Arbitrary<WorkbookSnapshot> = workbookOf({
  responses: surveyGrid,
  others: fc.array(anySheet(cellValue), { maxLength: 1 }),
  form: fc.constantFrom([], formSheets(INTEGRITY_FORM)),
});

function workbookOf(parts: {
  responses: fc.Arbitrary<Cell[][] | null>;
  others: fc.Arbitrary<SheetSnapshot[]>;
  form: fc.Arbitrary<SheetSnapshot[]>;
}): fc.Arbitrary<WorkbookSnapshot> {
  return fc
    .record({ ...parts, settings: fc.option(settingsRows, { freq: 3 }), ownedSummary: fc.boolean() })
    .map(({ responses, others, settings, form, ownedSummary }) => ({
      sheets: [
        ...(responses ? [{ name: 'Responses', rows: responses, tables: [] }] : []),
        ...others,
        ...(settings ? [{ name: 'Settings', rows: settings, tables: [] }] : []),
        ...form,
        ...(ownedSummary ? [{ name: 'Summary', rows: [[text('old')]], tables: [], owned: true }] : []),
      ],
    }));
}
