import { useStrings } from '../../i18n/StringsContext';
import { useTasksContext } from '../../tasks/TasksContext';
import type { BusyStatusProps, BusyStatusState } from './BusyStatus.types';

export function useBusyStatus({ tasks }: BusyStatusProps): BusyStatusState {
  const { strings } = useStrings();
  const { busy, progress, cancel } = useTasksContext();
  const cancelLabel = strings.progress.cancel;
  if (!busy || !tasks.includes(busy)) return { cancelLabel };
  const { stage, done, total } = progress ?? {};
  const counted = stage === 'checking' && done !== undefined && total !== undefined && total > 0;
  return {
    label: stage ? strings.progress.stages[stage] : strings.busy[busy],
    ...(counted ? { count: { text: strings.progress.checked(done, total), fraction: done / total } } : {}),
    cancelLabel,
    ...(cancel ? { cancel } : {}),
  };
}
