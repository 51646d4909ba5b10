import { analyseWorkbook, profileWorkbook, type AnalyseRequest } from '../../../src/core';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { strictExcel } from './strict-excel';
import { modelOf } from './workbooks';
import { CRM_ROWS, roundBook } from '../../support/round-1998';
import { expectProfileAgrees, valueOf } from '../../support/profile';

const REQUEST: AnalyseRequest = { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26) };

/** A 1998-style round in Excel, analysed, then France's profile written through Office.js. */
async function writtenRound() {
  const excel = strictExcel(modelOf(roundBook({ extraSheets: [CRM_ROWS] })));
  const host = new ExcelHost(excel.office);
  const workbook = await host.read();
  await host.write(analyseWorkbook(workbook, REQUEST).plan);
  const [france] = profileWorkbook(workbook, { ...REQUEST, members: ['France'] });
  await host.write(france.plan);
  return { france, model: excel.model, after: await host.read() };
}

describe('a Member’s profile written through Office.js, on a 1998-style round', () => {
  let round: Awaited<ReturnType<typeof writtenRound>>;
  beforeAll(async () => {
    round = await writtenRound();
  });

  it('shows the Member’s answers as it gave them, its percents the Summary’s and the Regions sheet’s', () => {
    expectProfileAgrees(round.after, { name: 'France', code: 'FRA', region: 'EUR' });
  });

  it('draws the self-assessment as a radar chart whose series are cells of the profile', () => {
    const sheet = round.model.sheet('Profile FRA')!;
    const [chart] = sheet.charts;
    expect(chart.type).toBe('RadarMarkers');
    const profile = round.after.sheets.find((s) => s.name === 'Profile FRA')!;
    const scores = round.france.profile.assessments[0].scored;
    chart.series.forEach((series, s) => {
      expect(series.values!.sheet).toBe(sheet);
      expect(series.categories!.sheet).toBe(sheet);
      const cells = (ref: NonNullable<typeof series.values>) => Array.from({ length: ref.rows }, (_, r) => valueOf(profile.rows[ref.row + r][ref.column]));
      expect(cells(series.categories!)).toEqual(scores.map((f) => f.factor.id));
      expect(cells(series.values!)).toEqual(scores.map((f) => [f.member, f.region.mean, f.all.mean][s] ?? null));
    });
  });

  it('prints on one A4 page, fitted to it', () => {
    expect(round.model.sheet('Profile FRA')!.pageLayout).toMatchObject({ paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
  });

  it('is replaced by a second writing, as every sheet of the add-in', async () => {
    const excel = strictExcel(modelOf(roundBook()));
    const host = new ExcelHost(excel.office);
    const workbook = await host.read();
    const [france] = profileWorkbook(workbook, { ...REQUEST, members: ['France'] });
    await host.write(france.plan);
    await host.write(france.plan);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Responses', 'Profile FRA']);
    expect(excel.model.sheet('Profile FRA')!.charts).toHaveLength(1);
  });
});
