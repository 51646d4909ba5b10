import type { WorkbookPlan, WorkbookSnapshot } from '../../core';
import type { WorkbookHost } from '../host';
import { readXlsx } from './read-xlsx';
import { writeXlsx } from './write/write-xlsx';

/**
 * A workbook held as .xlsx bytes (a file on disk, a file picked in the browser). Writing never
 * touches the bytes it was given: it makes new ones, `written`, for the caller to save.
 */
export class XlsxHost implements WorkbookHost {
  private output?: Uint8Array;

  constructor(private readonly input: Uint8Array) {}

  read(): Promise<WorkbookSnapshot> {
    return readXlsx(this.input);
  }

  async write(plan: WorkbookPlan): Promise<void> {
    this.output = await writeXlsx(this.output ?? this.input, plan);
  }

  /** The workbook with everything written so far; the input when nothing was. */
  get written(): Uint8Array {
    return this.output ?? this.input;
  }
}
