import type { WorkbookPlan, WorkbookSnapshot } from '../../../core';
import type { WorkbookKind } from '../../../hosts/file';
import { localEngine } from '../local-engine';
import type { OnProgress, SurveyEngine } from '../survey-engine';
import { wireValue, type FromWorker, type Method, type ToWorker } from './protocol';
import { wireError } from './wire-errors';

/** A workbook file the worker holds. */
export interface HeldFile {
  read(): Promise<WorkbookSnapshot>;
  write(plan: WorkbookPlan): Promise<void>;
  bytes(): Uint8Array;
  /** With macros or without, from what the file holds: its download keeps that kind whatever its name. */
  kind(): Promise<WorkbookKind>;
}

export type OpenFile = (name: string, bytes: Uint8Array) => HeldFile;

/**
 * The worker's side: it holds the file and runs the same engine as the pane does in Excel, one
 * message at a time, telling its progress as it goes. The file is read once on opening, so that
 * a file that is no workbook is refused there, before any screen shows.
 */
export function serveEngine(open: OpenFile, post: (message: FromWorker) => void): (message: ToWorker) => Promise<void> {
  let engine: SurveyEngine | undefined;
  // Messages arrive while a piece of work awaits: each waits for the one before (a call, for the opening).
  let queue = Promise.resolve();
  const handle = async (message: ToWorker) => {
    try {
      if (message.kind === 'open') {
        const file = open(message.name, message.bytes);
        await file.read();
        engine = localEngine(written(file, post));
        post({ kind: 'done', id: message.id, value: await file.kind() });
        return;
      }
      if (!engine) throw new Error('No workbook is open in the worker');
      const onProgress: OnProgress = (progress) => post({ kind: 'progress', id: message.id, progress });
      const value = await call(engine, message.method, message.args, onProgress);
      post({ kind: 'done', id: message.id, value: wireValue(message.method, value) });
    } catch (error) {
      post({ kind: 'failed', id: message.id, error: wireError(error) });
    }
  };
  return (message) => (queue = queue.then(() => handle(message)));
}

/** The file, posting its bytes to the pane after each write. */
function written(file: HeldFile, post: (message: FromWorker) => void): HeldFile {
  return {
    read: () => file.read(),
    bytes: () => file.bytes(),
    kind: () => file.kind(),
    async write(plan) {
      await file.write(plan);
      post({ kind: 'written', bytes: file.bytes() });
    },
  };
}

function call(engine: SurveyEngine, method: Method, args: readonly unknown[], onProgress: OnProgress): Promise<unknown> {
  const work = engine[method] as (...args: unknown[]) => Promise<unknown>;
  return work.call(engine, ...args, onProgress);
}
