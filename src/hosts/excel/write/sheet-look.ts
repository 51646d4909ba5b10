import type { BlockPlan, BlockStyle, SheetPlan } from '../../../core';
import { BOX_LOOKS, FONT_LOOKS, HEADER_BUTTON_INDENT, WIDEST_COLUMN, type BoxLook } from '../../look';
import { widthOf } from './cell-writes';

/** The widest digit of the default font (Calibri 11), in pixels. */
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/** Column widths, hidden columns and frozen panes: they need no values and go with the sheet's creation. */
export function queueLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const [column, width] of Object.entries(plan.columnWidths ?? {})) {
    sheet.getRangeByIndexes(0, Number(column) - 1, 1, 1).format.columnWidth = columnPoints(width);
  }
  // A hidden column keeps its width, to show again as it was.
  for (const column of plan.hiddenColumns ?? []) sheet.getRangeByIndexes(0, column - 1, 1, 1).columnHidden = true;
  freeze(sheet, plan.freeze);
}

/** The blocks' fonts, sized from the font of a new sheet's cell (the workbook's Normal style); their fills and borders. */
export function queueBlockStyles(sheet: Excel.Worksheet, plan: SheetPlan, normalSize: number): void {
  for (const block of plan.blocks) {
    if (block.style !== undefined) styleBlock(sheet, block, block.style, normalSize);
    alignColumns(sheet, block, block.rows.length);
  }
}

/**
 * Each table column the plan aligns: its header and its values, in one range; a right-aligned header
 * kept clear of its filter button where Excel can indent it (ExcelApi 1.9).
 */
export function queueTableAlignments(sheet: Excel.Worksheet, plan: SheetPlan, indents: boolean): void {
  for (const table of plan.tables) {
    alignColumns(sheet, table, table.rows.length + 1);
    if (!indents) continue;
    table.alignments?.forEach((alignment, c) => {
      if (alignment === 'right') sheet.getRangeByIndexes(table.top - 1, table.left - 1 + c, 1, 1).format.indentLevel = HEADER_BUTTON_INDENT;
    });
  }
}

/** Each column of a block or table the plan aligns, over its `rows` rows from its top. */
function alignColumns(sheet: Excel.Worksheet, part: Pick<BlockPlan, 'top' | 'left' | 'alignments'>, rows: number): void {
  if (rows === 0) return;
  part.alignments?.forEach((alignment, c) => {
    if (alignment === undefined) return;
    sheet.getRangeByIndexes(part.top - 1, part.left - 1 + c, rows, 1).format.horizontalAlignment = alignment === 'right' ? 'Right' : 'Left';
  });
}

function styleBlock(sheet: Excel.Worksheet, block: BlockPlan, style: BlockStyle, normalSize: number): void {
  const width = widthOf(block.rows);
  if (block.rows.length === 0 || width === 0) return;
  const format = sheet.getRangeByIndexes(block.top - 1, block.left - 1, block.rows.length, width).format;
  const look = FONT_LOOKS[style];
  if (look !== undefined) {
    format.font.bold = look.bold;
    if (look.sizeStep !== 0) format.font.size = normalSize + look.sizeStep;
    if (look.color !== undefined) format.font.color = `#${look.color}`;
  }
  const box = BOX_LOOKS[style];
  if (box !== undefined) boxCells(format, box, block.rows.length, width);
}

type BoxEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Shaded, and a thin line around every cell: the range's edges, and between its cells where it has several (ExcelApi 1.1). */
function boxCells(format: Excel.RangeFormat, box: BoxLook, rows: number, columns: number): void {
  format.fill.color = `#${box.fill}`;
  const edges: BoxEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rows > 1) edges.push('InsideHorizontal');
  if (columns > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = `#${box.border}`;
  }
}

/**
 * A width in characters, as an .xlsx stores it (the file host writes the plan's number there),
 * in the points Office.js takes: the pixels Excel draws for it, at 96 pixels to 72 points.
 */
export function columnPoints(characters: number): number {
  const width = Math.min(characters, WIDEST_COLUMN);
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}

function freeze(sheet: Excel.Worksheet, frozen: SheetPlan['freeze']): void {
  if (frozen === undefined) return;
  const { rows, columns } = frozen;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}
