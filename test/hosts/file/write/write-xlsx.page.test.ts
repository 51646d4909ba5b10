import type { PagePlan, SheetPlan } from '../../../../src/core/report/plan';
import { sheetEntries } from '../../../../src/hosts/file/package/workbook-xml';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { hasXmllint, xmllintErrors } from '../../../support/xmllint';
import { packageProblems } from './package-integrity';
import { chartsSheet, loadWithExcelJS, partText, plan, summarySheet, templateSheet, usersWorkbook } from './write-fixtures';

/** Sheets as the report prints them: on A4, with the report's header and footer, the table's header row on every page. */

const PAGE: PagePlan = {
  orientation: 'portrait',
  fitToWidth: true,
  titleRows: { top: 4, bottom: 4 },
  rowBreaks: [30, 12],
  header: 'Survey of Integrity Practices & <CRM>',
  footer: { left: 'World Customs Organization', center: '4 December 2026', pageOf: { page: 'Page', of: 'of' } },
};

const crmSummary = (page: PagePlan = PAGE): SheetPlan => summarySheet({ name: "CRM Members' Summary", page });
const printTitles = (workbookXml: string) =>
  [...workbookXml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map(([, id, ref]) => [Number(id), ref]);

/** The worksheet part of the sheet named `name`, found as Excel finds it: workbook.xml, then its relationships. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const sheet = sheetEntries(await partText(bytes, 'xl/workbook.xml')).find((entry) => entry.name === name)!;
  const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
  const target =
    new RegExp(`<Relationship [^>]*Id="${sheet.relationshipId}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet.relationshipId}"`).exec(rels);
  return partText(bytes, `xl/${target![1].replace(/^\/?xl\//, '')}`);
}

describe('writeXlsx: a sheet with a page plan prints as a page of the report', () => {
  it('on A4, in the plan’s orientation, one page wide and as many tall as it takes', async () => {
    const xml = await sheetXml(await writeXlsx(await usersWorkbook(), plan(crmSummary())), "CRM Members' Summary");
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
  });

  it('one page wide and at most the plan’s pages tall, when it says how many, as ExcelJS reads it back', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(crmSummary({ ...PAGE, pagesTall: 1 })));
    const xml = await sheetXml(written, "CRM Members' Summary");
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>');
    const sheet = (await loadWithExcelJS(written)).getWorksheet("CRM Members' Summary")!;
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });

  it('not fitted to any height when it is not fitted to the width, whatever pages tall the plan says', async () => {
    const xml = await sheetXml(
      await writeXlsx(await usersWorkbook(), plan(crmSummary({ ...PAGE, fitToWidth: false, scale: 80, pagesTall: 2 }))),
      "CRM Members' Summary",
    );
    expect(xml).not.toContain('fitTo');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" scale="80"/>');
  });

  it('at full size, and not fitted, when the plan does not fit it to the width', async () => {
    const xml = await sheetXml(
      await writeXlsx(await usersWorkbook(), plan(crmSummary({ ...PAGE, orientation: 'landscape', fitToWidth: false }))),
      "CRM Members' Summary",
    );
    expect(xml).not.toContain('<sheetPr');
    expect(xml).not.toContain('fitTo');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape"/>');
  });

  it('at the plan’s scale, when it prints the sheet across pages at one', async () => {
    const xml = await sheetXml(
      await writeXlsx(await usersWorkbook(), plan(crmSummary({ ...PAGE, orientation: 'landscape', fitToWidth: false, scale: 80 }))),
      "CRM Members' Summary",
    );
    expect(xml).not.toContain('<sheetPr');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" scale="80"/>');
  });

  it('with the report’s header and footer, the plan’s & written && (and the XML escaped)', async () => {
    const xml = await sheetXml(await writeXlsx(await usersWorkbook(), plan(crmSummary())), "CRM Members' Summary");
    expect(xml).toContain(
      '<headerFooter><oddHeader>&amp;C&amp;"-,Bold"Survey of Integrity Practices &amp;&amp; &lt;CRM&gt;</oddHeader>' +
        '<oddFooter>&amp;LWorld Customs Organization&amp;C4 December 2026&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>',
    );
  });

  it('with a manual break after each of the plan’s rows, in order', async () => {
    const xml = await sheetXml(await writeXlsx(await usersWorkbook(), plan(crmSummary())), "CRM Members' Summary");
    expect(xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="30" max="16383" man="1"/></rowBreaks>');
  });

  it('with a manual break after each of the plan’s columns, in order, down every row', async () => {
    const xml = await sheetXml(await writeXlsx(await usersWorkbook(), plan(crmSummary({ ...PAGE, columnBreaks: [16, 4, 16] }))), "CRM Members' Summary");
    expect(xml).toContain('<colBreaks count="2" manualBreakCount="2"><brk id="4" max="1048575" man="1"/><brk id="16" max="1048575" man="1"/></colBreaks>');
    expect(await sheetXml(await writeXlsx(await usersWorkbook(), plan(crmSummary())), "CRM Members' Summary")).not.toContain('colBreaks');
  });

  it('in the schema’s order: pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, then drawing and tableParts', async () => {
    const broken: PagePlan = { ...PAGE, columnBreaks: [2] };
    const written = await writeXlsx(await usersWorkbook(), plan(crmSummary(broken), chartsSheet({ page: broken })));
    for (const [name, last] of [
      ["CRM Members' Summary", '<tableParts'],
      ['Charts', '<drawing'],
    ]) {
      const xml = await sheetXml(written, name);
      const order = ['<sheetData>', '<pageMargins', '<pageSetup', '<headerFooter>', '<rowBreaks', '<colBreaks', last].map((tag) => xml.indexOf(tag));
      expect([name, order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))]).toEqual([name, true]);
    }
  });

  it('with the title rows on every page: a Print_Titles name scoped to the sheet’s position', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(chartsSheet(), crmSummary()));
    expect(printTitles(await partText(written, 'xl/workbook.xml'))).toEqual([[3, "'CRM Members'' Summary'!$4:$4"]]);
  });

  it('in a package Excel opens, which ExcelJS reads back as A4 with the title rows, header and footer', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(crmSummary(), chartsSheet({ page: PAGE })));
    expect(await packageProblems(written)).toEqual([]);
    const sheet = (await loadWithExcelJS(written)).getWorksheet("CRM Members' Summary")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    expect(sheet.headerFooter).toMatchObject({ oddHeader: '&C&"-,Bold"Survey of Integrity Practices && <CRM>' });
  });

  it('in a package Excel opens, which ExcelJS reads back at the plan’s scale with its title columns', async () => {
    const across: PagePlan = { ...PAGE, orientation: 'landscape', fitToWidth: false, titleColumns: { left: 1, right: 2 }, columnBreaks: [3], scale: 75 };
    const written = await writeXlsx(await usersWorkbook(), plan(crmSummary(across)));
    expect(await packageProblems(written)).toEqual([]);
    expect(printTitles(await partText(written, 'xl/workbook.xml'))).toEqual([[2, "'CRM Members'' Summary'!$A:$B,'CRM Members'' Summary'!$4:$4"]]);
    const sheet = (await loadWithExcelJS(written)).getWorksheet("CRM Members' Summary")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 75, printTitlesColumn: 'A:B', printTitlesRow: '4:4' });
  });

  it('an input sheet too: the template gets its page and its title rows, still without the add-in’s mark', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(templateSheet({ page: { ...PAGE, titleRows: { top: 1, bottom: 2 } } })));
    const workbookXml = await partText(written, 'xl/workbook.xml');
    expect(printTitles(workbookXml)).toEqual([[2, "'Submission'!$1:$2"]]);
    expect(workbookXml).not.toContain('_wcoSurveyOwned');
    const xml = await sheetXml(written, 'Submission');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/><headerFooter>');
    expect(xml.indexOf('<dataValidations')).toBeLessThan(xml.indexOf('<pageSetup'));
  });
});

describe('writeXlsx: a re-run over sheets with a page plan', () => {
  it('leaves exactly one Print_Titles per sheet, each on its sheet’s new position', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(crmSummary(), chartsSheet({ page: { ...PAGE, titleRows: { top: 2, bottom: 2 } } })));
    const second = await writeXlsx(first, plan(crmSummary(), chartsSheet({ page: { ...PAGE, titleRows: { top: 2, bottom: 2 } } })));
    const third = await writeXlsx(second, plan(crmSummary()));
    expect(printTitles(await partText(second, 'xl/workbook.xml'))).toEqual([
      [2, "'CRM Members'' Summary'!$4:$4"],
      [3, "'Charts'!$2:$2"],
    ]);
    // Charts is the add-in's, left as it was by a plan that does not write it: its name keeps to it, one position down.
    const thirdXml = await partText(third, 'xl/workbook.xml');
    expect(sheetEntries(thirdXml).map(({ name }) => name)).toEqual(['Responses', 'Notes', 'Charts', "CRM Members' Summary"]);
    expect(printTitles(thirdXml)).toEqual([
      [2, "'Charts'!$2:$2"],
      [3, "'CRM Members'' Summary'!$4:$4"],
    ]);
    expect(await packageProblems(third)).toEqual([]);
  });

  it('drops the old Print_Titles when the new plan prints no title rows', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(crmSummary()));
    const { titleRows: _titleRows, ...untitled } = PAGE;
    const second = await writeXlsx(first, plan(crmSummary(untitled)));
    expect(printTitles(await partText(second, 'xl/workbook.xml'))).toEqual([]);
  });
});

describe('writeXlsx: a sheet without a page plan', () => {
  it('prints as before: one page wide, landscape, no paper size, header, footer, breaks or title rows', async () => {
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const xml = await sheetXml(written, 'Summary');
    expect(xml).toContain(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension',
    );
    expect(xml).toContain(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/><tableParts',
    );
    expect(xml).not.toMatch(/headerFooter|rowBreaks|colBreaks|paperSize|scale=/);
    expect(await partText(written, 'xl/workbook.xml')).not.toContain('Print_Titles');
  });
});

describe('writeXlsx: a page plan full of markup', () => {
  (hasXmllint ? it : it.skip)('still gives well-formed parts, for xmllint', async () => {
    const awkward: PagePlan = {
      ...PAGE,
      header: 'a < b & "c" \u0001 ]]>',
      footer: { left: "O'Neil & <Co>", center: '\r\n', pageOf: { page: '<Page>', of: '&' } },
    };
    const written = await writeXlsx(await usersWorkbook(), plan(summarySheet({ name: "Members' & <others>", page: awkward })));
    const parts = new Map([
      ['sheet.xml', await sheetXml(written, "Members' & <others>")],
      ['workbook.xml', await partText(written, 'xl/workbook.xml')],
    ]);
    expect(xmllintErrors(parts)).toBe('');
    expect(await sheetXml(written, "Members' & <others>")).toContain(
      "<oddFooter>&amp;LO'Neil &amp;&amp; &lt;Co&gt;&amp;C&#13;\n&amp;R&lt;Page&gt; &amp;P &amp;&amp; &amp;N</oddFooter>",
    );
  });
});
