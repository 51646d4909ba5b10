import JSZip from 'jszip';
import { analyseWorkbook, profileWorkbook, type AnalyseRequest } from '../../../src/core';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { columnNumber } from '../../../src/core/workbook/address';
import { XlsxHost } from '../../../src/hosts/file';
import { xlsxOf } from '../excel/workbooks';
import { CRM_ROWS, roundBook } from '../../support/round-1998';
import { expectProfileAgrees, valueOf } from '../../support/profile';

const REQUEST: AnalyseRequest = { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26) };

/** A 1998-style round analysed, then France's profile written, in the same file. */
async function writtenRound() {
  const host = new XlsxHost(await xlsxOf(roundBook({ extraSheets: [CRM_ROWS] })));
  const workbook = await host.read();
  await host.write(analyseWorkbook(workbook, REQUEST).plan);
  const [france] = profileWorkbook(workbook, { ...REQUEST, members: ['France'] });
  await host.write(france.plan);
  const zip = await JSZip.loadAsync(host.written);
  const part = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  return { france, after: await new XlsxHost(host.written).read(), part, zip };
}

describe('a Member’s profile written into a file, on a 1998-style round', () => {
  let round: Awaited<ReturnType<typeof writtenRound>>;
  beforeAll(async () => {
    round = await writtenRound();
  });

  it('shows the Member’s answers as it gave them, its percents the Summary’s and the Regions sheet’s', () => {
    expectProfileAgrees(round.after, { name: 'France', code: 'FRA', region: 'EUR' });
  });

  it('draws the self-assessment as a native radar chart whose series are cells of the profile', async () => {
    const profile = round.after.sheets.find((s) => s.name === 'Profile FRA')!;
    const charts = Object.keys(round.zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
    const radar = (await Promise.all(charts.map(round.part))).find((xml) => xml.includes('<c:radarChart>'))!;
    const formulas = [...radar.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    // Categories, then values, of each of the three series: all on the profile sheet.
    expect(formulas).toHaveLength(6);
    const scores = round.france.profile.assessments[0].scored;
    formulas.forEach((formula, i) => {
      const [, sheet, column, top, bottom] = /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
      expect(sheet).toBe('Profile FRA');
      const cells = Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, r) => valueOf(profile.rows[Number(top) - 1 + r][columnNumber(column) - 1]));
      const series = Math.floor(i / 2);
      const expected = i % 2 === 0 ? scores.map((f) => f.factor.id) : scores.map((f) => [f.member, f.region.mean, f.all.mean][series] ?? null);
      expect(cells).toEqual(expected);
    });
  });

  it('prints on one A4 page, fitted to it, with the report’s footer', async () => {
    const workbook = await round.part('xl/workbook.xml');
    const id = /<sheet name="Profile FRA" sheetId="\d+" r:id="(rId\d+)"/.exec(workbook)![1];
    const rels = await round.part('xl/_rels/workbook.xml.rels');
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
    const sheet = await round.part(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="1"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<oddFooter>&amp;LOrganisation mondiale des douanes&amp;C.*&amp;RPage &amp;P sur &amp;N<\/oddFooter>/);
  });
});
