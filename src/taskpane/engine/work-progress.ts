/** The stages of a piece of work, as the pane names them while it waits. */
export type WorkStage = 'reading' | 'checking' | 'analysing' | 'writing' | 'importing';

/** Where a piece of work is: its stage, and for a long one how far (`done` of `total` submissions or files). */
export interface WorkProgress {
  readonly stage: WorkStage;
  readonly done?: number;
  readonly total?: number;
  /** The file being read, when importing. */
  readonly file?: string;
}
