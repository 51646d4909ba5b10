import { headerFooterCodes, pageBreakColumns, pageBreakRows, printScale, printTitleColumns, printTitleRows } from '../../page-look';
import type { ExcelExtras } from '../requirements';
import type { StagedSheet } from './staging';

/**
 * How the sheet prints, as the file host writes it: A4, the plan's orientation, one page wide and as
 * many tall as needed (0 pages tall: Excel's "automatic", as a file's `fitToHeight="0"`) or as the plan's
 * `pagesTall` when the plan fits it to the width, else at the plan's scale, the title rows and columns on
 * every page, the report's header and footer, and a manual break after each of the plan's break rows and
 * columns. Queued with the rest of the last request: no sync of its own.
 * It needs ExcelApi 1.9; an older Excel gets the sheet without it (printed as Excel's defaults say).
 */
export function queuePageLayout({ plan, sheet }: StagedSheet, extras: ExcelExtras): void {
  const page = plan.page;
  if (!extras.pageLayout || page === undefined) return;
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  const scale = printScale(page);
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.pagesTall ?? 0 };
  else if (scale !== undefined) layout.zoom = { scale };
  const titles = printTitleRows(page);
  if (titles !== undefined) layout.setPrintTitleRows(titles);
  const columns = printTitleColumns(page);
  if (columns !== undefined) layout.setPrintTitleColumns(columns);
  const codes = headerFooterCodes(page);
  const everyPage = layout.headersFooters.defaultForAllPages;
  everyPage.centerHeader = codes.centerHeader;
  everyPage.leftFooter = codes.leftFooter;
  everyPage.centerFooter = codes.centerFooter;
  everyPage.rightFooter = codes.rightFooter;
  // A break goes above the range given: a page that ends after row R is broken at row R + 1 (index R).
  for (const row of pageBreakRows(page)) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  // And left of the range given: a page that ends after column C is broken at column C + 1 (index C).
  for (const column of pageBreakColumns(page)) sheet.verticalPageBreaks.add(sheet.getRangeByIndexes(0, column, 1, 1));
}
