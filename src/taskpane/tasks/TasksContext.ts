import { createContext, useContext } from 'react';
import type { Tasks } from './useTasks';

const TasksContext = createContext<Tasks>({ run: async () => ({ status: 'refused' }) });

export const TasksProvider = TasksContext.Provider;

/** The pane's one runner of long work, and what it is doing now. */
export function useTasksContext(): Tasks {
  return useContext(TasksContext);
}
