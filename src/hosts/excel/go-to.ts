import type { CellRef } from '../../core';

/** Shows a cell to the user: activates its sheet and selects it (an issue's cell, clicked in the pane). */
export async function goTo(context: Excel.RequestContext, ref: CellRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getRange(ref.cell).select();
  await context.sync();
}
