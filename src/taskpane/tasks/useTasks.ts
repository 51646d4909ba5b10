import { useCallback, useMemo, useRef, useState } from 'react';
import type { BusyTask } from './busy-task';

export type TaskResult<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown }
  /** Another piece of work was running: this one was not started. */
  | { readonly status: 'refused' };

export interface Tasks {
  readonly busy?: BusyTask;
  /** Runs one piece of work unless another is running; a failure is returned, never thrown. */
  readonly run: <T>(task: BusyTask, work: () => Promise<T>) => Promise<TaskResult<T>>;
}

/** One piece of long work at a time, for the whole pane: a second click while busy does nothing. */
export function useTasks(): Tasks {
  const [busy, setBusy] = useState<BusyTask>();
  // A ref, not the state: two clicks within one render must not both start.
  const running = useRef(false);
  const run = useCallback(async <T>(task: BusyTask, work: () => Promise<T>): Promise<TaskResult<T>> => {
    if (running.current) return { status: 'refused' };
    running.current = true;
    setBusy(task);
    try {
      return { status: 'done', value: await work() };
    } catch (error) {
      return { status: 'failed', error };
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);
  return useMemo(() => ({ busy, run }), [busy, run]);
}
