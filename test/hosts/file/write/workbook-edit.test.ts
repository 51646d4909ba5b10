import { sheetEntries } from '../../../../src/hosts/file/package/workbook-xml';
import { withSheet, withoutSheet } from '../../../../src/hosts/file/write/workbook-edit';

/** workbook.xml as the Open XML SDK writes it: every element prefixed, the relationships namespace under another prefix. */
const PREFIXED =
  '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<x:bookViews><x:workbookView activeTab="1" firstSheet="1"/></x:bookViews>' +
  '<x:sheets><x:sheet name="Data" sheetId="1" rel:id="R1"/><x:sheet name="Old" sheetId="2" rel:id="R2"/><x:sheet name="Notes &amp; more" sheetId="3" rel:id="R3"/></x:sheets>' +
  '<x:definedNames><x:definedName name="_wcoSurveyOwned" localSheetId="1" hidden="1">Old!$A$1</x:definedName><x:definedName name="Total" localSheetId="2">\'Notes &amp; more\'!$B$2</x:definedName></x:definedNames>' +
  '<x:calcPr calcId="191029"/></x:workbook>';

/** As Excel writes it, with no defined names, and the names of the markup-compatibility extensions. */
const EXCEL =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<fileVersion appName="xl"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0"/></bookViews>' +
  '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{x}"/></extLst></workbook>';

describe('workbook.xml edits', () => {
  it('removes a sheet with its own names, moving down the positions of the sheets after it', () => {
    const [, old] = sheetEntries(PREFIXED);
    expect(withoutSheet(PREFIXED, old)).toBe(
      PREFIXED.replace('<x:sheet name="Old" sheetId="2" rel:id="R2"/>', '')
        .replace('<x:definedName name="_wcoSurveyOwned" localSheetId="1" hidden="1">Old!$A$1</x:definedName>', '')
        .replace('localSheetId="2">', 'localSheetId="1">'),
    );
  });

  it('leaves no empty definedNames behind', () => {
    const [, old] = sheetEntries(PREFIXED);
    const withOwnNameOnly = PREFIXED.replace(/<x:definedName name="Total".*?<\/x:definedName>/, '');
    expect(withoutSheet(withOwnNameOnly, old)).not.toContain('definedNames');
  });

  it('keeps the active and first tabs on their sheets', () => {
    const [data] = sheetEntries(PREFIXED);
    expect(withoutSheet(PREFIXED, data)).toContain('<x:workbookView activeTab="0" firstSheet="0"/>');
  });

  it('adds a sheet with the workbook’s own prefixes, marked owned at its position', () => {
    const added = withSheet(PREFIXED, { name: "Members' summary", sheetId: 4, relationshipId: 'R9', owned: true });
    expect(added).toContain(`<x:sheet name="Members' summary" sheetId="4" rel:id="R9"/></x:sheets>`);
    expect(added).toContain(`<x:definedName name="_wcoSurveyOwned" localSheetId="3" hidden="1">'Members'' summary'!$A$1</x:definedName></x:definedNames>`);
  });

  it('adds a sheet made for the user to keep without the mark', () => {
    const added = withSheet(EXCEL, { name: 'Template', sheetId: 2, relationshipId: 'rId9', owned: false });
    expect(added).toBe(EXCEL.replace('</sheets>', '<sheet name="Template" sheetId="2" r:id="rId9"/></sheets>'));
  });

  it('creates definedNames right after sheets when the workbook has none', () => {
    const added = withSheet(EXCEL, { name: 'Summary', sheetId: 2, relationshipId: 'rId9', owned: true });
    expect(added).toContain(
      `<sheet name="Summary" sheetId="2" r:id="rId9"/></sheets><definedNames><definedName name="_wcoSurveyOwned" localSheetId="1" hidden="1">'Summary'!$A$1</definedName></definedNames><calcPr`,
    );
  });

  it('adds the rows printed on every page as a Print_Titles name scoped to the new sheet, owned or not', () => {
    const owned = withSheet(PREFIXED, { name: "Members' summary", sheetId: 4, relationshipId: 'R9', owned: true, printTitles: { rows: '$5:$5' } });
    expect(owned).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="3">'Members'' summary'!$5:$5</x:definedName>`);
    const input = withSheet(EXCEL, { name: 'Template', sheetId: 2, relationshipId: 'rId9', owned: false, printTitles: { rows: '$1:$2' } });
    expect(input).toContain(
      `</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Template'!$1:$2</definedName></definedNames><calcPr`,
    );
  });

  it('prints the title columns at the left of every page, written first as Excel writes them', () => {
    const wide = withSheet(EXCEL, { name: 'Responses', sheetId: 2, relationshipId: 'rId9', owned: false, printTitles: { rows: '$1:$1', columns: '$A:$A' } });
    expect(wide).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Responses'!$A:$A,'Responses'!$1:$1</definedName>`);
  });

  it('removes a sheet’s Print_Titles with it, and moves down those of the sheets after it', () => {
    const titled = PREFIXED.replace(
      '</x:definedNames>',
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="1">Old!$4:$4</x:definedName><x:definedName name="_xlnm.Print_Titles" localSheetId="2">\'Notes &amp; more\'!$1:$1</x:definedName></x:definedNames>',
    );
    const [, old] = sheetEntries(titled);
    const removed = withoutSheet(titled, old);
    expect(removed).not.toContain('Old!$4:$4');
    expect(removed).toContain('<x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'Notes &amp; more\'!$1:$1</x:definedName>');
  });

  it('declares the relationships namespace on the entry when the workbook does not', () => {
    const bare = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets></sheets></workbook>';
    expect(withSheet(bare, { name: 'Summary', sheetId: 1, relationshipId: 'rId1', owned: true })).toContain(
      '<sheet name="Summary" sheetId="1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>',
    );
  });
});
