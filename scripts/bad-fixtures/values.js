'use strict';
/** Readable workbooks whose cell values are odd: formulas, errors, dates as text, long, RTL or formula-like text. */
const { editParts, excelBytes, partsOf } = require('./package');
const { HEADER, ITEMS, addRows, columnOf, dataRows, responsesWorkbook, validRows } = require('./survey');

const EXCEL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];
const YN_ITEMS = ITEMS.filter((item) => item.scale === 'YN');
const LONGEST = 32767;

/** The valid rows with some cells replaced: `changes` maps [row, column] (1-based) to a value. */
function withCells(changes, rows = validRows()) {
  for (const [[row, column], value] of changes) rows[row - 1][column - 1] = value;
  return rows;
}

/** Every YN answer of the valid rows, mapped. */
function mapYesNo(map, rows = validRows()) {
  return rows.map((row, r) => (r === 0 ? row : row.map((cell, c) => (YN_ITEMS.some((item) => columnOf(item.id) === c + 1) ? map(cell, r, c) : cell))));
}

const YES = new Set(['Yes', 'Oui']);

/** Text of exactly `length` characters, readable when it turns up in a message. */
const longText = (start, length = LONGEST) => (start + ' lorem ipsum'.repeat(Math.ceil(length / 12))).slice(0, length);

/** Every shared-string cell written as an inline string instead, and the shared strings part removed. */
async function inlineStrings(bytes) {
  const parts = await partsOf(bytes);
  const strings = [...parts['xl/sharedStrings.xml'].matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
  return editParts(bytes, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a, b, i) => `<c ${a}t="inlineStr"${b}><is>${strings[+i]}</is></c>`),
    'xl/sharedStrings.xml': null,
    '[Content_Types].xml': (xml) => xml.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ''),
    'xl/_rels/workbook.xml.rels': (xml) => xml.replace(/<Relationship [^>]*Target="sharedStrings.xml"\/>/, ''),
  });
}

module.exports = [
  [
    'formulas-with-results.xlsx',
    'Member, Received and answers as formulas with their cached results, a shared formula too',
    () =>
      responsesWorkbook(validRows(), (_, sheet) => {
        sheet.getCell('A2').value = { formula: 'TRIM(" Malaysia ")', result: 'Malaysia' };
        sheet.getCell('B2').value = { formula: 'DATE(1998,3,12)', result: new Date(Date.UTC(1998, 2, 12)) };
        sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
        sheet.getCell('D2').value = { formula: 'IF(TRUE,"Yes","No")', result: 'Yes' };
        sheet.getCell('D3').value = { formula: 'D2', result: 'Yes' };
        sheet.getCell('D4').value = { sharedFormula: 'D3', result: 'Yes' };
      }),
  ],
  [
    'formulas-without-results.xlsx',
    'formulas with no cached result (as written by tools that do not calculate): Member, Received, answers',
    async () =>
      editParts(
        await responsesWorkbook(validRows(), (_, sheet) => {
          sheet.getCell('A4').value = { formula: 'PROPER("japan")' };
          sheet.getCell('B3').value = { formula: 'DATE(1998,3,16)' };
          for (const column of [4, 5, 6]) sheet.getCell(2, column).value = { formula: 'IF(TRUE,"Yes","No")' };
        }),
        { 'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<v><\/v>/g, '') },
      ),
  ],
  [
    'error-values.xlsx',
    'every Excel error value in answers, and errors in a Member and a Received cell',
    () => {
      const rows = withCells(EXCEL_ERRORS.map((error, i) => [[2 + (i % 3), columnOf(YN_ITEMS[i].id)], { error }]));
      rows.push(['#N/A', { error: '#REF!' }, 'copied from a broken sheet', ...rows[1].slice(3)]);
      rows[4][0] = { error: '#N/A' };
      return responsesWorkbook(rows);
    },
  ],
  [
    'dates-as-text.xlsx',
    'Received as text in three formats (12/03/1998, 1998-03-16, 2 April 1998), and as a plain serial number',
    () => {
      const rows = withCells([
        [[2, 2], '12/03/1998'],
        [[3, 2], '1998-03-16'],
        [[4, 2], '2 April 1998'],
      ]);
      rows.push(['Mauritius', 35895, 'serial number, no date format', ...rows[1].slice(3)]);
      return responsesWorkbook(rows);
    },
  ],
  [
    'dates-invalid.xlsx',
    'Received dates that cannot be right: 31/02/1998, "early March", 2030, 0, -5, TRUE, a year 1899',
    () => {
      const dates = ['31/02/1998', 'early March', '2030-01-01', 0, -5, true, '1899-12-31'];
      const members = ['Malaysia', 'Maroc', 'Japan', 'Peru', 'Norway', 'Sweden', 'Mexico'];
      const rows = dataRows(members.map((member, i) => [member, 'en', dates[i], null]));
      return responsesWorkbook([HEADER, ...rows]);
    },
  ],
  [
    'long-text-32767.xlsx',
    "cells of 32,767 characters (Excel's limit): a Contact, a free-text answer, a Member name, an answer",
    () => {
      const rows = withCells([
        [[2, 3], longText('contact')],
        [[2, columnOf('V9')], longText('best practice')],
        [[3, columnOf('F1')], longText('Yes')],
      ]);
      rows.push([longText('Atlantis'), null, null, ...rows[1].slice(3)]);
      return responsesWorkbook(rows);
    },
  ],
  [
    'right-to-left-arabic.xlsx',
    'Arabic Member names and answers, a right-to-left sheet',
    () => {
      const rows = mapYesNo((cell, r) => (r === 3 ? (YES.has(cell) ? 'نعم' : 'لا') : cell));
      rows[3][0] = 'اليابان';
      rows[3][2] = 'الجمارك اليابانية';
      rows.push(['المغرب', '1998-03-16', 'الإدارة العامة للجمارك', ...rows[2].slice(3)]);
      return excelBytes((workbook) => addRows(workbook, 'Responses', rows, { views: [{ rightToLeft: true }] }));
    },
  ],
  [
    'emoji-and-combining-accents.xlsx',
    'Member names with combining accents and emoji, sheet names with emoji and accents',
    () =>
      excelBytes((workbook) => {
        const rows = withCells([
          [[2, 1], 'Malaysia 🇲🇾'],
          [[3, 1], 'Co\u0302te d\u2019Ivoire'],
          [[3, 3], 'douane 📨 ivoirienne'],
          [[4, 1], 'Se\u0301ne\u0301gal'],
        ]);
        addRows(workbook, 'Responses', rows);
        addRows(workbook, 'Notes 📝 Réponses', [['Reçu par télécopie 📠'], ['Cafe\u0301 ☕']]);
      }),
  ],
  [
    'text-that-looks-like-formulas.xlsx',
    'text cells starting with =, +, - and @ in Contact and in answers (must stay text everywhere)',
    () =>
      responsesWorkbook(
        withCells([
          [[2, 3], '=HYPERLINK("http://example.invalid","click")'],
          [[3, 3], '+212 5 37 00 00 00'],
          [[4, 3], '@douane-integrite'],
          [[2, columnOf('F1')], '=1+1'],
          [[3, columnOf('F2')], '+Yes'],
          [[4, columnOf('F3')], '-No'],
          [[2, columnOf('F4')], '@SUM(A1:A2)'],
          [[3, columnOf('V9')], "=cmd|'/C calc'!A0"],
        ]),
      ),
  ],
  [
    'boolean-answers.xlsx',
    'TRUE/FALSE boolean cells for Yes/No answers, and one where a Taken/Intended answer is due',
    () =>
      responsesWorkbook(
        withCells(
          [[[2, columnOf('T1')], true]],
          mapYesNo((cell) => YES.has(cell)),
        ),
      ),
  ],
  ['numbers-1-0-answers.xlsx', 'numbers 1 and 0 for Yes and No', () => responsesWorkbook(mapYesNo((cell) => (YES.has(cell) ? 1 : 0)))],
  [
    'answers-case-and-french.xlsx',
    'answers in upper and lower case, padded, English and French mixed',
    () =>
      responsesWorkbook(
        withCells(
          [
            [[2, columnOf('T1')], 'PRIS'],
            [[3, columnOf('T2')], 'non prévu'],
            [[4, columnOf('G1')], 'LES DEUX'],
            [[2, columnOf('AR1')], ' en place '],
          ],
          mapYesNo((cell, r, c) => [YES.has(cell) ? 'YES' : 'no', YES.has(cell) ? 'oui' : 'NON', YES.has(cell) ? 'Y' : 'N'][(r + c) % 3]),
        ),
      ),
  ],
  [
    'unknown-members.xlsx',
    'Member names not in the registry: a misspelling, a place, a word',
    () =>
      responsesWorkbook(
        withCells([
          [[2, 1], 'Malasia'],
          [[3, 1], 'Atlantis'],
          [[4, 1], 'Customs'],
        ]),
      ),
  ],
  ['duplicate-members.xlsx', 'one Member twice, by name and by code', () => responsesWorkbook(withCells([[[4, 1], 'MYS']]))],
  [
    'settings-nonsense.xlsx',
    'a Settings sheet with values that mean nothing',
    () =>
      responsesWorkbook(validRows(), (workbook) =>
        addRows(workbook, 'Settings', [
          ['Setting', 'Value'],
          ['First responses', 'lots'],
          ['Base', 'maybe'],
          ['Language', 'klingon'],
          ['Colour', 'blue'],
          ['First responses', -3],
        ]),
      ),
  ],
  [
    'crm-indicators-nonsense.xlsx',
    'a CRM Indicators sheet with an unknown indicator, unreadable and ambiguous numbers, a pair given twice',
    () =>
      responsesWorkbook(validRows(), (workbook) =>
        addRows(workbook, 'CRM Indicators', [
          ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
          ['Malaysia', 'HAPPINESS', 'Entry', '1996', 3, '1999', 4],
          ['Malaysia', 'CLEARANCE-TIME', 'Implementation', '1996', 'n/a', '1999', '1,250'],
          ['Malaysia', 'CLEARANCE-TIME', 'Implementation', '1996', 72, '1999', 30],
          ['Atlantis', 'REV-YIELD', 'Nirvana', '1996', 1, '1999', 2],
        ]),
      ),
  ],
  [
    'rich-text-and-hyperlinks.xlsx',
    'a Member in rich text (two runs) and a Contact as a mailto hyperlink',
    () =>
      responsesWorkbook(validRows(), (_, sheet) => {
        sheet.getCell('A2').value = { richText: [{ text: 'Malay', font: { bold: true } }, { text: 'sia' }] };
        sheet.getCell('C2').value = { text: 'integrity@customs.gov.my', hyperlink: 'mailto:integrity@customs.gov.my' };
      }),
  ],
  ['inline-strings.xlsx', 'every text cell an inline string, no shared strings part', async () => inlineStrings(await responsesWorkbook())],
  [
    'huge-shared-strings.xlsx',
    'a shared strings part of 20,000 distinct strings (a Notes sheet of them), the count attributes wrong',
    async () =>
      editParts(
        await responsesWorkbook(validRows(), (workbook) => {
          const notes = workbook.addWorksheet('Notes');
          for (let i = 0; i < 20000; i++) notes.getCell(1 + (i % 5000), 1 + Math.floor(i / 5000)).value = `note ${i}`;
        }),
        { 'xl/sharedStrings.xml': (xml) => xml.replace(/count="\d+" uniqueCount="\d+"/, 'count="1" uniqueCount="999999999"') },
      ),
  ],
  [
    'member-codes-and-numbers.xlsx',
    'Members given by code, by a number, by a code in lower case',
    () =>
      responsesWorkbook(
        withCells([
          [[2, 1], 'mys'],
          [[3, 1], 'MAR'],
          [[4, 1], 392],
        ]),
      ),
  ],
];
