import type { Cell } from './snapshot';
import { shownDate } from './serial';

/** A cell as a person would read it back in a message. */
export function displayCell(cell: Cell): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      // Excel shows no day before serial 1: 0 as "1900-01-00", a negative serial as "#####".
      return cell.serial >= 1 ? shownDate(cell.serial) : String(cell.serial);
    case 'error':
      return cell.error;
  }
}
