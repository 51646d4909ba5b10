'use strict';
/** Files that are not a usable .xlsx at all: wrong format, encrypted, damaged packages. */
const { editParts, excelBytes, oleFile, noise, zipOf } = require('./package');
const { addRows, responsesWorkbook, validRows } = require('./survey');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const NO_SHEETS_WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/></workbook>`;
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`;

/** What Excel puts in the EncryptionInfo stream of an agile-encrypted workbook (version 4.4), shortened. */
const ENCRYPTION_INFO = Buffer.concat([
  Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
      '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
      '</encryption>',
  ),
]);
/** A BIFF8 BOF record (workbook globals) then EOF: the start of an Excel 97–2003 Workbook stream. */
const BIFF8_WORKBOOK = Buffer.from([
  0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x03, 0, 0, 0x0a, 0x00, 0x00, 0x00,
]);

/** Swaps the transitional namespaces for ISO Strict ones, as Excel's "Strict Open XML Spreadsheet" saves. */
function strict(xml) {
  return xml
    .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties');
}

const strictParts = (names) => Object.fromEntries(names.map((name) => [name, strict]));

module.exports = [
  ['empty.xlsx', 'a 0-byte file', async () => new Uint8Array(0)],
  ['random-bytes.xlsx', 'bytes that are no known format', async () => noise(2048)],
  ['csv-renamed.xlsx', 'a CSV export renamed .xlsx', async () => new Uint8Array(Buffer.from('Member,Received,F1\r\nMalaysia,1998-03-12,Yes\r\n'))],
  [
    'html-renamed.xlsx',
    'an HTML table saved with an .xlsx name, as some web exports do',
    async () => new Uint8Array(Buffer.from('<html><body><table><tr><td>Member</td></tr></table></body></html>')),
  ],
  ['legacy-xls-renamed.xlsx', 'an Excel 97–2003 .xls (OLE file with a Workbook stream) renamed .xlsx', async () => oleFile({ Workbook: BIFF8_WORKBOOK })],
  [
    'password-protected.xlsx',
    'a password-protected .xlsx: an OLE file with EncryptionInfo and EncryptedPackage streams',
    async () => oleFile({ EncryptionInfo: ENCRYPTION_INFO, EncryptedPackage: Buffer.concat([Buffer.from([0x00, 0x10, 0, 0, 0, 0, 0, 0]), noise(4096, 3)]) }),
  ],
  [
    'zip-not-xlsx.xlsx',
    'a zip of documents, not a workbook',
    () => zipOf({ 'readme.txt': 'Survey answers are in the attached letter.\n', 'letter.txt': 'Dear Secretariat,\n' }),
  ],
  [
    'ods-renamed.xlsx',
    'an OpenDocument spreadsheet (.ods, also a zip) renamed .xlsx',
    () =>
      zipOf({
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      }),
  ],
  [
    'docx-renamed.xlsx',
    'a Word document (.docx, an Office zip with no spreadsheet part) renamed .xlsx',
    () =>
      zipOf({
        '[Content_Types].xml': CONTENT_TYPES.replace('/xl/workbook.xml', '/word/document.xml').replace(
          'spreadsheetml.sheet.main',
          'wordprocessingml.document.main',
        ),
        '_rels/.rels': ROOT_RELS.replace('xl/workbook.xml', 'word/document.xml'),
        'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      }),
  ],
  ['truncated.xlsx', 'a valid workbook cut off half-way, as an interrupted download', async () => (await responsesWorkbook()).slice(0, 3000)],
  [
    'no-sheets.xlsx',
    'a hand-written package whose workbook.xml lists no sheets',
    () =>
      zipOf({
        '[Content_Types].xml': CONTENT_TYPES,
        '_rels/.rels': ROOT_RELS,
        'xl/workbook.xml': NO_SHEETS_WORKBOOK,
        'xl/_rels/workbook.xml.rels': EMPTY_RELS,
      }),
  ],
  [
    'missing-workbook-part.xlsx',
    'a valid workbook with xl/workbook.xml removed',
    async () => editParts(await responsesWorkbook(), { 'xl/workbook.xml': null }),
  ],
  [
    'missing-sheet-part.xlsx',
    'workbook.xml names a sheet whose part is missing',
    async () => editParts(await responsesWorkbook(), { 'xl/worksheets/sheet1.xml': null }),
  ],
  [
    'missing-shared-strings.xlsx',
    'cells point into xl/sharedStrings.xml, which is missing',
    async () => editParts(await responsesWorkbook(), { 'xl/sharedStrings.xml': null }),
  ],
  ['missing-content-types.xlsx', 'no [Content_Types].xml', async () => editParts(await responsesWorkbook(), { '[Content_Types].xml': null })],
  [
    'wrong-content-types.xlsx',
    'every part declared as plain text in [Content_Types].xml',
    async () => editParts(await responsesWorkbook(), { '[Content_Types].xml': (xml) => xml.replace(/ContentType="[^"]*"/g, 'ContentType="text/plain"') }),
  ],
  [
    'sheet-not-xml.xlsx',
    'the Responses sheet part is not XML',
    async () => editParts(await responsesWorkbook(), { 'xl/worksheets/sheet1.xml': 'Member;Received;F1\nMalaysia;;Yes' }),
  ],
  [
    'xml-entity-expansion.xlsx',
    'shared strings with a nested-entity DTD (a "billion laughs" XML bomb)',
    async () =>
      editParts(await responsesWorkbook(), {
        'xl/sharedStrings.xml': (xml) =>
          xml
            .replace(
              '<sst',
              '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><sst',
            )
            .replace('<t>Malaysia</t>', '<t>&g;</t>'),
      }),
  ],
  [
    'strict-ooxml.xlsx',
    'saved as "Strict Open XML Spreadsheet" (ISO strict namespaces)',
    async () =>
      editParts(
        await responsesWorkbook(),
        strictParts(['_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']),
      ),
  ],
  [
    'formatting-only.xlsx',
    'a Responses sheet with formatting and blank text, no data',
    () =>
      excelBytes((workbook) => {
        const sheet = workbook.addWorksheet('Responses');
        sheet.getCell('A1').value = '   ';
        sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
        sheet.getRow(3).font = { bold: true };
      }),
  ],
  ['headers-only.xlsx', 'a Responses header row and no submissions', () => responsesWorkbook(validRows().slice(0, 1))],
  [
    'no-responses-sheet.xlsx',
    'data on "Sheet1" that names no question: no Responses sheet or table',
    () =>
      excelBytes((workbook) =>
        addRows(workbook, 'Sheet1', [
          ['Country', 'Score'],
          ['Malaysia', 3],
        ]),
      ),
  ],
];
