import type { Cell } from '../../../core';
import { excelCell } from './excel-cell';

/** A rectangle of cells as a range reports them once loaded: where it starts (0-based) and its grids. */
export interface LoadedArea {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
}

/**
 * One sheet's cells, gathered from the areas read (which may overlap), at their place on the sheet
 * whatever cell the used range starts at.
 */
export class SheetGrid {
  private readonly cells: Cell[][] = [];

  constructor(private readonly dateOffset: number) {}

  add(area: LoadedArea): void {
    area.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const cell = excelCell(value, area.valueTypes[r][c], area.numberFormats[r][c], this.dateOffset);
        if (cell !== undefined) (this.cells[area.row + r] ??= [])[area.column + c] = cell;
      }),
    );
  }

  /** The snapshot's rows, shaped as the file host shapes them: up to the last cell, holes undefined. */
  rows(): Cell[][] {
    return Array.from(this.cells, (cells) => (cells === undefined ? [] : Array.from(cells)));
  }
}
