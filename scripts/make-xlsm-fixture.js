#!/usr/bin/env node
'use strict';
/**
 * Builds test/fixtures/xlsm/responses-with-macros.xlsm: the bad corpus's valid survey workbook
 * (three Members, every 1998 question) saved as Excel saves a macro-enabled workbook. What makes it
 * one, as in a workbook saved by Excel as "Excel Macro-Enabled Workbook (*.xlsm)":
 * - the workbook part's content type `application/vnd.ms-excel.sheet.macroEnabled.main+xml`;
 * - the part xl/vbaProject.bin (an OLE compound file: the VBA project's PROJECT stream and VBA
 *   storage, here a small stand-in), its `Default Extension="bin"` content type
 *   `application/vnd.ms-office.vbaProject`, and the workbook's relationship of type
 *   http://schemas.microsoft.com/office/2006/relationships/vbaProject to it;
 * - code names: `ThisWorkbook` on workbookPr, `Sheet1` on the sheet's sheetPr.
 * Deterministic: every zip entry is dated 2000-01-01, so a rebuild gives the same bytes.
 * Run: npm run make-xlsm-fixture (`node scripts/make-xlsm-fixture.js <folder>` writes it elsewhere,
 * as the test that compares them does).
 */
const fs = require('fs');
const path = require('path');
const { editParts, oleFile } = require('./bad-fixtures/package');
const { responsesWorkbook } = require('./bad-fixtures/survey');

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'xlsm');
const NAME = 'responses-with-macros.xlsm';

const PLAIN_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA_CONTENT_TYPE = 'application/vnd.ms-office.vbaProject';
const VBA_RELATIONSHIP = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

/** A stand-in VBA project: the streams Excel's has, with a module that only says hello. */
function vbaProject() {
  return oleFile({
    PROJECT:
      'ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\nDocument=Sheet1/&H00000000\r\nModule=Survey\r\nName="VBAProject"\r\n',
    PROJECTwm: 'ThisWorkbook\0T\0h\0i\0s\0W\0o\0r\0k\0b\0o\0o\0k\0\0\0\0\0',
    'VBA/dir': Buffer.from([0x01, 0x00, 0x00]),
    'VBA/_VBA_PROJECT': Buffer.from([0xcc, 0x61, 0xff, 0xff, 0x00, 0x00, 0x00]),
    'VBA/Survey': 'Attribute VB_Name = "Survey"\r\nSub Hello()\r\n    MsgBox "WCO integrity survey"\r\nEnd Sub\r\n',
  });
}

async function buildFixture() {
  return editParts(await responsesWorkbook(), {
    '[Content_Types].xml': (xml) =>
      xml
        .replace(`"${PLAIN_WORKBOOK}"`, `"${MACRO_WORKBOOK}"`)
        .replace('<Default Extension="rels"', `<Default Extension="bin" ContentType="${VBA_CONTENT_TYPE}"/><Default Extension="rels"`),
    'xl/_rels/workbook.xml.rels': (xml) =>
      xml.replace('</Relationships>', `<Relationship Id="rId5" Type="${VBA_RELATIONSHIP}" Target="vbaProject.bin"/></Relationships>`),
    'xl/workbook.xml': (xml) => xml.replace('<workbookPr ', '<workbookPr codeName="ThisWorkbook" '),
    'xl/worksheets/sheet1.xml': (xml) => xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr codeName="Sheet1"/>'),
    'xl/vbaProject.bin': vbaProject(),
  });
}

async function main(out) {
  fs.mkdirSync(out, { recursive: true });
  const bytes = await buildFixture();
  fs.writeFileSync(path.join(out, NAME), bytes);
  console.log(`Wrote ${path.join(path.relative(process.cwd(), out) || '.', NAME)} (${(bytes.length / 1024).toFixed(0)} KiB).`);
}

if (require.main === module) {
  main(process.argv[2] ? path.resolve(process.argv[2]) : OUT).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

module.exports = { NAME, buildFixture };
