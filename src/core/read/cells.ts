import type { MemberMatch, MemberRegistry } from '../members/registry';
import type { Item } from '../questionnaire/types';
import { a1 } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { cellAt, type SheetSnapshot } from '../workbook/snapshot';
import { choiceOf } from './answers';
import { parseReceived } from './dates';
import { answerOf } from './item-answers';
import type { Answer, MemberCell, ReadCell } from './model';
import type { ParsedDate } from './dates';

/** Where a source holds a question's answer. */
export interface AnswerPlace {
  readonly item: Item;
  readonly row: number;
  readonly column: number;
}

/** Reads single cells of a sheet into the read model, each keeping its address. */
export class CellReader {
  /**
   * @param memberItem the XLSForm question naming the Member: a Member cell may hold one of its
   * choices, whose labels then name the Member.
   */
  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly registry: MemberRegistry,
    private readonly memberItem?: Item,
  ) {}

  ref(row: number, column: number) {
    return { sheet: this.sheet.name, cell: a1(row, column) };
  }

  member(row: number, column: number): MemberCell {
    const ref = this.ref(row, column);
    const raw = cellAt(this.sheet, row, column);
    if (!raw) return { kind: 'blank', ref };
    const parsed = raw.kind === 'error' ? { kind: 'unknown' as const } : this.memberNamed(displayCell(raw));
    return { kind: 'named', ref, raw, parsed };
  }

  received(row: number, column: number): ReadCell<ParsedDate> | undefined {
    const raw = cellAt(this.sheet, row, column);
    return raw && { ref: this.ref(row, column), raw, parsed: parseReceived(raw) };
  }

  raw(row: number, column: number) {
    return cellAt(this.sheet, row, column);
  }

  contact(row: number, column: number): ReadCell<string> | undefined {
    const raw = cellAt(this.sheet, row, column);
    return raw && { ref: this.ref(row, column), raw, parsed: displayCell(raw) };
  }

  /** The questions' cells: the answers written, and the questions left blank. */
  answers(places: readonly AnswerPlace[]): { answers: Answer[]; blanks: Item[] } {
    const answers: Answer[] = [];
    const blanks: Item[] = [];
    for (const { item, row, column } of places) {
      const raw = cellAt(this.sheet, row, column);
      if (raw) answers.push(answerOf(item, raw));
      else blanks.push(item);
    }
    return { answers, blanks };
  }

  private memberNamed(name: string): MemberMatch {
    const match = this.registry.match(name);
    const scale = this.memberItem?.scale;
    const choice = scale && match.kind === 'unknown' ? scale.choices.find((c) => c.name === choiceOf(scale, name)) : undefined;
    if (!choice) return match;
    const byLabel = [choice.label.en, choice.label.fr].map((label) => this.registry.match(label));
    return byLabel.find((m) => m.kind === 'found') ?? match;
  }
}
