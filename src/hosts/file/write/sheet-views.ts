import { a1, type SheetPlan } from '../../../core';

/** The sheet's view, with its top rows and left columns frozen when the plan says so. */
export function sheetViewsXml(freeze: SheetPlan['freeze']): string {
  const pane = freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0) ? frozenPaneXml(freeze.rows, freeze.columns) : '';
  return `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

/** The pane that scrolls is the one below and right of the split, and the selection is in it. */
function frozenPaneXml(rows: number, columns: number): string {
  const topLeftCell = a1(rows + 1, columns + 1);
  const activePane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const splits = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<pane${splits} topLeftCell="${topLeftCell}" activePane="${activePane}" state="frozen"/>` +
    `<selection pane="${activePane}" activeCell="${topLeftCell}" sqref="${topLeftCell}"/>`
  );
}
