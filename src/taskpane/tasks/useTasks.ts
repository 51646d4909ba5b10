import { useCallback, useMemo, useRef, useState } from 'react';
import { WorkCancelled } from '../engine/work-cancelled';
import type { OnProgress } from '../engine/survey-engine';
import type { WorkProgress } from '../engine/work-progress';
import type { BusyTask } from './busy-task';

export type TaskResult<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown }
  /** The user stopped it. */
  | { readonly status: 'cancelled' }
  /** Another piece of work was running: this one was not started. */
  | { readonly status: 'refused' };

export interface Tasks {
  readonly busy?: BusyTask;
  /** How far the running work is, once it says. */
  readonly progress?: WorkProgress;
  /** Runs one piece of work unless another is running; a failure is returned, never thrown. */
  readonly run: <T>(task: BusyTask, work: (onProgress: OnProgress) => Promise<T>) => Promise<TaskResult<T>>;
  /** Stops the running work, where the workbook's engine can. */
  readonly cancel?: () => void;
}

/** One piece of long work at a time, for the whole pane: a second click while busy does nothing. */
export function useTasks(): Tasks {
  const [busy, setBusy] = useState<BusyTask>();
  const [progress, setProgress] = useState<WorkProgress>();
  // A ref, not the state: two clicks within one render must not both start.
  const running = useRef(false);
  const run = useCallback(async <T>(task: BusyTask, work: (onProgress: OnProgress) => Promise<T>): Promise<TaskResult<T>> => {
    if (running.current) return { status: 'refused' };
    running.current = true;
    setBusy(task);
    try {
      return { status: 'done', value: await work(setProgress) };
    } catch (error) {
      return error instanceof WorkCancelled ? { status: 'cancelled' } : { status: 'failed', error };
    } finally {
      running.current = false;
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);
  return useMemo(() => ({ ...(busy ? { busy } : {}), ...(progress ? { progress } : {}), run }), [busy, progress, run]);
}
