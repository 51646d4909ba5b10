import { XlsxFileWorkbook } from '../../workbook/xlsx-file-workbook';
import type { FromWorker, ToWorker } from './protocol';
import { serveEngine } from './serve-engine';

// The worker's entry: the engine over the file the pane sends, answering on the same port.
const port = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const serve = serveEngine(
  (name, bytes) => new XlsxFileWorkbook(name, bytes),
  (message) => port.postMessage(message),
);
port.onmessage = (event) => void serve(event.data);
