import { useStrings } from '../../i18n/StringsContext';
import { useTasksContext } from '../../tasks/TasksContext';
import type { BusyStatusProps, BusyStatusState } from './BusyStatus.types';

export function useBusyStatus({ tasks }: BusyStatusProps): BusyStatusState {
  const { strings } = useStrings();
  const { busy } = useTasksContext();
  return busy && tasks.includes(busy) ? { label: strings.busy[busy] } : {};
}
