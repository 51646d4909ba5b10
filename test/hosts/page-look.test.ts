import type { PagePlan } from '../../src/core/report/plan';
import {
  HEADER_FOOTER_LIMIT,
  headerFooterCodes,
  pageBreakColumns,
  pageBreakRows,
  printScale,
  printTitleColumns,
  printTitleRows,
} from '../../src/hosts/page-look';

const PAGE: PagePlan = {
  orientation: 'portrait',
  fitToWidth: true,
  titleRows: { top: 5, bottom: 5 },
  rowBreaks: [40, 20],
  header: 'WCO Survey of Integrity Practices',
  footer: { left: 'World Customs Organization', center: '4 December 2026', pageOf: { page: 'Page', of: 'of' } },
};

const page = (overrides: Partial<PagePlan>): PagePlan => ({ ...PAGE, ...overrides });

describe('the header and footer codes of a page plan', () => {
  it('centres the title in bold, and puts the footer left, centre and “Page n of m” right', () => {
    expect(headerFooterCodes(PAGE)).toEqual({
      header: '&C&"-,Bold"WCO Survey of Integrity Practices',
      footer: '&LWorld Customs Organization&C4 December 2026&RPage &P of &N',
      centerHeader: '&"-,Bold"WCO Survey of Integrity Practices',
      leftFooter: 'World Customs Organization',
      centerFooter: '4 December 2026',
      rightFooter: 'Page &P of &N',
    });
  });

  it('writes each & of the plan’s text as &&, so that Excel prints it instead of reading a code', () => {
    const codes = headerFooterCodes(page({ header: 'Trade & tariffs &P', footer: { left: 'R&D', center: '&', pageOf: { page: 'Page', of: 'sur' } } }));
    expect(codes.header).toBe('&C&"-,Bold"Trade && tariffs &&P');
    expect(codes.footer).toBe('&LR&&D&C&&&RPage &P sur &N');
  });

  it('prints no header for an empty title, and the page numbers alone without the words', () => {
    const codes = headerFooterCodes(page({ header: '', footer: { left: '', center: '', pageOf: { page: '', of: '/' } } }));
    expect([codes.header, codes.centerHeader]).toEqual(['', '']);
    expect(codes.footer).toBe('&L&C&R&P / &N');
  });

  it('keeps each within Excel’s 255 characters by cutting the text, never the codes', () => {
    const long = 'x'.repeat(400);
    const codes = headerFooterCodes(page({ header: long, footer: { left: long, center: 'Date', pageOf: { page: 'Page', of: 'of' } } }));
    expect(codes.header).toHaveLength(HEADER_FOOTER_LIMIT);
    expect(codes.header).toMatch(/^&C&"-,Bold"x+$/);
    expect(codes.footer).toHaveLength(HEADER_FOOTER_LIMIT);
    expect(codes.footer).toMatch(/^&Lx+&CDate&RPage &P of &N$/);
  });

  it('cuts the longest text first, never through an escaped & or a surrogate pair', () => {
    const codes = headerFooterCodes(
      page({ header: '&'.repeat(200), footer: { left: '😀'.repeat(200), center: 'c'.repeat(200), pageOf: { page: 'Page', of: 'of' } } }),
    );
    expect(codes.header.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    expect(codes.centerHeader.replace('&"-,Bold"', '')).toMatch(/^(&&)+$/);
    expect(codes.footer.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    expect(codes.leftFooter).toMatch(/^(\uD83D\uDE00)+$/u);
    expect(Math.abs(codes.leftFooter.length - codes.centerFooter.length)).toBeLessThanOrEqual(2);
  });
});

describe('the breaks and the title rows of a page plan', () => {
  it('breaks after each row once, in order, within the sheet', () => {
    expect(pageBreakRows(page({ rowBreaks: [40, 20, 40, 0, -3, 1.5, 1_048_576] }))).toEqual([20, 40]);
    const { rowBreaks: _rowBreaks, ...unbroken } = PAGE;
    expect(pageBreakRows(unbroken)).toEqual([]);
  });

  it('breaks after each column once, in order, within the sheet', () => {
    expect(pageBreakColumns(page({ columnBreaks: [16, 4, 16, 0, -1, 2.5, 16_384, 16_383] }))).toEqual([4, 16, 16_383]);
    expect(pageBreakColumns(PAGE)).toEqual([]);
  });

  it('gives the print scale of a page not fitted to the width, as a whole percent Excel takes', () => {
    expect(printScale(page({ fitToWidth: false, scale: 80 }))).toBe(80);
    expect(printScale(page({ fitToWidth: false, scale: 10 }))).toBe(10);
    expect(printScale(page({ fitToWidth: false }))).toBeUndefined();
    // Fitted to the width, Excel sizes the page itself.
    expect(printScale(page({ fitToWidth: true, scale: 80 }))).toBeUndefined();
    for (const scale of [9, 401, 80.5, Number.NaN]) expect(printScale(page({ fitToWidth: false, scale }))).toBeUndefined();
  });

  it('gives the title rows as whole rows, or none when the plan has none Excel could print', () => {
    expect(printTitleRows(PAGE)).toBe('$5:$5');
    expect(printTitleRows(page({ titleRows: { top: 3, bottom: 4 } }))).toBe('$3:$4');
    const { titleRows: _titleRows, ...untitled } = PAGE;
    expect(printTitleRows(untitled)).toBeUndefined();
    expect(printTitleRows(page({ titleRows: { top: 5, bottom: 4 } }))).toBeUndefined();
  });

  it('gives the title columns as whole columns, or none when the plan has none Excel could print', () => {
    expect(printTitleColumns(page({ titleColumns: { left: 1, right: 1 } }))).toBe('$A:$A');
    expect(printTitleColumns(page({ titleColumns: { left: 2, right: 28 } }))).toBe('$B:$AB');
    expect(printTitleColumns(PAGE)).toBeUndefined();
    expect(printTitleColumns(page({ titleColumns: { left: 3, right: 2 } }))).toBeUndefined();
  });
});
