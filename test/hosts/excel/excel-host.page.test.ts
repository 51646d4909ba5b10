import type { PagePlan, WorkbookPlan } from '../../../src/core/report/plan';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { strictExcel, type StrictExcel } from './strict-excel';
import { PLAN, TEMPLATE } from './plans';
import { modelOf } from './workbooks';

/** Sheets as the report prints them, written through Office.js (ExcelApi 1.9's page layout) as the file host writes them. */

const PAGE: PagePlan = {
  orientation: 'portrait',
  fitToWidth: true,
  titleRows: { top: 1, bottom: 1 },
  rowBreaks: [4, 2, 4],
  header: 'Survey of Integrity Practices & CRM',
  footer: { left: 'World Customs Organization', center: '4 December 2026', pageOf: { page: 'Page', of: 'of' } },
};

const WIDE: PagePlan = {
  orientation: 'landscape',
  fitToWidth: false,
  titleColumns: { left: 1, right: 2 },
  columnBreaks: [4, 3, 4],
  scale: 80,
  header: PAGE.header,
  footer: { ...PAGE.footer, pageOf: { page: 'Page', of: 'sur' } },
};

/** The plan's sheets without their chart (drawn, or not, as excel-host.write.test.ts says), printed, and not. */
const UNPRINTED: WorkbookPlan = { sheets: PLAN.sheets.map((sheet) => ({ ...sheet, charts: [] })) };
const PRINTED: WorkbookPlan = {
  sheets: [
    { ...UNPRINTED.sheets[0], page: PAGE },
    { ...UNPRINTED.sheets[1], page: WIDE },
  ],
};

const isPageLabel = (label: string) => /^(PageLayout|HeaderFooter|PageBreakCollection)\./.test(label);

async function written(plan: WorkbookPlan = PRINTED, apiVersion?: string): Promise<StrictExcel> {
  const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member'], ['France']] }] }), apiVersion);
  await new ExcelHost(excel.office).write(plan);
  return excel;
}

describe('writing a plan’s pages through Office.js', () => {
  it('prints on A4, in the plan’s orientation, one page wide and as many tall as needed when the plan fits the width', async () => {
    const { model } = await written();
    expect(model.sheet('Summary')!.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(model.sheet('Charts')!.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape' });
  });

  it('fits a sheet to the width and at most the plan’s pages tall, when it says how many', async () => {
    const { model } = await written({ sheets: [{ ...UNPRINTED.sheets[0], page: { ...PAGE, pagesTall: 1 } }] });
    expect(model.sheet('Summary')!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    const across = await written({ sheets: [{ ...UNPRINTED.sheets[1], page: { ...WIDE, pagesTall: 2 } }] });
    expect(across.model.sheet('Charts')!.pageLayout.zoom).toEqual({ scale: 80 });
  });

  it('prints a sheet not fitted to the width at the plan’s scale, or at full size without one', async () => {
    expect((await written()).model.sheet('Charts')!.pageLayout.zoom).toEqual({ scale: 80 });
    const { scale: _scale, ...fullSize } = WIDE;
    const { model } = await written({ sheets: [{ ...UNPRINTED.sheets[1], page: fullSize }] });
    expect(model.sheet('Charts')!.pageLayout.zoom).toBeUndefined();
  });

  it('repeats the title rows (and columns) on every page, and prints none where the plan has none', async () => {
    const { model } = await written();
    expect(model.sheet('Summary')!.pageLayout.printTitleRows).toEqual({ top: 0, bottom: 0 });
    expect(model.sheet('Charts')!.pageLayout.printTitleRows).toBeUndefined();
    expect(model.sheet('Charts')!.pageLayout.printTitleColumns).toEqual({ left: 0, right: 1 });
    expect(model.sheet('Summary')!.pageLayout.printTitleColumns).toBeUndefined();
  });

  it('sets the report’s header and footer by position, with the plan’s & written &&', async () => {
    const { model } = await written();
    expect(model.sheet('Summary')!.pageLayout.headersFooters).toEqual({
      centerHeader: '&"-,Bold"Survey of Integrity Practices && CRM',
      leftFooter: 'World Customs Organization',
      centerFooter: '4 December 2026',
      rightFooter: 'Page &P of &N',
    });
    expect(model.sheet('Charts')!.pageLayout.headersFooters.rightFooter).toBe('Page &P sur &N');
  });

  it('starts a new page after each of the plan’s break rows, once each: a break above the next row', async () => {
    const { model } = await written();
    expect(model.sheet('Summary')!.horizontalPageBreaks).toEqual([2, 4]);
    expect(model.sheet('Charts')!.horizontalPageBreaks).toEqual([]);
  });

  it('starts a new page after each of the plan’s break columns, once each: a break left of the next column', async () => {
    const { model } = await written();
    expect(model.sheet('Charts')!.verticalPageBreaks).toEqual([3, 4]);
    expect(model.sheet('Summary')!.verticalPageBreaks).toEqual([]);
  });

  it('prints a sheet the user keeps the same way: the template, protected, gets its page too', async () => {
    const { model } = await written({ sheets: [{ ...TEMPLATE, page: PAGE }] });
    const template = model.sheet('Submission')!;
    expect(template.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', printTitleRows: { top: 0, bottom: 0 } });
    expect(template.protected).toBe(true);
  });

  it('queues it all in the last request, with the rest of the write: not one sync more', async () => {
    const [withPages, without] = [await written(), await written(UNPRINTED)];
    expect(withPages.meter.syncs).toBe(without.meter.syncs);
    const labels = withPages.meter.requests.map((request) => request.labels.filter(isPageLabel));
    expect(labels.slice(0, -1).flat()).toEqual([]);
    expect(labels.at(-1)).toEqual(
      expect.arrayContaining([
        'PageLayout.paperSize=',
        'PageLayout.zoom=',
        'PageLayout.setPrintTitleRows',
        'HeaderFooter.centerHeader=',
        'PageBreakCollection.add',
      ]),
    );
  });

  it('replaces the page of the sheet a re-run replaces: one set of breaks, one set of title rows', async () => {
    const excel = await written();
    await new ExcelHost(excel.office).write(PRINTED);
    const summaries = excel.model.sheets.filter((sheet) => sheet.name === 'Summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].horizontalPageBreaks).toEqual([2, 4]);
    expect(summaries[0].pageLayout.printTitleRows).toEqual({ top: 0, bottom: 0 });
    expect(excel.model.sheets.filter((sheet) => sheet.name === 'Charts').map((sheet) => sheet.verticalPageBreaks)).toEqual([[3, 4]]);
  });

  it.each(['1.8', '1.7'])('on ExcelApi %s, writes the sheets without a page layout, and without an error', async (version) => {
    const excel = await written(PRINTED, version);
    const summary = excel.model.sheet('Summary')!;
    expect(summary.pageLayout).toEqual({ headersFooters: {} });
    expect(summary.horizontalPageBreaks).toEqual([]);
    expect(excel.model.sheet('Charts')!.verticalPageBreaks).toEqual([]);
    expect(summary.valueAt(1, 0)).toBe('S1');
    expect(excel.meter.requests.flatMap((request) => request.labels).filter(isPageLabel)).toEqual([]);
  });
});
