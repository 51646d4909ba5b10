import type { Cell, WorkbookSnapshot } from '../workbook/snapshot';

/**
 * What a returned file says, as 16 hex digits: the same for the same cells on the same sheets, whatever
 * program saved the file last; another as soon as one cell differs. An import knows by it (and the file's
 * name) a file it has imported before. Two 32-bit FNV-1a hashes of different seeds, run over the cells as
 * they are read: no copy of the workbook is made.
 */
export function contentFingerprint(workbook: WorkbookSnapshot): string {
  const hash = new Fnv();
  for (const sheet of workbook.sheets) {
    if (sheet.owned) continue;
    hash.text(`\u0001${sheet.name}`);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== undefined) hash.text(`\u0002${r},${c}${cellText(cell)}`);
      });
    });
  }
  return hash.hex();
}

function cellText(cell: NonNullable<Cell>): string {
  switch (cell.kind) {
    case 'text':
      return `t${cell.text}`;
    case 'number':
      return `n${cell.value}`;
    case 'boolean':
      return `b${cell.value}`;
    case 'date':
      return `d${cell.serial}`;
    case 'error':
      return `e${cell.error}`;
  }
}

const PRIME = 0x01000193;

class Fnv {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;

  text(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ code, PRIME);
      this.b = Math.imul(this.b ^ code, PRIME);
    }
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
