/** A1 addresses: column letters and cell references. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(range: { top: number; left: number; bottom: number; right: number }): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

export function parseA1Range(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Where a value came from: the sheet and the A1 address of its cell. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}
