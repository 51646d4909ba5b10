/**
 * Which cells each read request asks for. Excel on the web refuses a response over 5 MB; a cell
 * costs its value, its value type and its number format, about 30 bytes for survey answers, so a
 * request asks for at most CELLS_PER_READ cells: about 2.4 MB, and under 4 MB up to 50 bytes a cell.
 * Longer texts than that make Excel refuse the request, which is then sent again in halves.
 */
export const CELLS_PER_READ = 80_000;
/**
 * The first window's shape: 200 rows (a Responses sheet of every Member, a submission sheet) as
 * wide as the share of cells allows, between 4 columns (a submission sheet) and 256 (Excel 2003's
 * last column, IV, wider than any survey sheet).
 */
const WINDOW_ROWS = 200;
const WINDOW_MIN_COLUMNS = 4;
const WINDOW_MAX_COLUMNS = 256;

/** A rectangle of a sheet, 0-based as Office.js indexes rows and columns. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The top-left corner of every sheet read in the same request as the sheets' used ranges, before
 * their sizes are known: the sheets share CELLS_PER_READ, so the request stays within it whatever
 * they hold. A sheet that fits needs no other request.
 */
export function firstWindow(sheetCount: number): Area {
  const cells = Math.floor(CELLS_PER_READ / Math.max(1, sheetCount));
  const columns = Math.min(WINDOW_MAX_COLUMNS, Math.max(WINDOW_MIN_COLUMNS, Math.floor(cells / WINDOW_ROWS)));
  return { row: 0, column: 0, rows: Math.max(1, Math.floor(cells / columns)), columns };
}

/**
 * What the window (if any) left of a used range, in blocks of whole rows of at most CELLS_PER_READ
 * cells. A range wider than the window is read again whole: the window only saved a request.
 */
export function blocksBeyond(used: Area, window: Area | undefined): Area[] {
  const fitsWidth = window !== undefined && used.column + used.columns <= window.column + window.columns;
  const start = fitsWidth ? Math.max(used.row, window.row + window.rows) : used.row;
  const end = used.row + used.rows;
  const height = Math.max(1, Math.floor(CELLS_PER_READ / used.columns));
  const blocks: Area[] = [];
  for (let row = start; row < end; row += height) {
    blocks.push({ row, column: used.column, rows: Math.min(height, end - row), columns: used.columns });
  }
  return blocks;
}

/** Blocks, in order, grouped into requests of at most CELLS_PER_READ cells. */
export function requestsOf<T extends { readonly area: Area }>(blocks: readonly T[]): T[][] {
  const requests: T[][] = [];
  let cells = Infinity;
  for (const block of blocks) {
    const size = block.area.rows * block.area.columns;
    if (cells + size > CELLS_PER_READ) {
      requests.push([]);
      cells = 0;
    }
    requests[requests.length - 1].push(block);
    cells += size;
  }
  return requests;
}

/**
 * A request Excel found too large, as two: its blocks split in two groups, or its one block's rows
 * in two halves. Undefined for a single row, which cannot be split.
 */
export function halves<T extends { readonly area: Area }>(request: readonly T[]): T[][] | undefined {
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const [block] = request;
  if (block === undefined || block.area.rows < 2) return undefined;
  const top = Math.ceil(block.area.rows / 2);
  return [[{ ...block, area: { ...block.area, rows: top } }], [{ ...block, area: { ...block.area, row: block.area.row + top, rows: block.area.rows - top } }]];
}
