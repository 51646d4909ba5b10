import { useCallback, useState } from 'react';
import type { OnProgress } from '../engine/survey-engine';
import type { BusyTask } from '../tasks/busy-task';
import { useTasksContext } from '../tasks/TasksContext';

export interface Work {
  /** Whether any piece of work is running in the pane: then no other can start. */
  readonly busy: boolean;
  /** The last piece of work's failure, until the next one starts. */
  readonly error?: unknown;
  /** Runs the work unless the pane is busy; its value, or undefined when it failed, was cancelled or did not start. */
  readonly perform: <T>(task: BusyTask, work: (onProgress: OnProgress) => Promise<T>) => Promise<T | undefined>;
}

/** A screen's pieces of work: one at a time across the pane, each failure kept for the screen to show. */
export function useWork(): Work {
  const { busy, run } = useTasksContext();
  const [error, setError] = useState<unknown>();
  const perform = useCallback(
    async <T>(task: BusyTask, work: (onProgress: OnProgress) => Promise<T>) => {
      const result = await run(task, (onProgress) => {
        setError(undefined);
        return work(onProgress);
      });
      if (result.status === 'failed') setError(result.error);
      return result.status === 'done' ? result.value : undefined;
    },
    [run],
  );
  return { busy: busy !== undefined, ...(error !== undefined ? { error } : {}), perform };
}
