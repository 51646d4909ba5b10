import type { WorkbookKind } from '../../../hosts/file';
import type { FileWorkbook } from '../../workbook/pane-workbook';
import type { OnProgress, SurveyEngine } from '../survey-engine';
import { WorkCancelled } from '../work-cancelled';
import { valueOfWire, type CallArgs, type CallValue, type FromWorker, type Method, type ToWorker } from './protocol';
import { errorOfWire } from './wire-errors';

/** What the pane needs of a Worker: the browser's, or a test's stand-in. */
export interface EngineWorker {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

interface Pending {
  readonly method: Method | 'open';
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress?: OnProgress;
}

/**
 * Opens a workbook file in a worker, where every piece of work on it runs: the page never waits on a
 * read or a check. Cancelling ends the worker and starts a new one on the file as last written.
 */
export async function openInWorker(spawn: () => EngineWorker, name: string, bytes: Uint8Array): Promise<FileWorkbook> {
  let current = bytes;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  let worker = start();

  function start(): EngineWorker {
    const started = spawn();
    started.onmessage = ({ data }) => received(data);
    started.onerror = (event) => failAll(new Error(event.message ?? 'The pane’s worker stopped'));
    return started;
  }

  function received(message: FromWorker) {
    if (message.kind === 'written') {
      current = message.bytes;
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    if (message.kind === 'progress') return call.onProgress?.(message.progress);
    pending.delete(message.id);
    if (message.kind === 'done') call.resolve(call.method === 'open' ? message.value : valueOfWire(call.method, message.value));
    else call.reject(errorOfWire(message.error));
  }

  function failAll(error: unknown) {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  function ask(message: ToWorker, method: Pending['method'], onProgress?: OnProgress): Promise<unknown> {
    return new Promise((resolve, reject) => {
      pending.set(message.id, { method, resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage(message);
    });
  }

  const open = () => ask({ kind: 'open', id: nextId++, name, bytes: current }, 'open');

  function call<M extends Method>(method: M) {
    return (...args: [...CallArgs<M>, OnProgress?]) => {
      const onProgress = typeof args[args.length - 1] === 'function' ? (args.pop() as OnProgress) : undefined;
      return ask({ kind: 'call', id: nextId++, method, args }, method, onProgress) as Promise<CallValue<M>>;
    };
  }

  const engine: SurveyEngine = {
    check: call('check'),
    analyse: call('analyse'),
    writeAnalysis: call('writeAnalysis'),
    writeProfile: call('writeProfile'),
    createTemplate: call('createTemplate'),
    importSubmissions: call('importSubmissions'),
    cancel() {
      worker.terminate();
      failAll(new WorkCancelled());
      worker = start();
      void open();
    },
  };

  let kind: WorkbookKind;
  try {
    kind = (await open()) as WorkbookKind;
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return { name, kind, engine, bytes: () => current, close: () => worker.terminate() };
}
