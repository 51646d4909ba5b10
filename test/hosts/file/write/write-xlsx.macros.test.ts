import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { workbookKind } from '../../../../src/hosts/file/write/workbook-kind';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { packageProblems } from './package-integrity';
import { SUMMARY_AND_CHARTS } from './write-fixtures';

/**
 * A macro-enabled workbook (.xlsm) written into: its VBA project, and all that makes Excel take it for
 * a macro-enabled workbook, come out as they went in. Built by scripts/make-xlsm-fixture.js.
 */

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');
const XLSM = new Uint8Array(readFileSync(join(FIXTURES, 'xlsm', 'responses-with-macros.xlsm')));
const MACRO_ENABLED = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

async function macroParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async('string')) ?? '';
  const types = await text('[Content_Types].xml');
  return {
    vbaProject: await zip.file('xl/vbaProject.bin')?.async('uint8array'),
    workbookType: /<Override PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(types)?.[1],
    binType: /<Default Extension="bin" ContentType="([^"]+)"/.exec(types)?.[1],
    vbaRelationship: /<Relationship [^>]*Type="http:\/\/schemas\.microsoft\.com\/office\/2006\/relationships\/vbaProject"[^>]*\/>/.exec(
      await text('xl/_rels/workbook.xml.rels'),
    )?.[0],
    codeNames: [
      /<workbookPr [^>]*codeName="(\w+)"/.exec(await text('xl/workbook.xml'))?.[1],
      /<sheetPr codeName="(\w+)"/.exec(await text('xl/worksheets/sheet1.xml'))?.[1],
    ],
  };
}

describe('writing into a macro-enabled workbook (.xlsm)', () => {
  it('keeps its VBA project byte for byte, with its relationship and content type, and the workbook macro-enabled', async () => {
    const before = await macroParts(XLSM);
    expect(before).toMatchObject({ workbookType: MACRO_ENABLED, binType: 'application/vnd.ms-office.vbaProject', codeNames: ['ThisWorkbook', 'Sheet1'] });
    const written = await writeXlsx(XLSM, SUMMARY_AND_CHARTS);
    // And again, as a re-run replaces the add-in's sheets.
    const rewritten = await writeXlsx(written, SUMMARY_AND_CHARTS);
    for (const bytes of [written, rewritten]) {
      expect(await macroParts(bytes)).toEqual(before);
      expect(await packageProblems(bytes)).toEqual([]);
    }
  });

  it('tells a macro-enabled workbook from a plain one by its workbook part’s content type, whatever the file is called', async () => {
    const bad = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'bad', name)));
    expect(await workbookKind(XLSM)).toBe('xlsm');
    expect(await workbookKind(bad('xlsm-renamed.xlsx'))).toBe('xlsm');
    expect(await workbookKind(bad('valid-control.xlsx'))).toBe('xlsx');
    expect(await workbookKind(await writeXlsx(XLSM, SUMMARY_AND_CHARTS))).toBe('xlsm');
    // What cannot be read as a package is left for the reader and the writer to name.
    expect(await workbookKind(bad('random-bytes.xlsx'))).toBe('xlsx');
    expect(await workbookKind(bad('strict-ooxml.xlsx'))).toBe('xlsx');
  });
});
