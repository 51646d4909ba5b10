/** The long pieces of work the pane does, one at a time: each shows its own progress text. */
export type BusyTask = 'opening' | 'checking' | 'analysing' | 'comparing' | 'evaluating' | 'writing';

/** Work on the file itself (in a browser), shown by the file bar. */
export const FILE_TASKS: readonly BusyTask[] = ['opening'];
/** Work on the open workbook, shown by whichever screen is in view. */
export const WORKBOOK_TASKS: readonly BusyTask[] = ['checking', 'analysing', 'comparing', 'evaluating', 'writing'];
