import type { BusyTask } from '../../tasks/busy-task';

export interface BusyStatusProps {
  /** The work this place shows, when the pane is doing it. */
  readonly tasks: readonly BusyTask[];
}

export interface BusyStatusState {
  /** What the pane is doing, said as it starts; absent when idle. */
  readonly label?: string;
}
