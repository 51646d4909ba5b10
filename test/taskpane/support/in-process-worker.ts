import { deserialize, serialize } from 'v8';
import type { FromWorker, ToWorker } from '../../../src/taskpane/engine/worker/protocol';
import { serveEngine, type OpenFile } from '../../../src/taskpane/engine/worker/serve-engine';
import type { EngineWorker } from '../../../src/taskpane/engine/worker/worker-engine';
import { XlsxFileWorkbook } from '../../../src/taskpane/workbook/xlsx-file-workbook';

/**
 * The engine's worker, run in the test's thread: what it posts back is structured-cloned, as a
 * browser does between threads, so that a result that cannot cross fails here.
 */
export class InProcessWorker implements EngineWorker {
  onmessage: EngineWorker['onmessage'] = null;
  onerror: EngineWorker['onerror'] = null;
  terminated = false;
  readonly received: ToWorker[] = [];
  private readonly serve: (message: ToWorker) => Promise<void>;

  constructor(open: OpenFile = (name, bytes) => new XlsxFileWorkbook(name, bytes)) {
    this.serve = serveEngine(open, (message) => this.post(message));
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    // A worker answers in a later task, never within postMessage.
    setTimeout(() => void this.serve(message), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private post(message: FromWorker): void {
    if (this.terminated) return;
    // jsdom has no structuredClone; V8's serializer is the same algorithm, and refuses functions alike.
    const data = deserialize(serialize(message)) as FromWorker;
    setTimeout(() => this.onmessage?.({ data }), 0);
  }
}
