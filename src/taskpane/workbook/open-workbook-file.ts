import type { EngineWorker } from '../engine/worker/worker-engine';
import { openInWorker } from '../engine/worker/worker-engine';
import type { FileWorkbook } from './pane-workbook';

/** Opens a workbook file chosen in the browser, in a worker of its own: refused there if it is no workbook. */
export async function openWorkbookFile(file: File, spawn: () => EngineWorker): Promise<FileWorkbook> {
  return openInWorker(spawn, file.name, new Uint8Array(await file.arrayBuffer()));
}
