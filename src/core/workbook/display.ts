import type { Cell } from './snapshot';
import { isoDate } from './serial';

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
      return isoDate(cell.serial);
    case 'error':
      return cell.error;
  }
}
