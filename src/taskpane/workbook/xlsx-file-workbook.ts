import type { WorkbookPlan, WorkbookSnapshot } from '../../core';
import { XlsxHost } from '../../hosts/file/xlsx-host';
import { namedAfterFile } from './file-error';
import type { FileWorkbook } from './pane-workbook';

/**
 * A workbook file opened in the browser, with ExcelJS. Each write makes new bytes from the last,
 * and reading reads those, so that a re-check sees the sheets just written (the Settings sheet).
 * Only ever loaded by `openWorkbookFile`, in a chunk of its own.
 */
export class XlsxFileWorkbook implements FileWorkbook {
  constructor(
    readonly name: string,
    private current: Uint8Array,
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    try {
      return await new XlsxHost(this.current).read();
    } catch (error) {
      throw namedAfterFile(error, this.name);
    }
  }

  async write(plan: WorkbookPlan): Promise<void> {
    const host = new XlsxHost(this.current);
    await host.write(plan);
    this.current = host.written;
  }

  bytes(): Uint8Array {
    return this.current;
  }
}
