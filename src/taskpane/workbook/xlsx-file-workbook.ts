import type { WorkbookPlan, WorkbookSnapshot } from '../../core';
import { workbookKind, XlsxHost, type WorkbookKind } from '../../hosts/file';
import type { WorkbookHost } from '../../hosts/host';
import { namedAfterFile } from './file-error';

/**
 * A workbook file, held as bytes, read and written by the file host. Each write makes new bytes from the last, and reading
 * reads those, so that a re-check sees the sheets just written (the Settings sheet). Nothing else
 * changes the bytes, so a read is kept until the next write.
 */
export class XlsxFileWorkbook implements WorkbookHost {
  private snapshot?: Promise<WorkbookSnapshot> | undefined;

  constructor(
    readonly name: string,
    private current: Uint8Array,
  ) {}

  read(): Promise<WorkbookSnapshot> {
    this.snapshot ??= new XlsxHost(this.current).read().catch((error: unknown) => {
      this.snapshot = undefined;
      throw namedAfterFile(error, this.name);
    });
    return this.snapshot;
  }

  async write(plan: WorkbookPlan): Promise<void> {
    const host = new XlsxHost(this.current);
    await host.write(plan);
    this.current = host.written;
    this.snapshot = undefined;
  }

  bytes(): Uint8Array {
    return this.current;
  }

  kind(): Promise<WorkbookKind> {
    return workbookKind(this.current);
  }
}
