import type { BusyTask } from '../../tasks/busy-task';

export interface BusyStatusProps {
  /** The work this place shows, when the pane is doing it. */
  readonly tasks: readonly BusyTask[];
}

export interface BusyStatusState {
  /** What the pane is doing, said as it starts and at each stage; absent when idle. */
  readonly label?: string;
  /** How far a long stage is, in counts ("Checked 2,000 of 5,000 submissions"), with its fraction for the bar. */
  readonly count?: { readonly text: string; readonly fraction: number };
  readonly cancelLabel: string;
  /** Stops the work; absent where it cannot be stopped midway (in Excel). */
  readonly cancel?: () => void;
}
