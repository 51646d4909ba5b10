import type { SheetPlan, TablePlan } from '../../../../src/core/report/plan';
import { forPrint, pagePlan } from '../../../../src/core/report/print/page-setup';
import { writtenDate } from '../../../../src/core/report/print/words';
import { serialOfUtc } from '../../../../src/core/workbook/serial';

const sheet = (parts: Partial<SheetPlan>): SheetPlan => ({ name: 'S', blocks: [], tables: [], charts: [], ...parts });
const table = (columns: number, rows: number, top = 1): TablePlan => ({
  name: 'T',
  top,
  left: 1,
  columns: Array.from({ length: columns }, (_, i) => `C${i + 1}`),
  rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => 1)),
});

describe('pagePlan: every sheet prints as a page of the report', () => {
  it('prints a narrow sheet portrait, one page wide', () => {
    const page = pagePlan(sheet({ columnWidths: { 1: 10, 2: 60 }, tables: [table(2, 3)] }), { lang: 'en' });
    expect(page).toMatchObject({ orientation: 'portrait', fitToWidth: true });
  });

  it('turns a sheet wider than a portrait page to landscape, still one page wide', () => {
    const page = pagePlan(sheet({ columnWidths: { 1: 60, 2: 60 }, tables: [table(2, 3)] }), { lang: 'en' });
    expect(page).toMatchObject({ orientation: 'landscape', fitToWidth: true });
  });

  it('never squeezes 67 columns onto one page: it prints them across pages, the header row and the frozen columns repeated', () => {
    const page = pagePlan(sheet({ tables: [table(67, 44, 1)], freeze: { rows: 1, columns: 1 } }), { lang: 'en' });
    expect(page).toMatchObject({ orientation: 'landscape', fitToWidth: false, titleRows: { top: 1, bottom: 1 }, titleColumns: { left: 1, right: 1 } });
    expect(pagePlan(sheet({ tables: [table(3, 44, 1)], freeze: { rows: 1, columns: 1 } }), { lang: 'en' }).titleColumns).toBeUndefined();
  });

  it('repeats the header of a sheet’s one table on every page it runs over', () => {
    expect(pagePlan(sheet({ tables: [table(3, 120, 4)] }), { lang: 'en' }).titleRows).toEqual({ top: 4, bottom: 4 });
    expect(pagePlan(sheet({ blocks: [{ top: 1, left: 1, rows: [['No table']] }] }), { lang: 'en' }).titleRows).toBeUndefined();
  });

  it('repeats no header over a sheet of several tables, where it would head the wrong one', () => {
    expect(pagePlan(sheet({ tables: [table(3, 120), { ...table(3, 120, 130), name: 'U' }] }), { lang: 'en' }).titleRows).toBeUndefined();
  });

  it('ends pages where the sheet asks (between charts)', () => {
    expect(pagePlan(sheet({ rowBreaks: [24, 48] }), { lang: 'en' }).rowBreaks).toEqual([24, 48]);
  });

  it('prints a sheet too wide for one page in the parts it asks for, each one page wide at one scale, its frozen columns on every page', () => {
    // 1,678 px: two key columns (89 px each), then 20 of 75 px; in two parts of 10 of them, 928 px a page, under a landscape page's 988.
    const widths = Object.fromEntries(Array.from({ length: 22 }, (_, i) => [i + 1, i < 2 ? 12 : 10]));
    const wide = sheet({ tables: [table(22, 40)], freeze: { rows: 1, columns: 2 }, columnWidths: widths, columnBreaks: [12] });
    expect(pagePlan(wide, { lang: 'en' })).toMatchObject({
      orientation: 'landscape',
      fitToWidth: false,
      titleRows: { top: 1, bottom: 1 },
      titleColumns: { left: 1, right: 2 },
      columnBreaks: [12],
      scale: 100,
    });
    // The widest part sets the scale, 4 % spare: 14 columns past the key in the first (1,228 px), 6 in the second: 988 × 0.96 / 1,228.
    expect(pagePlan({ ...wide, columnBreaks: [16] }, { lang: 'en' })).toMatchObject({ fitToWidth: false, columnBreaks: [16], scale: 77 });
    // Breaks in any order, each part with the key columns: 553, 1,078 and 403 px.
    expect(pagePlan({ ...wide, columnBreaks: [19, 7] }, { lang: 'en' }).scale).toBe(87);
  });

  it('leaves out breaks past the sheet’s last column, and repeats no key columns a sheet does not freeze', () => {
    const widths = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [i + 1, 10]));
    const page = pagePlan(sheet({ tables: [table(30, 10)], columnWidths: widths, columnBreaks: [15, 40] }), { lang: 'en' });
    // Two parts of 15 columns of 75 px: 1,125 px each.
    expect(page).toMatchObject({ fitToWidth: false, columnBreaks: [15, 40], scale: 84 });
    expect(page.titleColumns).toBeUndefined();
  });

  it('prints at full size, across as many pages as it takes, a part that would shrink past reading', () => {
    const page = pagePlan(sheet({ tables: [table(67, 44)], freeze: { rows: 1, columns: 1 }, columnBreaks: [60] }), { lang: 'en' });
    expect(page).toMatchObject({ orientation: 'landscape', fitToWidth: false, titleColumns: { left: 1, right: 1 }, columnBreaks: [60] });
    expect(page.scale).toBeUndefined();
  });

  it('breaks no page between the columns of a sheet that fits one page wide', () => {
    const page = pagePlan(sheet({ tables: [table(6, 10)], freeze: { rows: 1, columns: 1 }, columnBreaks: [3] }), { lang: 'en' });
    expect(page).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    expect(page.columnBreaks).toBeUndefined();
    expect(page.scale).toBeUndefined();
  });

  it('prints a sheet laid out for its pages (a Member’s profile) as it says: fitted to its pages, or at its scale, breaking where it breaks', () => {
    const wide = { columnWidths: { 1: 60, 2: 60 }, blocks: [{ top: 1, left: 1, rows: [['A', 'B']] }] };
    const onePage = pagePlan(sheet({ ...wide, printedAs: { orientation: 'portrait', pagesTall: 1 } }), { lang: 'en' });
    expect(onePage).toMatchObject({ orientation: 'portrait', fitToWidth: true, pagesTall: 1 });
    expect(onePage.rowBreaks).toBeUndefined();
    const twoPages = pagePlan(sheet({ ...wide, rowBreaks: [40], printedAs: { orientation: 'landscape', scale: 62 } }), { lang: 'fr' });
    expect(twoPages).toMatchObject({ orientation: 'landscape', fitToWidth: false, scale: 62, rowBreaks: [40], footer: { pageOf: { of: 'sur' } } });
  });

  it('heads each page with the report’s title and signs it in the sheet’s language', () => {
    const day = serialOfUtc(2026, 12, 4);
    expect(pagePlan(sheet({}), { lang: 'en', dated: `Analysed on ${writtenDate(day, 'en')}` })).toMatchObject({
      header: 'WCO Survey of Integrity Practices',
      footer: { left: 'World Customs Organization', center: 'Analysed on 4 December 2026', pageOf: { page: 'Page', of: 'of' } },
    });
    expect(pagePlan(sheet({}), { lang: 'fr', title: 'Enquête 2027' })).toMatchObject({
      header: 'Enquête 2027',
      footer: { left: 'Organisation mondiale des douanes', center: '', pageOf: { page: 'Page', of: 'sur' } },
    });
  });

  it('writes the first of a month as French does', () => {
    expect(writtenDate(serialOfUtc(1998, 3, 1), 'fr')).toBe('1er mars 1998');
    expect(writtenDate(serialOfUtc(1998, 3, 15), 'en')).toBe('15 March 1998');
  });

  it('sets up every sheet of a plan, its columns sized first', () => {
    const plan = forPrint({ sheets: [sheet({ tables: [table(2, 2)] }), sheet({ name: 'R' })] }, { lang: 'en' });
    expect(plan.sheets.map((s) => s.page?.orientation)).toEqual(['portrait', 'portrait']);
    expect(plan.sheets[0].columnWidths).toEqual({ 1: 7, 2: 7 });
  });
});
