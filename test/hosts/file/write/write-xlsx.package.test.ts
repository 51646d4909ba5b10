import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { withPart } from '../xlsx-fixtures';
import { packageProblems } from './package-integrity';
import {
  chartsSheet,
  loadWithExcelJS,
  partNames,
  partsOf,
  partText,
  plan,
  SUMMARY_AND_CHARTS,
  summarySheet,
  usersWorkbook,
  withUsersChart,
} from './write-fixtures';

/** The parts the writer edits in place; every other part of the input must come out untouched. */
const EDITED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

async function changedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [old, written] = await Promise.all([partsOf(before), partsOf(after)]);
  return [...old].filter(([part, bytes]) => !Buffer.from(bytes).equals(Buffer.from(written.get(part) ?? []))).map(([part]) => part);
}

/** Adds a relationship to a sheet's relationships part, and the part it leads to. */
async function withSheetRelationship(bytes: Uint8Array, sheetPart: string, type: string, target: string, part: string): Promise<Uint8Array> {
  const relsPart = sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  const relationship = `<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const withRelationship = await withPart(bytes, relsPart, (xml) => xml.replace('</Relationships>', `${relationship}</Relationships>`));
  const withTarget = await withPart(withRelationship, part, () => 'bytes');
  return withPart(withTarget, '[Content_Types].xml', (xml) =>
    xml.includes('Extension="bin"') ? xml : xml.replace('</Types>', '<Default Extension="bin" ContentType="application/octet-stream"/></Types>'),
  );
}

describe('writeXlsx: nothing of the user’s is lost', () => {
  it('every part of the input but the five it edits comes out byte for byte, a user’s chart included', async () => {
    const input = await withUsersChart(await usersWorkbook());
    const changed = await changedParts(input, await writeXlsx(input, SUMMARY_AND_CHARTS));
    expect(changed.sort()).toEqual([...EDITED_PARTS].sort());
  });

  it('a re-run changes only the replaced sheets’ parts', async () => {
    const first = await writeXlsx(await withUsersChart(await usersWorkbook()), SUMMARY_AND_CHARTS);
    const changedPlan = plan(summarySheet({ blocks: [{ top: 1, left: 1, rows: [['Second run']] }] }), chartsSheet());
    expect(await changedParts(first, await writeXlsx(first, changedPlan))).toEqual(['xl/worksheets/sheet3.xml']);
  });

  it('the written package holds together: no dangling relationship, no part without a content type, no orphan', async () => {
    const input = await withUsersChart(await usersWorkbook());
    expect(await packageProblems(input)).toEqual([]);
    expect(await packageProblems(await writeXlsx(input, SUMMARY_AND_CHARTS))).toEqual([]);
  });

  it('reloads in ExcelJS and in readXlsx', async () => {
    const written = await writeXlsx(await withUsersChart(await usersWorkbook()), SUMMARY_AND_CHARTS);
    expect((await loadWithExcelJS(written)).worksheets.map(({ name }) => name)).toEqual(['Responses', 'Notes', 'Summary', 'Charts']);
    expect((await readXlsx(written)).sheets.map(({ name }) => name)).toEqual(['Responses', 'Notes', 'Summary', 'Charts']);
  });
});

describe('writeXlsx: a replaced sheet leaves nothing behind', () => {
  it('its table, drawing and chart parts go with their relationships and content types', async () => {
    const first = await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS);
    const bare = plan(summarySheet({ tables: [] }), chartsSheet({ charts: [] }));
    const second = await writeXlsx(first, bare);
    expect(await partNames(second, /^xl\/(tables|drawings|charts)\//)).toEqual(['xl/tables/table1.xml']);
    expect(await partText(second, '[Content_Types].xml')).not.toMatch(/table2|drawing|chart/);
    expect(await packageProblems(second)).toEqual([]);
  });

  it('so do parts a user hung on the add-in’s sheet, but not a part another sheet shares', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const printer = await withSheetRelationship(
      first,
      'xl/worksheets/sheet3.xml',
      'printerSettings',
      '../printerSettings/printerSettings1.bin',
      'xl/printerSettings/printerSettings1.bin',
    );
    const sharedImage = await withSheetRelationship(printer, 'xl/worksheets/sheet3.xml', 'image', '../media/image1.bin', 'xl/media/image1.bin');
    const alsoOnNotes = await withSheetRelationship(
      await withPart(
        sharedImage,
        'xl/worksheets/_rels/sheet2.xml.rels',
        (xml) => xml || '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      ),
      'xl/worksheets/sheet2.xml',
      'image',
      '../media/image1.bin',
      'xl/media/image1.bin',
    );
    const second = await writeXlsx(alsoOnNotes, plan(summarySheet()));
    expect(await partNames(second, /printerSettings|media/)).toEqual(['xl/media/image1.bin']);
  });

  it('a calculation chain naming the replaced sheet goes (Excel rebuilds it); one that does not stays as it was', async () => {
    const first = await writeXlsx(await usersWorkbook(), plan(summarySheet()));
    const withChain = async (sheetId: number) => {
      const chain = `<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="${sheetId}"/></calcChain>`;
      const rels = await withPart(first, 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      const types = await withPart(rels, '[Content_Types].xml', (xml) =>
        xml.replace(
          '</Types>',
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
      return withPart(types, 'xl/calcChain.xml', () => chain);
    };
    const onSummary = await writeXlsx(await withChain(3), plan(summarySheet()));
    expect(await partNames(onSummary, /calcChain/)).toEqual([]);
    expect(await packageProblems(onSummary)).toEqual([]);
    const onNotes = await withChain(2);
    expect(await partText(await writeXlsx(onNotes, plan(summarySheet())), 'xl/calcChain.xml')).toBe(await partText(onNotes, 'xl/calcChain.xml'));
  });
});

describe('writeXlsx: docProps/app.xml lists the worksheets', () => {
  const titles = (xml: string) =>
    [...(/<TitlesOfParts>(.*)<\/TitlesOfParts>/.exec(xml)?.[1] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(([, title]) => title);

  it('lists the new sheets after the user’s, with the group’s count and the vector’s size', async () => {
    const app = await partText(await writeXlsx(await usersWorkbook(), SUMMARY_AND_CHARTS), 'docProps/app.xml');
    expect(titles(app)).toEqual(['Responses', 'Notes', 'Summary', 'Charts']);
    expect(app).toContain('<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4>');
    expect(app).toContain('<TitlesOfParts><vt:vector size="4" baseType="lpstr">');
  });

  it('is left alone when it does not list the workbook’s worksheets (it is informative only)', async () => {
    const input = await withPart(await usersWorkbook(), 'docProps/app.xml', (xml) =>
      xml.replace('<vt:lpstr>Notes</vt:lpstr>', '<vt:lpstr>Old name</vt:lpstr>'),
    );
    const written = await writeXlsx(input, SUMMARY_AND_CHARTS);
    expect(await partText(written, 'docProps/app.xml')).toBe(await partText(input, 'docProps/app.xml'));
  });
});
