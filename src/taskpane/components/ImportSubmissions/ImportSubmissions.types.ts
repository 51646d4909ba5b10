import type { RefObject } from 'react';
import type { ImportStrings } from '../../i18n/strings';
import type { ImportProgress, ImportReport } from '../../workbook/import-submissions';

export interface ImportSubmissionsProps {
  /** Called once the submissions are written: the Check screen checks them. */
  readonly onImported: () => void;
}

export interface ImportSubmissionsState {
  readonly strings: ImportStrings;
  readonly busy: boolean;
  readonly input: RefObject<HTMLInputElement>;
  /** Opens the browser's (or Excel's) file chooser. */
  /** The id of the line under the button saying what an import does. */
  readonly descriptionId: string;
  readonly choose: () => void;
  readonly chosen: (files: FileList | null) => void;
  readonly progress?: ImportProgress;
  /** What the progress bar is of: "Importing submissions…". */
  readonly progressLabel: string;
  readonly report?: ImportReport;
  readonly error?: unknown;
}
