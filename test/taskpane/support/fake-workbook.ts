import type { CellRef, WorkbookPlan, WorkbookSnapshot } from '../../../src/core';
import type { ExcelShortfall } from '../../../src/hosts/excel';
import { localEngine } from '../../../src/taskpane/engine/local-engine';
import type { SurveyEngine } from '../../../src/taskpane/engine/survey-engine';
import type { FileWorkbook, PaneWorkbook } from '../../../src/taskpane/workbook/pane-workbook';

/**
 * A workbook held in memory: reads return the snapshot (which a test may change), writes are kept.
 * The engine works on it in the test's thread, as the pane's does in Excel.
 */
export class FakeWorkbook implements PaneWorkbook {
  readonly engine: SurveyEngine = localEngine(this);
  readonly plans: WorkbookPlan[] = [];
  readonly cellsShown: CellRef[] = [];
  reads = 0;
  failure?: Error;
  /** Makes every write fail. */
  writeFailure?: Error;
  /** Holds every write until it settles: the pane is busy meanwhile. */
  writeGate?: Promise<void>;
  goTo?: (ref: CellRef) => Promise<void>;
  /** What the "Excel" cannot do (an older one than the extras need). */
  shortfalls?: readonly ExcelShortfall[];

  constructor(
    public snapshot: WorkbookSnapshot,
    { insideExcel = true } = {},
  ) {
    if (insideExcel) this.goTo = async (ref) => void this.cellsShown.push(ref);
  }

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    if (this.failure) throw this.failure;
    return this.snapshot;
  }

  async write(plan: WorkbookPlan): Promise<void> {
    await this.writeGate;
    if (this.writeFailure) throw this.writeFailure;
    this.plans.push(plan);
  }

  /** The names of the sheets of every write, in order. */
  get writtenSheets(): string[][] {
    return this.plans.map((plan) => plan.sheets.map((s) => s.name));
  }
}

/** A workbook "file" opened in the browser: its bytes are a marker the test recognises. */
export class FakeFileWorkbook extends FakeWorkbook implements FileWorkbook {
  constructor(
    readonly name: string,
    snapshot: WorkbookSnapshot,
  ) {
    super(snapshot, { insideExcel: false });
  }

  closed = false;
  readonly kind = 'xlsx';

  bytes(): Uint8Array {
    return new Uint8Array(Buffer.from(`${this.name} after ${this.plans.length} writes`));
  }

  close(): void {
    this.closed = true;
  }
}
