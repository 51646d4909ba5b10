export interface ErrorBarProps {
  /** What went wrong; nothing is shown without it. */
  readonly error?: unknown;
}

export interface ErrorBarState {
  readonly message?: string;
}
