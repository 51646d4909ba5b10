/** The long pieces of work the pane does, one at a time: each shows its own progress text. */
export type BusyTask = 'opening' | 'checking' | 'analysing' | 'comparing' | 'evaluating' | 'writing' | 'creating' | 'importing';

/** Work on the file itself (in a browser), shown by the file bar. */
export const FILE_TASKS: readonly BusyTask[] = ['opening'];
/** Work on the open workbook, shown by whichever screen is in view. */
export const WORKBOOK_TASKS: readonly BusyTask[] = ['checking', 'analysing', 'comparing', 'evaluating', 'writing', 'creating', 'importing'];
/** An import shows its own progress, file by file, under its button: the Check screen shows the rest. */
export const IMPORT_TASKS: readonly BusyTask[] = ['importing'];
export const CHECK_TASKS: readonly BusyTask[] = WORKBOOK_TASKS.filter((task) => !IMPORT_TASKS.includes(task));
