import type { MemberRegistry } from '../members/registry';
import type { Item } from '../questionnaire/types';
import { a1 } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { cellAt, type SheetSnapshot } from '../workbook/snapshot';
import { parseAnswer } from './answers';
import { parseReceived } from './dates';
import type { Answer, MemberCell, ReadCell } from './model';
import type { ParsedDate } from './dates';

/** Reads single cells of a sheet into the read model, each keeping its address. */
export class CellReader {
  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly registry: MemberRegistry,
  ) {}

  ref(row: number, column: number) {
    return { sheet: this.sheet.name, cell: a1(row, column) };
  }

  member(row: number, column: number): MemberCell {
    const ref = this.ref(row, column);
    const raw = cellAt(this.sheet, row, column);
    if (!raw) return { kind: 'blank', ref };
    const parsed = raw.kind === 'error' ? { kind: 'unknown' as const } : this.registry.match(displayCell(raw));
    return { kind: 'named', ref, raw, parsed };
  }

  received(row: number, column: number): ReadCell<ParsedDate> | undefined {
    const raw = cellAt(this.sheet, row, column);
    return raw && { ref: this.ref(row, column), raw, parsed: parseReceived(raw) };
  }

  contact(row: number, column: number): ReadCell<string> | undefined {
    const raw = cellAt(this.sheet, row, column);
    return raw && { ref: this.ref(row, column), raw, parsed: displayCell(raw) };
  }

  answer(row: number, column: number, item: Item): Answer | undefined {
    const raw = cellAt(this.sheet, row, column);
    return raw && { item, ref: this.ref(row, column), raw, parsed: parseAnswer(item.scale, raw) };
  }
}
