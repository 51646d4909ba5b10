import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnNumber } from '../../src/core/workbook/address';
import { run, scratch } from '../support/cli';

/**
 * The written report as a reader meets it, on screen and on paper: the checks made by eye on the
 * sample's pages rendered through LibreOffice, kept as tests of the package `analyze` writes.
 */

const dir = scratch();
afterAll(() => dir.cleanup());

const SAMPLE = 'samples/integrity-survey-sample.xlsx';
const OWNED = ['Summary', 'Charts', 'Regions', 'Comparison', 'CRM Summary', 'Validation'];
const written: Record<'en' | 'fr', Uint8Array> = { en: new Uint8Array(), fr: new Uint8Array() };

beforeAll(async () => {
  for (const lang of ['en', 'fr'] as const) {
    const out = dir.path(`report-${lang}.xlsx`);
    const result = await run(['analyze', SAMPLE, '--out', out, '--first', '36', '--member', 'Malaysia', '--region', 'MENA', '--lang', lang]);
    expect(result.code).toBe(0);
    written[lang] = readFileSync(out);
  }
}, 60_000);

/** Each sheet's worksheet part, by sheet name, as workbook.xml and its relationships say. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(([, id, target]) => [id, target]));
  const parts = new Map<string, string>();
  for (const [, attributes] of workbook.matchAll(/<sheet ([^>]*)\/>/g)) {
    const name = /name="([^"]+)"/.exec(attributes)![1];
    const target = targets.get(/r:id="([^"]+)"/.exec(attributes)![1])!;
    parts.set(name, await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string'));
  }
  return parts;
}

describe('the written report on paper', () => {
  it.each(['en', 'fr'] as const)('prints every sheet of the add-in on A4, with the report’s header and footer (%s)', async (lang) => {
    const parts = await sheetParts(written[lang]);
    const footer = lang === 'en' ? 'World Customs Organization' : 'Organisation mondiale des douanes';
    const pages = lang === 'en' ? 'Page &amp;P of &amp;N' : 'Page &amp;P sur &amp;N';
    for (const name of OWNED) {
      const xml = parts.get(name)!;
      expect([name, /<pageSetup [^>]*paperSize="9"/.test(xml)]).toEqual([name, true]);
      expect(xml).toMatch(/<pageSetup [^>]*orientation="(portrait|landscape)"/);
      expect(xml).toContain(footer);
      expect(xml).toContain(pages);
    }
  });

  it('fits the report’s sheets to the page width, but Regions and a Comparison of a region', async () => {
    const parts = await sheetParts(written.en);
    for (const name of OWNED.filter((n) => n !== 'Regions' && n !== 'Comparison')) {
      expect([name, /<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/.test(parts.get(name)!)]).toEqual([name, true]);
    }
  });

  it('prints Regions two pages wide at one readable scale: the percents and bases, then the intervals, the answer’s columns on both', async () => {
    const regions = (await sheetParts(written.en)).get('Regions')!;
    expect(regions).not.toMatch(/fitToWidth|fitToPage/);
    const scale = Number(/<pageSetup [^>]*scale="(\d+)"/.exec(regions)?.[1]);
    expect(scale).toBeGreaterThanOrEqual(70);
    expect(scale).toBeLessThanOrEqual(100);
    // After column P, WCA Base: AM Low starts the second page.
    expect(regions).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="16" max="1048575" man="1"/></colBreaks>');
    const workbook = await (await JSZip.loadAsync(written.en)).file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'?Regions'?!\$A:\$D,'?Regions'?!\$1:\$1<\/definedName>/);
  });

  it('prints a Comparison with a region two pages wide: the percents, differences and their intervals, then the percents’ intervals', async () => {
    const comparison = (await sheetParts(written.en)).get('Comparison')!;
    expect(Number(/<pageSetup [^>]*scale="(\d+)"/.exec(comparison)?.[1])).toBeGreaterThanOrEqual(70);
    // After column L, Significant: Rest percent starts the second page.
    expect(comparison).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="12" max="1048575" man="1"/></colBreaks>');
    const workbook = await (await JSZip.loadAsync(written.en)).file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'?Comparison'?!\$A:\$D<\/definedName>/);
  });

  it('repeats a long table’s header on every page: the Validation sheet’s', async () => {
    const zip = await JSZip.loadAsync(written.en);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'?Validation'?!\$1:\$1<\/definedName>/);
  });

  it('never cuts a chart with a page break', async () => {
    const zip = await JSZip.loadAsync(written.en);
    const charts = (await sheetParts(written.en)).get('Charts')!;
    const breaks = [...charts.matchAll(/<brk id="(\d+)"/g)].map(([, row]) => Number(row));
    expect(breaks.length).toBeGreaterThan(0);
    const drawing = await zip
      .file(/xl\/drawings\/drawing\d+\.xml$/)
      .find(async () => true)!
      .async('string');
    const anchors = [
      ...drawing.matchAll(
        /<xdr:from><xdr:col>\d+<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>[\s\S]*?<xdr:to><xdr:col>\d+<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g,
      ),
    ];
    expect(anchors.length).toBe(7);
    for (const [, from, to] of anchors) {
      // Rows of the drawing count from 0; a break after row b (1-based) falls between rows b and b + 1.
      const [first, last] = [Number(from) + 1, Number(to) + 1];
      expect(breaks.filter((b) => b >= first && b < last)).toEqual([]);
    }
  });
});

describe('the written report on screen', () => {
  it.each(['en', 'fr'] as const)('cuts no table text: each is narrower than its column, or wraps in it (%s)', async (lang) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written[lang] as unknown as ExcelJS.Buffer);
    const cut: string[] = [];
    /* eslint-disable office-addins/call-sync-before-read -- ExcelJS cells, read from the file: no Office.js here */
    for (const name of OWNED) {
      const sheet = workbook.getWorksheet(name)!;
      for (const { table } of Object.values((sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)) {
        const [top, left, bottom, right] = areaOf(table.tableRef);
        for (let row = top; row <= bottom; row++) {
          for (let column = left; column <= right; column++) {
            const { value, alignment } = sheet.getRow(row).getCell(column);
            if (typeof value !== 'string' || alignment?.wrapText) continue;
            const width = sheet.getColumn(column).width ?? 8.43;
            if (value.length > width) cut.push(`${name} row ${row} column ${column}: “${value}” in ${width}`);
          }
        }
      }
    }
    /* eslint-enable office-addins/call-sync-before-read */
    expect(cut).toEqual([]);
  });
});

/** "A1:G67" as [top, left, bottom, right]. */
function areaOf(ref: string): [number, number, number, number] {
  const [from, to] = ref.split(':').map((address) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    return [Number(digits), columnNumber(letters)];
  });
  return [from[0], from[1], to[0], to[1]];
}
