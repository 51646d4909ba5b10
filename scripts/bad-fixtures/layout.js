'use strict';
/** Readable workbooks whose layout is odd: where the header is, merges, tables, hidden and far-away cells. */
const { editParts, excelBytes } = require('./package');
const { HEADER, ITEMS, addRows, answer, columnLetter, responsesWorkbook, validRows } = require('./survey');

const LAST = columnLetter(HEADER.length);
const SHEET1 = 'xl/worksheets/sheet1.xml';

/** Puts a row (raw XML) at the end of a sheet's data. */
const appendRow = (rowXml) => (xml) => xml.replace('</sheetData>', `${rowXml}</sheetData>`);
const setDimension = (ref) => (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`);

/** A one-Member submission sheet, as `wco-survey template` lays it out. */
function addSubmissionSheet(workbook, name, rows) {
  const sheet = addRows(workbook, name, [['WCO integrity survey submission'], ...rows]);
  sheet.getColumn(2).width = 40;
  return sheet;
}

const submissionRows = (member) => [
  ['Member', 'Member', member],
  ['Received', 'Received', new Date(Date.UTC(1998, 3, 14))],
  ...ITEMS.map((item, index) => [item.id, '', answer(item, index, 1)]),
];

module.exports = [
  ['valid-control.xlsx', 'the valid workbook every other fixture damages', () => responsesWorkbook()],
  ['header-row-7-blank-above.xlsx', 'six blank rows, then the header in row 7', () => responsesWorkbook([[], [], [], [], [], [], ...validRows()])],
  [
    'header-row-7-title-above.xlsx',
    'a title and a subtitle above the header, which is in row 7',
    () =>
      responsesWorkbook([
        ['WCO Survey of Integrity Practices — responses received'],
        ['Compiled by the Secretariat, May 1998'],
        [],
        [],
        [],
        [],
        ...validRows(),
      ]),
  ],
  [
    'merged-header-cells.xlsx',
    'the F1 and F2 header cells merged (F2 loses its header), Received merged over two rows',
    () =>
      responsesWorkbook(validRows(), (_, sheet) => {
        sheet.mergeCells('D1:E1');
        sheet.mergeCells('B2:B3');
      }),
  ],
  [
    'two-member-columns.xlsx',
    'a second Member column (French names) at the end',
    () => responsesWorkbook(validRows().map((row, i) => [...row, ['Member', 'Malaisie', 'Maroc', 'Japon'][i]])),
  ],
  [
    'no-member-column.xlsx',
    'the Member column headed "Country"',
    () => responsesWorkbook(validRows().map((row, i) => (i === 0 ? ['Country', ...row.slice(1)] : row))),
  ],
  [
    'header-spacing-and-case.xlsx',
    'headers in odd case, padded, with non-breaking spaces and labels after the ID',
    () =>
      responsesWorkbook(
        validRows().map((row, i) =>
          i === 0 ? [' MEMBER ', 'received\u00a0', 'contact', 'f1 - Greater public and media scrutiny', 'F2: Public expectations', ...row.slice(5)] : row,
        ),
      ),
  ],
  [
    'blank-rows-and-memberless-row.xlsx',
    'blank rows between submissions, and a row of answers with no Member',
    () => {
      const [header, ...rows] = validRows();
      return responsesWorkbook([header, rows[0], [], [], rows[1], [null, null, 'forgot the Member', ...rows[2].slice(3)], [], rows[2]]);
    },
  ],
  [
    'table-totals-row.xlsx',
    'a Responses table (on a sheet named Data) with a totals row ("Total", counts with their cached results)',
    async () =>
      editParts(
        await excelBytes((workbook) => {
          const [header, ...rows] = validRows();
          workbook.addWorksheet('Data').addTable({
            name: 'Responses',
            ref: 'A1',
            headerRow: true,
            totalsRow: true,
            style: { theme: 'TableStyleMedium2', showRowStripes: true },
            columns: header.map((name, i) => (i === 0 ? { name, totalsRowLabel: 'Total' } : { name, totalsRowFunction: 'count' })),
            rows,
          });
        }),
        { [SHEET1]: (xml) => xml.replace(/(SUBTOTAL\(103,[^<]*<\/f>)/g, '$1<v>3</v>') },
      ),
  ],
  [
    'table-without-header-row.xlsx',
    'a Responses table whose header row is switched off (headerRowCount="0")',
    async () =>
      editParts(
        await excelBytes((workbook) => {
          const [header, ...rows] = validRows();
          workbook.addWorksheet('Data').addTable({ name: 'Responses', ref: 'A1', headerRow: true, columns: header.map((name) => ({ name })), rows });
        }),
        { 'xl/tables/table1.xml': (xml) => xml.replace('headerRowCount="1"', 'headerRowCount="0"') },
      ),
  ],
  [
    'table-ref-out-of-range.xlsx',
    'a Responses table whose ref runs past the last row and column of a sheet',
    async () =>
      editParts(
        await excelBytes((workbook) => {
          const [header, ...rows] = validRows();
          workbook.addWorksheet('Data').addTable({ name: 'Responses', ref: 'A1', headerRow: true, columns: header.map((name) => ({ name })), rows });
        }),
        { 'xl/tables/table1.xml': (xml) => xml.replace(/ref="[^"]*"/g, 'ref="A1:XFE1048577"') },
      ),
  ],
  [
    'hidden-rows-and-columns.xlsx',
    'a hidden submission row and a hidden Contact column',
    () =>
      responsesWorkbook(validRows(), (_, sheet) => {
        sheet.getRow(3).hidden = true;
        sheet.getColumn(3).hidden = true;
      }),
  ],
  [
    'filtered-rows.xlsx',
    'an autoFilter showing Malaysia only: the other rows hidden by the filter',
    async () =>
      editParts(
        await responsesWorkbook(validRows(), (_, sheet) => {
          sheet.autoFilter = `A1:${LAST}4`;
          sheet.getRow(3).hidden = true;
          sheet.getRow(4).hidden = true;
        }),
        {
          [SHEET1]: (xml) =>
            xml.replace(
              /<autoFilter ref="([^"]*)"\/>/,
              '<autoFilter ref="$1"><filterColumn colId="0"><filters><filter val="Malaysia"/></filters></filterColumn></autoFilter>',
            ),
        },
      ),
  ],
  [
    'used-range-1048576-rows.xlsx',
    'a used range down to row 1,048,576: a formatted empty cell at A1048576',
    async () =>
      editParts(await responsesWorkbook(), {
        [SHEET1]: (xml) => appendRow('<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/></row>')(setDimension(`A1:${LAST}1048576`)(xml)),
      }),
  ],
  [
    'stray-cell-row-1048576.xlsx',
    'a stray note in C1048576, the last row of a sheet',
    async () =>
      editParts(await responsesWorkbook(), {
        [SHEET1]: (xml) =>
          appendRow('<row r="1048576"><c r="C1048576" t="inlineStr"><is><t>checked</t></is></c></row>')(setDimension(`A1:${LAST}1048576`)(xml)),
      }),
  ],
  [
    'columns-16384.xlsx',
    'stray cells in XFD, the last of 16,384 columns: a header "Notes" and a note',
    async () =>
      editParts(await responsesWorkbook(), {
        [SHEET1]: (xml) =>
          setDimension('A1:XFD4')(xml)
            .replace(/(<row r="1"[^>]*>.*?)<\/row>/s, '$1<c r="XFD1" t="inlineStr"><is><t>Notes</t></is></c></row>')
            .replace(/(<row r="3"[^>]*>.*?)<\/row>/s, '$1<c r="XFD3" t="inlineStr"><is><t>resent by fax</t></is></c></row>')
            .replace(/ spans="[^"]*"/g, ''),
      }),
  ],
  [
    'used-range-whole-sheet.xlsx',
    'a used range of the whole sheet, A1:XFD1048576, from one formatted empty cell',
    async () =>
      editParts(await responsesWorkbook(), {
        [SHEET1]: (xml) => appendRow('<row r="1048576"><c r="XFD1048576" s="1"/></row>')(setDimension('A1:XFD1048576')(xml)),
      }),
  ],
  [
    'user-summary-sheet.xlsx',
    'a sheet of the user\'s named "Summary", a name the add-in writes',
    () => responsesWorkbook(validRows(), (workbook) => addRows(workbook, 'Summary', [['My own notes on the round'], ['Three Members answered']])),
  ],
  [
    'user-table-named-validationissues.xlsx',
    'a table of the user\'s named "ValidationIssues", a name the add-in writes',
    () =>
      responsesWorkbook(validRows(), (workbook) =>
        workbook
          .addWorksheet('My checks')
          .addTable({ name: 'ValidationIssues', ref: 'A1', columns: [{ name: 'Member' }, { name: 'Remark' }], rows: [['Japan', 'call back']] }),
      ),
  ],
  [
    'protected-sheet-and-workbook.xlsx',
    'a protected Responses sheet (with a password hash) in a workbook whose structure is locked',
    async () =>
      editParts(
        await responsesWorkbook(validRows(), async (_, sheet) => {
          await sheet.protect('secret', { selectLockedCells: true, spinCount: 1 });
        }),
        {
          // The hash and salt ExcelJS draws at random, made fixed so that a rebuild gives the same bytes.
          [SHEET1]: (xml) => xml.replace(/hashValue="[^"]*"/, 'hashValue="AAAA"').replace(/saltValue="[^"]*"/, 'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="'),
          'xl/workbook.xml': (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1" lockWindows="1"/><sheets>'),
        },
      ),
  ],
  [
    'duplicate-sheet-names.xlsx',
    'workbook.xml names two sheets "Responses"',
    async () =>
      editParts(
        await excelBytes((workbook) => {
          addRows(workbook, 'Responses', validRows());
          addRows(workbook, 'Notes', [
            ['Member', 'F1'],
            ['Japan', 'No'],
          ]);
        }),
        { 'xl/workbook.xml': (xml) => xml.replace('name="Notes"', 'name="Responses"') },
      ),
  ],
  [
    'date-1904-system.xlsx',
    'dates in the 1904 date system (workbookPr date1904), as old Mac workbooks',
    () =>
      excelBytes((workbook) => {
        workbook.properties.date1904 = true;
        addRows(workbook, 'Responses', validRows()).getColumn(2).numFmt = 'yyyy-mm-dd';
      }),
  ],
  [
    'submission-sheet-only.xlsx',
    "one Member's submission sheet and no Responses sheet",
    () => excelBytes((workbook) => addSubmissionSheet(workbook, 'Japon', submissionRows('Japon'))),
  ],
  [
    'submission-sheet-damaged.xlsx',
    'a submission sheet without its Member row, answers off the scale',
    () =>
      excelBytes((workbook) =>
        addSubmissionSheet(
          workbook,
          'Sheet1',
          submissionRows('Japan')
            .slice(1)
            .map((row, i) => (i === 3 ? [row[0], '', 'Perhaps'] : row)),
        ),
      ),
  ],
  [
    'xlsm-renamed.xlsx',
    'a macro-enabled workbook (.xlsm, with a VBA project) renamed .xlsx',
    async () =>
      editParts(await responsesWorkbook(), {
        '[Content_Types].xml': (xml) =>
          xml
            .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
            .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'),
        'xl/_rels/workbook.xml.rels': (xml) =>
          xml.replace(
            '</Relationships>',
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
          ),
        'xl/vbaProject.bin': new Uint8Array(Buffer.from('not a real VBA project')),
      }),
  ],
];
