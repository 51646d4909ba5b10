'use strict';
/**
 * A small valid survey workbook (three Members answering every 1998 question), which most bad
 * fixtures damage in one way. Item IDs and scales as in shared/SURVEY-1998.md.
 */
const { excelBytes } = require('./package');

const range = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const SCALES = [
  ['YN', [...range('F', 6), ...range('A', 7)]],
  ['TIN', range('T', 7)],
  ['CPB', range('G', 6)],
  ['YN', [...range('C', 7), ...range('M', 6), ...range('E', 6), ...range('V', 5)]],
  ['TEXT', ['V9']],
  ['PPN', range('AR', 12)],
];
const ITEMS = SCALES.flatMap(([scale, ids]) => ids.map((id) => ({ id, scale })));

const WORDS = {
  YN: { en: ['Yes', 'No'], fr: ['Oui', 'Non'] },
  TIN: { en: ['Taken', 'Intended', 'Not planned'], fr: ['Pris', 'Prévu', 'Non prévu'] },
  CPB: { en: ['Customs-specific', 'Public-service-wide', 'Both', 'None'], fr: ['Propre à la douane', 'Fonction publique', 'Les deux', 'Aucun'] },
  PPN: { en: ['In place', 'Partly', 'Not in place'], fr: ['En place', 'Partiel', 'Absent'] },
  TEXT: { en: ['Rotation of border staff'], fr: ['Rotation du personnel aux frontières'] },
};

/** The answer of the `row`-th respondent to the `index`-th item: varied, always on the scale. */
function answer(item, index, row, lang = 'en') {
  const words = WORDS[item.scale][lang];
  return words[(index * 7 + row * 3) % words.length];
}

const HEADER = ['Member', 'Received', 'Contact', ...ITEMS.map((item) => item.id)];
const RESPONDENTS = [
  ['Malaysia', 'en', new Date(Date.UTC(1998, 2, 12)), 'integrity@customs.gov.my'],
  ['Maroc', 'fr', new Date(Date.UTC(1998, 2, 16)), 'integrite@douane.gov.ma'],
  ['Japan', 'en', new Date(Date.UTC(1998, 3, 2)), 'integrity@customs.go.jp'],
];

/** One row per respondent: Member, Received, Contact, then every answer. */
function dataRows(respondents = RESPONDENTS) {
  return respondents.map(([member, lang, received, contact], row) => [
    member,
    received,
    contact,
    ...ITEMS.map((item, index) => answer(item, index, row, lang)),
  ]);
}

/** The valid workbook's rows, for a fixture to damage before it is written. */
function validRows() {
  return [HEADER.slice(), ...dataRows()];
}

/** Adds a sheet of plain rows; `Received` columns get a date format. */
function addRows(workbook, name, rows, options) {
  const sheet = workbook.addWorksheet(name, options);
  rows.forEach((row) => sheet.addRow(row));
  return sheet;
}

/** A workbook with one `Responses` sheet of these rows, then `more(workbook, sheet)` for the damage. */
function responsesWorkbook(rows = validRows(), more = () => undefined) {
  return excelBytes(async (workbook) => {
    const sheet = addRows(workbook, 'Responses', rows);
    await more(workbook, sheet);
  });
}

/** The column letter(s) of a 1-based column number. */
function columnLetter(column) {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column of an item in the valid layout (Member, Received, Contact first). */
const columnOf = (id) => 4 + ITEMS.findIndex((item) => item.id === id);

module.exports = { ITEMS, HEADER, RESPONDENTS, answer, dataRows, validRows, addRows, responsesWorkbook, columnLetter, columnOf };
